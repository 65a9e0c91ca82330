import { expect, test, type Page } from '@playwright/test';
import { completeWithKeyboard, IMAP_SCENARIO } from './keyboard.ts';

/** Every request the page makes, and those that leave its origin. */
function watchRequests(page: Page, origin: string) {
  const seen: string[] = [];
  const elsewhere: string[] = [];
  page.context().on('request', (request) => {
    const url = request.url();
    seen.push(url);
    if (!url.startsWith('data:') && new URL(url).origin !== origin) elsewhere.push(url);
  });
  return { seen, elsewhere };
}

async function expectNothingStored(page: Page) {
  expect(await page.context().cookies()).toEqual([]);
  expect(await page.evaluate(() => document.cookie)).toBe('');
  expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
}

test('the whole standalone flow sends no request to another origin and stores nothing', async ({ page, baseURL }) => {
  const requests = watchRequests(page, new URL(baseURL!).origin);
  await page.goto('/');
  await completeWithKeyboard(page, IMAP_SCENARIO);
  await expect(page.locator('.recharts-radar-polygon path')).toHaveCount(3);
  await page.getByRole('button', { name: 'Start over' }).click();
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();

  expect(requests.seen.length).toBeGreaterThan(1); // the listener did see the page's own requests
  expect(requests.elsewhere).toEqual([]);
  await expectNothingStored(page);
  // No font, image or script from elsewhere in the document either.
  const external = await page.evaluate(() =>
    [...document.querySelectorAll('link[href], img[src], script[src]')]
      .map((el) => el.getAttribute('href') ?? el.getAttribute('src') ?? '')
      .filter((u) => /^(https?:)?\/\//.test(u) && !u.startsWith(location.origin)),
  );
  expect(external).toEqual([]);
});

for (const path of ['/examples/custom-element.html', '/examples/iframe.html']) {
  test(`the embed on ${path} sends no request to another origin and stores nothing`, async ({ page, baseURL }) => {
    const requests = watchRequests(page, new URL(baseURL!).origin);
    await page.goto(path);
    const within = path.includes('iframe') ? page.frameLocator('[data-pop-imap-wizard] iframe') : page;
    await within.getByRole('button', { name: 'Start' }).click();
    for (let i = 0; i < 9; i += 1) await within.getByRole('button', { name: 'Skip this question' }).click();
    await expect(within.locator('.recharts-radar-polygon path')).toHaveCount(3);
    expect(requests.seen.some((u) => u.includes('protocol-radar'))).toBe(true);
    expect(requests.elsewhere).toEqual([]);
    await expectNothingStored(page);
  });
}
