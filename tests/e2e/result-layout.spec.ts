import { expect, test, type Locator } from '@playwright/test';
import { shifts, watchShifts } from './page-checks.ts';

/** A cautioned POP3 result with everything a result can show: the longest page a result makes. */
const LONG_RESULT = '/#v=1&devices=one&sharing=solo&threat=server&backups=sometimes&deviceSecurity=unsure&provider=low&step=result';
/** A team's result: a requirement, and six answers pointing the other way. */
const TEAM_RESULT = '/#v=1&devices=one&sharing=team&threat=server&backups=automatic&deviceSecurity=yes&provider=low&storage=large&step=result';

type Box = { x: number; y: number; width: number; height: number };

async function box(locator: Locator): Promise<Box> {
  const found = await locator.boundingBox();
  if (!found) throw new Error('not visible');
  return found;
}

test.describe('the result page’s hierarchy', () => {
  test('at 375 px in the custom element, the call to action is within 700 px of the verdict', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto('/examples/custom-element.html');
    const wizard = page.locator('pop-imap-wizard');
    await wizard.evaluate((el) => el.setAttribute('answers', 'v=1&devices=many&sharing=team&threat=device&backups=none&step=result'));
    const verdict = wizard.getByRole('heading', { level: 2, name: 'IMAP suits you' });
    const cta = wizard.getByRole('link', { name: 'Try private hosting free for 7 days' }).first();
    await expect(cta).toBeVisible();
    expect((await box(cta)).y - (await box(verdict)).y).toBeLessThanOrEqual(700);
    // The call to action comes again at the end of the result.
    await expect(wizard.getByRole('link', { name: 'Try private hosting free for 7 days' })).toHaveCount(2);
  });

  test('at 375 px the longest result is at most two screens tall above the closed "Your answers"', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(LONG_RESULT);
    await expect(page.getByRole('heading', { level: 1, name: 'POP3 suits you' })).toBeVisible();
    const answers = page.getByRole('group').filter({ has: page.getByRole('heading', { name: 'Your answers' }) });
    await expect(answers).not.toHaveAttribute('open');
    const top = await page.locator('.piw').evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    const answersTop = await answers.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
    expect(answersTop - top).toBeLessThanOrEqual(1600);
    // Server settings are cards, never a table squeezed into three-line cells.
    for (const card of await page.getByRole('list', { name: 'Server settings for your mail program' }).getByRole('listitem').all()) {
      expect((await box(card)).width).toBeGreaterThan(300);
    }
  });

  for (const [name, link] of [
    ['a team', TEAM_RESULT],
    ['a cautioned POP3 result', LONG_RESULT],
  ] as const) {
    test(`at 1280 px no section below the chart of ${name} leaves more than a third of the width empty beside it`, async ({ page }) => {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.goto(link);
      await expect(page.locator('.piw-chart-box')).toBeVisible();
      const wizard = await box(page.locator('.piw-result'));
      const chartBottom = await page.locator('.piw-result-top').evaluate((el) => el.getBoundingClientRect().bottom + window.scrollY);
      const sections = await page.locator('.piw-result > :not(.piw-result-top) > .piw-section, .piw-result > .piw-section').evaluateAll((els) =>
        els.map((el) => {
          const r = el.getBoundingClientRect();
          return { name: el.textContent?.slice(0, 30) ?? '', left: r.left, right: r.right, top: r.top + window.scrollY, bottom: r.bottom + window.scrollY };
        }),
      );
      const below = sections.filter((s) => s.top >= chartBottom);
      expect(below.length).toBeGreaterThanOrEqual(3);
      for (const section of below) {
        // Everything sharing this section's rows, side by side with it.
        const row = below.filter((other) => other.top < section.bottom && other.bottom > section.top);
        const used = Math.max(...row.map((s) => s.right)) - Math.min(...row.map((s) => s.left));
        expect(used, section.name).toBeGreaterThanOrEqual((wizard.width * 2) / 3);
      }
    });
  }
});

test.describe('the embeds before anyone starts', () => {
  for (const example of ['custom-element', 'iframe', 'strict-csp']) {
    for (const width of [375, 1280]) {
      test(`${example}.html at ${width} px: the wizard fills the space it reserves, and nothing shifts`, async ({ page }) => {
        await watchShifts(page);
        await page.setViewportSize({ width, height: 800 });
        await page.goto(`/examples/${example}.html`);
        const slot = page.locator('.widget-slot');
        await slot.scrollIntoViewIfNeeded();
        const start = example === 'iframe' ? page.frameLocator('iframe').getByRole('button', { name: 'Start' }) : page.getByRole('button', { name: 'Start' });
        await expect(start).toBeVisible();
        await page.waitForTimeout(500);
        const reserved = await box(slot.locator(':scope > *').first());
        // The wizard's card (its own background and border) reaches the bottom of the reserved box.
        const card = await page.evaluate(() => {
          const element = document.querySelector('pop-imap-wizard');
          if (element) return element.shadowRoot!.querySelector('.piw')!.getBoundingClientRect().toJSON() as DOMRect;
          const frame = document.querySelector('iframe')!;
          const inner = frame.contentDocument!.querySelector('.piw')!.getBoundingClientRect();
          const outer = frame.getBoundingClientRect();
          return { top: outer.top + inner.top, bottom: outer.top + inner.bottom } as DOMRect;
        });
        expect(Math.abs(reserved.y + reserved.height - card.bottom)).toBeLessThanOrEqual(40);
        expect(Math.abs(reserved.y - card.top)).toBeLessThanOrEqual(2);
        // Its content is balanced in that box, not stuck at the top above an empty band.
        const startBox = await box(start);
        expect(startBox.y + startBox.height / 2 - reserved.y).toBeGreaterThan(reserved.height * 0.3);
        expect(await shifts(page)).toBe(0);
      });
    }
  }

  test('a host page that declares no colour scheme gets a light wizard, even for a reader whose system is dark', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'dark' });
    const page = await context.newPage();
    await page.goto('/examples/custom-element.html');
    // Retried until it holds: the wizard's root may still be replaced while the page settles.
    await expect(page.locator('pop-imap-wizard .piw')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
    await page.goto('/examples/iframe.html');
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('button', { name: 'Start' })).toBeVisible();
    await expect(frame.locator('.piw')).toHaveCSS('background-color', 'rgb(255, 255, 255)');
    await context.close();
  });

  test('a host page that declares a dark colour scheme gets a dark wizard; theme="auto" follows the reader', async ({ browser }) => {
    const context = await browser.newContext({ colorScheme: 'light' });
    const page = await context.newPage();
    await page.goto('/examples/custom-element.html');
    const wizard = page.locator('pop-imap-wizard');
    await page.evaluate(() => {
      document.documentElement.style.colorScheme = 'dark';
      const el = document.querySelector('pop-imap-wizard')!;
      el.replaceWith(el.cloneNode());
    });
    expect(await wizard.evaluate((el) => getComputedStyle(el.shadowRoot!.querySelector('.piw')!).backgroundColor)).toBe('rgb(20, 23, 28)');
    await wizard.evaluate((el) => el.setAttribute('theme', 'auto'));
    expect(await wizard.evaluate((el) => getComputedStyle(el.shadowRoot!.querySelector('.piw')!).backgroundColor)).toBe('rgb(255, 255, 255)');
    await context.close();
  });

  test('in the iframe with a dark theme there is one background, the wizard’s', async ({ page }) => {
    await page.route('**/examples/iframe.html', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace('data-pop-imap-wizard ', 'data-pop-imap-wizard data-theme="dark" ');
      await route.fulfill({ response, body });
    });
    await page.goto('/examples/iframe.html');
    const frame = page.frameLocator('iframe');
    await expect(frame.getByRole('button', { name: 'Start' })).toBeVisible();
    await page.waitForTimeout(500);
    const shot = (await page.locator('iframe').screenshot({ animations: 'disabled' })).toString('base64');
    // Sample inside the card's rounded border, at its corners and along its middle: one colour.
    const pixels = await page.evaluate(async (png) => {
      const image = await createImageBitmap(await (await fetch(`data:image/png;base64,${png}`)).blob());
      const canvas = new OffscreenCanvas(image.width, image.height);
      const context = canvas.getContext('2d')!;
      context.drawImage(image, 0, 0);
      const at = (x: number, y: number) => Array.from(context.getImageData(x, y, 1, 1).data.slice(0, 3)).join(',');
      const { width: w, height: h } = image;
      return [at(8, 8), at(w - 8, 8), at(8, h - 8), at(w - 8, h - 8), at(8, h / 2), at(w - 8, h / 2)];
    }, shot);
    expect(new Set(pixels)).toEqual(new Set(['20,23,28']));
  });
});

test.describe('changing an answer from the result', () => {
  test('"Back to my result" and the browser’s Back both restore the old answer', async ({ page }) => {
    await page.goto('/#v=1&devices=many&sharing=solo&step=result');
    await expect(page.getByRole('heading', { level: 1, name: 'IMAP suits you' })).toBeVisible();
    const answers = page.getByRole('group').filter({ has: page.getByRole('heading', { name: 'Your answers' }) });
    for (const leave of ['button', 'history'] as const) {
      await answers.getByRole('heading', { name: 'Your answers' }).click();
      await page.getByRole('button', { name: 'Change your answer to “On how many devices do you read this mailbox?”' }).click();
      await page.getByRole('radio', { name: 'One device only (a computer, or just a phone)' }).check();
      if (leave === 'button') await page.getByRole('button', { name: 'Back to my result' }).click();
      else await page.goBack();
      await expect(page.getByRole('heading', { level: 1, name: 'IMAP suits you' })).toBeVisible();
      await expect(answers.getByText('Three or more devices')).toBeAttached();
      expect(page.url()).toContain('devices=many');
    }
  });
});

test('after the result code was fetched, "See my result" shows the result with no "Preparing" screen in between', async ({ page }) => {
  await page.goto('/#v=1&devices=one&sharing=solo&threat=server&backups=automatic&deviceSecurity=yes&provider=low&storage=large&retention=no&step=service');
  await expect(page.getByRole('button', { name: 'See my result' })).toBeVisible();
  // The last step fetches the result's code; wait until it is here.
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => {
    const w = window as unknown as { interim: boolean };
    w.interim = false;
    new MutationObserver(() => {
      if (document.querySelector('.piw-result-loading')) w.interim = true;
    }).observe(document.body, { subtree: true, childList: true });
  });
  await page.getByRole('combobox', { name: 'Email provider' }).selectOption({ label: 'Posteo' });
  await page.getByRole('button', { name: 'See my result' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'POP3 suits you' })).toBeFocused();
  expect(await page.evaluate(() => (window as unknown as { interim: boolean }).interim)).toBe(false);
});

test('a result printed from the dark scheme is light, readable, and carries its link', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto(TEAM_RESULT);
  await expect(page.locator('.recharts-radar-polygon path')).toHaveCount(3);
  await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
  // Every piece of text that prints, against what is behind it: at least 4.5:1.
  const worst = await page.evaluate(() => {
    const parse = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r = 0, g = 0, b = 0]: number[]) => {
      const lin = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
    };
    const backgroundOf = (el: Element | null): number[] => {
      for (let node = el; node; node = node.parentElement) {
        const [r, g, b, a = 1] = parse(getComputedStyle(node).backgroundColor);
        if (a > 0.5) return [r ?? 255, g ?? 255, b ?? 255];
      }
      return [255, 255, 255];
    };
    let lowest = Infinity;
    let where = '';
    const walker = document.createTreeWalker(document.querySelector('.piw')!, NodeFilter.SHOW_TEXT);
    for (let text = walker.nextNode(); text; text = walker.nextNode()) {
      const el = text.parentElement!;
      if (!text.textContent?.trim() || el.getClientRects().length === 0 || el.closest('.piw-sr-only:not(.piw-table-wrap)')) continue;
      const fg = luminance(parse(getComputedStyle(el).color));
      const bg = luminance(backgroundOf(el));
      const ratio = (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05);
      if (ratio < lowest) [lowest, where] = [ratio, text.textContent.trim().slice(0, 40)];
    }
    return { lowest, where };
  });
  expect(worst.lowest, worst.where).toBeGreaterThanOrEqual(4.5);
  const pdf = await page.pdf({ format: 'A4' });
  const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
  const printed = await getDocument({ data: new Uint8Array(pdf) }).promise;
  let text = '';
  for (let n = 1; n <= printed.numPages; n += 1) {
    const content = await (await printed.getPage(n)).getTextContent();
    text += content.items.map((item) => ('str' in item ? item.str : '')).join('');
  }
  const link = `http://127.0.0.1:${new URL(page.url()).port}/#v=1&devices=one&sharing=team&threat=server&backups=automatic&deviceSecurity=yes&provider=low&storage=large&step=result`;
  expect(text.replace(/\s+/g, '')).toContain(link);
  expect(text).toContain('IMAP suits you');
  // The numbers print as a table, and every setup step is spelt out.
  expect(text).toContain('Scores from 0 to 100');
  expect(text).toContain('Lock and encrypt every device that reads this mailbox');
});
