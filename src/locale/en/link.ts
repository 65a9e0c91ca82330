import type { LinkText } from '../../logic/share-link.ts';
import { conjunction } from './format.ts';

/** Joins quoted question titles into a list: “A”, “A” and “B”, “A”, “B” and “C”. */
function quotedList(titles: ReadonlyArray<string>): string {
  return conjunction.format(titles.map((title) => `“${title}”`));
}

/**
 * English sentences about a link that could not be read in full. Every sentence here is built only
 * from catalogue words (question titles), never from text read out of a link.
 */
export const LINK_TEXT = {
  /**
   * One calm sentence naming every question whose answer in the link could not be read.
   *
   * @example unreadableAnswers(['How do you back up the device that keeps your mail?'])
   */
  unreadableAnswers: (titles: ReadonlyArray<string>): string =>
    titles.length === 1
      ? `We couldn’t read your answer to ${quotedList(titles)}, so that question is unanswered.`
      : `We couldn’t read your answers to ${quotedList(titles)}, so those questions are unanswered.`,
  /** The link names an email provider the wizard does not know. */
  unknownService: 'We didn’t recognise the email provider this link names, so the settings shown are the general ones.',
  /** The link carries a format version other than the one this wizard writes. */
  otherVersion: 'This link was made by a different version of this wizard, so some of its answers may be missing; the ones we could read are filled in.',
} as const satisfies LinkText;
