import { expect, test } from '@playwright/test';
import { completeWithKeyboard, POP3_SCENARIO } from './keyboard.ts';
import { expectNoViolations } from './page-checks.ts';

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [375, 1280]) {
    test.describe(`axe, ${colorScheme} scheme, ${width} px`, () => {
      test.use({ colorScheme, viewport: { width, height: 900 } });

      test('finds nothing on the intro', async ({ page }) => {
        await page.goto('/');
        await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
        await expectNoViolations(page);
      });

      test('finds nothing on any of the nine question steps', async ({ page }) => {
        await page.goto('/');
        await page.getByRole('button', { name: 'Start' }).click();
        for (let step = 1; step <= 9; step += 1) {
          await expect(page.getByText(`Step ${step} of 9`, { exact: true })).toBeVisible();
          if (step === 2) {
            await page.getByRole('button', { name: 'Next' }).click(); // no answer: the calm reminder shows too
            await expect(page.getByRole('alert')).toBeVisible();
          }
          await expectNoViolations(page);
          if (step === 9) await page.getByRole('combobox', { name: 'Email provider' }).selectOption({ label: 'Gmail' });
          else await page.getByRole('radio').first().check();
          await page.getByRole('button', { name: /^(Next|See my result)$/ }).click();
        }
        await expect(page.getByRole('heading', { level: 1, name: /suits you/ })).toBeVisible();
      });

      test('finds nothing on the result page, every part of it open', async ({ page }) => {
        await page.goto('/');
        await completeWithKeyboard(page, POP3_SCENARIO);
        await expect(page.locator('.recharts-radar-polygon path')).toHaveCount(3);
        await page.getByRole('button', { name: 'Show the numbers as a table' }).click();
        for (const summary of await page.locator('summary').all()) await summary.click();
        await expectNoViolations(page);
        // With a provider chosen: its servers, sign-in notes, help link and the profile button.
        await page.getByRole('combobox', { name: 'Set it up with' }).selectOption({ label: 'Gmail' });
        await expect(page.getByRole('button', { name: 'Download a setup profile' })).toBeVisible();
        await expectNoViolations(page);
      });

      test('finds nothing on a cautioned result, nor on the starting point', async ({ page }) => {
        await page.goto('/#v=1&devices=one&sharing=solo&threat=server&backups=none&deviceSecurity=yes&provider=low&step=result');
        await expect(page.getByRole('heading', { level: 1, name: 'POP3 suits you' })).toBeVisible();
        await expectNoViolations(page);
        await page.goto('/#v=1&step=result');
        await page.reload();
        await expect(page.getByRole('heading', { level: 1, name: 'IMAP is the place to start' })).toBeVisible();
        await expectNoViolations(page);
      });
    });
  }
}
