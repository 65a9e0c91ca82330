/**
 * The languages the wizard speaks: the one registry. Each entry is what a page needs before any
 * words arrive: the language's own name (the switch to it reads the same on every page), the title
 * of an embed's frame or popup dialog (its intro's document title), and the folder of its standalone
 * page beside the default one. Its
 * words are the folder `src/locale/<code>/` (found by `load.ts`); adding a language is that folder
 * and one entry here. Codes are part of the link format (`lang=de`): never rename one, only add.
 *
 * This module is in the first download: data and a few pure functions only.
 */
import { linkValue } from '../logic/share-link.ts';

type Language = {
  /** The language's name in that language. */
  readonly name: string;
  /** The name of an embed's frame or popup dialog before its words arrive (its intro's document title). */
  readonly frameTitle: string;
  /** Its standalone page, relative to the default language's: '' for the default, 'de/' for German. */
  readonly path: string;
};

export const LANGUAGES = {
  en: { name: 'English', frameTitle: 'POP3 or IMAP? A short wizard', path: '' },
  de: { name: 'Deutsch', frameTitle: 'POP3 oder IMAP? Ein kurzer Assistent', path: 'de/' },
} as const satisfies Readonly<Record<string, Language>>;

export type Lang = keyof typeof LANGUAGES;

/** Every language, the default first. */
export const LANGS = /* @__PURE__ */ Object.keys(LANGUAGES) as ReadonlyArray<Lang>;

/** The language of the first download, of `/`, and of anything that asks for none. */
export const DEFAULT_LANG: Lang = 'en';

/** Whether `value` is a language the wizard speaks (a safe check for untrusted text). */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && Object.hasOwn(LANGUAGES, value);
}

/**
 * The language a BCP 47 tag names, by its primary subtag: `de`, `de-AT`, `DE-ch` are German. Only
 * letters and hyphens make a tag: `de.x`, `de,en` or `de;q=1` name none. The one rule for an
 * embed's `lang`, a loader's `data-lang` and the browser's languages.
 *
 * @example langOfTag('de-AT') // 'de'
 * @example langOfTag('de;q=1') // undefined
 */
export function langOfTag(tag: unknown): Lang | undefined {
  if (typeof tag !== 'string') return undefined;
  const match = /^([a-z]{2,3})(-[a-z0-9]{1,8})*$/i.exec(tag.trim());
  const primary = match?.[1]?.toLowerCase();
  return isLang(primary) ? primary : undefined;
}

/**
 * The language a wizard link asks for (`lang=de`): the last valid value, percent-decoded, by the
 * link codec's own pair rules. Undefined when it names none the wizard speaks.
 *
 * @example linkLang('#v=1&lang=de&step=result') // 'de'
 */
export function linkLang(fragment: string): Lang | undefined {
  const found = linkValue(fragment, 'lang', isLang);
  return isLang(found) ? found : undefined;
}

/**
 * The standalone page's language, read from its address: `…/de/` (or `…/de/index.html`) is the
 * German page, any other address the default language's.
 */
export function pathLang(pathname: string): Lang {
  for (const lang of LANGS) {
    const { path } = LANGUAGES[lang];
    if (path && new RegExp(`/${path}(index\\.html)?$`).test(pathname)) return lang;
  }
  return DEFAULT_LANG;
}

/**
 * The address of the same wizard state on the page in language `to`, relative to the page in
 * `from`. The default language's page is asked for with `?lang=<code>`, so a reader whose browser
 * prefers another language is not sent back.
 *
 * @example pageHref('en', 'de', 'v=1&devices=many&step=sharing') // 'de/#v=1&devices=many&step=sharing'
 * @example pageHref('de', 'en', '') // '../?lang=en'
 */
export function pageHref(from: Lang, to: Lang, fragment: string): string {
  const hash = fragment ? `#${fragment}` : '';
  if (from === to) return hash || './';
  const up = LANGUAGES[from].path ? '../' : '';
  const query = to === DEFAULT_LANG ? `?lang=${to}` : '';
  return `${up}${LANGUAGES[to].path}${query}${hash}` || './';
}

/** The first of the reader's languages (in their order of preference) that the wizard speaks. */
export function preferredLang(tags: ReadonlyArray<string>): Lang | undefined {
  for (const tag of tags) {
    const lang = langOfTag(tag);
    if (lang) return lang;
  }
  return undefined;
}
