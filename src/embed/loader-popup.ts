/**
 * The iframe loader's popup (dist/embed/embed-popup.js): fetched by the loader (embed.js) from
 * beside itself, once, and only for a container with `data-mode="popup"`.
 *
 *   <div data-pop-imap-wizard data-mode="popup" data-button-label="Find your protocol"></div>
 *   <script src="https://wizard.example/embed/embed.js" async></script>
 *
 * The container gets a shadow root with the popup's button and dialog (popup.ts): the host's CSS
 * cannot reach them, and their stylesheet is adopted, so a host CSP without 'unsafe-inline' is
 * enough. The frame is made when the dialog first opens, by the loader (its checks, its settings,
 * its events, which it dispatches on the container as for an inline frame), and stays after, so
 * the answers survive closing and reopening. A wizard link in the page's address opens the popup.
 */
import { DEFAULT_LANG, LANGUAGES } from '../locale/languages.ts';
import { linkOpensIn } from '../logic/link-format.ts';
import { canvasColor, readLook } from './attributes.ts';
import { hostColorScheme } from './host-scheme.ts';
import type { LoaderApi } from './loader.ts';
import { attachPopup, type Popup } from './popup.ts';

type PopupApi = LoaderApi & {
  open?: (container: HTMLElement) => void;
  close?: (container: HTMLElement) => void;
};

const loader = (window as unknown as { popImapWizardLoader?: PopupApi }).popImapWizardLoader;
const popups = new WeakMap<HTMLElement, Popup>();

function attach(container: HTMLElement) {
  if (!loader || popups.has(container)) return;
  // The container's settings, read as the wizard reads them (the wizard warns about bad ones).
  const settings = readLook(
    (name) => container.getAttribute(`data-${name}`),
    () => undefined,
    canvasColor,
  );
  let root: ShadowRoot;
  try {
    root = container.shadowRoot ?? container.attachShadow({ mode: 'open' });
  } catch {
    // An element that cannot hold a shadow root (a <li>, a <td>): the wizard inline, as without popup.
    console.warn('pop-imap-wizard: data-mode="popup" needs a <div> (or <section>, <p>…) container; showing the wizard inline.');
    loader.mount(container);
    return;
  }
  const frame = document.createElement('div');
  frame.className = 'piw-popup-frame';
  const lang = settings.lang ?? DEFAULT_LANG;
  const popup = attachPopup(
    root,
    frame,
    {
      lang,
      title: LANGUAGES[lang].frameTitle,
      label: settings.buttonLabel,
      theme: settings.theme ?? hostColorScheme(document),
      accent: settings.accent,
    },
    { onOpen: () => frame.firstChild || loader.mount(container, frame) },
  );
  popups.set(container, popup);
  // The page's link is this wizard's (the wizard in the frame opens it, as an inline one would): show it at once.
  if (linkOpensIn(location.hash, container.id, document.querySelector('[data-pop-imap-wizard]') === container)) popup.open();
}

if (loader) {
  loader.popup = attach;
  // The containers the loader found before this file arrived.
  document.querySelectorAll<HTMLElement>('[data-piw-state^="popup"]').forEach(attach);
  loader.open = (container) => popups.get(container)?.open();
  loader.close = (container) => popups.get(container)?.close();
}
