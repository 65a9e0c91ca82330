/**
 * The popup embeds (mode="popup", data-mode="popup") on a marketing page of another origin, under a
 * strict CSP (tests/e2e/hostile/popup.html): a button in the article opens the wizard in a modal
 * dialog, for the custom element and for the iframe loader.
 */
import { expect, test, type FrameLocator, type Page } from '@playwright/test';
import { HOSTILE } from './hosts.ts';
import { expectNoViolations } from './page-checks.ts';

const LABEL = 'Which is right for me: POP3 or IMAP?';
const TITLE = 'POP3 or IMAP? A short wizard';
type Kind = 'element' | 'loader';

function popupPage(wizard: string, kind: Kind, settings: Record<string, string> = { mode: 'popup' }, fragment = '') {
  const params = new URLSearchParams({ wizard: `${wizard}/`, kind, ...settings });
  return `${HOSTILE}/popup.html?${params}${fragment}`;
}

/** Where focus is, looking into shadow roots: 'dialog', 'button' (the popup's), 'frame' or 'page'. */
const focusIsIn = (page: Page) =>
  page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (active?.closest('dialog')) return active.tagName === 'IFRAME' ? 'frame' : 'dialog';
    return active?.classList.contains('piw-popup-open') ? 'button' : 'page';
  });

/** Records the wizard's events as the page receives them (they bubble to the document). */
async function recordEvents(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { seen: string[] };
    w.seen = [];
    for (const type of ['wizard-start', 'wizard-answer', 'wizard-step', 'wizard-complete']) {
      document.addEventListener(type, (event) => w.seen.push(`${type}:${(event.target as Element).tagName.toLowerCase()}`));
    }
  });
}
const seen = (page: Page) => page.evaluate(() => (window as unknown as { seen: string[] }).seen);

/** What a person would see of the wizard inside the dialog: the element's shadow DOM, or the frame. */
function inside(page: Page, kind: Kind): Page | FrameLocator {
  return kind === 'element' ? page : page.frameLocator('dialog iframe');
}

let wizard = '';
test.beforeEach(({ baseURL }) => {
  wizard = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
});

for (const kind of ['element', 'loader'] as const) {
  test.describe(`the ${kind} as a popup`, () => {
    test('shows a button in the article, opens the wizard in a modal dialog, and closes with Escape or Close', async ({ page }) => {
      await page.goto(popupPage(wizard, kind));
      const button = page.getByRole('button', { name: LABEL });
      await expect(button).toBeVisible();
      // In the article's flow, between its paragraphs: not a floating widget, and no wizard-sized gap.
      const layout = await page.evaluate(() => {
        const slot = document.getElementById('slot')!.getBoundingClientRect();
        const next = document.getElementById('slot')!.nextElementSibling!.nextElementSibling!.getBoundingClientRect();
        return { slotBottom: slot.bottom, nextTop: next.top };
      });
      const box = (await button.boundingBox())!;
      expect(box.y).toBeGreaterThanOrEqual(layout.slotBottom);
      expect(box.y + box.height).toBeLessThanOrEqual(layout.nextTop);
      expect(layout.nextTop - layout.slotBottom).toBeLessThan(150);
      const dialog = page.getByRole('dialog', { name: TITLE });
      await expect(dialog).toBeHidden();

      await button.click();
      await expect(dialog).toBeVisible();
      await expect(inside(page, kind).getByRole('button', { name: 'Start' })).toBeVisible();
      await expect(dialog.getByRole('button', { name: 'Close' })).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(button).toBeFocused();

      await button.press('Enter');
      await expect(dialog).toBeVisible();
      await dialog.getByRole('button', { name: 'Close' }).click();
      await expect(dialog).toBeHidden();
      await expect(button).toBeFocused();
      expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    });

    test('keeps Tab inside the open dialog, going round', async ({ page }) => {
      await page.goto(popupPage(wizard, kind));
      await page.getByRole('button', { name: LABEL }).click();
      await expect(inside(page, kind).getByRole('button', { name: 'Start' })).toBeVisible();
      const stops: string[] = [];
      for (let i = 0; i < 8; i += 1) {
        await page.keyboard.press('Tab');
        stops.push(await focusIsIn(page));
      }
      expect(
        stops.every((where) => where === 'dialog' || where === 'frame'),
        stops.join(' '),
      ).toBe(true);
      // Round and round: the close button comes back, again and again.
      await page.keyboard.press('Shift+Tab');
      expect(['dialog', 'frame']).toContain(await focusIsIn(page));
      const closeFocused = async () =>
        page.evaluate(() => {
          let active = document.activeElement;
          while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
          return active?.classList.contains('piw-popup-close') ?? false;
        });
      let rounds = 0;
      for (let i = 0; i < 8; i += 1) {
        await page.keyboard.press('Tab');
        if (await closeFocused()) rounds += 1;
      }
      expect(rounds).toBeGreaterThanOrEqual(2);
    });

    test('keeps the page behind from scrolling, and gives back its own overflow', async ({ page }) => {
      await page.goto(popupPage(wizard, kind));
      const button = page.getByRole('button', { name: LABEL });
      await expect(button).toBeVisible();
      // The page's own inline overflow, which must come back as it was.
      await page.evaluate(() => document.documentElement.style.setProperty('overflow-y', 'auto'));
      await button.scrollIntoViewIfNeeded();
      const before = await page.evaluate(() => window.scrollY);
      await button.click();
      await expect(page.getByRole('dialog', { name: TITLE })).toBeVisible();
      await page.mouse.move(20, 300); // over the dimmed page, beside the panel
      await page.mouse.wheel(0, 1200);
      await page.keyboard.press('PageDown');
      await page.keyboard.press('End');
      await page.waitForTimeout(300);
      expect(await page.evaluate(() => window.scrollY)).toBe(before);
      await page.keyboard.press('Escape');
      await expect(page.getByRole('dialog', { name: TITLE })).toBeHidden();
      expect(await page.evaluate(() => document.documentElement.getAttribute('style'))).toBe('overflow-y: auto;');
      expect(await page.evaluate(() => document.body.getAttribute('style'))).toBeNull();
      await page.mouse.wheel(0, 600);
      await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(before);
    });

    test('keeps the answers when closed and opened again, and tells the page', async ({ page }) => {
      await recordEvents(page);
      await page.goto(popupPage(wizard, kind));
      const button = page.getByRole('button', { name: LABEL });
      await button.click();
      const within = inside(page, kind);
      await within.getByRole('button', { name: 'Start' }).click();
      await within.getByRole('radio', { name: 'Three or more devices' }).check();
      await within.getByRole('button', { name: 'Next' }).click();
      await expect(within.getByText('Step 2 of 9', { exact: true })).toBeVisible();
      await page.getByRole('dialog', { name: TITLE }).getByRole('button', { name: 'Close' }).click();
      await button.click();
      await expect(within.getByText('Step 2 of 9', { exact: true })).toBeVisible();
      await within.getByRole('button', { name: 'Back', exact: true }).click();
      await expect(within.getByRole('radio', { name: 'Three or more devices' })).toBeChecked();
      const target = kind === 'element' ? 'pop-imap-wizard' : 'div';
      await expect.poll(() => seen(page)).toEqual(expect.arrayContaining([`wizard-start:${target}`, `wizard-answer:${target}`, `wizard-step:${target}`]));
    });

    test('fills a phone’s screen', async ({ page }) => {
      await page.setViewportSize({ width: 375, height: 740 });
      await page.goto(popupPage(wizard, kind));
      await page.getByRole('button', { name: LABEL }).click();
      const dialog = page.getByRole('dialog', { name: TITLE });
      await expect(inside(page, kind).getByRole('button', { name: 'Start' })).toBeVisible();
      expect(await dialog.boundingBox()).toEqual({ x: 0, y: 0, width: 375, height: 740 });
      // Nothing wider than the screen: the wizard fits in it.
      expect(await dialog.evaluate((d) => d.scrollWidth <= d.clientWidth)).toBe(true);
    });

    test('opens by itself on a share link to the page, on its result', async ({ page }) => {
      // The element reads the page's address with sync-url; the loader hands a wizard link to its frame.
      const settings: Record<string, string> = kind === 'element' ? { mode: 'popup', 'sync-url': '' } : { mode: 'popup' };
      await page.goto(popupPage(wizard, kind, settings, '#v=1&devices=many&sharing=team&step=result'));
      const dialog = page.getByRole('dialog', { name: TITLE });
      await expect(dialog).toBeVisible();
      await expect(inside(page, kind).getByRole('heading', { level: 2, name: 'IMAP suits you' })).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(page.getByRole('button', { name: LABEL })).toBeFocused();
    });

    for (const colorScheme of ['light', 'dark'] as const) {
      test(`axe finds nothing on the page with the popup open, ${colorScheme}`, async ({ browser }) => {
        // axe is put into the page as a script of its own: the page's CSP would refuse it.
        const context = await browser.newContext({ colorScheme, bypassCSP: true });
        const page = await context.newPage();
        await page.goto(popupPage(wizard, kind));
        await expectNoViolations(page); // the button in the article
        await page.getByRole('button', { name: LABEL }).click();
        await expect(inside(page, kind).getByRole('button', { name: 'Start' })).toBeVisible();
        await expectNoViolations(page);
        await context.close();
      });
    }
  });
}

test.describe('the popup’s code', () => {
  test('is fetched only for a popup: not by an inline element or loader', async ({ page }) => {
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    const popupCode = () => fetched.filter((path) => /\/embed\/(chunks\/popup-[^/]+\.js|embed-popup\.js)$/.test(path));
    await page.goto(popupPage(wizard, 'element', {}));
    await expect(page.getByRole('button', { name: 'Start' })).toBeVisible();
    await page.goto(popupPage(wizard, 'loader', {}));
    await expect(page.frameLocator('iframe').getByRole('button', { name: 'Start' })).toBeVisible();
    expect(popupCode()).toEqual([]);
    await page.goto(popupPage(wizard, 'element'));
    await expect(page.getByRole('button', { name: LABEL })).toBeVisible();
    expect(popupCode()).toEqual([expect.stringMatching(/\/chunks\/popup-/)]);
    await page.goto(popupPage(wizard, 'loader'));
    await expect(page.getByRole('button', { name: LABEL })).toBeVisible();
    expect(popupCode()).toEqual([expect.stringMatching(/\/chunks\/popup-/), '/embed/embed-popup.js']);
    // The loader makes its frame only when the dialog first opens.
    fetched.length = 0;
    await page.reload();
    await expect(page.getByRole('button', { name: LABEL })).toBeVisible();
    await page.waitForTimeout(500);
    expect(fetched.filter((path) => path === '/' || path === '/index.html')).toEqual([]);
    await expect(page.locator('iframe')).toHaveCount(0);
    await page.getByRole('button', { name: LABEL }).click();
    await expect(page.frameLocator('dialog iframe').getByRole('button', { name: 'Start' })).toBeVisible();
  });
});

test.describe('the element’s popup, from script and attributes', () => {
  test('open() and close() work from the page, and the mode can change while the wizard keeps its answers', async ({ page }) => {
    await page.goto(popupPage(wizard, 'element', { 'button-label': 'Find your protocol', mode: 'popup', lang: 'de' }));
    const element = page.locator('pop-imap-wizard');
    const button = page.getByRole('button', { name: 'Find your protocol' });
    await expect(button).toBeVisible();
    await element.evaluate((el) => el.removeAttribute('button-label'));
    await expect(page.getByRole('button', { name: 'Was passt zu mir: POP3 oder IMAP?' })).toBeVisible();
    await element.evaluate((el) => (el as HTMLElement & { open(): void }).open());
    const dialog = page.getByRole('dialog', { name: 'POP3 oder IMAP? Ein kurzer Assistent' });
    await expect(dialog).toBeVisible();
    await expect(dialog.getByRole('button', { name: 'Schließen' })).toBeVisible();
    await page.getByRole('button', { name: 'Starten' }).click();
    await expect(page.getByText('Schritt 1 von 9', { exact: true })).toBeVisible();
    await element.evaluate((el) => (el as HTMLElement & { close(): void }).close());
    await expect(dialog).toBeHidden();

    // Inline now: the wizard in the article, where it was, and the page's scroll untouched.
    await element.evaluate((el) => el.setAttribute('mode', 'inline'));
    await expect(page.getByRole('button', { name: /Was passt zu mir/ })).toHaveCount(0);
    await expect(page.getByText('Schritt 1 von 9', { exact: true })).toBeVisible();
    expect((await element.boundingBox())!.height).toBeGreaterThanOrEqual(600);
    await element.evaluate((el) => (el as HTMLElement & { open(): void }).open());
    await expect(page.getByRole('dialog')).toHaveCount(0);

    await element.evaluate((el) => el.setAttribute('mode', 'popup'));
    await page.getByRole('button', { name: 'Was passt zu mir: POP3 oder IMAP?' }).click();
    await expect(page.getByText('Schritt 1 von 9', { exact: true })).toBeVisible();
    // Taken off the page while open: the page scrolls again.
    await element.evaluate((el) => el.remove());
    await expect.poll(() => page.evaluate(() => document.documentElement.getAttribute('style'))).toBeNull();
  });
});
