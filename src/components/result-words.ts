import type { Locale } from '../locale/shape.ts';
import { questionsIn, type WordedQuestion } from '../locale/worded.ts';
import type { Protocol, Recommendation } from '../logic/types.ts';
import { recommendationFor } from '../state/recommendation.ts';
import { selectAnswers } from '../state/store.ts';
import { useWizard } from '../state/wizard-context.tsx';
import { useFullLocale } from './locale.tsx';

export type Words = {
  locale: Locale;
  /** The interface's words: the first screens' and the result page's own, under one name. */
  t: Locale['ui'] & Locale['page'];
  questions: ReadonlyArray<WordedQuestion>;
  name: (p: Protocol) => string;
};

/** The result page's words in the wizard's language: the whole locale, and the worded catalogue. */
export function useWords(): Words {
  const locale = useFullLocale();
  const t = { ...locale.ui, ...locale.page };
  return { locale, t, questions: questionsIn(locale.questions), name: (p) => t.protocols[p] };
}

/** The recommendation for the current answers, worded in the wizard's language (derived, memoised). */
export function useRecommendation(): Recommendation {
  return recommendationFor(useWizard(selectAnswers), useFullLocale());
}
