/**
 * The iframe embed's loader (dist/embed/embed.js): no framework, a couple of kilobytes compressed (its budget: scripts/check-budgets.mjs).
 *
 *   <div data-pop-imap-wizard></div>
 *   <script src="https://wizard.example/embed/embed.js" async></script>
 *
 * It reserves the container's height at once (so nothing shifts), inserts the iframe when the
 * container comes within about one viewport of the screen, hands the wizard its settings when it
 * says it is ready, sizes the frame to its content, and re-dispatches the wizard's events on the
 * container. It frames only the wizard of its own origin (or origins the host lists in
 * `data-allow-origins`), and reads only messages whose `source` is that frame's window and whose
 * `origin` is that frame's origin. Containers added later (single-page apps) are picked up too.
 */
import { THEMES } from '../components/theme.ts';
import { hostColorScheme } from './host-scheme.ts';
import { CONFIDENCES, PROTOCOLS } from '../logic/types.ts';
import {
  FRAME_TITLE,
  MAX_FRAME_HEIGHT,
  MESSAGE_SOURCE,
  RESERVED_HEIGHT,
  RESERVED_RANGE,
  type EventDetails,
  type EventName,
  type InitMessage,
} from './protocol.ts';
import { httpUrl, pageAddress } from './urls.ts';

const SELECTOR = '[data-pop-imap-wizard]';
/** A container's state: its reserved height while it waits (read once, so a bad value warns once), then 'loaded'. */
const STATE = 'piwState';

/** The wizard app this loader belongs to: the folder above its own embed/embed.js. */
const script = document.currentScript as HTMLScriptElement | null;
const ownApp = httpUrl('../', script?.src);

function warn(message: string) {
  console.warn(`pop-imap-wizard: ${message}`);
}

/** The reserved height: data-min-height when it is a number in range, else the default. */
function reservedFor(container: HTMLElement): number {
  const value = Number(container.getAttribute('data-min-height') ?? RESERVED_HEIGHT);
  if (Number.isFinite(value) && value >= RESERVED_RANGE.min && value <= RESERVED_RANGE.max) return Math.round(value);
  warn(`data-min-height out of range; using ${RESERVED_HEIGHT}`);
  return RESERVED_HEIGHT;
}

/**
 * The wizard to frame: data-src if its origin is this loader's own or one the page lists in
 * data-allow-origins; without data-src, this loader's own wizard (never the page itself).
 */
function appFor(container: HTMLElement): URL | undefined {
  const src = container.getAttribute('data-src');
  const url = src ? httpUrl(src, document.baseURI) : ownApp;
  const allowed = (container.getAttribute('data-allow-origins') ?? '').split(/\s+/).map((origin) => httpUrl(origin)?.origin);
  if (url && (url.origin === ownApp?.origin || allowed.includes(url.origin))) return new URL(pageAddress(url));
  warn('data-src origin not in data-allow-origins');
  return undefined;
}

/**
 * The host's settings for the wizard: every data- attribute of the container (the wizard reads the
 * ones in its list, SETTINGS in protocol.ts, and ignores the rest), relative links resolved against
 * this page.
 */
function settingsOf(container: HTMLElement): InitMessage['settings'] {
  const settings: Record<string, string> = {};
  for (const { name, value } of container.attributes) {
    // Trimmed here as the wizard trims them, so the frame's theme and title agree with the wizard's.
    if (!name.startsWith('data-')) continue;
    const key = name.slice(5);
    settings[key] = value.trim();
    // Links (cta-href, pop3-cta-href, imap-cta-href, share-base) resolved against this page.
    const url = /href$|^share-base$/.test(key) && httpUrl(settings[key], document.baseURI);
    if (url) settings[key] = url.href;
  }
  // Share links point at this page without its query (a ?token=… never leaks) unless the page says.
  settings['share-base'] ??= pageAddress(location);
  return settings;
}

const isOneOf = <T extends string>(list: ReadonlyArray<T>, value: unknown): value is T => (list as ReadonlyArray<unknown>).includes(value);

/** An id of a question or option: short, lower-case letters, digits and hyphens. */
const isId = (value: unknown): value is string => typeof value === 'string' && /^[A-Za-z0-9-]{1,32}$/.test(value);
/** An http(s) link, already in the form the wizard writes it. */
const isLink = (value: unknown): value is string => typeof value === 'string' && httpUrl(value)?.href === value;

const isStep = Number.isInteger as (value: unknown) => value is number;

/** Each event's detail rebuilt from a message's: only well-formed data crosses to the host page, whatever a message says. */
const DETAILS: { readonly [E in EventName]: (data: Record<string, unknown>) => EventDetails[E] | false | undefined } = {
  'wizard-start': () => ({}),
  'wizard-answer': ({ questionId, optionId, step }) => isId(questionId) && isId(optionId) && isStep(step) && { questionId, optionId, step },
  'wizard-step': ({ step, total, questionId }) => isStep(step) && isStep(total) && isId(questionId) && { step, total, questionId },
  'wizard-cta': ({ protocol, href }) => isLink(href) && isOneOf(PROTOCOLS, protocol) && { protocol, href },
  'wizard-complete': ({ protocol, confidence, shareUrl, reopened }) => {
    if (!isLink(shareUrl) || !isOneOf(PROTOCOLS, protocol) || !isOneOf(CONFIDENCES, confidence) || typeof reopened != 'boolean') return undefined;
    // The answers as plain strings: the ones the share link itself carries.
    const answers = Object.fromEntries(new URLSearchParams(new URL(shareUrl).hash.slice(1)));
    delete answers.v;
    delete answers.step;
    delete answers.embed;
    return { protocol, confidence, answers, shareUrl, reopened };
  },
};

/** Inserts the iframe into a container now (or, for a popup, into its dialog: `into`). */
function mount(container: HTMLElement, into: ParentNode = container): void {
  const state = container.dataset[STATE];
  if (state === 'loaded') return;
  container.dataset[STATE] = 'loaded';
  const app = appFor(container);
  if (!app) return;
  const reserved = Number(state) || reservedFor(container);
  // The app's address has no query of its own (appFor keeps origin and path only).
  const frameUrl = `${app.href}?embed=1&origin=${encodeURIComponent(location.origin)}`;

  const settings = settingsOf(container);
  // (RegExp#test reads a missing value as "undefined", which none of these patterns match.)
  const theme = isOneOf(THEMES, settings.theme) ? settings.theme : hostColorScheme(document);
  const iframe = document.createElement('iframe');
  // Named at once (in words of every language), then in the wizard's own words when it says them.
  const title = container.getAttribute('data-title');
  iframe.title = title || FRAME_TITLE;
  // Popups for a provider's help page (a new tab, outside the sandbox, no opener, no referrer) and
  // downloads for the setup profile, both only on a click.
  iframe.setAttribute('sandbox', 'scripts same-origin top-navigation-by-user-activation popups popups-to-escape-sandbox downloads'.replace(/\S+/g, 'allow-$&'));
  iframe.allow = 'clipboard-write';
  iframe.referrerPolicy = 'origin';
  // The frame's colour scheme matches the page inside it, so the browser paints no backdrop of its own.
  iframe.style.cssText = `display:block;width:100%;border:0;margin:0;padding:0;height:${reserved}px;color-scheme:${theme === 'auto' ? 'light dark' : theme}`;
  iframe.src = frameUrl;

  function listen(event: MessageEvent) {
    if (!iframe.isConnected) {
      window.removeEventListener('message', listen);
      return;
    }
    if (event.source !== iframe.contentWindow || event.origin !== app!.origin) return;
    const data = Object(event.data) as Record<string, unknown>;
    if (data.source !== MESSAGE_SOURCE) return;
    if (data.type === 'ready') {
      // With the page's fragment, the container's id and whether it is the page's first wizard: the
      // wizard opens a shared link that is its own, and names its container in the links it makes.
      const init: InitMessage = {
        source: MESSAGE_SOURCE,
        type: 'init',
        settings,
        hostScheme: theme,
        reserved,
        link: location.hash,
        id: container.id,
        first: document.querySelector(SELECTOR) === container,
      };
      iframe.contentWindow?.postMessage(init, app!.origin);
    } else if (data.type === 'height' && Number.isFinite(data.height)) {
      // The frame follows its content (a finite number: isFinite is false for anything else), never
      // shorter than the reserved space (so never zero or less), never absurdly tall.
      iframe.style.height = `${Math.min(MAX_FRAME_HEIGHT, Math.max(reserved, Math.ceil(data.height as number)))}px`;
    } else if (data.type === 'title' && !title) {
      iframe.title = String(data.title).slice(0, 100);
    } else if (data.type === 'open' && isLink(data.href) && Object.values(settings).includes(data.href as string)) {
      // The call to action, followed from this page (its origin as referrer, as the element sends),
      // and only to a link this page set (any of its own settings: its offers, its own address).
      const anchor = document.createElement('a');
      anchor.href = data.href as string;
      anchor.referrerPolicy = 'strict-origin';
      container.append(anchor);
      anchor.click();
      anchor.remove();
    } else if (data.type === 'event' && Object.hasOwn(DETAILS, data.name as string)) {
      // DETAILS names every event (its type says so): one registry in the loader, not two.
      const detail = DETAILS[data.name as EventName](Object(data.detail) as Record<string, unknown>);
      if (detail) container.dispatchEvent(new CustomEvent(data.name as EventName, { detail, bubbles: true, composed: true }));
    }
  }
  window.addEventListener('message', listen);
  into.replaceChildren(iframe);
}

// (Every browser the wizard's es2022 build runs in has IntersectionObserver.)
const nearScreen = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      nearScreen.unobserve(entry.target);
      mount(entry.target as HTMLElement);
    }
  },
  { rootMargin: '100% 0px' },
);

let popupFile: HTMLScriptElement | undefined;

/**
 * A popup (data-mode="popup"): its button and dialog are embed-popup.js's, a classic script fetched
 * from beside this one, once, and only for a popup. It takes the containers (those before it
 * arrived, by their state, and later ones from here), and mounts the frame into the dialog when it
 * first opens.
 */
function popup(container: HTMLElement) {
  container.dataset[STATE] = 'popup';
  if (api.popup) return api.popup(container);
  if (popupFile) return;
  popupFile = document.createElement('script');
  popupFile.src = new URL('embed-popup.js', script?.src).href;
  document.head.append(popupFile);
}

function prepare(container: HTMLElement) {
  if (container.dataset[STATE]) return;
  if (/^\s*popup\s*$/i.test(container.dataset.mode!)) return popup(container);
  const reserved = reservedFor(container);
  container.dataset[STATE] = String(reserved);
  container.style.minHeight = `${reserved}px`;
  nearScreen.observe(container);
}

/** Finds containers not yet set up (in `root`, default the whole page) and sets them up. */
function scan(root: ParentNode = document): void {
  if (root instanceof HTMLElement && root.matches(SELECTOR)) prepare(root);
  root.querySelectorAll<HTMLElement>(SELECTOR).forEach(prepare);
}

/**
 * For frameworks: `popImapWizardLoader.scan(root?)` sets up containers now (they are also picked up
 * as they are added), `popImapWizardLoader.mount(container)` loads one at once, off screen too.
 * (Set before the first scan: a popup hands its container to `popup` once embed-popup.js is here.)
 */
export type LoaderApi = { scan: typeof scan; mount: typeof mount; popup?: (container: HTMLElement) => void };
const api: LoaderApi = { scan, mount };
(window as unknown as { popImapWizardLoader: LoaderApi }).popImapWizardLoader = api;

// Containers already in the page now; the rest as they arrive: those the parser has still to read
// (a script in the head), and those a single-page app adds later.
scan();
new MutationObserver((records) => {
  for (const record of records) for (const node of record.addedNodes) if (node instanceof HTMLElement) scan(node);
}).observe(document.documentElement, { childList: true, subtree: true });
