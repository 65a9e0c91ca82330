/**
 * The questions take one height: walking through every question in German (the longest language),
 * neither the card, nor its Next button, nor the host's text below the wizard moves by more than 2 px.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { hostPage } from './hosts.ts';

let wizard = '';
test.beforeEach(({ baseURL }) => {
  wizard = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
});

const ARTICLE = (embed: string) => `<h1>POP3 oder IMAP?</h1><p>Vorher.</p>${embed}<p id="below">Der Text der Seite unter dem Assistenten.</p>`;

type Place = { card: number; next: number; below: number };

/** Where the card, its Next button (from the card's top) and the page's text below stand, in page pixels. */
async function places(page: Page, scope: Locator): Promise<Place> {
  const card = (await scope.locator('.piw').boundingBox())!;
  const next = (await scope.getByRole('button', { name: /^(Weiter|Zum Ergebnis)$/ }).boundingBox())!;
  const below = await page.evaluate(() => document.getElementById('below')!.getBoundingClientRect().top + window.scrollY);
  return { card: Math.round(card.height), next: Math.round(next.y - card.y), below: Math.round(below) };
}

/** Answers every question (the first option each time), recording where things stand on each. */
async function walk(page: Page, scope: Locator): Promise<Place[]> {
  const seen: Place[] = [];
  for (let step = 1; step <= 9; step += 1) {
    await expect(scope.getByText(`Schritt ${step} von 9`, { exact: true })).toBeVisible();
    seen.push(await places(page, scope));
    if (step < 9) {
      await scope.getByRole('radio').first().check();
      await scope.getByRole('button', { name: 'Weiter' }).click();
    }
  }
  return seen;
}

function expectSteady(seen: Place[], what: string) {
  for (const key of ['card', 'next', 'below'] as const) {
    const values = seen.map((place) => place[key]);
    expect(Math.max(...values) - Math.min(...values), `${what}: ${key} ${values.join(', ')}`).toBeLessThanOrEqual(2);
  }
}

for (const width of [375, 1280]) {
  test(`at ${width} px the element's questions in German keep one height, and the page below stays put`, async ({ page }) => {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(hostPage(wizard, ARTICLE('<pop-imap-wizard lang="de"></pop-imap-wizard>'), { element: true }));
    const element = page.locator('pop-imap-wizard');
    const start = element.getByRole('button', { name: 'Starten' });
    await expect(start).toBeVisible();
    const introBelow = await page.evaluate(() => document.getElementById('below')!.getBoundingClientRect().top + window.scrollY);
    await start.click();
    const seen = await walk(page, element);
    expectSteady(seen, `element at ${width}`);
    // At phone width the reserved height holds the tallest question: starting moves nothing either.
    if (width === 375) expect(Math.abs(seen[0]!.below - Math.round(introBelow))).toBeLessThanOrEqual(2);
  });
}

test('at 375 px the German standalone page keeps its Next button in one place from question to question', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 900 });
  await page.goto('/de/');
  await page.getByRole('button', { name: 'Starten' }).click();
  const seen: Place[] = [];
  for (let step = 1; step <= 9; step += 1) {
    await expect(page.getByText(`Schritt ${step} von 9`, { exact: true })).toBeVisible();
    const card = (await page.locator('.piw-stack').boundingBox())!;
    const next = (await page.getByRole('button', { name: /^(Weiter|Zum Ergebnis)$/ }).boundingBox())!;
    seen.push({ card: Math.round(card.height), next: Math.round(next.y - card.y), below: 0 });
    if (step < 9) await page.getByRole('button', { name: 'Frage überspringen' }).click();
  }
  expectSteady(seen, 'standalone at 375');
});

test('at 375 px the German iframe embed keeps one height, and the page below stays put', async ({ page }) => {
  await page.setViewportSize({ width: 375, height: 900 });
  await page.goto(hostPage(wizard, ARTICLE('<div data-pop-imap-wizard data-lang="de"></div>'), { loader: true }));
  const frame = page.frameLocator('iframe');
  await frame.getByRole('button', { name: 'Starten' }).click();
  const seen: Place[] = [];
  for (let step = 1; step <= 9; step += 1) {
    await expect(frame.getByText(`Schritt ${step} von 9`, { exact: true })).toBeVisible();
    const height = Math.round((await page.locator('iframe').boundingBox())!.height);
    const below = await page.evaluate(() => document.getElementById('below')!.getBoundingClientRect().top + window.scrollY);
    seen.push({ card: height, next: 0, below: Math.round(below) });
    if (step < 9) await frame.getByRole('button', { name: 'Frage überspringen' }).click();
  }
  expectSteady(seen, 'iframe at 375');
});
