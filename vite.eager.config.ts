import { defineConfig, mergeConfig, type UserConfig, type UserConfigExport } from 'vite';
import baseConfig from './vite.config.ts';

/**
 * The "eager" variant used only by `npm run bench` (scripts/bench.mjs): the same standalone app with
 * every dynamic import inlined, so the result page and Recharts ship in the main bundle instead of
 * chunks of their own: the naive baseline the lazy production build (dist/) is compared against.
 * Output: dist-eager/ (git-ignored).
 */
const eager: UserConfig = {
  build: {
    outDir: 'dist-eager',
    emptyOutDir: true,
    rolldownOptions: { output: { inlineDynamicImports: true } },
  },
};

// vite.config.ts may be an object or (later) a function of the command/mode: support both.
const base = baseConfig as UserConfigExport;

export default defineConfig(async (env) => {
  const resolved = typeof base === 'function' ? await base(env) : await base;
  return mergeConfig(resolved, eager);
});
