import { CATALOGUE, QUESTION_IDS, type OptionIds, type QuestionId } from './catalogue.ts';
import type { Question } from './types.ts';

/**
 * The question catalogue as the wizard asks it: each question's id and its options' ids, in order.
 * Ids are part of the share-link format: never rename one, only add (in catalogue.ts). The words
 * are each locale's (`QuestionsText`).
 *
 * @example QUESTIONS[0] // { id: 'devices', options: [{ id: 'one' }, { id: 'two' }, { id: 'many' }] }
 */
export const QUESTIONS: ReadonlyArray<Question> = QUESTION_IDS.map(
  (id) => ({ id, options: (CATALOGUE[id] as ReadonlyArray<string>).map((optionId) => ({ id: optionId })) }) as Question,
);

/** A question by id. */
export function getQuestion(id: QuestionId): Question {
  const found = QUESTIONS.find((q) => q.id === id);
  if (!found) throw new Error(`Unknown question ${id}`);
  return found;
}

/**
 * The words every locale gives each question: title, topic, help, and per option its label and its
 * "If …" condition. Keyed by the catalogue's ids, so a new option is a type error in every locale
 * until it has its words.
 */
export type QuestionsText = {
  readonly [Q in QuestionId]: {
    /** The question in plain words. */
    readonly title: string;
    /** What the question is about, for a list in a sentence ("your backups"). */
    readonly topic: string;
    /** One sentence from the article: why it matters for POP3 vs IMAP. */
    readonly help: string;
    readonly options: { readonly [O in OptionIds[Q]]: string };
    /** "If …, IMAP would win": the answer as a condition about this mailbox. */
    readonly conditions: { readonly [O in OptionIds[Q]]: string };
  };
};
