/**
 * Each language's words as a chunk of its own, found by folder: `src/locale/<lang>/index.ts`
 * default-exports that language's `Locale`. Nothing here names a language, so a new one needs only
 * its folder and its registry entry (languages.ts); a test checks that the two agree.
 */
import { lazyModule, type LazyModule } from '../logic/lazy-module.ts';
import type { Lang } from './languages.ts';
import type { Locale } from './shape.ts';

const CHUNKS = import.meta.glob<Locale>('./*/index.ts', { import: 'default' });

const modules = new Map<Lang, LazyModule<Locale>>();

/** A language's words as a lazy module: there synchronously once loaded. */
export function localeModule(lang: Lang): LazyModule<Locale> {
  let found = modules.get(lang);
  if (!found) {
    const importer = CHUNKS[`./${lang}/index.ts`];
    found = lazyModule(importer ?? (() => Promise.reject(new Error(`no words for ${lang}`))));
    modules.set(lang, found);
  }
  return found;
}

/** A language's words, from its chunk (fetched once; a failed fetch is retried by the next call). */
export function loadLocale(lang: Lang): Promise<Locale> {
  return localeModule(lang).load();
}

/** A language's words if they are here already, so a render need not wait. */
export function loadedLocale(lang: Lang): Locale | undefined {
  return localeModule(lang).loaded();
}

/** The folders that hold words, by language code: for the test that checks them against LANGS. */
export const LOCALE_FOLDERS: ReadonlyArray<string> = Object.keys(CHUNKS).map((path) => path.split('/')[1] ?? '');
