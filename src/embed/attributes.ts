import type { Accent, Theme } from '../components/wizard-root.tsx';
import type { SettingName } from './protocol.ts';
import { httpUrl } from './urls.ts';

/** What a host page set, checked: both embeds read their settings through `readSettings`. */
export type EmbedSettings = {
  /** The theme the page asked for; undefined when it asked for none (then the host's scheme applies). */
  theme: Theme | undefined;
  accent: Accent | undefined;
  cta: { label: string; href: string } | undefined;
  shareBase: string | undefined;
  /** A link fragment to start from (`v=1&devices=many&step=result`), or undefined. */
  answers: string | undefined;
};

/** An opaque colour as 0–255 channels, or undefined when the value is not one. */
export type ColorParser = (value: string) => [number, number, number] | undefined;

type Read = (name: SettingName) => string | null;
type Warn = (message: string) => void;

const THEMES: ReadonlyArray<Theme> = ['light', 'dark', 'auto'];

/** Relative luminance of an sRGB colour given as 0–255 channels (WCAG 2). */
function luminance([r, g, b]: [number, number, number]): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

/** The WCAG contrast ratio of two luminances. */
function contrast(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

const hex = (channels: [number, number, number]) => `#${channels.map((c) => c.toString(16).padStart(2, '0')).join('')}`;

/**
 * The accent as a normalised colour, `#rrggbb`, with black or white text (whichever reads better on
 * it, always at least 4.5:1). Only the parsed channels ever reach the page's CSS, never the host's
 * text: no `var()`, `url()` or `image-set()` can ride along.
 */
function accentFrom(channels: [number, number, number]): Accent {
  const l = luminance(channels);
  // Pure black or white: one of the two always reaches 4.58:1 on any colour.
  const text = contrast(l, 1) >= contrast(l, 0) ? '#ffffff' : '#000000';
  return { color: hex(channels), text };
}

/**
 * Parses a CSS colour the way the browser does, through a canvas: a value the canvas rejects
 * (`var(…)`, `url(…)`, `inherit`, garbage) leaves its fill style unchanged, so two different
 * starting colours tell a rejection from a real value. Transparent and translucent colours are
 * refused: buttons painted with them would lose their text.
 */
export const canvasColor: ColorParser = (value) => {
  const context = document.createElement('canvas').getContext?.('2d');
  if (!context) return undefined;
  const read = (start: string) => {
    context.fillStyle = start;
    context.fillStyle = value;
    return String(context.fillStyle);
  };
  const normal = read('#010203');
  if (normal !== read('#040506')) return undefined;
  const hexMatch = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(normal);
  if (hexMatch) return [parseInt(hexMatch[1]!, 16), parseInt(hexMatch[2]!, 16), parseInt(hexMatch[3]!, 16)];
  // Anything else the canvas writes as rgba(…), which only a colour with alpha below 1 becomes.
  return undefined;
};

/**
 * Reads and checks a host page's settings. A bad value is ignored with one console warning (the
 * default applies instead); nothing here throws. `base` resolves relative links (the host page's
 * address); `parseColor` is the browser's colour parser (`canvasColor`), a parameter so tests can
 * give their own.
 */
export function readSettings(read: Read, warn: Warn, base: string, parseColor: ColorParser): EmbedSettings {
  const themeValue = read('theme')?.trim();
  let theme: Theme | undefined;
  if (themeValue) {
    if ((THEMES as ReadonlyArray<string>).includes(themeValue)) theme = themeValue as Theme;
    else warn(`theme="${themeValue}" is not light, dark or auto; following the page's colour scheme.`);
  }

  const accentValue = read('accent')?.trim();
  let accent: Accent | undefined;
  if (accentValue) {
    const channels = accentValue.length <= 100 ? parseColor(accentValue) : undefined;
    if (channels) accent = accentFrom(channels);
    else warn(`accent="${accentValue.slice(0, 100)}" is not an opaque CSS colour; using the default accent.`);
  }

  const label = read('cta-label')?.trim();
  const href = read('cta-href')?.trim();
  let cta: EmbedSettings['cta'];
  if (label && href) {
    const url = httpUrl(href, base);
    if (url) cta = { label: label.slice(0, 80), href: url.href };
    else warn(`cta-href="${href}" is not an http(s) link; the call to action is hidden.`);
  } else if (label || href) {
    warn('a call to action needs both cta-label and cta-href; it is hidden.');
  }

  const shareValue = read('share-base')?.trim();
  let shareBase: string | undefined;
  if (shareValue) {
    const url = httpUrl(shareValue, base);
    if (url) shareBase = `${url.origin}${url.pathname}${url.search}`;
    else warn(`share-base="${shareValue}" is not an http(s) link; sharing links to this page.`);
  }

  const answers = read('answers')?.trim() || undefined;
  return { theme, accent, cta, shareBase, answers };
}
