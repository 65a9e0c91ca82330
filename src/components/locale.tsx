import { createContext, useContext } from 'react';
import { QUESTION_TEXT } from '../logic/locale/en/questions.ts';
import { SHARE_LINK_TEXT } from '../logic/locale/en/share-link.ts';
import { UI_TEXT } from '../logic/locale/en/ui.ts';
import type { Lang, Locale, QuestionsText } from '../logic/locale/shape.ts';
import { questionsIn } from '../logic/questions.ts';
import type { Question } from '../logic/types.ts';
import { lazyModule } from './lazy-module.ts';

/**
 * The words a wizard speaks. The first screens need the questions and the interface; a locale's
 * model words (reasons, advice) may come later, with the result page (English's do: they are in its
 * chunk, not in the first download).
 */
export type WizardLocale = Omit<Locale, 'model'> & { model?: Locale['model'] };

/** English, the default, as the first screens need it. */
export const ENGLISH: WizardLocale = { lang: 'en', ui: UI_TEXT, questions: QUESTION_TEXT, link: SHARE_LINK_TEXT };

/** German: a chunk of its own, with every part (the model's words too). */
const german = lazyModule(() => import('../logic/locale/de/german.ts'));

/**
 * A language's words, for the first render in that language: English at once, another language from
 * its own chunk (fetched once; a failed fetch is retried by the next call).
 */
export function loadLocale(lang: Lang): Promise<WizardLocale> {
  return lang === 'de' ? german.load().then((module) => module.GERMAN) : Promise.resolve(ENGLISH);
}

/** A language's words if they are here already (English always is), so a render need not wait. */
function loadedLocale(lang: Lang): WizardLocale | undefined {
  return lang === 'de' ? german.loaded()?.GERMAN : ENGLISH;
}

/**
 * Renders in a language: at once when its words are here (English always is), else once they
 * arrive (never English first), or in English, with a warning, if they cannot be fetched.
 */
export function withLocale(lang: Lang, render: (locale: WizardLocale) => void, warn: (message: string) => void): void {
  const ready = loadedLocale(lang);
  if (ready) return render(ready);
  loadLocale(lang).then(render, () => {
    warn(`the ${lang} words could not be loaded; showing English.`);
    render(ENGLISH);
  });
}

const LocaleContext = createContext<WizardLocale>(ENGLISH);

/** Gives a wizard its words. */
export const LocaleProvider = LocaleContext.Provider;

/** The current wizard's words. */
export function useLocale(): WizardLocale {
  return useContext(LocaleContext);
}

const catalogues = new WeakMap<QuestionsText, ReadonlyArray<Question>>();

/** The question catalogue in the current wizard's words (built once per locale). */
export function useQuestions(): ReadonlyArray<Question> {
  const { questions } = useLocale();
  let found = catalogues.get(questions);
  if (!found) {
    found = questionsIn(questions);
    catalogues.set(questions, found);
  }
  return found;
}
