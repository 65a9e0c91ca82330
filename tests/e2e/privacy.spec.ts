import { expect, test } from '@playwright/test';
import { completeWithKeyboard, IMAP_SCENARIO } from './keyboard.ts';

test('the whole flow sends no request to another origin and sets no cookie', async ({ page, context, baseURL }) => {
  const origin = new URL(baseURL!).origin;
  const elsewhere: string[] = [];
  const seen: string[] = [];
  context.on('request', (request) => {
    const url = request.url();
    seen.push(url);
    if (!url.startsWith('data:') && new URL(url).origin !== origin) elsewhere.push(url);
  });
  await page.goto('/');
  await completeWithKeyboard(page, IMAP_SCENARIO);
  await expect(page.locator('.recharts-radar-polygon path')).toHaveCount(3);
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();

  expect(seen.length).toBeGreaterThan(1); // the listener did see the page's own requests
  expect(elsewhere).toEqual([]);
  expect(await context.cookies()).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');
  // No font or image from elsewhere either: every stylesheet rule that loads something is ours.
  const external = await page.evaluate(() =>
    [...document.querySelectorAll('link[href], img[src], script[src]')]
      .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '')
      .filter((u) => /^(https?:)?\/\//.test(u) && !u.startsWith(location.origin)),
  );
  expect(external).toEqual([]);
});
