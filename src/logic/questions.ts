import { CATALOGUE, QUESTION_IDS } from './catalogue.ts';
import { QUESTION_TEXT } from './locale/en/questions.ts';
import type { QuestionsText } from './locale/shape.ts';
import type { Answers, Question, QuestionId } from './types.ts';

/**
 * The catalogue with its words in one language: each question's title, topic and help, and its
 * options with their labels, in the order the wizard asks them.
 *
 * @example questionsIn(QUESTION_TEXT)[0].options[0] // { id: 'one', label: 'One device only (a computer, or just a phone)' }
 */
export function questionsIn(text: QuestionsText): ReadonlyArray<Question> {
  return QUESTION_IDS.map((id) => {
    const words = text[id];
    const labels: Readonly<Record<string, string>> = words.options;
    return {
      id,
      title: words.title,
      topic: words.topic,
      help: words.help,
      options: (CATALOGUE[id] as ReadonlyArray<string>).map((optionId) => ({ id: optionId, label: labels[optionId] ?? optionId })),
    } as Question;
  });
}

/**
 * The question catalogue in English, in the order the wizard asks it. Ids and option ids are part
 * of the share-link format: never rename one, only add (in catalogue.ts).
 *
 * @example QUESTIONS[0].id === 'devices'
 */
export const QUESTIONS: ReadonlyArray<Question> = questionsIn(QUESTION_TEXT);

/** Look a question up by id, in English, or in the words of `questions`. */
export function getQuestion(id: QuestionId, questions: ReadonlyArray<Question> = QUESTIONS): Question {
  const found = questions.find((q) => q.id === id);
  if (!found) throw new Error(`Unknown question ${id}`);
  return found;
}

/** The label of an answer, for summaries. */
export function answerLabel(answers: Answers, id: QuestionId, questions: ReadonlyArray<Question> = QUESTIONS): string | undefined {
  const optionId = answers[id];
  if (optionId === undefined) return undefined;
  return getQuestion(id, questions).options.find((o) => o.id === optionId)?.label;
}
