/** A host's accent, made into what the wizard paints: text on it, lines of it, protocol colours beside it. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PALETTES, type Rgb } from '../../src/components/brand.ts';
import { accentFrom, chromaHue, contrast, lineOn, luminance, paletteFor, textOn } from '../../src/embed/accent.ts';

const rgb = (hex: string): Rgb => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as unknown as Rgb;
const ratio = (a: string, b: string) => contrast(luminance(rgb(a)), luminance(rgb(b)));
const hueGap = (a: string, b: string) => {
  const d = Math.abs(chromaHue(rgb(a)).hue - chromaHue(rgb(b)).hue);
  return Math.min(d, 360 - d);
};
/** Every colour a palette shows, light and dark. */
const coloursOf = (name: keyof typeof PALETTES) => [...PALETTES[name].pop3, ...PALETTES[name].imap];

describe('textOn', () => {
  it('keeps a brand’s white text wherever white reaches 4.5:1', () => {
    expect(textOn(rgb('#c2410c'))).toBe('#ffffff'); // 5.2:1
    expect(textOn(rgb('#6b21a8'))).toBe('#ffffff');
    expect(textOn(rgb('#0b6e4f'))).toBe('#ffffff');
    // White reaches 4.57:1 here and black 4.59:1: the brand's white stays, as a designer chose it.
    expect(ratio('#d1460c', '#ffffff')).toBeGreaterThanOrEqual(4.5);
    expect(textOn(rgb('#d1460c'))).toBe('#ffffff');
  });

  it('turns the text black where white would not reach 4.5:1', () => {
    expect(textOn(rgb('#ff9900'))).toBe('#000000'); // white would be 2.1:1
    expect(textOn(rgb('#ea580c'))).toBe('#000000'); // 3.6:1
    expect(textOn(rgb('#ffff00'))).toBe('#000000');
  });

  it('always gives at least 4.5:1, on every grey and every corner of the colour cube', () => {
    const colours: Rgb[] = [];
    for (let v = 0; v <= 255; v += 5) colours.push([v, v, v]);
    for (const r of [0, 128, 255]) for (const g of [0, 128, 255]) for (const b of [0, 128, 255]) colours.push([r, g, b]);
    for (const colour of colours) {
      const text = textOn(colour);
      expect(contrast(luminance(colour), luminance(rgb(text))), String(colour)).toBeGreaterThanOrEqual(4.5);
    }
  });
});

describe('lineOn', () => {
  it('keeps an accent that already reads as a line on the card', () => {
    expect(lineOn(rgb('#6b21a8'), 'light')).toBe('#6b21a8');
    expect(lineOn(rgb('#ff9900'), 'dark')).toBe('#ff9900');
  });

  it('darkens a light accent on a light card and lightens a dark one on a dark card, to 3:1 or more', () => {
    // The darkest light card a host's surface can make (with a panel on it), and the lightest dark one.
    for (const accent of ['#ff9900', '#ffff00', '#7fdbff', '#6b21a8', '#0b1526', '#000000', '#ffffff']) {
      const light = lineOn(rgb(accent), 'light');
      const dark = lineOn(rgb(accent), 'dark');
      expect(contrast(luminance(rgb(light)), 0.7), `${accent} light`).toBeGreaterThanOrEqual(3);
      expect(contrast(luminance(rgb(dark)), 0.045), `${accent} dark`).toBeGreaterThanOrEqual(3);
    }
    expect(lineOn(rgb('#ff9900'), 'light')).not.toBe('#ff9900');
    expect(lineOn(rgb('#6b21a8'), 'dark')).not.toBe('#6b21a8');
  });
});

describe('paletteFor', () => {
  it('keeps the orange and blue series beside an accent clear of both', () => {
    expect(paletteFor(rgb('#6b21a8'))).toBe('orange-blue'); // purple
    expect(paletteFor(rgb('#0b6e4f'))).toBe('orange-blue'); // green
    expect(paletteFor(rgb('#db2777'))).toBe('orange-blue'); // pink
    expect(paletteFor(rgb('#777777'))).toBe('orange-blue'); // a grey has no hue to clash
  });

  it('moves away from orange for an orange accent', () => {
    for (const accent of ['#c2410c', '#ff9900', '#ea580c', '#f97316']) {
      const palette = paletteFor(rgb(accent));
      expect(palette, accent).not.toBe('orange-blue');
      for (const colour of coloursOf(palette)) expect(hueGap(accent, colour), `${accent} beside ${colour}`).toBeGreaterThanOrEqual(35);
    }
  });

  it('shows no purple beside a purple or violet accent, and no blue beside a blue one', () => {
    for (const accent of ['#6b21a8', '#7c3aed', '#5b21b6', '#1f5fbf', '#0a66c2', '#e4002b']) {
      for (const colour of coloursOf(paletteFor(rgb(accent)))) expect(hueGap(accent, colour), `${accent} beside ${colour}`).toBeGreaterThanOrEqual(35);
    }
  });

  it('offers only pairs whose two series are far apart and readable on the card in both themes', () => {
    for (const [name, { pop3, imap }] of Object.entries(PALETTES)) {
      expect(hueGap(pop3[0], imap[0]), name).toBeGreaterThanOrEqual(90);
      for (const light of [pop3[0], imap[0]]) {
        expect(ratio(light, '#ffffff'), `${name} ${light}`).toBeGreaterThanOrEqual(4.5);
        expect(contrast(luminance(rgb(light)), 0.7), `${name} ${light} on the darkest light card`).toBeGreaterThanOrEqual(3);
      }
      for (const dark of [pop3[1], imap[1]]) expect(ratio(dark, '#14171c'), `${name} ${dark}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('uses, without an accent, the very colours of the stylesheet’s default pair', () => {
    const css = readFileSync('src/components/wizard.css', 'utf8');
    const { pop3, imap } = PALETTES['orange-blue'];
    expect(css).toContain(`--piw-pop3: light-dark(${pop3[0]}, ${pop3[1]});`);
    expect(css).toContain(`--piw-imap: light-dark(${imap[0]}, ${imap[1]});`);
  });
});

describe('accentFrom', () => {
  it('gives the brand colour, its text, its lines and its palette, all as #rrggbb', () => {
    expect(accentFrom(rgb('#6b21a8'))).toEqual({ color: '#6b21a8', text: '#ffffff', line: { light: '#6b21a8', dark: '#a67acb' }, palette: 'orange-blue' });
    const orange = accentFrom([255, 153, 0]);
    expect(orange.color).toBe('#ff9900');
    expect(orange.text).toBe('#000000');
    expect(Object.values(orange.line).every((c) => /^#[0-9a-f]{6}$/.test(c))).toBe(true);
  });
});
