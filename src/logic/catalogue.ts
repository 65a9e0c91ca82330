/**
 * The questions and their options, as ids: the one place a question or an option is added. Ids are
 * part of the share-link format: never rename one, only add. Options run left to right (the first
 * is the "left" end of any ordering). Every type of question and option id derives from this table;
 * the model table (model.ts) and each locale must then cover the new id, or the type check fails.
 */
export const CATALOGUE = {
  devices: ['one', 'two', 'many'],
  sharing: ['solo', 'delegate', 'team'],
  threat: ['device', 'both', 'server'],
  backups: ['none', 'sometimes', 'automatic'],
  deviceSecurity: ['no', 'unsure', 'yes'],
  provider: ['low', 'some', 'high'],
  storage: ['small', 'growing', 'large'],
  retention: ['no', 'personal', 'required'],
} as const;

export type QuestionId = keyof typeof CATALOGUE;

/** Option ids per question, in catalogue order. */
export type OptionIds = { [Q in QuestionId]: (typeof CATALOGUE)[Q][number] };

/** The question ids in the order the wizard asks them. */
export const QUESTION_IDS = Object.keys(CATALOGUE) as ReadonlyArray<QuestionId>;

/** Whether `value` is a question id (a safe check for untrusted text). */
export function isQuestionId(value: unknown): value is QuestionId {
  return typeof value === 'string' && Object.hasOwn(CATALOGUE, value);
}

/** Whether `value` is an option id of question `id` (a safe check for untrusted text). */
export function isOptionOf<Q extends QuestionId>(id: Q, value: unknown): value is OptionIds[Q] {
  return typeof value === 'string' && (CATALOGUE[id] as ReadonlyArray<string>).includes(value);
}

/**
 * The answer to question `id` in `answers`, if it is one of its options and the object's own
 * property (never one inherited through a prototype): safe on untrusted input.
 */
export function ownAnswer<Q extends QuestionId>(answers: unknown, id: Q): OptionIds[Q] | undefined {
  if (typeof answers !== 'object' || answers === null || !Object.hasOwn(answers, id)) return undefined;
  const value: unknown = (answers as Readonly<Record<string, unknown>>)[id];
  return isOptionOf(id, value) ? value : undefined;
}
