import type { PopupText } from '../shape.ts';

/** The popup embed's words in German. Mirrors ../en/popup.ts key for key. */
export const POPUP_TEXT_DE = {
  open: 'Was passt zu mir: POP3 oder IMAP?',
  close: 'Schließen',
} as const satisfies PopupText;

export default POPUP_TEXT_DE;
