/** Shared helpers for the scoring-model tests: answer-set enumeration and generators. */
import fc from 'fast-check';
import { QUESTIONS } from '../../src/logic/questions.ts';
import type { Answers, Axis, OptionIds, QuestionId } from '../../src/logic/types.ts';

export const AXES: ReadonlyArray<Axis> = ['privacy', 'resilience', 'multiDevice', 'serverCost'];

/** Axes where POP3 must never be behind IMAP, and axes where IMAP must never be behind POP3. */
export const POP3_LEADS: ReadonlyArray<Axis> = ['privacy', 'serverCost'];
export const IMAP_LEADS: ReadonlyArray<Axis> = ['resilience', 'multiDevice'];

/** The spec's monotonicity rule: moving right favours IMAP (+1) or POP3 (−1). */
export const MONOTONE: ReadonlyArray<{ questionId: QuestionId; towards: 'imap' | 'pop3' }> = [
  { questionId: 'devices', towards: 'imap' },
  { questionId: 'sharing', towards: 'imap' },
  { questionId: 'provider', towards: 'imap' },
  { questionId: 'threat', towards: 'pop3' },
  { questionId: 'backups', towards: 'pop3' },
  { questionId: 'deviceSecurity', towards: 'pop3' },
  { questionId: 'storage', towards: 'pop3' },
];

export function optionIds(questionId: QuestionId): ReadonlyArray<string> {
  const question = QUESTIONS.find((q) => q.id === questionId);
  if (!question) throw new Error(`no question ${questionId}`);
  return question.options.map((o) => o.id);
}

/** Set one answer, returning a new answer set. */
export function withAnswer(answers: Answers, questionId: QuestionId, optionId: string): Answers {
  return { ...answers, [questionId]: optionId } as Answers;
}

/** Remove one answer, returning a new answer set. */
export function without(answers: Answers, questionId: QuestionId): Answers {
  const copy: Record<string, string | undefined> = { ...answers };
  delete copy[questionId];
  return copy as Answers;
}

/**
 * All 3^8 = 6,561 complete answer sets. Set number i answers question q with option
 * ⌊i / 3^q⌋ mod 3 (q in catalogue order), so changing question q's option by +1 adds 3^q.
 */
export function completeAnswerSets(): Answers[] {
  const total = 3 ** QUESTIONS.length;
  const sets: Answers[] = [];
  for (let i = 0; i < total; i += 1) {
    let answers: Answers = {};
    let rest = i;
    for (const question of QUESTIONS) {
      const option = question.options[rest % 3];
      if (!option) throw new Error('each question has three options');
      answers = withAnswer(answers, question.id, option.id);
      rest = Math.floor(rest / 3);
    }
    sets.push(answers);
  }
  return sets;
}

/** The stride of question `questionId` in the numbering of `completeAnswerSets`. */
export function stride(questionId: QuestionId): number {
  return 3 ** QUESTIONS.findIndex((q) => q.id === questionId);
}

/** Index of `answers` (a complete set) in `completeAnswerSets()`. */
export function indexOf(answers: Answers): number {
  return QUESTIONS.reduce((index, q) => index + optionIds(q.id).indexOf(answers[q.id] ?? '') * stride(q.id), 0);
}

/** Every single-answer change: another option of an answered question, or answering an unanswered one. */
export function singleChanges(answers: Answers): Array<{ questionId: QuestionId; optionId: string; changed: Answers }> {
  return QUESTIONS.flatMap((q) =>
    q.options.filter((o) => o.id !== answers[q.id]).map((o) => ({ questionId: q.id, optionId: o.id, changed: withAnswer(answers, q.id, o.id) })),
  );
}

function optionArbitrary<Q extends QuestionId>(questionId: Q): fc.Arbitrary<OptionIds[Q]> {
  return fc.constantFrom(...(optionIds(questionId) as ReadonlyArray<OptionIds[Q]>));
}

/** Any partial answer set: any subset of the questions answered, each with one of its options. */
export const partialAnswers: fc.Arbitrary<Answers> = fc.record(
  {
    devices: optionArbitrary('devices'),
    sharing: optionArbitrary('sharing'),
    threat: optionArbitrary('threat'),
    backups: optionArbitrary('backups'),
    deviceSecurity: optionArbitrary('deviceSecurity'),
    provider: optionArbitrary('provider'),
    storage: optionArbitrary('storage'),
    retention: optionArbitrary('retention'),
  },
  { requiredKeys: [] },
);

/** Σ over axes of priority × (IMAP − POP3) / 100, recomputed from a result's own numbers. */
export function specMargin(result: { scores: { pop3: Record<Axis, number>; imap: Record<Axis, number> }; priorities: Record<Axis, number> }): number {
  return AXES.reduce((total, axis) => total + (result.priorities[axis] * (result.scores.imap[axis] - result.scores.pop3[axis])) / 100, 0);
}
