/**
 * Every user-visible English string of the product, in one place. Another locale is another module
 * of the same shape. Claims about the protocols are drawn from the seed article
 * (see docs/scoring-model.md).
 */
import { QUESTION_TEXT } from './en/questions.ts';
import { MODEL_TEXT } from './en/model.ts';
import { UI_TEXT } from './en/ui.ts';
import { SHARE_LINK_TEXT } from './en/share-link.ts';

export const EN = {
  questions: QUESTION_TEXT,
  model: MODEL_TEXT,
  ui: UI_TEXT,
  shareLink: SHARE_LINK_TEXT,
} as const;
