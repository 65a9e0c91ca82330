/**
 * Every German word of the product, as one module: the German chunk. It is loaded before the first
 * German render (never a flash of English), and only by pages and embeds that speak German.
 */
import type { Locale } from '../shape.ts';
import { ADVICE_TEXT_DE } from './advice.ts';
import { LINK_TEXT_DE } from './link.ts';
import { PAGE_TEXT_DE } from './page.ts';
import { PROVIDER_TEXT_DE } from './providers.ts';
import { QUESTION_TEXT_DE } from './questions.ts';
import { REASON_TEXT_DE } from './reasons.ts';
import { SETUP_TEXT_DE } from './setup.ts';
import { UI_TEXT_DE } from './ui.ts';

const GERMAN = {
  lang: 'de',
  ui: UI_TEXT_DE,
  questions: QUESTION_TEXT_DE,
  link: LINK_TEXT_DE,
  page: PAGE_TEXT_DE,
  reasons: REASON_TEXT_DE,
  advice: ADVICE_TEXT_DE,
  setup: SETUP_TEXT_DE,
  providers: PROVIDER_TEXT_DE,
} as const satisfies Locale;

export default GERMAN;
