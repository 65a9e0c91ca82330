import { recommend } from '../logic/recommend.ts';
import type { Answers, Recommendation } from '../logic/types.ts';
import type { WizardState } from './store.ts';

const recommendations = new WeakMap<Answers, Recommendation>();

/**
 * The recommendation for the current answers: derived, never stored. Answers are replaced on every
 * change, so the answers object itself is the memo key. (A module of its own so the model is
 * loaded with the result page, not before the first question.)
 */
export function selectRecommendation(s: WizardState): Recommendation {
  let result = recommendations.get(s.answers);
  if (!result) {
    result = recommend(s.answers);
    recommendations.set(s.answers, result);
  }
  return result;
}
