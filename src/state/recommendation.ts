import type { RecommendWords } from '../logic/recommend.ts';
import { recommend } from '../logic/recommend.ts';
import type { Answers, Recommendation } from '../logic/types.ts';

const cache = new WeakMap<RecommendWords, WeakMap<Answers, Recommendation>>();

/**
 * The recommendation for a set of answers, worded in `locale`: derived, never stored. Answers are
 * replaced on every change, so the answers object itself (with the locale) is the memo key. (A
 * module of its own so the model is loaded with the result page, not before the first question.)
 */
export function recommendationFor(answers: Answers, locale: RecommendWords): Recommendation {
  let byAnswers = cache.get(locale);
  if (!byAnswers) {
    byAnswers = new WeakMap();
    cache.set(locale, byAnswers);
  }
  let result = byAnswers.get(answers);
  if (!result) {
    result = recommend(answers, locale);
    byAnswers.set(answers, result);
  }
  return result;
}
