import { QUESTION_TEXT } from './locale/en/questions.ts';
import type { Answers, OptionIds, Question, QuestionId } from './types.ts';

const text = QUESTION_TEXT;

function question<Q extends QuestionId>(id: Q, optionIds: ReadonlyArray<OptionIds[Q]>): Question<Q> {
  const t = text[id];
  return {
    id,
    title: t.title,
    topic: t.topic,
    help: t.help,
    options: optionIds.map((optionId) => ({ id: optionId, label: (t.options as Record<string, string>)[optionId] ?? optionId })),
  };
}

/**
 * The question catalogue, in the order the wizard asks it. Ids and option ids are part of the
 * share-link format: never rename one, only add.
 *
 * @example QUESTIONS[0].id === 'devices'
 */
export const QUESTIONS = [
  question('devices', ['one', 'two', 'many']),
  question('sharing', ['solo', 'delegate', 'team']),
  question('threat', ['device', 'both', 'server']),
  question('backups', ['none', 'sometimes', 'automatic']),
  question('deviceSecurity', ['no', 'unsure', 'yes']),
  question('provider', ['low', 'some', 'high']),
  question('storage', ['small', 'growing', 'large']),
  question('retention', ['no', 'personal', 'required']),
] as const satisfies ReadonlyArray<Question>;

export type AnyQuestion = (typeof QUESTIONS)[number];

/** The question ids in catalogue order. */
export const QUESTION_IDS: ReadonlyArray<QuestionId> = QUESTIONS.map((q) => q.id);

/** Look a question up by id. */
export function getQuestion(id: QuestionId): Question {
  const found = QUESTIONS.find((q) => q.id === id);
  if (!found) throw new Error(`Unknown question ${id}`);
  return found as Question;
}

/** Whether `value` is an option id of question `id` (a safe check for untrusted text). */
export function isOptionOf<Q extends QuestionId>(id: Q, value: unknown): value is OptionIds[Q] {
  return typeof value === 'string' && getQuestion(id).options.some((o) => o.id === value);
}

/** Whether `value` is a question id (a safe check for untrusted text). */
export function isQuestionId(value: unknown): value is QuestionId {
  return typeof value === 'string' && (QUESTION_IDS as ReadonlyArray<string>).includes(value);
}

/** The label of an answer, for summaries. */
export function answerLabel(answers: Answers, id: QuestionId): string | undefined {
  const optionId = answers[id];
  if (optionId === undefined) return undefined;
  return getQuestion(id).options.find((o) => o.id === optionId)?.label;
}
