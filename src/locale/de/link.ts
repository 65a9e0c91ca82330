import type { LinkText } from '../../logic/share-link.ts';

import { conjunction } from './format.ts';

/** Joins quoted question titles into a list: „A“, „A“ und „B“, „A“, „B“ und „C“. */
function quotedList(titles: ReadonlyArray<string>): string {
  return conjunction.format(titles.map((title) => `„${title}“`));
}

/**
 * German sentences about a link that could not be read in full. Every sentence here is built only
 * from catalogue words (question titles), never from text read out of a link.
 */
export const LINK_TEXT_DE = {
  /**
   * One calm sentence naming every question whose answer in the link could not be read.
   *
   * @example unreadableAnswers(['Wie sichern Sie das Gerät, auf dem Ihre E-Mails liegen?'])
   */
  unreadableAnswers: (titles: ReadonlyArray<string>): string =>
    titles.length === 1
      ? `Ihre Antwort auf ${quotedList(titles)} konnten wir nicht lesen, daher ist diese Frage unbeantwortet.`
      : `Ihre Antworten auf ${quotedList(titles)} konnten wir nicht lesen, daher sind diese Fragen unbeantwortet.`,
  /** The link names an email provider the wizard does not know. */
  unknownService: 'Den E-Mail-Anbieter, den dieser Link nennt, kennen wir nicht, daher werden die allgemeinen Einstellungen angezeigt.',
  /** The link carries a format version other than the one this wizard writes. */
  otherVersion:
    'Dieser Link stammt aus einer anderen Version dieses Assistenten, daher fehlen möglicherweise einige Antworten; die Antworten, die wir lesen konnten, sind eingetragen.',
} as const satisfies LinkText;
