/**
 * The popup embed's words in every language, found by folder (`src/locale/<lang>/popup.ts`), all in
 * the bundle that asks: they are a few words each, and the popup's button needs them before any
 * other words arrive (as the iframe loader needs the frame's title, in languages.ts).
 */
import { POPUP_TEXT } from './en/popup.ts';
import type { Lang } from './languages.ts';
import type { PopupText } from './shape.ts';

const WORDS = import.meta.glob<PopupText>('./*/popup.ts', { eager: true, import: 'default' });

/**
 * A language's popup words (English for one without its own, which a test rules out). Nothing here
 * but the words: the element's popup chunk takes no other module of the first download with it.
 */
export function popupWords(lang: Lang): PopupText {
  return WORDS[`./${lang}/popup.ts`] ?? POPUP_TEXT;
}

/** The folders that hold popup words: for the test that checks every language has them. */
export const POPUP_FOLDERS: ReadonlyArray<string> = Object.keys(WORDS).map((path) => path.split('/')[1] ?? '');
