/**
 * How the result page argues for a recommendation: which reasons go under "Why", which under "What
 * pulls the other way", which changes to show under "What would change it", and which skipped
 * questions would sharpen it. Pure: it only sorts and filters what `recommend` returned.
 */
import { CATALOGUE, ownAnswer, QUESTION_IDS } from './catalogue.ts';
import { MODEL } from './model.ts';
import type { Answers, Axis, Driver, Flip, QuestionId, Recommendation, Requirement } from './types.ts';

/** At most this many changes to given answers are shown. */
const SHOWN_CHANGES = 3;

export type Explanation = {
  /** Answers that rule the other protocol out: said first. */
  requirements: ReadonlyArray<Requirement>;
  /** Answers whose share favours the recommended protocol, biggest first (none repeats a requirement). */
  why: ReadonlyArray<Driver>;
  /** Answers whose share points to the other protocol, biggest first. */
  against: ReadonlyArray<Driver>;
  /**
   * At most three changes to given answers that would give the other protocol, nearest first (the
   * next option before one two steps away, then catalogue order). Never a change to less protection
   * (fewer backups, an unencrypted device, a less trusted provider).
   */
  changes: ReadonlyArray<Flip>;
  /**
   * When no change is shown but giving up a safeguard would change it: those questions ("Only
   * weakening your backups would change it"), in catalogue order. Empty otherwise.
   */
  onlyWeakening: ReadonlyArray<QuestionId>;
  /** Skipped questions one answer to which could change the result. */
  sharpen: ReadonlyArray<QuestionId>;
  /** How many of the questions were answered. */
  answered: number;
  total: number;
};

function optionIndex(questionId: QuestionId, optionId: string): number {
  return (CATALOGUE[questionId] as ReadonlyArray<string>).indexOf(optionId);
}

/** Whether a change moves a safeguard question to a less protective option. */
function lessProtection(flip: Flip, answers: Answers): boolean {
  const current = ownAnswer(answers, flip.questionId);
  const safeguards: ReadonlyArray<QuestionId> = MODEL.safeguards;
  if (current === undefined || !safeguards.includes(flip.questionId)) return false;
  return optionIndex(flip.questionId, flip.optionId) < optionIndex(flip.questionId, current);
}

/**
 * Sorts and filters a recommendation into what the result page says, so that every reason under
 * "Why" argues for the recommended protocol and nothing on the page contradicts the verdict.
 *
 * @example
 * const answers = { devices: 'one', sharing: 'team' } as const;
 * const { requirements, why, against } = explain(recommend(answers), answers);
 * requirements[0].questionId // 'sharing'
 * against[0].questionId // 'devices': one device points to POP3
 */
export function explain(result: Recommendation, answers: Answers): Explanation {
  const required = new Set(result.requirements.map((r) => r.questionId));
  const given = (id: QuestionId) => ownAnswer(answers, id) !== undefined;
  const ofGiven = result.flips.filter((flip) => given(flip.questionId));
  const changes = ofGiven
    .filter((flip) => !lessProtection(flip, answers))
    .map((flip) => ({
      flip,
      distance: Math.abs(optionIndex(flip.questionId, flip.optionId) - optionIndex(flip.questionId, ownAnswer(answers, flip.questionId) ?? '')),
    }))
    .sort((a, b) => a.distance - b.distance || QUESTION_IDS.indexOf(a.flip.questionId) - QUESTION_IDS.indexOf(b.flip.questionId))
    .slice(0, SHOWN_CHANGES)
    .map(({ flip }) => flip);
  return {
    requirements: result.requirements,
    why: result.drivers.filter((d) => d.share !== 0 && d.favours === result.protocol && !required.has(d.questionId)),
    against: result.drivers.filter((d) => d.share !== 0 && d.favours !== result.protocol),
    changes,
    onlyWeakening: changes.length > 0 ? [] : [...new Set(ofGiven.map((flip) => flip.questionId))],
    sharpen: result.openQuestions,
    answered: QUESTION_IDS.filter(given).length,
    total: QUESTION_IDS.length,
  };
}

/**
 * The axis a reason is tagged with on the page: its own axis where the protocol it favours leads on
 * that axis in the chart, none otherwise. (One device favours POP3 by making multi-device access
 * matter less, yet IMAP leads on it: a "Multi-device access" tag beside that reason would contradict
 * the chart.)
 *
 * @example tagAxis(recommend({ devices: 'one' }), driver) // undefined: IMAP leads on multi-device access
 */
export function tagAxis(result: Recommendation, driver: Driver): Axis | undefined {
  const { pop3, imap } = result.scores;
  const lead = driver.favours === 'imap' ? imap[driver.axis] - pop3[driver.axis] : pop3[driver.axis] - imap[driver.axis];
  return lead > 0 ? driver.axis : undefined;
}
