import { useCallback, useEffect, useState } from 'react';
import type { LazyModule } from '../logic/lazy-module.ts';

type LoadState<T> = { from: LazyModule<T>; module: T | undefined; failed: boolean };

/**
 * The module for a component to render: at once when it is loaded, otherwise after it loads.
 * `failed` is set when loading failed; `retry` starts a new load. When the component asks for
 * another module (another language's words), the state follows it at once.
 */
export function useLazyModule<T>(lazy: LazyModule<T>): { module: T | undefined; failed: boolean; retry: () => void } {
  const [state, setState] = useState<LoadState<T>>(() => ({ from: lazy, module: lazy.loaded(), failed: false }));
  const [attempt, setAttempt] = useState(0);
  const current = state.from === lazy ? state : { from: lazy, module: lazy.loaded(), failed: false };
  const { module, failed } = current;
  useEffect(() => {
    if (module) return;
    let live = true;
    lazy.load().then(
      (loaded) => live && setState({ from: lazy, module: loaded, failed: false }),
      () => live && setState({ from: lazy, module: undefined, failed: true }),
    );
    return () => {
      live = false;
    };
  }, [lazy, attempt, module]);
  const retry = useCallback(() => {
    setState({ from: lazy, module: undefined, failed: false });
    setAttempt((n) => n + 1);
  }, [lazy]);
  return { module, failed, retry };
}
