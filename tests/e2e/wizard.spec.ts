import { expect, test } from '@playwright/test';
import { completeWithKeyboard, IMAP_SCENARIO, POP3_SCENARIO } from './keyboard.ts';
import { overflow } from './page-checks.ts';

test.describe('the standalone page before and after its script', () => {
  test('shows the intro from the HTML alone, before any JavaScript runs', async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page.getByRole('heading', { level: 1, name: 'POP3 or IMAP: which suits your email?' })).toBeVisible();
    await expect(page.getByText('Nine short questions, about two minutes.')).toBeVisible();
    await context.close();
  });

  test('hydrates the prerendered intro without a mismatch, and it works', async ({ page }) => {
    const problems: string[] = [];
    page.on('console', (m) => (m.type() === 'error' || m.type() === 'warning') && problems.push(m.text()));
    page.on('pageerror', (e) => problems.push(e.message));
    await page.goto('/');
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'On how many devices do you read this mailbox?' })).toBeFocused();
    expect(problems).toEqual([]);
  });
});

test.describe('the standalone wizard, with the keyboard only', () => {
  test('the POP3 scenario of the spec ends on a clear POP3 result with the chart drawn', async ({ page }) => {
    await page.goto('/');
    await completeWithKeyboard(page, POP3_SCENARIO);
    const verdict = page.getByRole('heading', { level: 1, name: 'POP3 suits you' });
    await expect(verdict).toBeVisible();
    await expect(verdict).toBeFocused();
    await expect(page.getByText(/^A clear recommendation\./)).toBeVisible();
    await expect(page.getByText('Runner-up: IMAP.')).toBeVisible();
    await expect(page).toHaveTitle(/POP3 suits you/);
    // Three series (POP3, IMAP, your priorities), each drawn as a closed polygon.
    const series = page.locator('.recharts-radar-polygon path');
    await expect(series).toHaveCount(3);
    for (const path of await series.all()) expect(await path.getAttribute('d')).toMatch(/^M[\d.]+,[\d.]+L.*Z$/);
    await expect(page.getByRole('list', { name: 'Legend' }).getByRole('listitem')).toHaveText(['POP3', 'IMAP', 'How much each matters to you']);
    // Every axis reads "higher is better": no "Server cost" that POP3 would seem to win by costing more.
    await expect(page.locator('.piw-axis-label')).toHaveText(['Privacy', 'Survivesdeviceloss', 'Multi-deviceaccess', 'Lowserveruse']);
  });

  test('the IMAP scenario of the spec ends on a clear IMAP result with the chart drawn', async ({ page }) => {
    await page.goto('/');
    await completeWithKeyboard(page, IMAP_SCENARIO);
    await expect(page.getByRole('heading', { level: 1, name: 'IMAP suits you' })).toBeFocused();
    // A team rules POP3 out: the page says IMAP is needed, not how clear a weighing is.
    await expect(page.getByText(/^IMAP is needed here\./)).toBeVisible();
    await expect(page.getByText(/A clear recommendation/)).toHaveCount(0);
    await expect(page.locator('.recharts-radar-polygon path')).toHaveCount(3);
    await expect(
      page.getByRole('img', { name: /^Radar chart of POP3 and IMAP on privacy, surviving device loss, multi-device access and low server use/ }),
    ).toBeVisible();
  });

  test('the step is in the document title, the text and the progress bar', async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('radio', { name: 'One device only (a computer, or just a phone)' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    await expect(page).toHaveTitle(/Step 2 of 9/);
    await expect(page.getByText('Step 2 of 9', { exact: true })).toBeVisible();
    await expect(page.getByRole('progressbar', { name: 'Progress' })).toHaveAttribute('aria-valuenow', '2');
    await expect(page.getByRole('heading', { name: 'Does anyone else work in this mailbox or its folders?' })).toBeFocused();
  });

  for (const width of [320, 375, 1280, 1440]) {
    test(`the result at ${width} px is saved as a screenshot, with nothing wider than the screen`, async ({ page }, testInfo) => {
      await page.setViewportSize({ width, height: 900 });
      // No chart animation in the picture (and prefers-reduced-motion is honoured on the way).
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto('/');
      await completeWithKeyboard(page, POP3_SCENARIO);
      await expect(page.locator('.recharts-radar-polygon path')).toHaveCount(3);
      expect(await overflow(page)).toBeLessThanOrEqual(0);
      // Chart beside the verdict on wide screens, below it on narrow ones.
      const verdictBox = await page.getByRole('heading', { level: 1, name: 'POP3 suits you' }).boundingBox();
      const chartBox = await page.locator('.piw-chart-box').boundingBox();
      expect(verdictBox && chartBox).toBeTruthy();
      if (width >= 900) expect(chartBox!.x).toBeGreaterThan(verdictBox!.x + verdictBox!.width / 2);
      else expect(chartBox!.y).toBeGreaterThan(verdictBox!.y + verdictBox!.height);
      await page.screenshot({ path: testInfo.outputPath(`result-${width}.png`), fullPage: true });
      await testInfo.attach(`result-${width}`, { path: testInfo.outputPath(`result-${width}.png`), contentType: 'image/png' });
    });
  }
});
