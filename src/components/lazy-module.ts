import { useCallback, useEffect, useState } from 'react';

/** A module loaded on demand: once loaded, it is there synchronously; a failed load is forgotten. */
export type LazyModule<T> = {
  /** The module, if it has been loaded already. */
  loaded: () => T | undefined;
  /** Starts loading it (once); a later call after a failure starts a new load. */
  load: () => Promise<T>;
};

/**
 * Wraps a dynamic import so that code which needs the module can render it in the same frame once
 * it is here (React.lazy would suspend once more), and so that a failed load is retried by the next
 * call instead of failing for the page's life.
 *
 * @example const chart = lazyModule(() => import('../charts/protocol-radar.tsx'));
 */
export function lazyModule<T>(importer: () => Promise<T>): LazyModule<T> {
  let module: T | undefined;
  let pending: Promise<T> | undefined;
  return {
    loaded: () => module,
    load: () => {
      if (module) return Promise.resolve(module);
      pending ??= importer().then(
        (loaded) => (module = loaded),
        (error: unknown) => {
          pending = undefined;
          throw error;
        },
      );
      return pending;
    },
  };
}

/**
 * The module for a component to render: at once when it is loaded, otherwise after it loads.
 * `failed` is set when loading failed; `retry` starts a new load.
 */
export function useLazyModule<T>(lazy: LazyModule<T>): { module: T | undefined; failed: boolean; retry: () => void } {
  const [state, setState] = useState<{ module: T | undefined; failed: boolean }>(() => ({ module: lazy.loaded(), failed: false }));
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (state.module) return;
    let live = true;
    lazy.load().then(
      (module) => live && setState({ module, failed: false }),
      () => live && setState({ module: undefined, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [lazy, attempt, state.module]);
  const retry = useCallback(() => {
    setState({ module: undefined, failed: false });
    setAttempt((n) => n + 1);
  }, []);
  return { ...state, retry };
}
