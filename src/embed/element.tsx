/**
 * <pop-imap-wizard>: the wizard as a custom element, for a host page that adds one script tag.
 * The only public entry point of the embed build (dist/embed/pop-imap-wizard.js).
 *
 * Shadow DOM keeps the host's CSS out and ours in; the stylesheet is adopted as a constructable
 * stylesheet, so no <style> element is injected and a host CSP without 'unsafe-inline' still works.
 */
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { withLocale, type WizardLocale } from '../components/locale.tsx';
import { accentProperties } from '../components/brand.ts';
import { loadResultStylesWith } from '../components/lazy-result.ts';
import css from '../components/wizard.css?inline';
import { WizardRoot } from '../components/wizard-root.tsx';
import type { WizardConfig } from '../components/wizard-config.tsx';
import { DEFAULT_LANG, LANGUAGES } from '../locale/languages.ts';
import { lazyModule } from '../logic/lazy-module.ts';
import { linkOpensIn, withEmbed } from '../logic/link-format.ts';
import { createWizardStore, type WizardStore } from '../state/store.ts';
import { initialStateFromLink, syncStoreWithUrl } from '../state/url-sync.ts';
import { canvasColor, readSettings, type EmbedSettings } from './attributes.ts';
import { hostColorScheme } from './host-scheme.ts';
import type { Popup } from './popup.ts';
import { RESERVED_HEIGHT, SETTINGS, SYNC_URL, TAG_NAME } from './protocol.ts';
import { pageAddress } from './urls.ts';

/**
 * Host-level rules: the element is a block, nothing the page sets is inherited inside (but the
 * documented --piw-* properties, which the wizard's CSS reads and bounds), and it keeps the height
 * of the tallest question at phone width (RESERVED_HEIGHT), so the page never shifts as the wizard
 * appears or moves between steps; the wizard fills that height (the mount inherits it), so
 * no empty band shows under the intro. A host rule such as `pop-imap-wizard { min-height: 0 }`
 * overrides it.
 */
const HOST_CSS = `:host { all: initial; display: block; min-height: ${RESERVED_HEIGHT}px; } :host([hidden]) { display: none; } .piw-mount { display: flex; flex-direction: column; min-height: inherit; }`;
/** A popup reserves no wizard's height, not even while its code arrives (then only its button's). */
const POPUP_HOST_CSS = ':host([mode=popup i]) { min-height: 0; }';

/** The popup's button and dialog (popup.ts): loaded only by an element in mode="popup". */
const popupModule = lazyModule(() => import('./popup.ts'));

let sharedSheets: [CSSStyleSheet, CSSStyleSheet] | undefined;

/**
 * Two stylesheet objects shared by every element on the page (adopting them is free): the wizard's,
 * and the result page's, empty until the result page's code arrives with its text.
 */
function wizardSheets(): [CSSStyleSheet, CSSStyleSheet] {
  if (!sharedSheets) {
    const [wizard, result] = (sharedSheets = [new CSSStyleSheet(), new CSSStyleSheet()]);
    wizard.replaceSync(`${HOST_CSS}\n${POPUP_HOST_CSS}\n${css}`);
    loadResultStylesWith(() => import('../components/result.css?inline').then(({ default: text }) => result.replaceSync(text)));
  }
  return sharedSheets;
}

/** The element that syncs the page's URL (at most one: a page has one fragment, one history). */
const urlOwner = new Set<HTMLElement>();

/** The element's class; its public types (attributes, events) are in element-types.ts. */
export class PopImapWizardElement extends HTMLElement {
  static observedAttributes = [...SETTINGS, SYNC_URL];

  #root: Root | undefined;
  #store: WizardStore | undefined;
  #settings: EmbedSettings | undefined;
  #stopSync: (() => void) | undefined;
  #warned = new Set<string>();
  #mount: HTMLElement | undefined;
  #popup: Popup | undefined;
  /** Open the popup once its code is here (open() was called, or a link reopens the wizard). */
  #openWhenReady = false;

  connectedCallback() {
    if (this.#root) return; // moved within the page: keep the state
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = wizardSheets();
    const mount = document.createElement('div');
    mount.className = 'piw-mount';
    shadow.replaceChildren(mount);
    this.#mount = mount;
    this.#settings = this.#readSettings();
    this.#store = createWizardStore({ ...this.#initialState(), askService: !this.#settings.servers, skipIntro: this.#settings.skipIntro });
    this.#updateSync();
    this.#root = createRoot(mount);
    this.#render();
    this.#updateMode();
  }

  /** Opens the wizard's dialog (mode="popup"; inline, nothing happens). */
  open() {
    if (this.#settings?.mode !== 'popup') return;
    this.#openWhenReady = !this.#popup;
    this.#popup?.open();
  }

  /** Closes the wizard's dialog; focus goes back where it was before it opened. */
  close() {
    this.#openWhenReady = false;
    this.#popup?.close();
  }

  /** Inline, the wizard sits in the shadow root; as a popup, in a dialog behind a button (popup.ts). */
  #updateMode() {
    const settings = this.#settings;
    const shadow = this.shadowRoot;
    const mount = this.#mount;
    if (!settings || !shadow || !mount || !this.#root) return;
    if (settings.mode !== 'popup') {
      this.#popup?.detach();
      this.#popup = undefined;
      if (mount.parentNode !== shadow) shadow.append(mount);
      return;
    }
    const lang = settings.lang ?? DEFAULT_LANG;
    const theme = settings.theme ?? hostColorScheme(document);
    const options = { lang, title: LANGUAGES[lang].frameTitle, label: settings.buttonLabel, theme, accent: settings.accent };
    if (this.#popup) return this.#popup.update(options);
    // Never a flash of the inline wizard: it waits, rendered, out of the page until its dialog is here.
    mount.remove();
    popupModule.load().then(
      ({ attachPopup }) => {
        if (this.#popup || !this.#root || this.#settings?.mode !== 'popup') return;
        this.#popup = attachPopup(shadow, mount, options);
        this.#updateMode(); // settings changed while it loaded
        if (this.#openWhenReady) this.open();
      },
      // Its code could not be loaded (offline, a deploy in between): the wizard inline, rather than nothing.
      () => mount.parentNode || shadow.append(mount),
    );
  }

  disconnectedCallback() {
    // Unmount after the current task, unless the element was only moved (connected again).
    queueMicrotask(() => {
      if (this.isConnected || !this.#root) return;
      this.#stopUrlSync();
      this.#popup?.detach();
      this.#popup = undefined;
      this.#root.unmount();
      this.#root = undefined;
      this.#store = undefined;
    });
  }

  attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null) {
    if (!this.#root || !this.#store || oldValue === newValue) return;
    this.#settings = this.#readSettings();
    if (name === 'answers') {
      const { answers, step, notices } = initialStateFromLink(this.#settings.answers ?? '');
      this.#store.getState().actions.restore(answers, step);
      this.#store.getState().actions.setNotices(notices);
    }
    this.#updateSync();
    this.#render();
    this.#updateMode();
  }

  get #syncRequested(): boolean {
    const value = this.getAttribute(SYNC_URL);
    return value !== null && value !== 'false';
  }

  /**
   * Where to start: a wizard link in the page's URL when it is this element's (it names this
   * element's id, or names none and this is the page's first wizard), read once, with or without
   * sync-url; else the answers attribute. Without sync-url nothing is ever written back.
   */
  #initialState() {
    const mayFollow = !this.#syncRequested || urlOwner.size === 0 || urlOwner.has(this);
    // The first wizard on the page (or this one, where it sits inside another shadow root).
    const first = (document.querySelector(TAG_NAME) ?? this) === this;
    if (mayFollow && linkOpensIn(location.hash, this.id, first)) {
      // A popup opened from a link (a share link, a reload with sync-url) opens at once, on it.
      this.#openWhenReady = true;
      return initialStateFromLink(location.hash, this.#syncRequested ? history.state : undefined);
    }
    return initialStateFromLink(this.#settings?.answers ?? '');
  }

  #updateSync() {
    if (!this.#store) return;
    if (this.#syncRequested && !this.#stopSync) {
      if (urlOwner.size > 0 && !urlOwner.has(this)) {
        this.#warn('sync-url: another wizard on this page already follows the URL; this one leaves it alone.');
        return;
      }
      urlOwner.add(this);
      this.#stopSync = syncStoreWithUrl(this.#store, window, { wholePage: false });
    } else if (!this.#syncRequested) {
      this.#stopUrlSync();
    }
  }

  #stopUrlSync() {
    this.#stopSync?.();
    this.#stopSync = undefined;
    urlOwner.delete(this);
  }

  #warn(message: string) {
    // One warning per bad value, however often the page sets it.
    const text = `<pop-imap-wizard>: ${message}`;
    if (this.#warned.has(text)) return;
    this.#warned.add(text);
    console.warn(text);
  }

  #readSettings(): EmbedSettings {
    return readSettings(
      (name) => this.getAttribute(name),
      (message) => this.#warn(message),
      // Relative links resolve as the page's own do (its <base href>, if any), as in the iframe loader.
      document.baseURI,
      canvasColor,
    );
  }

  #render() {
    const settings = this.#settings;
    if (!this.#root || !this.#store || !settings) return;
    // Nothing until the language's words are here (never a flash of English): the reserved space,
    // or the wizard as it was, stays. A render for settings changed meanwhile is left to their own.
    withLocale(
      settings.lang ?? DEFAULT_LANG,
      (locale) => {
        if (settings === this.#settings) this.#renderIn(locale);
      },
      (message) => this.#warn(`lang: ${message}`),
    );
  }

  #renderIn(locale: WizardLocale) {
    const settings = this.#settings;
    if (!this.#root || !this.#store || !settings) return;
    // Share links point at this page without its query (a host's ?token=… never leaks into them)
    // unless the page names its own share-base.
    const base = settings.shareBase ?? pageAddress(location);
    // A host that names its own servers is the provider: its readers are not asked for one.
    this.#store.getState().actions.setAskService(!settings.servers);
    this.#store.getState().actions.setSkipIntro(settings.skipIntro);
    const config: WizardConfig = {
      setDocumentTitle: false,
      // On a page with several wizards, a link made in this one names it, and only it reopens the link.
      shareUrl: (fragment) => `${base}#${withEmbed(fragment, this.id)}`,
      onEvent: (name, detail) => this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true })),
      ...(settings.cta ? { cta: settings.cta } : {}),
      offers: settings.offers,
      ...(settings.servers ? { hostServers: settings.servers } : {}),
    };
    this.#root.render(
      <StrictMode>
        <WizardRoot
          store={this.#store}
          config={config}
          theme={settings.theme ?? hostColorScheme(document)}
          brand={settings.accent && accentProperties(settings.accent)}
          frame="card"
          locale={locale}
        />
      </StrictMode>,
    );
  }
}

if (!customElements.get(TAG_NAME)) customElements.define(TAG_NAME, PopImapWizardElement);
