/**
 * What each setting and event of the embeds does, for the generated custom-elements.json (and the
 * editors that read it): read by scripts/element-package.mjs only, never by the embeds themselves,
 * so none of these words ride along in the loader or the element.
 */
import { THEMES } from '../components/theme.ts';
import { DEFAULT_LANG, LANGS } from '../locale/languages.ts';
import { MODES, type AttributeName, type EventName } from './protocol.ts';

const union = (values: ReadonlyArray<string>) => values.map((value) => `'${value}'`).join(' | ');

/**
 * What each attribute does, for the generated custom-elements.json (and editors that read it).
 * The same settings go to the iframe embed as `data-` attributes of its container.
 */
export const ATTRIBUTE_DOCS: Readonly<Record<AttributeName, { type: string; description: string }>> = {
  theme: {
    type: union(THEMES),
    description:
      "The colour scheme. Without it the wizard follows the page's declared color-scheme (light when it declares none); 'auto' follows the reader's system.",
  },
  accent: { type: 'string', description: 'An opaque CSS colour for buttons and progress; the text on buttons turns black or white, whichever reads better.' },
  'cta-label': { type: 'string', description: 'The text of a call to action on the result page (needs cta-href).' },
  'cta-href': { type: 'string', description: 'The http(s) link of the call to action; relative links resolve against the page.' },
  'pop3-cta-label': { type: 'string', description: 'The call to action on a POP3 result (needs pop3-cta-href); shown instead of cta-label there.' },
  'pop3-cta-href': { type: 'string', description: "The http(s) link of the POP3 result's call to action." },
  'imap-cta-label': { type: 'string', description: 'The call to action on an IMAP result (needs imap-cta-href); shown instead of cta-label there.' },
  'imap-cta-href': { type: 'string', description: "The http(s) link of the IMAP result's call to action." },
  answers: { type: 'string', description: 'A link fragment to prefill answers from, e.g. "v=1&devices=many&step=result".' },
  'share-base': { type: 'string', description: "The http(s) address share links point to; default the page's address without its query." },
  'provider-name': { type: 'string', description: "The host's own name, shown with its servers (with imap-server, pop3-server or smtp-server)." },
  'imap-server': {
    type: 'string',
    description: "The host's IMAP server name; the result shows it, the provider question is not asked and the provider selector is hidden.",
  },
  'imap-port': { type: "'993'", description: 'The IMAP port: 993 (SSL/TLS), the default; nothing unencrypted is accepted.' },
  'pop3-server': { type: 'string', description: "The host's POP3 server name." },
  'pop3-port': { type: "'995'", description: 'The POP3 port: 995 (SSL/TLS), the default.' },
  'smtp-server': { type: 'string', description: "The host's SMTP server name for sending." },
  'smtp-port': { type: "'465' | '587'", description: 'The SMTP port: 465 (SSL/TLS) or 587 (STARTTLS, required); both are shown when absent.' },
  lang: {
    type: union(LANGS),
    description: `The language of the wizard: ${LANGS.join(', ')} (${DEFAULT_LANG} is the default); a regional tag such as de-AT counts as its language. Others are ignored with a warning.`,
  },
  mode: {
    type: union(MODES),
    description:
      "'inline' (the default): the wizard sits in the page. 'popup': only a button sits in the page (no reserved height), and opens the wizard in a modal dialog; open() and close() do it from script.",
  },
  'button-label': {
    type: 'string',
    description: "The popup button's text (mode='popup'), at most 80 characters; default \"Which is right for me: POP3 or IMAP?\" in the wizard's language.",
  },
  'skip-intro': {
    type: 'boolean',
    description: 'Present: the wizard starts at the first question, without its intro (when the page already says what it is for).',
  },
  'sync-url': {
    type: 'boolean',
    description: "Present: the wizard follows the page's fragment and history (one wizard per page). Absent: the page's URL is never touched.",
  },
};

/** When each event is dispatched, for the generated custom-elements.json. */
export const EVENT_DOCS: Readonly<Record<EventName, string>> = {
  'wizard-start': 'The person starts: presses Start, or answers the first question (with skip-intro or a prefill); once per run, detail {}.',
  'wizard-answer': 'An answer is chosen: detail { questionId, optionId, step } (questionId "service" for the provider question).',
  'wizard-step': 'A question is shown: detail { step, total, questionId }.',
  'wizard-complete':
    'The result is shown: detail { protocol, confidence, answers, shareUrl, reopened }; reopened is true when it was opened from a link or a prefill, not reached by answering.',
  'wizard-cta': 'The call to action is clicked: detail { protocol, href } (which verdict, and where it leads).',
};
