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

/**
 * The CSS custom properties a host page sets on the element (`pop-imap-wizard { --piw-radius: 4px }`),
 * for custom-elements.json. The wizard reads each once and keeps it within bounds, so no value can
 * make its text unreadable. The iframe embed takes none: CSS does not cross into a frame.
 */
export const CSS_PROPERTY_DOCS: ReadonlyArray<{ name: `--piw-${string}`; syntax: string; default: string; description: string }> = [
  {
    name: '--piw-font-family',
    syntax: '<family-name>#',
    default: 'system-ui, -apple-system, "Segoe UI", Roboto, …, sans-serif',
    description: "The wizard's font stack. A font your page loads with @font-face can be named; the wizard itself loads none.",
  },
  {
    name: '--piw-radius',
    syntax: '<length-percentage>',
    default: '12px',
    description: 'The corner radius of the card, buttons, options and panels, kept between 0 and 24px.',
  },
  {
    name: '--piw-surface',
    syntax: '<color>',
    default: 'white (light), #14171c (dark)',
    description:
      "The card's background. Its hue is kept, its lightness held where every text keeps 4.5:1 (OKLCH lightness 0.94 or more in the light theme, 0.26 or less in the dark one, little chroma); light-dark(a, b) gives one per theme. A value that is not a colour is ignored.",
  },
];

/** The parts a host page may style with `pop-imap-wizard::part(name)`, for custom-elements.json. */
export const CSS_PART_DOCS: ReadonlyArray<{ name: string; description: string }> = [
  { name: 'card', description: "The wizard's card: its border, corners, shadow and padding around the steps." },
  { name: 'heading', description: "Each step's main heading: the intro's, each question's, the verdict." },
  { name: 'progress', description: "The question's progress bar (the row of step segments)." },
  { name: 'primary-button', description: 'Start, Next and your call to action: filled with the accent, its text white or black by contrast.' },
  { name: 'secondary-button', description: 'Outlined buttons: Copy link, Share, Copy the settings, Start over, Try again.' },
];
