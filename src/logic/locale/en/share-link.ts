/**
 * English strings of the share-link codec (src/logic/share-link.ts). Every sentence here is built
 * only from catalogue words (question titles), never from text read out of a link.
 */

/** Joins quoted question titles into a list: “A”, “A” and “B”, “A”, “B” and “C”. */
function quotedList(titles: ReadonlyArray<string>): string {
  const quoted = titles.map((title) => `“${title}”`);
  if (quoted.length <= 1) return quoted.join('');
  return `${quoted.slice(0, -1).join(', ')} and ${quoted[quoted.length - 1] ?? ''}`;
}

export const SHARE_LINK_TEXT = {
  /**
   * One calm sentence naming every question whose answer in the link could not be read.
   *
   * @example unreadableAnswers(['How do you back up the device that keeps your mail?'])
   */
  unreadableAnswers: (titles: ReadonlyArray<string>): string =>
    titles.length === 1
      ? `We couldn’t read your answer to ${quotedList(titles)}, so that question is unanswered.`
      : `We couldn’t read your answers to ${quotedList(titles)}, so those questions are unanswered.`,
  /** The link carries a format version other than the one this wizard writes. */
  otherVersion:
    'This link was made by a different version of this wizard, so some of its answers may be missing; the ones we could read are filled in.',
} as const;
