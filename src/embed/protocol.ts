/**
 * The embed protocol: every name the custom element, the iframe loader and the page inside the
 * iframe share, in one place. Constants and types only (free after tree-shaking), so the loader can
 * import them and stay tiny.
 */
import type { EventName } from '../components/events.ts';
import type { Theme } from '../components/theme.ts';

/**
 * Whether a page is the iframe embed's: opened with `?embed=1` inside a frame. Opened at the top
 * level, the same address is simply the wizard. The one test for the head script and the app.
 */
export function isEmbedPage(search: string, win: Pick<Window, 'parent'>): boolean {
  return new URLSearchParams(search).get('embed') === '1' && win.parent !== win;
}

/** The custom element's tag. */
export const TAG_NAME = 'pop-imap-wizard';

/** The `source` field of every message between the iframe and its loader. */
export const MESSAGE_SOURCE = 'pop-imap-wizard';

/** The events both embeds dispatch to the host page (bubbling, composed CustomEvents): their registry. */
export { EVENTS, type EventDetails, type EventName } from '../components/events.ts';

/**
 * What a host page may set: attributes of <pop-imap-wizard>, `data-` attributes of the iframe
 * embed's container. One list, so a new setting reaches both embeds.
 */
export const SETTINGS = [
  'theme',
  'accent',
  'cta-label',
  'cta-href',
  'pop3-cta-label',
  'pop3-cta-href',
  'imap-cta-label',
  'imap-cta-href',
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
  'mode',
  'button-label',
  'skip-intro',
] as const;
export type SettingName = (typeof SETTINGS)[number];

/** How an embed shows the wizard: in the page's flow, or behind a button in a modal dialog. */
export const MODES = ['inline', 'popup'] as const;
export type Mode = (typeof MODES)[number];

/** The element's attributes: the settings, and `sync-url` (the iframe never writes the host's history). */
export const SYNC_URL = 'sync-url';
export type AttributeName = SettingName | typeof SYNC_URL;

/** The frame's name until the wizard inside says its own, in its language: the same in every language. */
export const FRAME_TITLE = 'POP3 / IMAP';

/**
 * The height both embeds reserve before anyone starts, in px: the tallest question card at phone
 * width (360–375 px) in the longest language, German (803 px; docs/embedding.md has the figures),
 * so neither the intro nor any question moves the host page there.
 */
export const RESERVED_HEIGHT = 810;
/** The range a host may set the reserved height in (`data-min-height`), in px. */
export const RESERVED_RANGE = { min: 200, max: 2000 } as const;
/** The tallest the iframe ever grows, in px, whatever a message says. */
export const MAX_FRAME_HEIGHT = 10000;

/** Messages from the page inside the iframe to its loader. */
export type ChildMessage =
  | { source: typeof MESSAGE_SOURCE; type: 'ready' }
  | { source: typeof MESSAGE_SOURCE; type: 'height'; height: number }
  | { source: typeof MESSAGE_SOURCE; type: 'event'; name: EventName; detail: unknown }
  /** The wizard's title in its language: the loader names the frame with it (unless the page did). */
  | { source: typeof MESSAGE_SOURCE; type: 'title'; title: string }
  /** The call to action was clicked: the loader follows the link, if it is one the host set. */
  | { source: typeof MESSAGE_SOURCE; type: 'open'; href: string };

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
  hostScheme: Theme;
  reserved: number;
  /** The host page's fragment: a shared link, when it is one (the wizard decides whether it is its own). */
  link?: string;
  /** The container's id: a link may name it, and share links made in the wizard name it. */
  id?: string;
  /** Whether the container is the page's first wizard: a link that names none opens there. */
  first?: boolean;
};
