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
 * call instead of failing for the page's life. Plain TypeScript, so every layer can use it (the
 * locale's chunks, the result page, the chart).
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
