/**
 * The embed protocol: every name the custom element, the iframe loader and the page inside the
 * iframe share, in one place. Constants and types only (free after tree-shaking), so the loader can
 * import them and stay tiny.
 */

/** The custom element's tag. */
export const TAG_NAME = 'pop-imap-wizard';

/** The `source` field of every message between the iframe and its loader. */
export const MESSAGE_SOURCE = 'pop-imap-wizard';

/** The events both embeds dispatch to the host page (bubbling, composed CustomEvents). */
export const EVENTS = ['wizard-step', 'wizard-complete', 'wizard-cta'] as const;
export type EventName = (typeof EVENTS)[number];

/**
 * What a host page may set: attributes of <pop-imap-wizard>, `data-` attributes of the iframe
 * embed's container. One list, so a new setting reaches both embeds.
 */
export const SETTINGS = [
  'theme',
  'accent',
  'cta-label',
  'cta-href',
  'answers',
  'share-base',
  'provider-name',
  'imap-server',
  'imap-port',
  'pop3-server',
  'pop3-port',
  'smtp-server',
  'smtp-port',
  'lang',
] as const;
export type SettingName = (typeof SETTINGS)[number];

/** The element's attributes: the settings, and `sync-url` (the iframe never writes the host's history). */
export const SYNC_URL = 'sync-url';
export type AttributeName = SettingName | typeof SYNC_URL;

/**
 * What each attribute does, for the generated custom-elements.json (and editors that read it).
 * The same settings go to the iframe embed as `data-` attributes of its container.
 */
export const ATTRIBUTE_DOCS: Readonly<Record<AttributeName, { type: string; description: string }>> = {
  theme: {
    type: "'light' | 'dark' | 'auto'",
    description: "The colour scheme. Without it the wizard follows the page's declared color-scheme (light when it declares none); 'auto' follows the reader's system.",
  },
  accent: { type: 'string', description: 'An opaque CSS colour for buttons and progress; the text on buttons turns black or white, whichever reads better.' },
  'cta-label': { type: 'string', description: 'The text of a call to action on the result page (needs cta-href).' },
  'cta-href': { type: 'string', description: 'The http(s) link of the call to action; relative links resolve against the page.' },
  answers: { type: 'string', description: 'A link fragment to prefill answers from, e.g. "v=1&devices=many&step=result".' },
  'share-base': { type: 'string', description: "The http(s) address share links point to; default the page's address without its query." },
  'provider-name': { type: 'string', description: "The host's own name, shown with its servers (with imap-server, pop3-server or smtp-server)." },
  'imap-server': { type: 'string', description: "The host's IMAP server name; the result shows it, and the provider selector is hidden." },
  'imap-port': { type: "'993'", description: 'The IMAP port: 993 (SSL/TLS), the default; nothing unencrypted is accepted.' },
  'pop3-server': { type: 'string', description: "The host's POP3 server name." },
  'pop3-port': { type: "'995'", description: 'The POP3 port: 995 (SSL/TLS), the default.' },
  'smtp-server': { type: 'string', description: "The host's SMTP server name for sending." },
  'smtp-port': { type: "'465' | '587'", description: 'The SMTP port: 465 (SSL/TLS) or 587 (STARTTLS, required); both are shown when absent.' },
  lang: { type: "'en' | 'de'", description: 'The language of the wizard: en (the default) or de; a tag such as de-AT counts as its language. Others are ignored with a warning.' },
  'sync-url': {
    type: 'boolean',
    description: "Present: the wizard follows the page's fragment and history (one wizard per page). Absent: the page's URL is never touched.",
  },
};

/** When each event is dispatched, for the generated custom-elements.json. */
export const EVENT_DOCS: Readonly<Record<EventName, string>> = {
  'wizard-step': 'A question is shown: detail { step, total }.',
  'wizard-complete': 'The result is shown: detail { protocol, confidence, answers, shareUrl }.',
  'wizard-cta': 'The call to action is clicked: detail { protocol }.',
};

/** The height both embeds reserve before anyone starts (enough for the intro at any width), in px. */
export const RESERVED_HEIGHT = 600;
/** The range a host may set the reserved height in (`data-min-height`), in px. */
export const RESERVED_RANGE = { min: 200, max: 2000 } as const;
/** The tallest the iframe ever grows, in px, whatever a message says. */
export const MAX_FRAME_HEIGHT = 10000;

/** The detail of each event, as the host page receives it. */
export type EventDetails = {
  'wizard-step': { step: number; total: number };
  'wizard-complete': {
    protocol: 'pop3' | 'imap';
    confidence: 'clear' | 'lean' | 'toss-up';
    answers: Readonly<Record<string, string>>;
    shareUrl: string;
  };
  'wizard-cta': { protocol: 'pop3' | 'imap' };
};

/** Messages from the page inside the iframe to its loader. */
export type ChildMessage =
  | { source: typeof MESSAGE_SOURCE; type: 'ready' }
  | { source: typeof MESSAGE_SOURCE; type: 'height'; height: number }
  | { source: typeof MESSAGE_SOURCE; type: 'event'; name: EventName; detail: unknown };

/**
 * The loader's one message to the page inside the iframe, sent when it says it is ready: the host's
 * settings (links already resolved against the host page), the theme to fall back on (the colour
 * scheme the host page declares, unless its `data-theme` says otherwise), and the height reserved
 * for the wizard.
 */
export type InitMessage = {
  source: typeof MESSAGE_SOURCE;
  type: 'init';
  settings: Partial<Record<SettingName, string>>;
  hostScheme: 'light' | 'dark' | 'auto';
  reserved: number;
};
