import { fileURLToPath } from 'node:url';
import { defineConfig, mergeConfig, type UserConfig, type UserConfigExport } from 'vite';
import baseConfig from './vite.config.ts';

/**
 * The "eager" variant used only by `npm run bench` (scripts/bench.mjs): the same standalone app, but
 * every import of ./lazy-chart.ts and ./lazy-result.ts resolves to an eager stand-in that imports the
 * radar chart and the result page statically. Recharts then ships in the main bundle instead of a chunk of its own, giving the
 * baseline the lazy production build (dist/) is compared against. Output: dist-eager/ (git-ignored).
 */
const eager: UserConfig = {
  resolve: {
    alias: [
      {
        find: /^\.\/lazy-chart\.ts$/,
        replacement: fileURLToPath(new URL('./src/components/eager-chart.ts', import.meta.url)),
      },
      {
        find: /^\.\/lazy-result\.ts$/,
        replacement: fileURLToPath(new URL('./src/components/eager-result.ts', import.meta.url)),
      },
    ],
  },
  build: {
    outDir: 'dist-eager',
    emptyOutDir: true,
  },
};

// vite.config.ts may be an object or (later) a function of the command/mode: support both.
const base = baseConfig as UserConfigExport;

export default defineConfig(async (env) => {
  const resolved = typeof base === 'function' ? await base(env) : await base;
  return mergeConfig(resolved, eager);
});
