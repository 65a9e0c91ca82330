import { expect, test, type FrameLocator, type Locator, type Page } from '@playwright/test';
import { completeWithKeyboard, IMAP_SCENARIO, POP3_SCENARIO } from './keyboard.ts';
import { events, recordEvents, shifts, watchShifts, type Recorded } from './page-checks.ts';

const FLOW = ['devices', 'sharing', 'threat', 'backups', 'deviceSecurity', 'provider', 'storage', 'retention', 'service'];

/**
 * The events of one run through the questions, as a marketer counts them: one start, then for
 * each question its step, and its answer when one was chosen, then one completion, not reopened.
 */
function expectOneRun(seen: Recorded[], answered: Readonly<Record<string, string>>) {
  // One start, before anything else, however often the person went back to the intro.
  expect(seen.filter((e) => e.type === 'wizard-start')).toEqual([{ type: 'wizard-start', detail: {} }]);
  expect(seen[0]!.type).toBe('wizard-start');
  const firstSteps = seen.map((e, i) => (e.type === 'wizard-step' && e.detail.step === 1 ? i : -1)).filter((i) => i >= 0);
  const run = seen.slice(firstSteps.at(-1));
  const expected: Array<{ type: string; detail: unknown }> = [];
  FLOW.forEach((questionId, index) => {
    expected.push({ type: 'wizard-step', detail: { step: index + 1, total: 9, questionId } });
    const optionId = answered[questionId];
    if (optionId) expected.push({ type: 'wizard-answer', detail: { questionId, optionId, step: index + 1 } });
  });
  // Arrow keys move through the options: each choice is an answer; the last one per question stands.
  const lastPerStep = run.filter((e, i) => e.type !== 'wizard-answer' || run[i + 1]?.type !== 'wizard-answer');
  expect(lastPerStep.slice(0, -1)).toEqual(expected);
  expect(run.at(-1)).toEqual({ type: 'wizard-complete', detail: expect.objectContaining({ reopened: false }) });
}

/** The computed styles a person would notice, read from inside whichever wizard `root` is. */
async function wizardLook(root: Locator) {
  return root.evaluate((piw) => {
    const css = (selector: string) => {
      const el = piw.querySelector(selector);
      if (!el) return null;
      const s = getComputedStyle(el);
      const box = el.getBoundingClientRect();
      return {
        fontSize: s.fontSize,
        fontFamily: s.fontFamily,
        lineHeight: s.lineHeight,
        display: s.display,
        visibility: s.visibility,
        boxSizing: s.boxSizing,
        visible: box.width > 0 && box.height > 0,
      };
    };
    return { root: css(':scope'), help: css('.piw-help'), option: css('.piw-option-label'), radio: css('input[type=radio]'), next: css('.piw-primary') };
  });
}

async function startQuestion(within: Page | FrameLocator) {
  await within.getByRole('button', { name: 'Start' }).click();
  await expect(within.getByText('Step 1 of 9', { exact: true })).toBeVisible();
}

async function standaloneLook(page: Page) {
  const standalone = await page.context().newPage();
  await standalone.setViewportSize(page.viewportSize()!);
  await standalone.goto('/');
  await startQuestion(standalone);
  const look = await wizardLook(standalone.locator('.piw'));
  await standalone.close();
  return look;
}

/** The host page's own elements keep the page's styles (hostile.css). */
async function expectHostStylesKept(page: Page) {
  const host = await page.evaluate(() => {
    const s = (sel: string) => getComputedStyle(document.querySelector(sel)!);
    return {
      rootFont: s('html').fontSize,
      h1Transform: s('h1').textTransform,
      newsletterCursor: s('.newsletter').cursor,
      newsletterBackground: s('.newsletter').backgroundColor,
      bodyFont: s('body').fontFamily,
      boxSizing: s('main').boxSizing,
    };
  });
  expect(host).toEqual({
    rootFont: '22px',
    h1Transform: 'uppercase',
    newsletterCursor: 'auto',
    newsletterBackground: 'rgba(0, 0, 0, 0)',
    bodyFont: expect.stringContaining('Georgia'),
    boxSizing: 'content-box',
  });
}

test.describe('the custom element on a hostile marketing page', () => {
  test('completes with the keyboard, looks like the standalone wizard, and tells the host', async ({ page }) => {
    await recordEvents(page);
    await page.goto('/examples/custom-element.html');
    const expected = await standaloneLook(page);
    const wizard = page.locator('pop-imap-wizard');
    await startQuestion(page);
    expect(await wizardLook(wizard.locator('.piw'))).toEqual(expected);
    await page.getByRole('button', { name: 'Back', exact: true }).click();

    await completeWithKeyboard(page, POP3_SCENARIO);
    await expect(page.getByRole('heading', { level: 2, name: 'POP3 suits you' })).toBeFocused();
    await expect(page.getByText(/^A clear recommendation\./)).toBeVisible();
    await expect(wizard.locator('.recharts-radar-polygon path')).toHaveCount(3);
    await expect(page.getByRole('link', { name: 'Try private hosting free for 7 days' })).toHaveCount(2);
    await expect(page.getByRole('link', { name: 'Try private hosting free for 7 days' }).first()).toBeVisible();
    await expectHostStylesKept(page);

    const seen = await events(page);
    // The Back above went to the intro: the run counted is the one that finished.
    const answered = { devices: 'one', sharing: 'solo', threat: 'server', backups: 'automatic', deviceSecurity: 'yes', provider: 'low', storage: 'large' };
    expectOneRun(seen, answered);
    const complete = seen.filter((e) => e.type === 'wizard-complete');
    expect(complete).toHaveLength(1);
    expect(complete[0]!.detail).toEqual({
      protocol: 'pop3',
      confidence: 'clear',
      answers: { devices: 'one', sharing: 'solo', threat: 'server', backups: 'automatic', deviceSecurity: 'yes', provider: 'low', storage: 'large' },
      shareUrl: expect.stringMatching(/\/examples\/custom-element\.html#v=1&devices=one&.*&storage=large&step=result$/),
      reopened: false,
    });
    // The host page's URL and history are untouched without sync-url.
    expect(new URL(page.url()).hash).toBe('');
    const cta = page.getByRole('link', { name: 'Try private hosting free for 7 days' }).first();
    await cta.evaluate((a) => a.addEventListener('click', (e) => e.preventDefault()));
    await cta.click();
    expect((await events(page)).filter((e) => e.type === 'wizard-cta').map((e) => e.detail)).toEqual([
      { protocol: 'pop3', href: 'https://mail-host.example/trial' },
    ]);
  });

  test('the chart keeps its tooltip and keyboard layer inside the shadow root', async ({ page }) => {
    await page.goto('/examples/custom-element.html#');
    await page.locator('pop-imap-wizard').evaluate((el) => el.setAttribute('answers', 'v=1&devices=many&sharing=team&step=result'));
    const surface = page.locator('pop-imap-wizard .recharts-wrapper');
    await expect(page.locator('pop-imap-wizard .recharts-radar-polygon path')).toHaveCount(3);
    await surface.hover();
    const tooltip = page.locator('pop-imap-wizard .recharts-tooltip-wrapper');
    await expect(tooltip).toContainText(/POP3|IMAP/);
    await page.mouse.move(0, 0);
    // The keyboard layer: Tab from the last action before it reaches the chart, arrows move along its axes.
    await page.getByRole('button', { name: 'Copy link' }).focus();
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => document.querySelector('pop-imap-wizard')!.shadowRoot!.activeElement?.getAttribute('class'));
    expect(focused).toContain('recharts-surface');
    await page.keyboard.press('ArrowRight');
    await expect(tooltip).toBeVisible();
    await expect(tooltip).toContainText(/Privacy|Survives device loss|Multi-device access|Low server use/);
  });

  test('two elements on one page are independent', async ({ page }) => {
    await page.goto('/examples/custom-element.html');
    await page.evaluate(() => document.querySelector('.widget-slot')!.append(document.createElement('pop-imap-wizard')));
    const [first, second] = [page.locator('pop-imap-wizard').nth(0), page.locator('pop-imap-wizard').nth(1)];
    await first.getByRole('button', { name: 'Start' }).click();
    await first.getByRole('radio', { name: 'Three or more devices' }).check();
    await first.getByRole('button', { name: 'Next' }).click();
    await expect(first.getByText('Step 2 of 9', { exact: true })).toBeVisible();
    await expect(second.getByRole('button', { name: 'Start' })).toBeVisible();
    await second.getByRole('button', { name: 'Start' }).click();
    await expect(second.getByRole('radio', { name: 'Three or more devices' })).not.toBeChecked();
    await second.getByRole('radio', { name: 'One device only (a computer, or just a phone)' }).check();
    await expect(first.getByText('Step 2 of 9', { exact: true })).toBeVisible();
    await first.getByRole('button', { name: 'Back', exact: true }).click();
    await expect(first.getByRole('radio', { name: 'Three or more devices' })).toBeChecked();
  });

  test('attributes take effect after start-up, and bad values are ignored with one warning', async ({ page }) => {
    const warnings: string[] = [];
    const errors: string[] = [];
    page.on('console', (m) => m.type() === 'warning' && warnings.push(m.text()));
    page.on('pageerror', (e) => errors.push(e.message));
    await page.goto('/examples/custom-element.html');
    const wizard = page.locator('pop-imap-wizard');
    const piw = wizard.locator('.piw');
    // No theme attribute: the host page's declared colour scheme, light when it declares none.
    await expect(piw).toHaveAttribute('data-theme', 'light');
    await wizard.evaluate((el) => el.setAttribute('theme', 'dark'));
    await expect(piw).toHaveAttribute('data-theme', 'dark');
    await wizard.evaluate((el) => el.setAttribute('accent', 'rebeccapurple'));
    await expect(wizard.getByRole('button', { name: 'Start' })).toHaveCSS('background-color', 'rgb(102, 51, 153)');
    await wizard.evaluate((el) => {
      el.setAttribute('theme', 'neon');
      el.setAttribute('accent', 'red; background: url(x)');
      el.setAttribute('cta-href', 'javascript:alert(1)');
    });
    await expect(piw).toHaveAttribute('data-theme', 'light');
    await wizard.evaluate((el) => el.setAttribute('answers', 'v=1&devices=many&sharing=team&step=result'));
    await expect(wizard.getByRole('heading', { level: 2, name: 'IMAP suits you' })).toBeVisible();
    await expect(wizard.getByRole('link', { name: /Try private hosting/ })).toHaveCount(0);
    expect(warnings.filter((w) => w.includes('theme="neon"'))).toHaveLength(1);
    expect(warnings.filter((w) => w.includes('accent="red; background: url(x)"'))).toHaveLength(1);
    expect(warnings.filter((w) => w.includes('cta-href="javascript:alert(1)"'))).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  test('with sync-url the host page URL follows the wizard, and Back moves between steps', async ({ page }) => {
    await page.goto('/examples/custom-element.html');
    await page.locator('pop-imap-wizard').evaluate((el) => el.setAttribute('sync-url', ''));
    await page.getByRole('button', { name: 'Start' }).click();
    await page.getByRole('radio', { name: 'Two, such as a computer and a phone' }).check();
    await page.getByRole('button', { name: 'Next' }).click();
    expect(new URL(page.url()).hash).toBe('#v=1&devices=two&step=sharing');
    await page.goBack();
    await expect(page.getByText('Step 1 of 9', { exact: true })).toBeVisible();
  });
});

test.describe('the strict-CSP page', () => {
  test('the custom element works with no Content Security Policy violation', async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { violations: string[] };
      w.violations = [];
      document.addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.violatedDirective} ${e.blockedURI}`), true);
    });
    const consoleCsp: string[] = [];
    page.on('console', (m) => /Content Security Policy/i.test(m.text()) && consoleCsp.push(m.text()));
    await page.goto('/examples/strict-csp.html');
    const expected = await standaloneLook(page);
    await startQuestion(page);
    expect(await wizardLook(page.locator('pop-imap-wizard .piw'))).toEqual(expected);
    await page.getByRole('button', { name: 'Back', exact: true }).click();
    await completeWithKeyboard(page, IMAP_SCENARIO);
    await expect(page.getByRole('heading', { level: 2, name: 'IMAP suits you' })).toBeVisible();
    await expect(page.locator('pop-imap-wizard .recharts-radar-polygon path')).toHaveCount(3);
    await page.getByRole('button', { name: 'Show the numbers as a table' }).click();
    await page.getByRole('button', { name: 'Start over' }).click();
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
    expect(consoleCsp).toEqual([]);
    expect(await page.locator('style').count()).toBe(0);
  });
});

test.describe('the iframe embed', () => {
  const frameOf = (page: Page) => page.frameLocator('[data-pop-imap-wizard] iframe');

  test('completes with the keyboard, looks like the standalone wizard, and tells the host', async ({ page }) => {
    await recordEvents(page);
    await page.goto('/examples/iframe.html');
    const frame = frameOf(page);
    const expected = await standaloneLook(page);
    await startQuestion(frame);
    expect(await wizardLook(frame.locator('.piw'))).toEqual(expected);
    await frame.getByRole('button', { name: 'Back', exact: true }).click();

    await completeWithKeyboard(page, IMAP_SCENARIO, frame);
    await expect(frame.getByRole('heading', { level: 2, name: 'IMAP suits you' })).toBeFocused();
    await expect(frame.locator('.recharts-radar-polygon path')).toHaveCount(3);
    await expectHostStylesKept(page);
    const seen = await events(page);
    expectOneRun(seen, { devices: 'many', sharing: 'team', threat: 'device', backups: 'none' });
    const complete = seen.filter((e) => e.type === 'wizard-complete');
    expect(complete).toHaveLength(1);
    expect(complete[0]!.detail).toEqual({
      protocol: 'imap',
      confidence: 'clear',
      answers: { devices: 'many', sharing: 'team', threat: 'device', backups: 'none' },
      shareUrl: expect.stringMatching(/\/examples\/iframe\.html#v=1&devices=many&sharing=team&threat=device&backups=none&step=result$/),
      reopened: false,
    });
    const iframe = page.locator('[data-pop-imap-wizard] iframe');
    await expect(iframe).toHaveAttribute('title', /POP3 or IMAP/);
    await expect(iframe).toHaveAttribute(
      'sandbox',
      'allow-scripts allow-same-origin allow-top-navigation-by-user-activation allow-popups allow-popups-to-escape-sandbox allow-downloads',
    );
  });

  for (const width of [375, 1280]) {
    test(`grows and shrinks with its content at ${width} px, never with an inner scrollbar`, async ({ page }) => {
      await page.setViewportSize({ width, height: 900 });
      await page.goto('/examples/iframe.html');
      const frame = frameOf(page);
      const iframe = page.locator('[data-pop-imap-wizard] iframe');
      const noInnerScroll = () => frame.locator('html').evaluate((html) => html.scrollHeight <= window.innerHeight && html.scrollWidth <= window.innerWidth);
      const height = async () => (await iframe.boundingBox())!.height;

      await expect(frame.getByRole('button', { name: 'Start' })).toBeVisible();
      await expect.poll(noInnerScroll).toBe(true);
      const intro = await height();
      await frame.getByRole('button', { name: 'Start' }).click();
      for (let i = 0; i < 9; i += 1) await frame.getByRole('button', { name: 'Skip this question' }).click();
      await expect(frame.locator('.recharts-radar-polygon path')).toHaveCount(3);
      // The result is taller than the reserved 810 px at any width (about 1,050 px at 1280).
      await expect.poll(height).toBeGreaterThan(intro + 200);
      await expect.poll(noInnerScroll).toBe(true);
      await frame.getByRole('button', { name: 'Start over' }).click();
      await expect.poll(height).toBe(intro);
      await expect.poll(noInnerScroll).toBe(true);
    });
  }

  test('ignores messages from another window or another origin', async ({ page }) => {
    await recordEvents(page);
    await page.goto('/examples/iframe.html');
    const frame = frameOf(page);
    await expect(frame.getByRole('button', { name: 'Start' })).toBeVisible();
    const iframe = page.locator('[data-pop-imap-wizard] iframe');
    const before = (await iframe.boundingBox())!.height;
    await page.evaluate(() => {
      const forged = [
        { source: 'pop-imap-wizard', type: 'height', height: 3000 },
        { source: 'pop-imap-wizard', type: 'event', name: 'wizard-complete', detail: { protocol: 'pop3' } },
      ];
      // Another window of the same origin: the host page itself.
      for (const message of forged) window.postMessage(message, '*');
      // Another origin: an opaque-origin frame posting to its parent.
      const other = document.createElement('iframe');
      other.src = `data:text/html,<script>for (const m of ${JSON.stringify(JSON.stringify(forged))} && JSON.parse(${JSON.stringify(JSON.stringify(forged))})) parent.postMessage(m, '*')</script>`;
      document.body.append(other);
    });
    await page.waitForTimeout(500);
    expect((await iframe.boundingBox())!.height).toBe(before);
    expect((await events(page)).filter((e) => e.type === 'wizard-complete')).toEqual([]);
  });

  test('while its script loads it shows nothing of the standalone page, and the first Start a reader sees works', async ({ page }) => {
    // Hold the wizard's script back: the frame has only the HTML, which prerenders the standalone page.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/assets/index-*.js', async (route) => {
      await held;
      await route.continue();
    });
    await page.goto('/examples/iframe.html');
    const frame = frameOf(page);
    await expect(frame.locator('#root .piw-page-header')).toBeAttached();
    await expect(frame.getByRole('button', { name: 'Start' })).toBeHidden();
    await expect(frame.getByRole('link', { name: 'Deutsch' })).toBeHidden();
    release();
    await frame.getByRole('button', { name: 'Start' }).click();
    await expect(frame.getByRole('button', { name: 'Skip this question' })).toBeVisible();
    await expect(frame.locator('.piw-page-header')).toHaveCount(0);
  });

  test('loads without shifting the page', async ({ page }) => {
    await watchShifts(page);
    await page.goto('/examples/iframe.html');
    await expect(frameOf(page).getByRole('button', { name: 'Start' })).toBeVisible();
    await page.waitForTimeout(1000);
    expect(await shifts(page)).toBe(0);
  });
});
