/**
 * The wizard in German, in the built app: the prerendered German page, the choice of language (the
 * browser's languages, a link's lang=, the switch), the keyboard flow, accessibility and layout at
 * the widths people use, and both embeds in German.
 */
import { expect, test, type Page } from '@playwright/test';
import { hostPage, recordForeignRequests } from './hosts.ts';
import { completeWithKeyboard, GERMAN_FLOW, POP3_SCENARIO } from './keyboard.ts';
import { expectNoViolations, overflow } from './page-checks.ts';

/** A long German result: a cautioned POP3 with every section present. */
const LONG_RESULT = 'v=1&devices=one&sharing=solo&threat=server&backups=none&deviceSecurity=no&provider=low&step=result';

/** Whether the chosen option's text fits its closed select whole (the arrow takes about 24 px). */
async function selectShowsWholeChoice(page: Page, name = 'Einrichten mit') {
  return page.getByRole('combobox', { name, exact: true }).evaluate((select: HTMLSelectElement) => {
    const style = getComputedStyle(select);
    const probe = document.createElement('span');
    probe.style.cssText = `position:absolute;white-space:pre;font:${style.font}`;
    probe.textContent = select.selectedOptions[0]?.textContent ?? '';
    select.after(probe);
    const width = probe.getBoundingClientRect().width;
    probe.remove();
    return width + parseFloat(style.paddingLeft) + parseFloat(style.paddingRight) + 24 <= select.clientWidth;
  });
}

/** Opens every disclosure of the result and the table, and chooses the provider with the longest server names. */
async function openEverything(page: Page) {
  await expect(page.locator('.recharts-radar-polygon path')).toHaveCount(3);
  await page.getByRole('button', { name: 'Zahlen als Tabelle zeigen' }).click();
  for (const summary of await page.locator('summary').all()) await summary.click();
  await page.getByRole('combobox', { name: 'Einrichten mit' }).selectOption({ label: 'T-Online (Telekom Mail)' });
  await expect(page.getByRole('button', { name: 'Einstellungen kopieren' })).toBeVisible();
}

test.describe('the German page', () => {
  test('is prerendered in German, with lang="de" on the document and the wizard', async ({ page, browser, baseURL }) => {
    // Without JavaScript: what the first paint shows.
    const noScript = await browser.newContext({ javaScriptEnabled: false });
    const raw = await noScript.newPage();
    await raw.goto(`${baseURL}/de/`);
    await expect(raw.getByRole('heading', { level: 1, name: 'POP3 oder IMAP: Was passt zu Ihren E-Mails?' })).toBeVisible();
    await expect(raw.locator('html')).toHaveAttribute('lang', 'de');
    await expect(raw).toHaveTitle('POP3 oder IMAP? Ein kurzer Assistent');
    await noScript.close();

    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await page.goto('/de/');
    await expect(page.getByRole('button', { name: 'Starten' })).toBeVisible();
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');
    await expect(page.locator('.piw')).toHaveAttribute('lang', 'de');
    const english = page.getByRole('navigation', { name: 'Sprache' }).getByRole('link', { name: 'English' });
    await expect(english).toHaveAttribute('lang', 'en');
    await expect(english).toHaveAttribute('hreflang', 'en');
    // Hydrated, not replaced: no mismatch reported.
    expect(errors).toEqual([]);
  });

  test('the whole keyboard flow in German reaches a German result', async ({ page }) => {
    await page.goto('/de/');
    await completeWithKeyboard(page, POP3_SCENARIO, page, GERMAN_FLOW);
    const verdict = page.getByRole('heading', { level: 1, name: 'POP3 passt zu Ihnen' });
    await expect(verdict).toBeFocused();
    await expect(page).toHaveTitle('POP3 passt zu Ihnen · POP3 oder IMAP?');
    await expect(page.getByRole('heading', { name: 'Warum' })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'POP3 einrichten' })).toBeVisible();
    await expect(page.locator('.piw-chart-box').getByText('Datenschutz', { exact: true })).toBeVisible();
    await expect(page.getByText('Zweite Wahl: IMAP.')).toBeVisible();
    await expect(page).toHaveURL(/\/de\/#v=1&.*step=result$/);
    // No English sentence anywhere on it.
    const text = await page.locator('.piw').innerText();
    for (const english of ['suits you', 'Why', 'Setting up', 'Copy link', 'Start over', 'Your answers', 'Step by step']) expect(text).not.toContain(english);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    for (const width of [375, 1280]) {
      test(`axe finds nothing in German, ${colorScheme}, ${width} px: intro, a step with its reminder, the result open`, async ({ page }) => {
        await page.setViewportSize({ width, height: 900 });
        await page.emulateMedia({ colorScheme });
        await page.goto('/de/');
        await expect(page.getByRole('button', { name: 'Starten' })).toBeVisible();
        await expectNoViolations(page);
        await page.getByRole('button', { name: 'Starten' }).click();
        await page.getByRole('button', { name: 'Weiter' }).click();
        await expect(page.getByRole('alert')).toBeVisible();
        await expectNoViolations(page);
        await page.goto(`/de/#${LONG_RESULT}`);
        await openEverything(page);
        await expectNoViolations(page);
      });
    }
  }

  test('nothing is wider than a 320 px screen in German: the intro, every step, the result open', async ({ page }) => {
    await page.setViewportSize({ width: 320, height: 700 });
    await page.goto('/de/');
    expect(await overflow(page)).toBeLessThanOrEqual(0);
    await page.getByRole('button', { name: 'Starten' }).click();
    for (let step = 1; step <= 9; step += 1) {
      await expect(page.getByText(`Schritt ${step} von 9`, { exact: true })).toBeVisible();
      expect(await overflow(page), `step ${step}`).toBeLessThanOrEqual(0);
      // Every button label whole: none cut off inside its button.
      for (const button of await page.getByRole('button').all()) {
        const clipped = await button.evaluate((el) => el.scrollWidth > el.clientWidth + 1);
        expect(clipped, await button.innerText()).toBe(false);
      }
      if (step === 9) {
        // The provider question: its select shows its longest choice whole at 320 px.
        await page.getByRole('combobox', { name: 'Anbieter', exact: true }).selectOption({ label: 'Proton Mail (Bridge)' });
        expect(await selectShowsWholeChoice(page, 'Anbieter')).toBe(true);
      } else await page.getByRole('radio').first().check();
      await page.getByRole('button', { name: /^(Weiter|Zum Ergebnis)$/ }).click();
    }
    await page.goto(`/de/#${LONG_RESULT}`);
    await expect(page.getByRole('combobox', { name: 'Einrichten mit' })).toBeVisible();
    expect(await selectShowsWholeChoice(page)).toBe(true);
    await openEverything(page);
    expect(await selectShowsWholeChoice(page)).toBe(true);
    expect(await overflow(page)).toBeLessThanOrEqual(0);
  });
});

test.describe('choosing the language', () => {
  test.describe('for a reader whose browser prefers German', () => {
    test.use({ locale: 'de-DE' });

    test('the English address opens the German page before anything is painted, and the switch goes back for good', async ({ page }) => {
      // Whether the English page was ever shown: hidden from the head script on, it never is.
      await page.addInitScript(() => {
        if (location.pathname !== '/') return;
        const look = () => window.name === '' && (window.name = `english:${getComputedStyle(document.documentElement).visibility}`);
        document.addEventListener('DOMContentLoaded', look);
        requestAnimationFrame(look);
      });
      await page.goto('/');
      await expect(page.getByRole('button', { name: 'Starten' })).toBeVisible();
      expect(new URL(page.url()).pathname).toBe('/de/');
      expect(['', 'english:hidden']).toContain(await page.evaluate(() => window.name));
      // Answer one question, then switch: the same answers and step, in English.
      await page.getByRole('button', { name: 'Starten' }).click();
      await page.getByRole('radio').first().check();
      await page.getByRole('button', { name: 'Weiter' }).click();
      await expect(page.getByText('Schritt 2 von 9', { exact: true })).toBeVisible();
      await page.getByRole('navigation', { name: 'Sprache' }).getByRole('link', { name: 'English' }).click();
      await expect(page.getByText('Step 2 of 9', { exact: true })).toBeVisible();
      await expect(page.getByRole('radio', { name: 'One device only (a computer, or just a phone)' })).toHaveCount(0);
      expect(new URL(page.url()).search).toBe('?lang=en');
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      // The choice holds on reload, whatever the browser prefers.
      await page.reload();
      await expect(page.getByText('Step 2 of 9', { exact: true })).toBeVisible();
    });

    test('the iframe embed’s page is never sent elsewhere: it speaks its host’s language', async ({ page, baseURL }) => {
      const wizard = new URL(baseURL ?? '').origin;
      await page.goto(hostPage(wizard, '<div data-pop-imap-wizard></div>', { loader: true }));
      const frame = page.frameLocator('[data-pop-imap-wizard] iframe');
      await expect(frame.getByRole('button', { name: 'Start', exact: true })).toBeVisible({ timeout: 10_000 });
      expect(page.frames().some((f) => new URL(f.url()).pathname.startsWith('/de/'))).toBe(false);
    });
  });

  test('an English reader stays on the English page, and the switch opens the same step in German', async ({ page }) => {
    await page.goto('/#v=1&devices=many&step=sharing');
    await expect(page.getByText('Step 2 of 9', { exact: true })).toBeVisible();
    const deutsch = page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Deutsch' });
    await expect(deutsch).toHaveAttribute('lang', 'de');
    await expect(deutsch).toHaveAttribute('href', 'de/#v=1&devices=many&step=sharing');
    await deutsch.click();
    await expect(page.getByText('Schritt 2 von 9', { exact: true })).toBeVisible();
    await expect(page.getByRole('heading', { name: 'Arbeitet noch jemand anderes in diesem Postfach oder seinen Ordnern?' })).toBeVisible();
  });

  test('a German link opens German, with the answers; an unknown lang= is ignored', async ({ page }) => {
    await page.goto('/#v=1&devices=many&sharing=solo&lang=de&step=result');
    await expect(page.getByRole('heading', { level: 1, name: 'IMAP passt zu Ihnen' })).toBeVisible();
    expect(new URL(page.url()).pathname).toBe('/de/');
    await expect(page.locator('html')).toHaveAttribute('lang', 'de');

    await page.goto('/#v=1&devices=many&sharing=solo&lang=xx&step=result');
    await expect(page.getByRole('heading', { level: 1, name: 'IMAP suits you' })).toBeVisible();
    await expect(page.getByRole('complementary')).toHaveCount(0);
  });
});

test.describe('the embeds in German', () => {
  test('the element with lang="de" speaks German from its first paint; lang="fr" warns and speaks English', async ({ page, baseURL }) => {
    const wizard = new URL(baseURL ?? '').origin;
    const foreign = recordForeignRequests(page, wizard);
    const warnings: string[] = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    await page.goto(
      hostPage(
        wizard,
        '<pop-imap-wizard lang="de" answers="v=1&amp;devices=many&amp;sharing=solo&amp;step=result"></pop-imap-wizard><pop-imap-wizard lang="fr"></pop-imap-wizard>',
        { element: true },
      ),
    );
    const [german, french] = [page.locator('pop-imap-wizard').first(), page.locator('pop-imap-wizard').last()];
    await expect(german.getByRole('heading', { name: 'IMAP passt zu Ihnen' })).toBeVisible();
    await expect(german.locator('.piw')).toHaveAttribute('lang', 'de');
    await expect(german.getByText('IMAP suits you')).toHaveCount(0);
    await expect(french.getByRole('button', { name: 'Start', exact: true })).toBeVisible();
    expect(warnings.filter((w) => w.includes('lang="fr"'))).toHaveLength(1);
    // Switched later, it follows.
    await french.evaluate((el) => el.setAttribute('lang', 'de'));
    await expect(french.getByRole('button', { name: 'Starten' })).toBeVisible();
    expect(foreign.map((r) => r.url())).toEqual([]);
  });

  test('the iframe with data-lang="de" speaks German, in a frame with a German title and lang', async ({ page, baseURL }) => {
    const wizard = new URL(baseURL ?? '').origin;
    await page.goto(hostPage(wizard, '<div data-pop-imap-wizard data-lang="de"></div>', { loader: true }));
    const iframe = page.locator('[data-pop-imap-wizard] iframe');
    await expect(iframe).toHaveAttribute('title', 'POP3 oder IMAP? Ein kurzer Assistent');
    const frame = page.frameLocator('[data-pop-imap-wizard] iframe');
    await expect(frame.getByRole('button', { name: 'Starten' })).toBeVisible({ timeout: 10_000 });
    await expect(frame.locator('html')).toHaveAttribute('lang', 'de');
    await frame.getByRole('button', { name: 'Starten' }).click();
    await expect(frame.getByText('Schritt 1 von 9', { exact: true })).toBeVisible();
  });
});
