/**
 * The builder's words by language, and the language it opens in: `?lang=` first, then the reader's
 * browser languages, then the default. Both languages are in the builder's own chunk (a page for a
 * marketer, opened now and then): switching needs no download.
 */
import { CONFIGURE_TEXT_DE } from '../locale/de/configure.ts';
import { CONFIGURE_TEXT } from '../locale/en/configure.ts';
import { DEFAULT_LANG, langOfTag, preferredLang, type Lang } from '../locale/languages.ts';
import type { ConfigureText } from '../locale/shape.ts';

export const BUILDER_WORDS: Readonly<Record<Lang, ConfigureText>> = { en: CONFIGURE_TEXT, de: CONFIGURE_TEXT_DE };

/**
 * The builder's language for an address's query and the browser's languages.
 *
 * @example builderLang('?lang=de', ['en-US']) // 'de'
 * @example builderLang('', ['de-AT', 'en']) // 'de'
 */
export function builderLang(search: string, languages: ReadonlyArray<string>): Lang {
  return langOfTag(new URLSearchParams(search).get('lang')) ?? preferredLang(languages) ?? DEFAULT_LANG;
}
