import type { FirstWords } from '../shape.ts';
import { LINK_TEXT } from './link.ts';
import { QUESTION_TEXT } from './questions.ts';
import { UI_TEXT } from './ui.ts';

/** The English words of the intro and the questions: the first download's, so nothing waits for them. */
export const FIRST_WORDS = { lang: 'en', ui: UI_TEXT, questions: QUESTION_TEXT, link: LINK_TEXT } as const satisfies FirstWords;
