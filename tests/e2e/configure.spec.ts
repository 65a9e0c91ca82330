/**
 * The embed builder, /configure/, as a marketer uses it: in English and German, refusing what the
 * embeds refuse, previewing the real wizard, and giving snippets that work when pasted into an empty
 * page on another origin.
 */
import { expect, test, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { HOSTILE } from './hosts.ts';
import { expectNoViolations, overflow } from './page-checks.ts';

/** What the snippet tests choose: a German wizard, an accent, a call to action, and a prefilled IMAP result. */
const CHOSEN = {
  accent: '#0b6e4f',
  accentRgb: 'rgb(11, 110, 79)',
  label: 'Private Postfächer 7 Tage testen',
  href: 'https://mail-host.example/testen?plan=privat',
  answers: 'v=1&devices=many&sharing=team&step=result',
};

const field = (page: Page, name: string) => page.getByRole('textbox', { name, exact: true });

/** The text of one snippet, as the builder shows it. */
const snippetOf = (page: Page, title: string) => page.getByRole('region', { name: title }).locator('pre code').innerText();

/** Chooses the settings the snippet tests check for. */
async function choose(page: Page) {
  await page.getByRole('combobox', { name: 'Language of the wizard' }).selectOption('de');
  await field(page, 'Accent colour').fill(CHOSEN.accent);
  await field(page, 'Label of the call to action').fill(CHOSEN.label);
  await field(page, 'Link of the call to action').fill(CHOSEN.href);
  await field(page, 'Prefilled answers').fill(CHOSEN.answers);
}

/** Copies a snippet with its button and reads it back from the clipboard; it must be the text the page shows. */
async function copySnippet(page: Page, title: string): Promise<string> {
  await page.getByRole('button', { name: `Copy the ${title.toLowerCase()} snippet` }).click();
  await expect(page.getByRole('region', { name: title }).getByRole('status')).toHaveText('Copied.');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(await snippetOf(page, title));
  return copied;
}

/** Opens the empty page on the second origin and inserts the snippet as a paste into its HTML would run it. */
async function pasteIntoEmptyPage(page: Page, snippet: string) {
  await page.goto(`${HOSTILE}/empty.html`);
  await page.evaluate((html) => document.body.append(document.createRange().createContextualFragment(html)), snippet);
}

/** The German IMAP result with the chosen call to action in the chosen accent. */
async function expectChosenResult(within: Locator | FrameLocator) {
  await expect(within.getByRole('heading', { level: 2, name: 'IMAP passt zu Ihnen' })).toBeVisible({ timeout: 15_000 });
  const cta = within.getByRole('link', { name: CHOSEN.label }).first();
  await expect(cta).toHaveAttribute('href', CHOSEN.href);
  await expect(cta).toHaveCSS('background-color', CHOSEN.accentRgb);
}

test.describe('the embed builder', () => {
  test.use({ viewport: { width: 1280, height: 900 }, permissions: ['clipboard-read', 'clipboard-write'] });

  test('opens in English, and in German for ?lang=de, with a switch between the two', async ({ page }) => {
    await page.goto('/configure/');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Put the POP3-or-IMAP wizard on your page');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.goto('/configure/?lang=de');
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Den POP3-oder-IMAP-Assistenten auf Ihre Seite bringen');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page).toHaveTitle('Einbettung zusammenstellen · POP3 oder IMAP?');
    await expect(page.getByRole('textbox', { name: 'Akzentfarbe', exact: true })).toBeVisible();
    await page.getByRole('button', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Put the POP3-or-IMAP wizard on your page');
    await expect(page).toHaveURL(/\?lang=en$/);
  });

  test.describe('for a reader whose browser prefers German', () => {
    test.use({ locale: 'de-DE' });
    test('opens in German', async ({ page }) => {
      await page.goto('/configure/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('Den POP3-oder-IMAP-Assistenten auf Ihre Seite bringen');
    });
  });

  test('marks a bad accent and a non-http link as refused, with the reason, in the page’s language', async ({ page }) => {
    await page.goto('/configure/');
    await field(page, 'Accent colour').fill('url(https://evil.example/x.png)');
    await field(page, 'Label of the call to action').fill('Try it');
    await field(page, 'Link of the call to action').fill('javascript:alert(1)');
    await expect(field(page, 'Accent colour')).toHaveAttribute('aria-invalid', 'true');
    await expect(field(page, 'Accent colour')).toHaveAccessibleDescription(/Refused: It is not an opaque CSS colour/);
    await expect(field(page, 'Link of the call to action')).toHaveAccessibleDescription(/Refused: It is not an http\(s\) address/);
    const element = await snippetOf(page, 'Custom element');
    expect(element).not.toContain('evil.example');
    expect(element).not.toContain('javascript:');

    await page.getByRole('button', { name: 'Deutsch' }).click();
    await expect(page.getByRole('textbox', { name: 'Akzentfarbe', exact: true })).toHaveAccessibleDescription(/Abgelehnt: Das ist keine deckende CSS-Farbe/);
    await expect(page.getByRole('textbox', { name: 'Link der Handlungsaufforderung' })).toHaveAccessibleDescription(
      /Abgelehnt: Das ist keine http\(s\)-Adresse/,
    );
  });

  test('previews the real wizard with the chosen language and accent, at a phone’s width and on a dark page', async ({ page }) => {
    await page.goto('/configure/');
    const preview = page.getByRole('group', { name: 'The wizard with your settings' }).locator('pop-imap-wizard');
    await expect(preview.getByRole('button', { name: 'Start' })).toBeVisible();
    await page.getByRole('combobox', { name: 'Language of the wizard' }).selectOption('de');
    await field(page, 'Accent colour').fill(CHOSEN.accent);
    await expect(preview.getByRole('heading', { name: 'POP3 oder IMAP: Was passt zu Ihren E-Mails?' })).toBeVisible();
    await expect(preview.getByRole('button', { name: 'Starten' })).toHaveCSS('background-color', CHOSEN.accentRgb);

    await page.getByRole('radio', { name: 'Phone (375 px)' }).check();
    await expect.poll(async () => (await preview.boundingBox())?.width).toBeLessThanOrEqual(375);
    await page.getByRole('radio', { name: 'Dark' }).check();
    await expect(preview.locator('.piw')).toHaveAttribute('data-theme', 'dark');

    // A prefilled result shows the call to action there; typing the answers keeps the focus in their field.
    await field(page, 'Label of the call to action').fill(CHOSEN.label);
    await field(page, 'Link of the call to action').fill(CHOSEN.href);
    await field(page, 'Prefilled answers').pressSequentially(CHOSEN.answers, { delay: 20 });
    await expectChosenResult(preview);
    await expect(field(page, 'Prefilled answers')).toBeFocused();
    await expect(field(page, 'Prefilled answers')).toHaveValue(CHOSEN.answers);
  });

  test('the custom element snippet, pasted into an empty page on another origin, shows the wizard as chosen', async ({ page }) => {
    await page.goto('/configure/');
    await choose(page);
    const snippet = await copySnippet(page, 'Custom element');
    await pasteIntoEmptyPage(page, snippet);
    await expectChosenResult(page.locator('pop-imap-wizard'));
  });

  test('the loader snippet, pasted into an empty page on another origin, shows the wizard as chosen', async ({ page }) => {
    await page.goto('/configure/');
    await choose(page);
    const snippet = await copySnippet(page, 'Iframe with loader');
    await pasteIntoEmptyPage(page, snippet);
    const frame = page.frameLocator('[data-pop-imap-wizard] iframe');
    await expect(page.locator('[data-pop-imap-wizard] iframe')).toHaveAttribute('title', 'POP3 oder IMAP? Ein kurzer Assistent');
    await expectChosenResult(frame);
  });

  test('the plain iframe snippet, pasted into an empty page on another origin, shows the wizard in German with the accent', async ({ page }) => {
    await page.goto('/configure/');
    await choose(page);
    await expect(page.getByRole('region', { name: 'Plain iframe' })).toContainText(
      'Left out, as a plain iframe cannot carry them: cta-label, cta-href, answers.',
    );
    const snippet = await copySnippet(page, 'Plain iframe');
    expect(snippet).not.toContain('testen');
    await pasteIntoEmptyPage(page, snippet);
    const iframe = page.locator('iframe');
    await expect(iframe).toHaveAttribute('title', 'POP3 oder IMAP? Ein kurzer Assistent');
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('heading', { name: 'POP3 oder IMAP: Was passt zu Ihren E-Mails?' })).toBeVisible({ timeout: 15_000 });
    await expect(frame.locator('html')).toHaveAttribute('lang', 'de');
    await expect(frame.getByRole('button', { name: 'Starten' })).toHaveCSS('background-color', CHOSEN.accentRgb);
  });

  test('sends nothing to another origin and stores nothing', async ({ page, baseURL }) => {
    const origin = new URL(baseURL!).origin;
    const elsewhere: string[] = [];
    page.context().on('request', (request) => {
      const url = request.url();
      if (!url.startsWith('data:') && new URL(url).origin !== origin) elsewhere.push(url);
    });
    await page.goto('/configure/');
    await choose(page);
    await expectChosenResult(page.getByRole('group', { name: 'The wizard with your settings' }).locator('pop-imap-wizard'));
    await copySnippet(page, 'Custom element');
    expect(elsewhere).toEqual([]);
    expect(await page.context().cookies()).toEqual([]);
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length + document.cookie.length)).toBe(0);
  });

  test('works under the strict policy the wizard’s pages keep to: no inline script or style', async ({ page }) => {
    const policy = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:";
    await page.route(/\/configure\/(\?.*)?$/, async (route) => {
      const response = await route.fetch();
      await route.fulfill({ response, headers: { ...response.headers(), 'content-security-policy': policy } });
    });
    const violations: string[] = [];
    page.on('console', (message) => /Content Security Policy/i.test(message.text()) && violations.push(message.text()));
    await page.addInitScript(() =>
      document.addEventListener('securitypolicyviolation', (e) => console.error(`Content Security Policy: ${e.violatedDirective}`)),
    );
    const response = await page.goto('/configure/');
    expect(response?.headers()['content-security-policy']).toBe(policy);
    await choose(page);
    await expectChosenResult(page.getByRole('group', { name: 'The wizard with your settings' }).locator('pop-imap-wizard'));
    // The builder's own stylesheet applies too.
    await expect(page.getByRole('heading', { name: 'Hosting the files' })).toHaveCSS('font-size', '22.4px');
    expect(violations).toEqual([]);
  });

  test('is usable with the keyboard alone, its focus always visible', async ({ page }) => {
    await page.goto('/configure/');
    const accent = field(page, 'Accent colour');
    for (let i = 0; i < 12 && !(await accent.evaluate((el) => el === document.activeElement)); i += 1) await page.keyboard.press('Tab');
    await expect(accent).toBeFocused();
    await expect(accent).not.toHaveCSS('outline-style', 'none');
    await page.keyboard.type('rebeccapurple');
    await page.keyboard.press('Tab'); // the colour picker
    await page.keyboard.press('Tab');
    await expect(page.getByRole('combobox', { name: 'Language of the wizard' })).toBeFocused();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(page.getByRole('combobox', { name: 'Language of the wizard' })).toHaveValue('de');
    const copy = page.getByRole('button', { name: 'Copy the custom element snippet' });
    await copy.focus();
    await page.keyboard.press('Enter');
    await expect(page.getByRole('region', { name: 'Custom element' }).getByRole('status')).toHaveText('Copied.');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toContain('accent="rebeccapurple"');
  });

  test('keeps the builder’s code out of the wizard’s own page', async ({ page }) => {
    const loaded: string[] = [];
    page.on('request', (request) => loaded.push(new URL(request.url()).pathname));
    await page.goto('/');
    await page.getByRole('button', { name: 'Start' }).click();
    await expect(page.getByText('Step 1 of 9', { exact: true })).toBeVisible();
    expect(loaded.filter((path) => /configure/.test(path))).toEqual([]);
  });
});

for (const colorScheme of ['light', 'dark'] as const) {
  for (const width of [1280, 375]) {
    test(`axe finds nothing on the builder, ${colorScheme}, ${width} px, with refused values shown; nothing overflows`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.emulateMedia({ colorScheme });
      await page.goto('/configure/');
      await field(page, 'Accent colour').fill('var(--brand)');
      await field(page, 'Link of the call to action').fill('ftp://host.example/');
      await page.getByRole('textbox', { name: 'IMAP server' }).fill('imap.example.net');
      await expect(
        page.getByRole('group', { name: 'The wizard with your settings' }).locator('pop-imap-wizard').getByRole('button', { name: 'Start' }),
      ).toBeVisible();
      await expectNoViolations(page);
      expect(await overflow(page)).toBeLessThanOrEqual(0);

      // Settings beside the preview where there is room, above it on a phone.
      const settings = (await page.getByRole('region', { name: 'Settings' }).boundingBox())!;
      const preview = (await page.getByRole('region', { name: 'Preview' }).boundingBox())!;
      if (width === 1280) expect(preview.x).toBeGreaterThanOrEqual(settings.x + settings.width);
      else expect(preview.y).toBeGreaterThanOrEqual(settings.y + settings.height);
    });
  }
}
