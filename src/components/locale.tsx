import { createContext, useContext } from 'react';
import { FIRST_WORDS } from '../locale/en/first.ts';
import { DEFAULT_LANG, type Lang } from '../locale/languages.ts';
import { loadedLocale, loadLocale } from '../locale/load.ts';
import type { FirstWords, Locale } from '../locale/shape.ts';
import { questionsIn, type WordedQuestion } from '../locale/worded.ts';

/**
 * The words a wizard speaks on its first screens (intro and questions). The default language's are
 * in the first download; every other language's arrive with its chunk, before its first render.
 * The result page's words (reasons, advice, setup) are the whole locale, loaded with that page.
 */
export type WizardLocale = FirstWords;

/** The default language's first words, always here. */
export const DEFAULT_WORDS: WizardLocale = FIRST_WORDS;

/** A language's first words if they are here already (the default language's always are). */
function firstWords(lang: Lang): WizardLocale | undefined {
  return lang === DEFAULT_LANG ? DEFAULT_WORDS : loadedLocale(lang);
}

/**
 * Renders in a language: at once when its words are here (the default language's always are),
 * else once they arrive (never the default language first), or in the default language, with a
 * warning, if they cannot be fetched.
 */
export function withLocale(lang: Lang, render: (locale: WizardLocale) => void, warn: (message: string) => void): void {
  const ready = firstWords(lang);
  if (ready) return render(ready);
  loadLocale(lang).then(render, () => {
    warn(`the ${lang} words could not be loaded; showing ${DEFAULT_LANG}.`);
    render(DEFAULT_WORDS);
  });
}

const LocaleContext = createContext<WizardLocale>(DEFAULT_WORDS);

/** Gives a wizard its words. */
export const LocaleProvider = LocaleContext.Provider;

/** The current wizard's first words. */
export function useLocale(): WizardLocale {
  return useContext(LocaleContext);
}

/** The question catalogue in the current wizard's words (built once per language). */
export function useQuestions(): ReadonlyArray<WordedQuestion> {
  return questionsIn(useLocale().questions);
}

const FullLocaleContext = createContext<Locale | null>(null);

/** Gives the result page every word of its language (loaded with it). */
export const FullLocaleProvider = FullLocaleContext.Provider;

/** Every word of the current wizard's language: inside the result page only. */
export function useFullLocale(): Locale {
  const locale = useContext(FullLocaleContext);
  if (!locale) throw new Error('useFullLocale must be used inside <FullLocaleProvider>');
  return locale;
}
