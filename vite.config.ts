/// <reference types="vitest/config" />
import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { appChunk } from './scripts/vite-app-chunk.ts';
import { pageHead } from './scripts/vite-page-head.ts';

export default defineConfig({
  plugins: [react(), pageHead(import.meta.dirname), appChunk(import.meta.dirname)],
  build: {
    target: 'es2022',
    // Read by scripts/check-budgets.mjs to tell the initial JavaScript from the lazy chunks.
    manifest: true,
    rolldownOptions: {
      // The wizard's page, and the embed builder's (/configure/): an entry of its own, so the
      // builder's code is never in the wizard's first download.
      input: { index: resolve(import.meta.dirname, 'index.html'), configure: resolve(import.meta.dirname, 'configure/index.html') },
    },
  },
  preview: {
    port: 4173,
    strictPort: true,
  },
  test: {
    environment: 'jsdom',
    // Testing Library cleans up after each test through the global afterEach.
    globals: true,
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/setup.ts'],
    restoreMocks: true,
    // The suite runs on shared 2-core machines beside other work: a component test that takes 2 s
    // idle takes several times that under load. The heaviest tests state their own, longer timeouts.
    testTimeout: 20_000,
    hookTimeout: 20_000,
    reporters: ['default', 'json'],
    outputFile: { json: 'test-results/vitest.json' },
  },
});
