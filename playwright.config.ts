import { defineConfig } from '@playwright/test';

/** The system Chromium (see README): Playwright's own browser download does not work everywhere. */
const executablePath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const port = Number(process.env.PREVIEW_PORT ?? 4173);
/** A second origin for host pages that embed the wizard as an attacker would (tests/e2e/hostile/). */
const hostilePort = Number(process.env.HOSTILE_PORT ?? 4175);

export default defineConfig({
  testDir: 'tests/e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  timeout: 30_000,
  expect: { timeout: 5_000 },
  forbidOnly: true,
  reporter: [['list'], ['json', { outputFile: 'test-results/playwright.json' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    browserName: 'chromium',
    // The reader's languages decide the standalone page's language: English unless a test says otherwise.
    locale: 'en-US',
    launchOptions: {
      executablePath,
      args: ['--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    },
    trace: 'retain-on-failure',
  },
  webServer: [
    {
      command: `npx vite preview --host 127.0.0.1 --port ${port} --strictPort`,
      url: `http://127.0.0.1:${port}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `npx vite preview --host 127.0.0.1 --port ${hostilePort} --strictPort --outDir tests/e2e/hostile`,
      url: `http://127.0.0.1:${hostilePort}/host.html`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
