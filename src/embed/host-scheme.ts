import type { Theme } from '../components/theme.ts';

/**
 * The colour scheme a host page declares (a `color-scheme` meta tag, else the root's CSS
 * `color-scheme`): 'dark' or 'light' when it declares one, 'auto' when it supports both (the
 * reader's system setting then decides), and 'light' when it declares none, so a cream marketing
 * page never gets a dark slab because its reader's system is dark.
 *
 * @example hostColorScheme(document) // 'light' on a page that declares nothing
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
