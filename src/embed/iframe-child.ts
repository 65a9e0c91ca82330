/**
 * The page inside the iframe embed (the standalone app opened with ?embed=1 inside a frame). It
 * takes its settings only from the loader that framed it: it tells the parent it is ready (posting
 * only to the origin named in its URL, so a parent at any other origin never hears it), and applies
 * the settings of the one message that comes back from that parent window at that origin.
 *
 * Framed without the loader (a plain `<iframe src="…/?embed=1&lang=de">` on a site that allows no
 * script), it takes only `lang`, `theme` and `accent` from its own address, each checked as the
 * embeds check them: never a link, a text or a server, so nothing a URL says becomes a call to
 * action or a link on this origin.
 */
import { accentProperties, type Brand } from '../components/brand.ts';
import { isTheme, type Theme } from '../components/theme.ts';
import type { WizardConfig } from '../components/wizard-config.tsx';
import { canvasColor, readSettings, type EmbedSettings } from './attributes.ts';
import { MESSAGE_SOURCE, RESERVED_RANGE, type ChildMessage, type InitMessage } from './protocol.ts';
import { httpUrl, pageAddress } from './urls.ts';
import { linkOpensIn, withEmbed } from '../logic/link-format.ts';

/** How long the page waits for its loader before it shows the wizard with no host settings. */
const INIT_TIMEOUT_MS = 3000;

/** What a plain iframe's address may set: looks only, never words, links or servers. */
const PLAIN_SETTINGS = ['lang', 'theme', 'accent'] as const;

export type IframeChild = {
  settings: EmbedSettings;
  /** The theme to use: the host's choice, else the colour scheme the host page declares. */
  theme: Theme;
  /** The height the loader reserved (px), which the wizard fills; undefined when not given. */
  fill: number | undefined;
  config: WizardConfig;
  /** The custom properties of the host's accent, for the wizard's root (none without one). */
  brand: Brand | undefined;
  /** Starts posting the height of `element` to the parent; returns a function that stops. */
  watchHeight: (element: Element) => () => void;
  /** Tells the loader the wizard's title in its language, for the frame's name. */
  sayTitle: (title: string) => void;
};

function isInit(data: unknown): data is InitMessage {
  if (typeof data !== 'object' || data === null) return false;
  const message = data as Partial<InitMessage>;
  return message.source === MESSAGE_SOURCE && message.type === 'init' && typeof message.settings === 'object' && message.settings !== null;
}

/**
 * Connects to the loader that framed this page, then resolves with the wizard's configuration:
 * the host's settings when its loader answered from the expected origin, none otherwise.
 */
export function connectToHost(search: string, win: Window, ownUrl: string): Promise<IframeChild> {
  const claimed = httpUrl(new URLSearchParams(search).get('origin'));
  const parentOrigin = claimed && claimed.origin !== 'null' ? claimed.origin : undefined;
  const parent = win.parent !== win ? win.parent : null;
  /** Framed without a loader: its address names no origin to talk to. */
  const plain = !parentOrigin;

  function post(message: ChildMessage) {
    if (parent && parentOrigin) parent.postMessage(message, parentOrigin);
  }

  /** A plain iframe's settings: the three its address may carry. */
  function plainSettings(): Record<string, string> {
    const query = new URLSearchParams(search);
    return Object.fromEntries(PLAIN_SETTINGS.flatMap((name) => (query.has(name) ? [[name, query.get(name) ?? '']] : [])));
  }

  function configure(init: InitMessage | undefined): IframeChild {
    // From the loader, its settings; framed without one, only the looks its address names; a
    // loader that never answered: none.
    const raw: Record<string, unknown> = { ...(init?.settings ?? (plain ? plainSettings() : {})) };
    const id = typeof init?.id === 'string' ? init.id : '';
    // A shared link in the host page's address opens here when it is this wizard's, over a prefill.
    if (init && typeof init.link === 'string' && linkOpensIn(init.link, id, init.first === true)) raw.answers = init.link.slice(1);
    const settings = readSettings(
      (name) => (Object.hasOwn(raw, name) && typeof raw[name] === 'string' ? raw[name] : null),
      (message) => console.warn(`pop-imap-wizard iframe: ${message}`),
      parentOrigin ?? ownUrl,
      canvasColor,
    );
    // A plain iframe cannot see the page around it: light, as most pages are, unless it says.
    const hostScheme = init && isTheme(init.hostScheme) ? init.hostScheme : plain ? 'light' : 'auto';
    // A plain iframe fills the height the site gave the frame, so no band shows under the card.
    const reserved = plain ? win.innerHeight : Number(init?.reserved);
    const fill = Number.isFinite(reserved) ? Math.min(RESERVED_RANGE.max, Math.max(RESERVED_RANGE.min, Math.round(reserved))) : undefined;
    const base = settings.shareBase ?? pageAddress(new URL(ownUrl));
    const config: WizardConfig = {
      setDocumentTitle: false,
      shareUrl: (fragment) => `${base}#${withEmbed(fragment, id)}`,
      onEvent: (name, detail) => post({ source: MESSAGE_SOURCE, type: 'event', name, detail }),
      ctaTarget: '_top',
      // With a loader, the host page follows the link itself: the offer sees the host as referrer.
      ...(init ? { openCta: (href: string) => post({ source: MESSAGE_SOURCE, type: 'open', href }) } : {}),
      ...(settings.cta ? { cta: settings.cta } : {}),
      offers: settings.offers,
      ...(settings.servers ? { hostServers: settings.servers } : {}),
    };
    const sayTitle = (title: string) => post({ source: MESSAGE_SOURCE, type: 'title', title });
    const brand = settings.accent && accentProperties(settings.accent);
    return { settings, theme: settings.theme ?? hostScheme, fill, config, brand, watchHeight, sayTitle };
  }

  function watchHeight(element: Element) {
    let last = -1;
    const send = () => {
      const height = Math.ceil(element.getBoundingClientRect().height);
      if (height === last) return;
      last = height;
      post({ source: MESSAGE_SOURCE, type: 'height', height });
    };
    send();
    const observer = new ResizeObserver(send);
    observer.observe(element);
    return () => observer.disconnect();
  }

  return new Promise((resolve) => {
    if (!parent || !parentOrigin) {
      resolve(configure(undefined));
      return;
    }
    const timer = setTimeout(() => done(undefined), INIT_TIMEOUT_MS);
    function done(init: InitMessage | undefined) {
      clearTimeout(timer);
      win.removeEventListener('message', listen);
      resolve(configure(init));
    }
    function listen(event: MessageEvent) {
      if (event.source !== parent || event.origin !== parentOrigin || !isInit(event.data)) return;
      done(event.data);
    }
    win.addEventListener('message', listen);
    post({ source: MESSAGE_SOURCE, type: 'ready' });
  });
}
