/**
 * <pop-imap-wizard>: the wizard as a custom element, for a host page that adds one script tag.
 * The only public entry point of the embed build (dist/embed/pop-imap-wizard.js).
 *
 * Shadow DOM keeps the host's CSS out and ours in; the stylesheet is adopted as a constructable
 * stylesheet, so no <style> element is injected and a host CSP without 'unsafe-inline' still works.
 */
import { StrictMode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import css from '../components/wizard.css?inline';
import { WizardRoot } from '../components/wizard-root.tsx';
import type { WizardConfig } from '../components/wizard-config.tsx';
import { createWizardStore, type WizardStore } from '../state/store.ts';
import { initialStateFromHash, isWizardFragment, syncStoreWithUrl } from '../state/url-sync.ts';
import { ATTRIBUTES, hostColorScheme, readSettings, type ElementSettings } from './attributes.ts';

export const TAG_NAME = 'pop-imap-wizard';

/**
 * Host-level rules: the element is a block, nothing the page sets is inherited inside, and it
 * keeps the height of the intro at any width (RESERVED_HEIGHT), so the page never shifts as the
 * wizard appears or moves between steps; the wizard fills that height (the mount inherits it), so
 * no empty band shows under the intro. A host rule such as `pop-imap-wizard { min-height: 0 }`
 * overrides it.
 */
export const RESERVED_HEIGHT = 600;
const HOST_CSS = `:host { all: initial; display: block; min-height: ${RESERVED_HEIGHT}px; } :host([hidden]) { display: none; } .piw-mount { display: flex; flex-direction: column; min-height: inherit; }`;

let sharedSheet: CSSStyleSheet | undefined;

/** One stylesheet object shared by every element on the page (adopting it is free). */
function wizardSheet(): CSSStyleSheet {
  if (!sharedSheet) {
    sharedSheet = new CSSStyleSheet();
    sharedSheet.replaceSync(`${HOST_CSS}\n${css}`);
  }
  return sharedSheet;
}

function pageWithoutFragment(): string {
  return `${location.origin}${location.pathname}${location.search}`;
}

export class PopImapWizardElement extends HTMLElement {
  static observedAttributes = [...ATTRIBUTES];

  #root: Root | undefined;
  #mount: HTMLDivElement | undefined;
  #store: WizardStore | undefined;
  #settings: ElementSettings | undefined;
  #stopSync: (() => void) | undefined;
  #warned = new Set<string>();

  connectedCallback() {
    if (this.#root) return; // moved within the page: keep the state
    const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
    shadow.adoptedStyleSheets = [wizardSheet()];
    this.#mount = document.createElement('div');
    this.#mount.className = 'piw-mount';
    shadow.replaceChildren(this.#mount);
    this.#settings = this.#readSettings();
    this.#store = createWizardStore(this.#initialState());
    if (this.#settings.syncUrl) this.#stopSync = syncStoreWithUrl(this.#store);
    this.#root = createRoot(this.#mount);
    this.#render();
  }

  disconnectedCallback() {
    // Unmount after the current task, unless the element was only moved (connected again).
    queueMicrotask(() => {
      if (this.isConnected || !this.#root) return;
      this.#stopSync?.();
      this.#stopSync = undefined;
      this.#root.unmount();
      this.#root = undefined;
      this.#store = undefined;
    });
  }

  attributeChangedCallback(name: string, oldValue: string | null, newValue: string | null) {
    if (!this.#root || !this.#store || oldValue === newValue) return;
    const settings = this.#readSettings();
    if (name === 'answers') {
      const { answers, step, notices } = initialStateFromHash(newValue ?? '');
      this.#store.getState().restore(answers, step);
      this.#store.getState().setNotices(notices);
    }
    if (settings.syncUrl && !this.#stopSync) this.#stopSync = syncStoreWithUrl(this.#store);
    if (!settings.syncUrl && this.#stopSync) {
      this.#stopSync();
      this.#stopSync = undefined;
    }
    this.#settings = settings;
    this.#render();
  }

  /** Where to start: a wizard link in the page's URL when sync-url is set, else the answers attribute. */
  #initialState() {
    const fromUrl = Boolean(this.#settings?.syncUrl) && location.hash.length > 1 && isWizardFragment(location.hash);
    return fromUrl ? initialStateFromHash(location.hash, history.state) : initialStateFromHash(this.getAttribute('answers') ?? '');
  }

  #readSettings(): ElementSettings {
    return readSettings(
      (name) => this.getAttribute(name),
      (message) => {
        // One warning per bad value, however often the page sets it.
        if (this.#warned.has(message)) return;
        this.#warned.add(message);
        console.warn(message);
      },
      location.href,
    );
  }

  #emit(name: string, detail: unknown) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }

  #render() {
    const settings = this.#settings;
    if (!this.#root || !this.#store || !settings) return;
    const base = settings.shareBase ?? pageWithoutFragment();
    const config: WizardConfig = {
      setDocumentTitle: false,
      shareUrl: (fragment) => `${base}#${fragment}`,
      onStep: (detail) => this.#emit('wizard-step', detail),
      onComplete: (detail) => this.#emit('wizard-complete', detail),
      onCta: (detail) => this.#emit('wizard-cta', detail),
      ...(settings.cta ? { cta: settings.cta } : {}),
    };
    this.#root.render(
      <StrictMode>
        <WizardRoot store={this.#store} config={config} theme={settings.theme ?? hostColorScheme(document)} accent={settings.accent} frame="card" />
      </StrictMode>,
    );
  }
}

if (!customElements.get(TAG_NAME)) customElements.define(TAG_NAME, PopImapWizardElement);

declare global {
  interface HTMLElementTagNameMap {
    [TAG_NAME]: PopImapWizardElement;
  }
}
