import { cpSync } from 'node:fs';
import { resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';
import react from '@vitejs/plugin-react';

/**
 * The embed builds, into dist/embed/ beside the standalone app:
 * - default mode: pop-imap-wizard.js, the custom element as an ES module with React bundled in and
 *   the result page and chart in lazily loaded chunks;
 * - `--mode loader`: embed.js, the iframe loader, one small classic script;
 * - `--mode loader-popup`: embed-popup.js, the loader's popup (data-mode="popup"), a classic script
 *   the loader fetches only for a popup.
 * The element build also copies examples/ into dist/examples/ for the preview server.
 */
function copyExamples(): Plugin {
  return {
    name: 'copy-examples',
    apply: 'build',
    closeBundle() {
      cpSync(resolve(import.meta.dirname, 'examples'), resolve(import.meta.dirname, 'dist/examples'), { recursive: true });
    },
  };
}

export default defineConfig(({ mode }) => {
  const loader = mode === 'loader' || mode === 'loader-popup';
  return {
    plugins: loader ? [] : [react(), copyExamples()],
    // Library mode leaves process.env.NODE_ENV alone; React needs it set for its production build.
    define: { 'process.env.NODE_ENV': JSON.stringify('production') },
    build: {
      target: 'es2022',
      outDir: 'dist/embed',
      emptyOutDir: false,
      copyPublicDir: false,
      // The element's manifest tells scripts/check-budgets.mjs its initial chunks from its lazy ones.
      manifest: loader ? false : 'manifest-element.json',
      lib: loader
        ? mode === 'loader'
          ? { entry: resolve(import.meta.dirname, 'src/embed/loader.ts'), formats: ['iife'], name: 'popImapWizardLoader', fileName: () => 'embed.js' }
          : {
              entry: resolve(import.meta.dirname, 'src/embed/loader-popup.ts'),
              formats: ['iife'],
              name: 'popImapWizardPopup',
              fileName: () => 'embed-popup.js',
            }
        : { entry: resolve(import.meta.dirname, 'src/embed/element.tsx'), formats: ['es'], fileName: () => 'pop-imap-wizard.js' },
      rolldownOptions: {
        // Vite keeps whitespace in an ES library build (for tree-shaking by a later bundler); this
        // module goes to browsers as it is, so the bundler minifies it in full.
        output: {
          chunkFileNames: 'chunks/[name]-[hash].js',
          minify: true,
          // Everything the first question needs in one chunk, not five small ones the lazy chunks
          // happen to share: each file is compressed on its own, so one saves about 1.5 kB gzipped.
          ...(loader ? {} : { codeSplitting: { groups: [{ name: 'wizard', tags: ['$initial'] }] } }),
        },
      },
    },
  };
});
