import { expect, test, type Page } from '@playwright/test';

async function answer(page: Page, label: string) {
  await page.getByRole('radio', { name: label }).check();
  await page.getByRole('button', { name: /^(Next|See my result)$/ }).click();
}

test.describe('share links and history', () => {
  test('a link copied after three answers opens on the same answers and step in a fresh browser', async ({ page, browser }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Start' }).click();
    await answer(page, 'Three or more devices');
    await answer(page, 'A team shares folders');
    await answer(page, 'Losing or breaking my device, or ransomware');
    await expect(page.getByText('Step 4 of 9', { exact: true })).toBeVisible();
    const link = page.url();
    expect(link).toContain('#v=1&devices=many&sharing=team&threat=device&step=backups');

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(link);
    await expect(other.getByText('Step 4 of 9', { exact: true })).toBeVisible();
    await other.getByRole('button', { name: 'Back', exact: true }).click();
    await expect(other.getByRole('radio', { name: 'Losing or breaking my device, or ransomware' })).toBeChecked();
    await fresh.close();
  });

  test('"Copy link" on the result opens the same recommendation in a fresh browser', async ({ page, browser, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    await page.goto('/');
    await page.getByRole('button', { name: 'Start' }).click();
    await answer(page, 'One device only (a computer, or just a phone)');
    await answer(page, 'Only me');
    await answer(page, 'A breach, a court order or data mining at the provider');
    for (let i = 0; i < 6; i += 1) await page.getByRole('button', { name: 'Skip this question' }).click();
    const verdict = await page.getByRole('heading', { level: 1, name: /suits you/ }).innerText();
    const confidence = await page.locator('.piw-confidence').innerText();
    await page.getByRole('button', { name: 'Copy link' }).click();
    await expect(page.getByText('Link copied.')).toBeVisible();
    const link = await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toMatch(/#v=1&devices=one&sharing=solo&threat=server&step=result$/);

    const fresh = await browser.newContext();
    const other = await fresh.newPage();
    await other.goto(link);
    await expect(other.getByRole('heading', { level: 1, name: verdict })).toBeVisible();
    await expect(other.locator('.piw-confidence')).toHaveText(confidence);
    await expect(other.locator('.recharts-radar-polygon path')).toHaveCount(3);
    await fresh.close();
  });

  test("the browser's Back and Forward move between steps, and a reload keeps answers and step", async ({ page }) => {
    await page.goto('/');
    await page.getByRole('button', { name: 'Start' }).click();
    await answer(page, 'Two, such as a computer and a phone');
    await answer(page, 'Only me');
    await expect(page.getByText('Step 3 of 9', { exact: true })).toBeVisible();

    await page.goBack();
    await expect(page.getByText('Step 2 of 9', { exact: true })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Only me' })).toBeChecked();
    await page.goBack();
    await expect(page.getByText('Step 1 of 9', { exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'On how many devices do you read this mailbox?' })).toBeFocused();
    await page.goForward();
    await expect(page.getByText('Step 2 of 9', { exact: true })).toBeVisible();

    await page.reload();
    await expect(page.getByText('Step 2 of 9', { exact: true })).toBeVisible();
    await expect(page.getByRole('radio', { name: 'Only me' })).toBeChecked();
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await expect(page.getByRole('radio', { name: 'Two, such as a computer and a phone' })).toBeChecked();
  });

  test('a link with one bad value shows a notice naming that question and keeps the rest', async ({ page }) => {
    await page.goto('/#v=1&devices=many&sharing=team&backups=weekly&step=result');
    const notice = page.getByRole('complementary', { name: 'Some answers in this link could not be read' });
    await expect(notice).toContainText('How do you back up the device that keeps your mail?');
    await expect(page.getByRole('heading', { level: 1, name: 'IMAP suits you' })).toBeVisible();
    const answers = page.locator('.piw-answers');
    await expect(answers).toContainText('Three or more devices');
    await expect(answers).toContainText('A team shares folders');
    await notice.getByRole('button', { name: 'Dismiss' }).click();
    await expect(notice).toHaveCount(0);
  });

  const hostile = [
    [
      'an HTML payload',
      `#v=1&devices=${encodeURIComponent('<img src=x onerror=alert(1)>')}&sharing=<img src=x onerror=alert(1)>&<img src=x onerror=alert(1)>=1&step=result`,
    ],
    ['a javascript: URL', '#v=1&devices=javascript:alert(1)&step=javascript:alert(document.domain)&javascript:alert(1)'],
    ['a 100 KB fragment', `#v=1&devices=many&${'x'.repeat(100 * 1024)}&sharing=team<script>alert(1)</script>`],
    ['prototype keys', '#__proto__=polluted&constructor=1&devices=__proto__&toString=1&step=__proto__'],
  ] as const;

  for (const [name, fragment] of hostile) {
    test(`a link carrying ${name} causes no dialog, no foreign element, and a working wizard`, async ({ page }) => {
      const dialogs: string[] = [];
      page.on('dialog', async (dialog) => {
        dialogs.push(dialog.message());
        await dialog.dismiss();
      });
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      await page.goto(`/${fragment}`);
      await expect(page.locator('.piw')).toBeVisible();

      // Every element on the page is the page's own frame or the wizard's.
      const foreign = await page.evaluate(() =>
        [...document.querySelectorAll('body *')]
          .filter((el) => !el.closest('.piw') && !['root', ''].includes(el.id) && el.tagName !== 'SCRIPT' && el.tagName !== 'MAIN')
          .map((el) => el.outerHTML.slice(0, 80)),
      );
      expect(foreign).toEqual([]);
      expect(await page.locator('body img, body script:not([type="module"])').count()).toBe(0);
      expect(await page.evaluate(() => 'polluted' in Object.prototype)).toBe(false);

      // The wizard still works, right where the link left it: back to the start and answer.
      const start = page.getByRole('button', { name: 'Start', exact: true });
      const startOver = page.getByRole('button', { name: 'Start over' });
      const back = page.getByRole('button', { name: 'Back', exact: true });
      await expect(start.or(startOver).or(back)).toBeVisible();
      if (await startOver.isVisible()) await startOver.click();
      for (let i = 0; i < 8 && (await back.isVisible()); i += 1) await back.click();
      await start.click();
      await answer(page, 'Three or more devices');
      await expect(page.getByText('Step 2 of 9', { exact: true })).toBeVisible();
      expect(page.url().length).toBeLessThan(200);
      expect(dialogs).toEqual([]);
      expect(errors).toEqual([]);
    });
  }
});
