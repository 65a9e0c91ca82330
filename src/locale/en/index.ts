/**
 * Every English word of the product. The first screens' words are in the first download
 * (first.ts); the rest (the result page's own words, reasons, advice, setup, providers) arrive with
 * the result page.
 */
import type { Locale } from '../shape.ts';
import { ADVICE_TEXT } from './advice.ts';
import { FIRST_WORDS } from './first.ts';
import { PAGE_TEXT } from './page.ts';
import { PROVIDER_TEXT } from './providers.ts';
import { REASON_TEXT } from './reasons.ts';
import { SETUP_TEXT } from './setup.ts';

const ENGLISH = {
  ...FIRST_WORDS,
  page: PAGE_TEXT,
  reasons: REASON_TEXT,
  advice: ADVICE_TEXT,
  setup: SETUP_TEXT,
  providers: PROVIDER_TEXT,
} as const satisfies Locale;

export default ENGLISH;
