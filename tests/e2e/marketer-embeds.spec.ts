/**
 * The embeds as a marketer at an email host uses them, from host pages on a second origin: a link
 * copied from the wizard reopens the same verdict in the same embed, an offer per verdict, the
 * events a marketer counts, the iframe's offer opened from the host page, and a plain iframe for a
 * site that allows no script.
 */
import { expect, test, type BrowserContext, type FrameLocator, type Page } from '@playwright/test';
import { RESERVED_HEIGHT } from '../../src/embed/protocol.ts';
import { HOSTILE, hostPage } from './hosts.ts';
import { events, recordEvents } from './page-checks.ts';

/** Answers that give POP3, and answers that give IMAP, as a share link carries them. */
const POP3_LINK = 'v=1&devices=one&sharing=solo&threat=server&backups=automatic&deviceSecurity=yes&provider=low&storage=large&retention=personal&step=result';
const IMAP_LINK = 'v=1&devices=many&sharing=team&step=result';

/** Lets both origins use the clipboard, as a person's "Copy link" would. */
async function allowClipboard(context: BrowserContext, wizard: string) {
  for (const origin of [wizard, HOSTILE]) await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
}

/** Answers the first two questions by clicking, skips the rest, and lands on the result. */
async function answerTwoAndFinish(within: Page | FrameLocator) {
  await within.getByRole('button', { name: 'Start' }).click();
  await within.getByRole('radio', { name: 'Three or more devices' }).click();
  await within.getByRole('button', { name: 'Next' }).click();
  await within.getByRole('radio', { name: /^A team/ }).click();
  await within.getByRole('button', { name: 'Next' }).click();
  for (let step = 3; step <= 9; step += 1) await within.getByRole('button', { name: 'Skip this question' }).click();
  await expect(within.getByRole('heading', { level: 2, name: /IMAP/ })).toBeVisible();
}

async function copyLink(page: Page, within: Page | FrameLocator): Promise<string> {
  await within.getByRole('button', { name: 'Copy link' }).click();
  await expect(within.getByText('Link copied.')).toBeVisible();
  return page.evaluate(() => navigator.clipboard.readText());
}

test.describe('links a marketer’s readers share', () => {
  let wizard = '';
  test.beforeEach(({ baseURL }) => {
    wizard = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
  });

  test('a link copied from the element (no sync-url) reopens the same verdict in the element on the host page', async ({ page, context }) => {
    await allowClipboard(context, wizard);
    const address = hostPage(wizard, '<h1>Our article</h1><pop-imap-wizard></pop-imap-wizard><p id="after">More of the article.</p>', { element: true });
    await page.goto(address);
    await answerTwoAndFinish(page);
    const verdict = await page.getByRole('heading', { level: 2 }).first().textContent();
    const link = await copyLink(page, page);
    expect(link.startsWith(`${HOSTILE}/host.html#v=1&devices=many&sharing=team`)).toBe(true);
    // Without sync-url the host page's own address is untouched.
    expect(new URL(page.url()).hash).toBe('');

    // The reader's friend opens it: the host page's query is not in the link, so give it back
    // as the page's own URL would be; the fragment is the wizard's.
    const friend = await context.newPage();
    await recordEvents(friend);
    await friend.goto(`${address}${new URL(link).hash}`);
    await expect(friend.getByRole('heading', { level: 2, name: verdict! })).toBeVisible();
    await expect(friend.getByText(/^Opened from a shared link/)).toBeVisible();
    const seen = await events(friend);
    expect(seen.map((e) => e.type)).toEqual(['wizard-complete']);
    expect(seen[0]!.detail).toMatchObject({ protocol: 'imap', reopened: true, answers: { devices: 'many', sharing: 'team' } });
    // Reading the link wrote nothing back.
    expect(new URL(friend.url()).hash).toBe(new URL(link).hash);
  });

  test('with two elements on the page, only the one the link names reopens it', async ({ page }) => {
    const markup = '<pop-imap-wizard id="top"></pop-imap-wizard><pop-imap-wizard id="pricing"></pop-imap-wizard>';
    await page.goto(`${hostPage(wizard, markup, { element: true })}#${IMAP_LINK}&embed=pricing`);
    const [top, pricing] = [page.locator('#top'), page.locator('#pricing')];
    await expect(pricing.getByRole('heading', { level: 2, name: /IMAP/ })).toBeVisible();
    await expect(top.getByRole('button', { name: 'Start' })).toBeVisible();
    // The link the second one makes names it again.
    await expect(pricing.getByText(/This result online:/)).toHaveText(/#v=1&devices=many&sharing=team&step=result&embed=pricing$/);
  });

  test('a link copied from the loader’s iframe reopens the same verdict in the iframe', async ({ page, context }) => {
    await allowClipboard(context, wizard);
    const address = hostPage(wizard, '<div data-pop-imap-wizard id="quiz"></div>', { loader: true });
    await page.goto(address);
    const frame = page.frameLocator('[data-pop-imap-wizard] iframe');
    await answerTwoAndFinish(frame);
    // The frame may write to the clipboard (the loader allows it), not read it: the page reads it.
    const link = await copyLink(page, frame);
    expect(link).toMatch(/\/host\.html#v=1&devices=many&sharing=team&step=result&embed=quiz$/);

    const friend = await context.newPage();
    await recordEvents(friend);
    await friend.goto(`${address}${new URL(link).hash}`);
    const friendFrame = friend.frameLocator('[data-pop-imap-wizard] iframe');
    await expect(friendFrame.getByRole('heading', { level: 2, name: /IMAP/ })).toBeVisible();
    await expect(friendFrame.getByText(/^Opened from a shared link/)).toBeVisible();
    await expect.poll(async () => (await events(friend)).map((e) => [e.type, e.detail.reopened])).toEqual([['wizard-complete', true]]);
  });

  test('the standalone page reopens a link and says it was opened from one', async ({ page }) => {
    await page.goto(`/#${POP3_LINK}`);
    await expect(page.getByRole('heading', { level: 1, name: /POP3/ })).toBeVisible();
    await expect(page.getByText(/^Opened from a shared link/)).toBeVisible();
    // Answering anew is no longer "opened from a link".
    await page.getByText('Your answers', { exact: true }).click();
    await page.getByRole('button', { name: /Change your answer to “On how many devices/ }).click();
    await page.getByRole('radio', { name: 'Three or more devices' }).click();
    await page.getByRole('button', { name: 'Save and see my result' }).click();
    await expect(page.getByRole('heading', { level: 1, name: /IMAP/ })).toBeVisible();
    await expect(page.getByText(/^Opened from a shared link/)).toHaveCount(0);
  });
});

test.describe('offers and events', () => {
  let wizard = '';
  test.beforeEach(({ baseURL }) => {
    wizard = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
  });

  const OFFERS =
    'cta-label="See all plans" cta-href="https://mail-host.example/plans" pop3-cta-label="Get Private POP3" pop3-cta-href="https://mail-host.example/pop3" imap-cta-label="Get Sync Everywhere" imap-cta-href="https://mail-host.example/imap"';

  test('a POP3 result and an IMAP result each show their own offer, and the click says which', async ({ page }) => {
    await recordEvents(page);
    await page.goto(hostPage(wizard, `<pop-imap-wizard ${OFFERS} answers="${POP3_LINK.replaceAll('&', '&amp;')}"></pop-imap-wizard>`, { element: true }));
    const element = page.locator('pop-imap-wizard');
    await expect(element.getByRole('heading', { level: 2, name: /POP3/ })).toBeVisible();
    await expect(element.getByRole('link', { name: 'Get Private POP3' })).toHaveCount(2);
    await expect(element.getByRole('link', { name: /Sync Everywhere|See all plans/ })).toHaveCount(0);
    const pop3Offer = element.getByRole('link', { name: 'Get Private POP3' }).first();
    await pop3Offer.evaluate((a) => a.addEventListener('click', (e) => e.preventDefault()));
    await pop3Offer.click();

    await element.evaluate((el, answers) => el.setAttribute('answers', answers), IMAP_LINK);
    await expect(element.getByRole('heading', { level: 2, name: /IMAP/ })).toBeVisible();
    await expect(element.getByRole('link', { name: 'Get Sync Everywhere' })).toHaveCount(2);
    await expect(element.getByRole('link', { name: /Private POP3|See all plans/ })).toHaveCount(0);
    expect((await events(page)).filter((e) => e.type === 'wizard-cta').map((e) => e.detail)).toEqual([
      { protocol: 'pop3', href: 'https://mail-host.example/pop3' },
    ]);
  });

  test('the loader’s wizard reports the start, each answer and step, and a completion, in order', async ({ page }) => {
    await recordEvents(page);
    await page.goto(hostPage(wizard, '<div data-pop-imap-wizard></div>', { loader: true }));
    const frame = page.frameLocator('[data-pop-imap-wizard] iframe');
    await answerTwoAndFinish(frame);
    await expect.poll(async () => (await events(page)).at(-1)?.type).toBe('wizard-complete');
    const seen = (await events(page)).map(({ type, detail }) => [type, detail]);
    expect(seen.slice(0, 6)).toEqual([
      ['wizard-start', {}],
      ['wizard-step', { step: 1, total: 9, questionId: 'devices' }],
      ['wizard-answer', { questionId: 'devices', optionId: 'many', step: 1 }],
      ['wizard-step', { step: 2, total: 9, questionId: 'sharing' }],
      ['wizard-answer', { questionId: 'sharing', optionId: 'team', step: 2 }],
      ['wizard-step', { step: 3, total: 9, questionId: 'threat' }],
    ]);
    expect(seen.filter(([type]) => type === 'wizard-step')).toHaveLength(9);
    expect(seen.at(-1)).toEqual([
      'wizard-complete',
      expect.objectContaining({ protocol: 'imap', reopened: false, answers: { devices: 'many', sharing: 'team' } }),
    ]);
  });

  test('the iframe’s offer opens from the host page, with the host’s origin as referrer', async ({ page }) => {
    const landing = `${HOSTILE}/host.html?landing=1`;
    const markup = `<div data-pop-imap-wizard data-cta-label="See our plans" data-cta-href="${landing}" data-answers="${IMAP_LINK}"></div>`;
    await page.goto(hostPage(wizard, markup, { loader: true }));
    const frame = page.frameLocator('[data-pop-imap-wizard] iframe');
    const offer = frame.getByRole('link', { name: 'See our plans' }).first();
    await expect(offer).toBeVisible();
    const request = page.waitForRequest((r) => r.url() === landing && r.isNavigationRequest());
    await offer.click();
    expect((await request).headers()['referer']).toBe(`${HOSTILE}/`);
    await expect(page).toHaveURL(landing);
  });
});

test.describe('a plain iframe, for a site that allows no script', () => {
  let wizard = '';
  test.beforeEach(({ baseURL }) => {
    wizard = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
  });

  test('takes its language, theme and accent from its address, and nothing else', async ({ page }) => {
    const tampered = new URLSearchParams({
      embed: '1',
      lang: 'de',
      theme: 'dark',
      accent: '#6b21a8',
      'cta-label': 'Win a prize',
      'cta-href': 'https://evil.example/',
      answers: IMAP_LINK,
    });
    const markup = `<iframe src="${wizard}/?${tampered.toString().replaceAll('&', '&amp;')}" title="POP3 oder IMAP?" style="width:100%;height:${RESERVED_HEIGHT}px;border:0"></iframe>`;
    await page.goto(hostPage(wizard, markup, {}));
    const frame = page.frameLocator('iframe');
    const start = frame.getByRole('button', { name: 'Starten' });
    await expect(start).toBeVisible();
    await expect(frame.locator('.piw')).toHaveAttribute('data-theme', 'dark');
    expect(await start.evaluate((b) => getComputedStyle(b).backgroundColor)).toBe('rgb(107, 33, 168)');
    // Its address set no answers and no offer: the wizard starts at its intro, with no prize.
    await expect(frame.getByText('Win a prize')).toHaveCount(0);
  });

  test('is light by default, even for a reader whose system is dark', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(
      hostPage(wizard, `<iframe src="${wizard}/?embed=1" title="POP3 or IMAP?" style="width:100%;height:${RESERVED_HEIGHT}px;border:0"></iframe>`, {}),
    );
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('button', { name: 'Start' })).toBeVisible();
    await expect(frame.locator('.piw')).toHaveAttribute('data-theme', 'light');
  });
});

test.describe('a plain iframe at the height the docs state', () => {
  let wizard = '';
  test.beforeEach(({ baseURL }) => {
    wizard = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
  });

  for (const [lang, start, skip] of [
    ['en', 'Start', 'Skip this question'],
    ['de', 'Starten', 'Frage überspringen'],
  ] as const) {
    for (const width of [375, 1280]) {
      test(`shows the intro and every question without an inner scrollbar, ${lang} at ${width} px`, async ({ page }) => {
        test.setTimeout(60_000);
        await page.setViewportSize({ width, height: 900 });
        await page.goto(
          hostPage(
            wizard,
            `<iframe src="${wizard}/?embed=1&amp;lang=${lang}" title="POP3 / IMAP" style="display:block;width:100%;height:${RESERVED_HEIGHT}px;border:0"></iframe>`,
            {},
          ),
        );
        const frame = page.frameLocator('iframe');
        const overflow = () => frame.locator('html').evaluate((html) => html.scrollHeight - html.clientHeight);
        await expect(frame.getByRole('button', { name: start })).toBeVisible();
        expect(await overflow(), 'intro').toBeLessThanOrEqual(0);
        await frame.getByRole('button', { name: start }).click();
        for (let step = 1; step <= 9; step += 1) {
          await expect(frame.getByText(lang === 'en' ? `Step ${step} of 9` : `Schritt ${step} von 9`, { exact: true })).toBeVisible();
          expect(await overflow(), `step ${step}`).toBeLessThanOrEqual(0);
          if (step < 9) await frame.getByRole('button', { name: skip }).click();
        }
      });
    }
  }
});
