/**
 * Keeps the wizard's first download one chunk when the build has other pages (the embed builder,
 * /configure/): every module the wizard's page imports statically, but its entry module, goes into
 * one chunk, `app`. Without this, the bundler splits what the pages share into several chunks by
 * which pages use them, and the wizard's first download grows by the cost of each boundary.
 */
import { resolve } from 'node:path';
import type { Plugin } from 'vite';

export function appChunk(root: string): Plugin {
  const page = resolve(root, 'index.html');
  const initial = new Set<string>();
  return {
    name: 'piw-app-chunk',
    apply: 'build',
    buildEnd() {
      initial.clear();
      const entry = this.getModuleInfo(page);
      if (!entry) return; // another build (the SSR prerender) without the page
      // The page's own script stays its entry chunk; everything it imports statically is the app,
      // with what the bundler adds to the page (the module-preload polyfill, a virtual module).
      const queue = entry.importedIds.flatMap((id) => (id.startsWith('\0') ? [id] : (this.getModuleInfo(id)?.importedIds ?? [])));
      while (queue.length > 0) {
        const id = queue.pop()!;
        if (initial.has(id)) continue;
        initial.add(id);
        queue.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
    outputOptions(options) {
      // (The bundler's own runtime helpers stay a small chunk of their own: no group can take them.)
      return { ...options, codeSplitting: { groups: [{ name: 'app', test: (id: string) => initial.has(id) }] } };
    },
  };
}
