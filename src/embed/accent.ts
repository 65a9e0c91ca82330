/**
 * A host's accent made safe to paint with: the text on it, the shade of it that reads as a line or a
 * mark on the card in each theme, and the protocol colours that stay distinct from it. Pure colour
 * arithmetic (WCAG 2 luminance, OKLCH hue), in the embeds only: the standalone page has no accent.
 */
import { PALETTES, type Accent, type PaletteName, type Rgb } from '../components/brand.ts';

const channels = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as unknown as Rgb;
const toHex = (rgb: Rgb) => `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
const linear = (c: number) => ((c /= 255) <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

/** Relative luminance (WCAG 2) of a colour. */
export function luminance([r, g, b]: Rgb): number {
  return 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);
}

/** The WCAG contrast ratio of two luminances. */
export function contrast(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/**
 * The text on an accent: white whenever white reaches 4.5:1 (most brands want white on their
 * colour), else black (one of the two always reaches 4.58:1).
 *
 * @example textOn([0xc2, 0x41, 0x0c]) // '#ffffff' (5.2:1)
 * @example textOn([0xff, 0x99, 0x00]) // '#000000' (white would be 2.1:1)
 */
export function textOn(rgb: Rgb): '#ffffff' | '#000000' {
  return contrast(luminance(rgb), 1) >= 4.5 ? '#ffffff' : '#000000';
}

/**
 * The darkest surface a light card can have (a host's --piw-surface is kept at OKLCH lightness 0.94
 * or more, and a panel on it is 6% text colour over it) and the lightest a dark card can have
 * (lightness 0.26 or less), as luminances: a line that reads on these reads on every card.
 */
const DARKEST_LIGHT_CARD = 0.7;
const LIGHTEST_DARK_CARD = 0.045;

/**
 * The accent as a line or mark on the card in a theme: the accent itself when it reaches 3:1
 * against every card of that theme, else the accent mixed towards black (light) or white (dark)
 * just far enough.
 *
 * @example lineOn([0x6b, 0x21, 0xa8], 'light') // '#6b21a8' (dark enough already)
 */
export function lineOn(rgb: Rgb, theme: 'light' | 'dark'): string {
  const card = theme === 'light' ? DARKEST_LIGHT_CARD : LIGHTEST_DARK_CARD;
  const target = theme === 'light' ? 0 : 255;
  for (let step = 0; step <= 20; step += 1) {
    const mixed = rgb.map((c) => Math.round(c + ((target - c) * step) / 20)) as unknown as Rgb;
    if (contrast(luminance(mixed), card) >= 3) return toHex(mixed);
  }
  return theme === 'light' ? '#000000' : '#ffffff';
}

/** A colour's OKLCH chroma and hue (degrees), to four places: enough to tell hues apart. */
export function chromaHue(rgb: Rgb): { chroma: number; hue: number } {
  const [r, g, b] = rgb.map(linear) as unknown as Rgb;
  const l = Math.cbrt(0.4122 * r + 0.5363 * g + 0.0514 * b);
  const m = Math.cbrt(0.2119 * r + 0.6807 * g + 0.1074 * b);
  const s = Math.cbrt(0.0883 * r + 0.2817 * g + 0.63 * b);
  const a = 1.978 * l - 2.4286 * m + 0.4506 * s;
  const bb = 0.0259 * l + 0.7828 * m - 0.8087 * s;
  return { chroma: Math.hypot(a, bb), hue: ((Math.atan2(bb, a) * 180) / Math.PI + 360) % 360 };
}

/** How far apart two hues are on the wheel, 0–180 degrees. */
const hueDistance = (a: number, b: number) => 180 - Math.abs(180 - Math.abs(a - b));

/** Below this OKLCH chroma an accent is a grey: it has no hue to be confused with. */
const GREY = 0.04;
/** Two colours closer in OKLCH hue than this read as the same family beside each other. */
const CLOSE = 40;

/**
 * The protocol colours to show beside an accent: the default pair unless the accent is close in
 * hue to one of its colours, then the first alternative clear of it (or, should none be, the one
 * farthest from it). So an orange brand never reads as "POP3" beside an orange POP3 series.
 *
 * @example paletteFor([0xc2, 0x41, 0x0c]) // 'crimson-teal' (orange is POP3's colour by default)
 * @example paletteFor([0x6b, 0x21, 0xa8]) // 'orange-blue' (purple is clear of both)
 */
export function paletteFor(rgb: Rgb): PaletteName {
  const { chroma, hue } = chromaHue(rgb);
  const names = Object.keys(PALETTES) as PaletteName[];
  if (chroma < GREY) return names[0]!;
  const distance = (name: PaletteName) =>
    Math.min(...[PALETTES[name].pop3[0], PALETTES[name].imap[0]].map((colour) => hueDistance(hue, chromaHue(channels(colour)).hue)));
  return names.find((name) => distance(name) >= CLOSE) ?? names.reduce((best, name) => (distance(name) > distance(best) ? name : best));
}

/**
 * Everything the wizard paints from a host's accent. Only these derived `#rrggbb` values ever reach
 * its CSS, never the host's text: no `var()`, `url()` or `image-set()` can ride along.
 */
export function accentFrom(rgb: Rgb): Accent {
  return { color: toHex(rgb), text: textOn(rgb), line: { light: lineOn(rgb, 'light'), dark: lineOn(rgb, 'dark') }, palette: paletteFor(rgb) };
}
