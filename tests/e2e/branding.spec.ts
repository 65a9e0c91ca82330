/**
 * A host's brand on the wizard, as a designer would check it: computed styles of the real parts, on a
 * cream host page of another origin.
 */
import { expect, test, type Locator } from '@playwright/test';
import { hostPage } from './hosts.ts';

const PURPLE = 'rgb(107, 33, 168)';
/** A result with reasons on both sides, a chart and a call to action. */
const RESULT = 'v=1&devices=two&sharing=solo&threat=server&backups=automatic&deviceSecurity=yes&provider=low&step=result';
const CREAM = '<style>body { background: #fbf3e0; color: #3b2f1e; font-family: Georgia, serif; }</style>';

let wizard = '';
test.beforeEach(({ baseURL }) => {
  wizard = new URL(baseURL ?? 'http://127.0.0.1:4173').origin;
});

type Rgb = [number, number, number];
const channels = (css: string): Rgb => (css.match(/\d+(\.\d+)?/g) ?? []).slice(0, 3).map(Number) as Rgb;
/** HSL hue in degrees (a grey has none: NaN). */
function hue([r, g, b]: Rgb): number {
  const max = Math.max(r, g, b);
  const d = max - Math.min(r, g, b);
  if (d === 0) return Number.NaN;
  const h = max === r ? ((g - b) / d) % 6 : max === g ? (b - r) / d + 2 : (r - g) / d + 4;
  return (h * 60 + 360) % 360;
}
const hueGap = (a: string, b: string) => {
  const d = Math.abs(hue(channels(a)) - hue(channels(b)));
  return Math.min(d, 360 - d);
};
const luminance = ([r, g, b]: Rgb) => {
  const l = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
  return 0.2126 * l(r) + 0.7152 * l(g) + 0.0722 * l(b);
};
const contrast = (a: string, b: string) => {
  const [x, y] = [luminance(channels(a)), luminance(channels(b))];
  return (Math.max(x, y) + 0.05) / (Math.min(x, y) + 0.05);
};

/** A computed style of the first element matching `selector` in the element's shadow root. */
const style = (element: Locator, selector: string, property: string) =>
  element.evaluate(
    (el, [s, p]) => {
      const node = el.shadowRoot?.querySelector(s!);
      return node ? getComputedStyle(node).getPropertyValue(p!) : `missing ${s}`;
    },
    [selector, property],
  );

/** The colours the chart draws its two protocols in, and the legend's swatches. */
async function protocolColours(element: Locator) {
  await expect(element.locator('.recharts-radar-polygon').first()).toBeVisible();
  return element.evaluate((el) => {
    const root = el.shadowRoot!;
    const strokes = [...root.querySelectorAll('.recharts-radar-polygon path')].map((p) => getComputedStyle(p).stroke);
    const swatch = (s: string) => getComputedStyle(root.querySelector(s)!).borderTopColor;
    return { radar: strokes.slice(0, 2), legend: [swatch('.piw-swatch-pop3'), swatch('.piw-swatch-imap')] };
  });
}

test('a purple brand on a cream page: progress, focus ring, chosen option, reason bar and call to action wear it; the chart does not', async ({ page }) => {
  await page.goto(hostPage(wizard, `${CREAM}<pop-imap-wizard accent="#6b21a8" cta-label="Try us" cta-href="/trial"></pop-imap-wizard>`, { element: true }));
  const element = page.locator('pop-imap-wizard');
  await element.getByRole('button', { name: 'Start' }).click();
  await expect(element.getByText('Step 1 of 9', { exact: true })).toBeVisible();
  expect(await style(element, '.piw-segment-done', 'background-color')).toBe(PURPLE);
  await expect(element.getByRole('button', { name: 'Next' })).toHaveCSS('background-color', PURPLE);
  await expect(element.getByRole('button', { name: 'Next' })).toHaveCSS('color', 'rgb(255, 255, 255)');

  // Focus reached with the keyboard shows a ring in the accent, and the chosen option is framed in it.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space');
  const focused = await element.evaluate((el) => {
    const active = el.shadowRoot!.activeElement!;
    const s = getComputedStyle(active);
    return { name: active.getAttribute('value'), outline: `${s.outlineStyle} ${s.outlineColor}` };
  });
  expect(focused).toEqual({ name: 'one', outline: `solid ${PURPLE}` });
  expect(await style(element, '.piw-option:has(input:checked)', 'border-color')).toBe(PURPLE);

  await element.evaluate((el, answers) => el.setAttribute('answers', answers), RESULT);
  await expect(element.getByRole('heading', { level: 2, name: /suits you/ })).toBeVisible();
  expect(await style(element, '.piw-why .piw-reason', 'border-left-color')).toBe(PURPLE);
  const cta = element.getByRole('link', { name: 'Try us' }).first();
  await expect(cta).toHaveCSS('background-color', PURPLE);
  await expect(cta).toHaveCSS('color', 'rgb(255, 255, 255)');

  const colours = await protocolColours(element);
  expect(colours.legend).toEqual(colours.radar);
  for (const colour of colours.radar) expect(hueGap(colour, PURPLE), colour).toBeGreaterThanOrEqual(40);
});

test('an orange brand keeps its white text where it reads, and the chart, legend and intro move off orange together', async ({ page }) => {
  const orange = 'rgb(209, 70, 12)'; // #d1460c: white 4.57:1, black 4.59:1
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(hostPage(wizard, `${CREAM}<pop-imap-wizard accent="#d1460c"></pop-imap-wizard>`, { element: true }));
  const element = page.locator('pop-imap-wizard');
  const start = element.getByRole('button', { name: 'Start' });
  await expect(start).toHaveCSS('background-color', orange);
  await expect(start).toHaveCSS('color', 'rgb(255, 255, 255)');
  const art = [await style(element, '.piw-art-pop3', 'stroke'), await style(element, '.piw-art-imap', 'stroke')];

  await element.evaluate((el, answers) => el.setAttribute('answers', answers), RESULT);
  const colours = await protocolColours(element);
  expect(colours.legend).toEqual(colours.radar);
  expect(art).toEqual(colours.radar);
  for (const colour of colours.radar) expect(hueGap(colour, orange), colour).toBeGreaterThanOrEqual(40);

  // A light orange takes black text, as white would not read on it.
  await page.goto(hostPage(wizard, `${CREAM}<pop-imap-wizard accent="#ff9900"></pop-imap-wizard>`, { element: true }));
  await expect(start).toHaveCSS('background-color', 'rgb(255, 153, 0)');
  await expect(start).toHaveCSS('color', 'rgb(0, 0, 0)');
});

test('in the dark theme a dark brand colour is lightened where it draws lines, to 3:1 on the card', async ({ page }) => {
  await page.goto(hostPage(wizard, `<pop-imap-wizard accent="#6b21a8" theme="dark"></pop-imap-wizard>`, { element: true }));
  const element = page.locator('pop-imap-wizard');
  await element.getByRole('button', { name: 'Start' }).click();
  await expect(element.getByText('Step 1 of 9', { exact: true })).toBeVisible();
  const segment = await style(element, '.piw-segment-done', 'background-color');
  const card = await style(element, '.piw', 'background-color');
  expect(segment).not.toBe(PURPLE);
  expect(contrast(segment, card)).toBeGreaterThanOrEqual(3);
  // The button keeps the brand colour itself, with its white text.
  await expect(element.getByRole('button', { name: 'Next' })).toHaveCSS('background-color', PURPLE);
});

test('the host’s custom properties and parts take effect, within bounds', async ({ page }) => {
  const css = `<style>
    #styled { --piw-radius: 4px; --piw-font-family: Georgia, serif; --piw-surface: #fffaf0; }
    #styled::part(primary-button) { text-transform: uppercase; }
    #styled::part(card) { box-shadow: rgb(0, 0, 0) 0px 2px 8px 0px; }
    #grey { --piw-surface: #808080; --piw-radius: 80px; }
    #broken { --piw-surface: url(https://evil.example/x.png); }
  </style>`;
  await page.goto(
    hostPage(
      wizard,
      `${CREAM}${css}<pop-imap-wizard id="styled"></pop-imap-wizard><pop-imap-wizard id="grey"></pop-imap-wizard><pop-imap-wizard id="broken"></pop-imap-wizard>`,
      { element: true },
    ),
  );
  const styled = page.locator('#styled');
  await expect(styled.getByRole('button', { name: 'Start' })).toBeVisible();
  expect(await style(styled, '.piw', 'border-radius')).toBe('4px');
  expect(await style(styled, '.piw-start', 'border-radius')).toBe('4px');
  expect(await style(styled, '.piw', 'font-family')).toMatch(/^Georgia/);
  expect(await style(styled, '.piw', 'box-shadow')).toBe('rgb(0, 0, 0) 0px 2px 8px 0px');
  await expect(styled.getByRole('button', { name: 'Start' })).toHaveCSS('text-transform', 'uppercase');
  // A cream surface shows as it is (its lightness is above the floor).
  expect(await style(styled, '.piw', 'background-image')).toMatch(/^linear-gradient\(oklch\(0\.9[5-9]/);

  // A mid grey is lifted to the lightness where every text keeps 4.5:1; a radius is capped at 24 px.
  const grey = page.locator('#grey');
  expect(await style(grey, '.piw', 'background-image')).toMatch(/^linear-gradient\(oklch\(0\.94 /);
  expect(await style(grey, '.piw', 'border-radius')).toBe('24px');
  // Anything but a colour paints nothing over the default card, and fetches nothing.
  const broken = page.locator('#broken');
  expect(await style(broken, '.piw', 'background-image')).toBe('none');
  expect(await style(broken, '.piw', 'background-color')).toBe('rgb(255, 255, 255)');
});
