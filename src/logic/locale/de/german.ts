/**
 * Every German word of the product, as one module: the German chunk. It is loaded before the first
 * German render (never a flash of English), and only by pages and embeds that speak German.
 */
import type { Locale } from '../shape.ts';
import { MODEL_TEXT_DE } from './model.ts';
import { QUESTION_TEXT_DE } from './questions.ts';
import { SHARE_LINK_TEXT_DE } from './share-link.ts';
import { UI_TEXT_DE } from './ui.ts';

export const GERMAN = {
  lang: 'de',
  ui: UI_TEXT_DE,
  questions: QUESTION_TEXT_DE,
  link: SHARE_LINK_TEXT_DE,
  model: MODEL_TEXT_DE,
} as const satisfies Locale;
