import { CATALOGUE, QUESTION_IDS, type OptionIds, type QuestionId } from '../logic/catalogue.ts';
import type { QuestionsText } from '../logic/questions.ts';
import type { Answers } from '../logic/types.ts';

/** A question with its words in one language. */
export type WordedQuestion<Q extends QuestionId = QuestionId> = {
  id: Q;
  /** The question in plain words. */
  title: string;
  /** What the question is about, for a list in a sentence ("your backups"). */
  topic: string;
  /** One sentence from the article: why this matters for POP3 vs IMAP. */
  help: string;
  options: ReadonlyArray<{ id: OptionIds[Q]; label: string }>;
};

const worded = new WeakMap<QuestionsText, ReadonlyArray<WordedQuestion>>();

/**
 * The catalogue with its words in one language, in the order the wizard asks it (built once per
 * language).
 *
 * @example questionsIn(english.questions)[0].options[0] // { id: 'one', label: 'One device only (a computer, or just a phone)' }
 */
export function questionsIn(text: QuestionsText): ReadonlyArray<WordedQuestion> {
  let found = worded.get(text);
  if (!found) {
    found = QUESTION_IDS.map((id) => {
      const words = text[id];
      const labels: Readonly<Record<string, string>> = words.options;
      return {
        id,
        title: words.title,
        topic: words.topic,
        help: words.help,
        options: (CATALOGUE[id] as ReadonlyArray<string>).map((optionId) => ({ id: optionId, label: labels[optionId] ?? optionId })),
      } as WordedQuestion;
    });
    worded.set(text, found);
  }
  return found;
}

/** A question's words by id. */
export function wordedQuestion(id: QuestionId, text: QuestionsText): WordedQuestion {
  const found = questionsIn(text).find((q) => q.id === id);
  if (!found) throw new Error(`Unknown question ${id}`);
  return found;
}

/** The label of an answer, for summaries; undefined when the question was skipped. */
export function answerLabel(answers: Answers, id: QuestionId, text: QuestionsText): string | undefined {
  const optionId = answers[id];
  if (optionId === undefined) return undefined;
  return wordedQuestion(id, text).options.find((o) => o.id === optionId)?.label;
}
