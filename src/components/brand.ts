/**
 * A host's brand colour as the wizard paints it: the checked accent (made from the host's colour in
 * src/embed/accent.ts) and the protocol colours to show beside it.
 */

/** An sRGB colour as 0–255 channels. */
export type Rgb = readonly [number, number, number];

/** A colour for each theme: [light, dark]. */
type Pair = readonly [string, string];

/**
 * The protocol colours the chart, its legend and the intro's picture use: the default pair, then
 * two alternatives for an accent close in hue to it. Each colour keeps 4.5:1 on the card in its
 * theme (light ones on white, dark ones on the dark card).
 */
export const PALETTES = {
  'orange-blue': { pop3: ['#a24a00', '#ffab6b'], imap: ['#1f5fbf', '#7fb0ff'] },
  'crimson-teal': { pop3: ['#b0306a', '#ff8fc0'], imap: ['#00796b', '#4fd1c0'] },
  'gold-violet': { pop3: ['#8a6500', '#e0b84a'], imap: ['#6f42c1', '#b69cff'] },
} as const satisfies Record<string, { pop3: Pair; imap: Pair }>;

export type PaletteName = keyof typeof PALETTES;

/** An accent colour, checked: every colour here is `#rrggbb`. */
export type Accent = {
  /** The brand colour itself: the fill of primary buttons. */
  color: string;
  /** The text on that fill: white or black, at least 4.5:1. */
  text: string;
  /** The accent as a line or mark on the card (progress, focus, bars, borders): at least 3:1 in each theme. */
  line: { light: string; dark: string };
  /** The protocol colours to use beside it. */
  palette: PaletteName;
};

/** CSS custom properties a host's accent sets on the wizard's root. */
export type Brand = Readonly<Record<`--piw-${string}`, string>>;

/**
 * The CSS custom properties an accent sets on the wizard's root. (Made by the embeds and handed to
 * WizardRoot ready-made, so the standalone page, which has no accent, never downloads this.)
 */
export function accentProperties(accent: Accent): Brand {
  const line = `light-dark(${accent.line.light}, ${accent.line.dark})`;
  const { pop3, imap } = PALETTES[accent.palette];
  return {
    '--piw-accent': accent.color,
    '--piw-accent-text': accent.text,
    '--piw-line': line,
    '--piw-focus': line,
    '--piw-pop3': `light-dark(${pop3[0]}, ${pop3[1]})`,
    '--piw-imap': `light-dark(${imap[0]}, ${imap[1]})`,
  };
}
