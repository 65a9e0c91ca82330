import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { completeWithKeyboard, POP3_SCENARIO } from './keyboard.ts';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(WCAG).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [375, 1280]) {
    test.describe(`axe, ${colorScheme} scheme, ${width} px`, () => {
      test.use({ colorScheme, viewport: { width, height: 900 } });

      test('finds nothing on the intro', async ({ page }) => {
        await page.goto('/');
        await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
        await expectNoViolations(page);
      });

      test('finds nothing on a question step', async ({ page }) => {
        await page.goto('/');
        await page.getByRole('button', { name: 'Start' }).click();
        await page.getByRole('radio', { name: 'Two, such as a computer and a phone' }).check();
        await page.getByRole('button', { name: 'Next' }).click();
        await page.getByRole('button', { name: 'Next' }).click(); // no answer: the calm reminder shows too
        await expect(page.getByRole('alert')).toBeVisible();
        await expectNoViolations(page);
      });

      test('finds nothing on the result page', async ({ page }) => {
        await page.goto('/');
        await completeWithKeyboard(page, POP3_SCENARIO);
        await expect(page.locator('.recharts-radar-polygon path')).toHaveCount(3);
        await page.getByRole('button', { name: 'Show the numbers as a table' }).click();
        await expectNoViolations(page);
      });
    });
  }
}
