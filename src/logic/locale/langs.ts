/**
 * The languages the wizard speaks, as data the first download needs (which language to load, the
 * switch between them): the words themselves are in each language's modules. Codes are part of the
 * link format (`lang=de`): never rename one, only add.
 */
export const LANGS = ['en', 'de'] as const;

export type Lang = (typeof LANGS)[number];

/** Whether `value` is a language the wizard speaks (a safe check for untrusted text). */
export function isLang(value: unknown): value is Lang {
  return typeof value === 'string' && (LANGS as ReadonlyArray<string>).includes(value);
}

/** Each language's name in that language: the switch to it reads the same whatever the page's language. */
export const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { en: 'English', de: 'Deutsch' };
