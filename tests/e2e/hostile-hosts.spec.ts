/**
 * The embeds tried from host pages on a second origin, as an attacker (or a careless marketer)
 * would: one test per finding of the security review. The wizard is served by the preview server;
 * the host pages by a second static server (tests/e2e/hostile/) on another port.
 */
import { expect, test } from '@playwright/test';
import { HOSTILE, hostPage, recordForeignRequests } from './hosts.ts';

const EVIL = 'https://evil.example';

test.describe('hostile host pages', () => {
  let wizard = '';
  test.beforeEach(({ baseURL }) => {
    wizard = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
  });

  const HOSTILE_ACCENTS = [
    `var(--x,url(${EVIL}/var.png))`,
    `red var(--x,) url(${EVIL}/list.png)`,
    `image-set(url(${EVIL}/set.png) 1x)`,
    'transparent',
    '#0000',
    'inherit',
  ];

  test('1. an accent is only ever a parsed, opaque colour: no request elsewhere, and Start stays readable', async ({ page }) => {
    const foreign = recordForeignRequests(page, wizard);
    const warnings: string[] = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.goto(hostPage(wizard, '<pop-imap-wizard></pop-imap-wizard>', { element: true }));
    const element = page.locator('pop-imap-wizard');
    const start = element.getByRole('button', { name: 'Start' });
    await expect(start).toBeVisible();
    const refused = () => warnings.filter((w) => w.includes('is not an opaque CSS colour')).length;
    for (const [i, accent] of HOSTILE_ACCENTS.entries()) {
      await element.evaluate((el, value) => el.setAttribute('accent', value), accent);
      // The element has read the value (and refused it) before its look is checked.
      await expect.poll(refused, accent).toBe(i + 1);
      const look = await start.evaluate((button) => {
        const s = getComputedStyle(button);
        return { background: s.backgroundColor, color: s.color };
      });
      // The default accent on its own text: opaque, and the text readable on it.
      expect(look, accent).toEqual({ background: 'rgb(31, 95, 191)', color: 'rgb(255, 255, 255)' });
    }
    await element.evaluate((el) => el.setAttribute('accent', 'rebeccapurple'));
    await expect(start).toHaveCSS('background-color', 'rgb(102, 51, 153)');
    expect(refused()).toBe(HOSTILE_ACCENTS.length);

    // The same values through the iframe embed's data-accent, and through a crafted frame address.
    await page.goto(hostPage(wizard, `<div data-pop-imap-wizard data-accent="var(--x,url(${EVIL}/data.png))"></div>`, { loader: true }));
    await expect(page.frameLocator('iframe').getByRole('button', { name: 'Start' })).toBeVisible();
    await page.goto(
      hostPage(
        wizard,
        `<iframe src="${wizard}/?embed=1&origin=${encodeURIComponent(HOSTILE)}&accent=${encodeURIComponent(`var(--x,url(${EVIL}/query.png))`)}"></iframe>`,
        {},
      ),
    );
    await expect(page.frameLocator('iframe').getByRole('button', { name: 'Start' })).toBeVisible({ timeout: 10_000 });
    await page.waitForTimeout(500);
    expect(foreign.map((r) => r.url())).toEqual([]);
  });

  test('2. a link cannot put anyone’s call to action on the wizard’s own origin', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const label = 'Your mailbox is at risk: verify it now';
    await page.goto(
      `/?embed=1&cta-label=${encodeURIComponent(label)}&cta-href=${EVIL}&host=${EVIL}&share-base=${EVIL}#v=1&devices=many&sharing=solo&step=result`,
    );
    await expect(page.getByRole('heading', { level: 1, name: 'IMAP suits you' })).toBeVisible();
    await expect(page.getByText(label)).toHaveCount(0);
    await expect(page.locator(`a[href^="${EVIL}"]`)).toHaveCount(0);
    await page.getByRole('button', { name: 'Copy link' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(new URL(copied).origin).toBe(wizard);
    expect(copied).not.toContain('evil');
  });

  test('3. the loader frames only its own origin, unless the host lists another', async ({ page }) => {
    const warnings: string[] = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.goto(hostPage(wizard, `<div data-pop-imap-wizard data-src="${HOSTILE}/evil-frame.html"></div>`, { loader: true }, '&token=secret'));
    await page.waitForTimeout(1000);
    await expect(page.locator('iframe')).toHaveCount(0);
    expect(warnings.some((w) => w.includes('data-src'))).toBe(true);

    // Listed by the host, the other origin is framed, but its messages are still held to the protocol.
    await page.addInitScript(() => {
      const w = window as unknown as { seen: unknown[] };
      w.seen = [];
      for (const type of ['wizard-step', 'wizard-complete', 'wizard-cta', 'wizard-evil']) {
        document.addEventListener(type, (event) => w.seen.push((event as CustomEvent).detail));
      }
    });
    await page.goto(
      hostPage(
        wizard,
        `<div data-pop-imap-wizard data-src="${HOSTILE}/evil-frame.html" data-allow-origins="${HOSTILE}"></div>`,
        { loader: true },
        '&token=secret',
      ),
    );
    const iframe = page.locator('iframe');
    await expect(iframe).toHaveCount(1);
    await expect(page.frameLocator('iframe').getByText('Not the wizard.')).toBeVisible();
    // The loader has read the frame's messages: it answered the "ready" the frame posted after its
    // forged ones with the host's settings.
    const evilFrame = page.frames().find((frame) => frame.url().startsWith(`${HOSTILE}/evil-frame.html`))!;
    await expect
      .poll(() => evilFrame.evaluate(() => (window as unknown as { received: Array<{ type?: string }> }).received.map((m) => m.type)))
      .toEqual(['init']);
    expect((await iframe.boundingBox())!.height).toBeLessThanOrEqual(10_000);
    expect(await page.evaluate(() => (window as unknown as { seen: unknown[] }).seen)).toEqual([]);
    // The frame's address names the host's origin, never the host page's query.
    expect(await iframe.getAttribute('src')).not.toContain('secret');
  });

  test('4. "Try again" recovers after a failed result chunk, in each element on its own', async ({ page }) => {
    let failures = 1;
    await page.route('**/chunks/result-page-*.js', (route) => (failures-- > 0 ? route.abort() : route.continue()));
    const answers = 'v=1&amp;devices=many&amp;sharing=solo&amp;step=result';
    await page.goto(
      hostPage(wizard, `<pop-imap-wizard answers="${answers}"></pop-imap-wizard><pop-imap-wizard id="second"></pop-imap-wizard>`, { element: true }),
    );
    const first = page.locator('pop-imap-wizard').first();
    await expect(first.getByText('Your result could not be loaded.', { exact: false })).toBeVisible();
    await first.getByRole('button', { name: 'Try again' }).click();
    await expect(first.getByRole('heading', { level: 2, name: 'IMAP suits you' })).toBeVisible();
    // The other wizard on the page was never broken by the first one's failure.
    const second = page.locator('#second');
    await second.evaluate((el) => el.setAttribute('answers', 'v=1&devices=one&sharing=team&step=result'));
    await expect(second.getByRole('heading', { level: 2, name: 'IMAP suits you' })).toBeVisible();
  });

  test('5. a loader without data-src frames its own wizard, never the page itself', async ({ page }) => {
    for (const markup of ['<div data-pop-imap-wizard></div>', '<div data-pop-imap-wizard data-src=""></div>']) {
      await page.goto(hostPage(wizard, markup, { loader: true }));
      await expect(page.frameLocator('iframe').getByRole('button', { name: 'Start' })).toBeVisible();
      expect(new URL((await page.locator('iframe').getAttribute('src'))!).origin).toBe(wizard);
      await page.waitForTimeout(1000);
      expect(page.frames()).toHaveLength(2);
    }
  });

  test('6. the host page’s query string never leaves it: not in the frame, the Referer, nor a copied link', async ({ page, context }) => {
    await context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const referers: string[] = [];
    await context.route(`${EVIL}/**`, (route) => {
      referers.push(route.request().headers().referer ?? '');
      return route.fulfill({ body: 'ok' });
    });
    const cta = `data-cta-label="See our plans" data-cta-href="${EVIL}/plans"`;
    await page.goto(
      hostPage(
        wizard,
        `<div data-pop-imap-wizard data-answers="v=1&amp;devices=many&amp;sharing=solo&amp;step=result" ${cta}></div>`,
        { loader: true },
        '&token=secret',
      ),
    );
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('heading', { level: 2, name: 'IMAP suits you' })).toBeVisible();
    expect(await page.locator('iframe').getAttribute('src')).not.toContain('secret');
    await frame.getByRole('button', { name: 'Copy link' }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied.startsWith(`${HOSTILE}/host.html#v=1&devices=many&sharing=solo&step=result`)).toBe(true);
    await frame.getByRole('link', { name: 'See our plans' }).first().click();
    await page.waitForURL(`${EVIL}/plans`);
    expect(referers.every((r) => !r.includes('secret'))).toBe(true);

    await page.goto(
      hostPage(
        wizard,
        `<pop-imap-wizard answers="v=1&amp;devices=many&amp;sharing=solo&amp;step=result" cta-label="Trial" cta-href="${EVIL}/trial"></pop-imap-wizard>`,
        { element: true },
        '&token=secret',
      ),
    );
    const element = page.locator('pop-imap-wizard');
    await element.getByRole('button', { name: 'Copy link' }).click();
    const fromElement = await page.evaluate(() => navigator.clipboard.readText());
    expect(fromElement.startsWith(`${HOSTILE}/host.html#v=1&devices=many&sharing=solo&step=result`)).toBe(true);
    await element.getByRole('link', { name: 'Trial' }).first().click();
    await page.waitForURL(`${EVIL}/trial`);
    expect(referers.length).toBeGreaterThanOrEqual(2);
    expect(referers.every((r) => !r.includes('secret') && !r.includes('host.html'))).toBe(true);
  });

  test('7. sync-url leaves the host’s own fragment and history state alone on load', async ({ page }) => {
    await page.addInitScript(() => {
      if (location.hash === '') history.replaceState({ router: 'pricing-page', key: 7 }, '', `${location.pathname}${location.search}#pricing`);
    });
    await page.goto(hostPage(wizard, '<pop-imap-wizard sync-url></pop-imap-wizard>', { element: true }));
    await expect(page.locator('pop-imap-wizard').getByRole('button', { name: 'Start' })).toBeVisible();
    await page.waitForTimeout(300);
    expect(new URL(page.url()).hash).toBe('#pricing');
    expect(await page.evaluate(() => history.state)).toEqual({ router: 'pricing-page', key: 7 });
  });

  test('8. relative links resolve against the host page in the iframe, as in the element', async ({ page }) => {
    await page.goto(
      hostPage(
        wizard,
        '<div data-pop-imap-wizard data-answers="v=1&amp;devices=many&amp;sharing=solo&amp;step=result" data-cta-label="Plans" data-cta-href="/plans"></div>',
        {
          loader: true,
        },
      ),
    );
    await expect(page.frameLocator('iframe').getByRole('link', { name: 'Plans' }).first()).toHaveAttribute('href', `${HOSTILE}/plans`);
    await page.goto(
      hostPage(
        wizard,
        '<pop-imap-wizard answers="v=1&amp;devices=many&amp;sharing=solo&amp;step=result" cta-label="Plans" cta-href="/plans"></pop-imap-wizard>',
        {
          element: true,
        },
      ),
    );
    await expect(page.locator('pop-imap-wizard').getByRole('link', { name: 'Plans' }).first()).toHaveAttribute('href', `${HOSTILE}/plans`);
  });

  test('9. a container a single-page app adds later is picked up, and the API mounts one on demand', async ({ page }) => {
    await page.goto(hostPage(wizard, '<p>An app shell</p>', { loader: true }));
    await page.waitForFunction(() => 'popImapWizardLoader' in window);
    await page.evaluate(() => {
      const later = document.createElement('div');
      later.setAttribute('data-pop-imap-wizard', '');
      document.querySelector('main')!.append(later);
    });
    await expect(page.frameLocator('iframe').getByRole('button', { name: 'Start' })).toBeVisible();
    await page.evaluate(() => {
      const offscreen = document.createElement('div');
      offscreen.id = 'offscreen';
      offscreen.setAttribute('data-pop-imap-wizard', '');
      offscreen.style.marginTop = '5000px';
      document.body.append(offscreen);
      (window as unknown as { popImapWizardLoader: { mount: (el: HTMLElement) => void } }).popImapWizardLoader.mount(offscreen);
    });
    await expect(page.locator('#offscreen iframe')).toHaveCount(1);
  });

  test('10. two sync-url elements stay independent, numbers are clamped, and the iframe takes data-answers', async ({ page }) => {
    const warnings: string[] = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.goto(
      hostPage(wizard, '<pop-imap-wizard id="a" sync-url></pop-imap-wizard><pop-imap-wizard id="b" sync-url></pop-imap-wizard>', { element: true }),
    );
    const [a, b] = [page.locator('#a'), page.locator('#b')];
    await a.getByRole('button', { name: 'Start' }).click();
    await b.getByRole('button', { name: 'Start' }).click();
    await b.getByRole('radio', { name: 'Three or more devices' }).check();
    await b.getByRole('button', { name: 'Next' }).click();
    await expect(b.getByText('Step 2 of 9', { exact: true })).toBeVisible();
    await page.goBack();
    // Back belongs to the wizard that follows the URL; the other one stays where its reader left it.
    await expect(a.getByRole('button', { name: 'Start' })).toBeVisible();
    await expect(b.getByText('Step 2 of 9', { exact: true })).toBeVisible();
    expect(warnings.filter((w) => w.includes('another wizard on this page already follows the URL'))).toHaveLength(1);

    for (const [value, expected] of [
      ['1e9', 810],
      ['Infinity', 810],
      ['-5', 810],
      ['800', 800],
    ] as const) {
      await page.goto(hostPage(wizard, `<div data-pop-imap-wizard data-min-height="${value}"></div>`, { loader: true }));
      await expect(page.frameLocator('iframe').getByRole('button', { name: 'Start' })).toBeVisible();
      expect(Math.round((await page.locator('iframe').boundingBox())!.height), value).toBe(expected);
    }

    await page.goto(hostPage(wizard, '<div data-pop-imap-wizard data-answers="v=1&amp;devices=one&amp;sharing=team&amp;step=result"></div>', { loader: true }));
    await expect(page.frameLocator('iframe').getByText('POP3 is ruled out.')).toBeVisible();
  });
});

test('the iframe page opened at the top level with embed parameters is just the wizard', async ({ page }) => {
  await page.goto(`/?embed=1&origin=${encodeURIComponent(EVIL)}&theme=dark&cta-label=Click&cta-href=${EVIL}`);
  await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
  await expect(page.locator('.piw')).toHaveAttribute('data-frame', 'page');
  await expect(page.locator('.piw')).not.toHaveAttribute('data-theme', 'dark');
});
