import { MODEL_TEXT } from '../logic/locale/en/model.ts';
import type { ModelText } from '../logic/locale/shape.ts';
import type { Protocol, Question } from '../logic/types.ts';
import { useLocale, useQuestions, type WizardLocale } from './locale.tsx';

export type Words = {
  t: WizardLocale['ui'];
  model: ModelText;
  questions: ReadonlyArray<Question>;
  name: (p: Protocol) => string;
};

/**
 * The result page's words in the wizard's language: the interface, the model's (which for English
 * come with this chunk, not the first download) and the catalogue.
 */
export function useWords(): Words {
  const locale = useLocale();
  const questions = useQuestions();
  const t = locale.ui;
  return { t, model: locale.model ?? MODEL_TEXT, questions, name: (p) => t.protocols[p] };
}

