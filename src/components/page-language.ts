/**
 * The standalone page's language, read from its address: `…/de/` is the German page (prerendered in
 * German), any other address the English one. A link's `lang=` wins over the address; a small
 * script in each page's head sends a reader to the other page before anything is painted when the
 * link, or for a plain visit the browser's languages, ask for it (see index.html).
 */
import type { Lang } from '../logic/locale/langs.ts';

/** The language of the page at `pathname`. */
export function pathLang(pathname: string): Lang {
  return /\/de\/(index\.html)?$/.test(pathname) ? 'de' : 'en';
}

/**
 * The address of the same wizard state on the page in language `to`, relative to the page in `from`
 * (the German page is the folder `de/` beside the English one). The English page is asked for with
 * `?lang=en`, so a reader whose browser prefers German is not sent back.
 *
 * @example switchHref('en', 'de', 'v=1&devices=many&step=sharing') // 'de/#v=1&devices=many&step=sharing'
 */
export function switchHref(from: Lang, to: Lang, fragment: string): string {
  const hash = fragment ? `#${fragment}` : '';
  if (from === to) return hash || './';
  return to === 'de' ? `de/${hash}` : `../?lang=en${hash}`;
}
