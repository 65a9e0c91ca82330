/**
 * The words of the popup embed (`mode="popup"`): the button in the host's page and the dialog's
 * close button. Their own module, found by folder (../popup-words.ts), so the element's popup and
 * the iframe loader's carry them without any other words.
 */
export const POPUP_TEXT = {
  /** The button in the host's page, unless the page names its own (`button-label`). */
  open: 'Which is right for me: POP3 or IMAP?',
  close: 'Close',
} as const;

export default POPUP_TEXT;
