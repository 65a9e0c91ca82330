import type { Accent, Theme } from '../components/wizard-root.tsx';

/** The attributes <pop-imap-wizard> reads; a change to any of them after start-up takes effect. */
export const ATTRIBUTES = ['theme', 'accent', 'cta-label', 'cta-href', 'answers', 'share-base', 'sync-url'] as const;

export type ElementSettings = {
  /** The theme the page asked for; undefined when it asked for none (then the host's scheme applies). */
  theme: Theme | undefined;
  accent: Accent | undefined;
  cta: { label: string; href: string } | undefined;
  shareBase: string | undefined;
  syncUrl: boolean;
};

type Read = (name: (typeof ATTRIBUTES)[number]) => string | null;
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

/** The colour as 0–255 channels, or undefined when the browser cannot tell (no canvas). */
function channels(color: string): [number, number, number] | undefined {
  const context = document.createElement('canvas').getContext?.('2d');
  if (!context) return undefined;
  context.fillStyle = '#000000';
  context.fillStyle = color;
  const normal = context.fillStyle; // '#rrggbb' or 'rgba(r, g, b, a)'
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(normal);
  if (hex) return [parseInt(hex[1]!, 16), parseInt(hex[2]!, 16), parseInt(hex[3]!, 16)];
  const rgb = /^rgba?\((\d+),\s*(\d+),\s*(\d+)/.exec(normal);
  return rgb ? [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])] : undefined;
}

/** Black or white, whichever reads better on the accent (so any host colour keeps buttons legible). */
export function textOn(color: string): string {
  const rgb = channels(color);
  if (!rgb) return '#ffffff';
  const l = luminance(rgb);
  return (1.05 / (l + 0.05) >= (l + 0.05) / 0.05) ? '#ffffff' : '#111111';
}

function isColor(value: string): boolean {
  return typeof CSS !== 'undefined' && typeof CSS.supports === 'function' && CSS.supports('color', value);
}

/**
 * The colour scheme a host page declares (a `color-scheme` meta tag, else the root's CSS
 * `color-scheme`): 'dark' or 'light' when it declares one, 'auto' when it supports both (the
 * reader's system setting then decides), and 'light' when it declares none — so a cream marketing
 * page never gets a dark slab because its reader's system is dark.
 */
export function hostColorScheme(doc: Document): Theme {
  const meta = doc.querySelector('meta[name="color-scheme"]')?.getAttribute('content')?.trim();
  const declared = meta || doc.defaultView?.getComputedStyle(doc.documentElement).colorScheme || '';
  const words = declared.toLowerCase().split(/\s+/);
  const light = words.includes('light');
  const dark = words.includes('dark');
  if (light && dark) return 'auto';
  return dark ? 'dark' : 'light';
}

/** The value as an http(s) URL (resolved against `base`), or undefined: never throws. */
export function httpUrl(value: string | null | undefined, base?: string): URL | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value, base);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : undefined;
  } catch {
    return undefined;
  }
}

/**
 * Reads and checks the element's attributes. A bad value is ignored with one console warning (the
 * default applies instead); nothing here throws.
 */
export function readSettings(read: Read, warn: Warn, base: string): ElementSettings {
  const themeValue = read('theme');
  let theme: Theme | undefined;
  if (themeValue !== null && themeValue !== '') {
    if ((THEMES as ReadonlyArray<string>).includes(themeValue)) theme = themeValue as Theme;
    else warn(`<pop-imap-wizard>: theme="${themeValue}" is not light, dark or auto; following the page's colour scheme.`);
  }

  const accentValue = read('accent')?.trim();
  let accent: Accent | undefined;
  if (accentValue) {
    if (isColor(accentValue) && !/[;{}]/.test(accentValue)) accent = { color: accentValue, text: textOn(accentValue) };
    else warn(`<pop-imap-wizard>: accent="${accentValue}" is not a CSS colour; using the default accent.`);
  }

  const label = read('cta-label')?.trim();
  const href = read('cta-href')?.trim();
  let cta: ElementSettings['cta'];
  if (label && href) {
    const url = httpUrl(href, base);
    if (url) cta = { label, href: url.href };
    else warn(`<pop-imap-wizard>: cta-href="${href}" is not an http(s) link; the call to action is hidden.`);
  } else if (label || href) {
    warn('<pop-imap-wizard>: a call to action needs both cta-label and cta-href; it is hidden.');
  }

  const shareValue = read('share-base')?.trim();
  let shareBase: string | undefined;
  if (shareValue) {
    const url = httpUrl(shareValue, base);
    if (url) shareBase = `${url.origin}${url.pathname}${url.search}`;
    else warn(`<pop-imap-wizard>: share-base="${shareValue}" is not an http(s) link; sharing links to this page.`);
  }

  const sync = read('sync-url');
  return { theme, accent, cta, shareBase, syncUrl: sync !== null && sync !== 'false' };
}
