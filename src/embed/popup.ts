/**
 * The popup embed (mode="popup"), for both embeds: a button in the host's page that opens the
 * wizard in a native modal <dialog>. The custom element puts its wizard in the dialog, the iframe
 * loader its frame. No framework: the element loads this module only when a popup is asked for,
 * the loader as a file of its own (embed-popup.js).
 *
 * The dialog is modal (the page behind is inert), Escape and the close button close it, Tab wraps
 * round inside it, focus goes back where it was (the button, when the popup opened by itself), the
 * page behind does not scroll while it is open, and on a phone it fills the screen (popup.css).
 */
import type { Theme } from '../components/theme.ts';
import type { Accent } from '../components/wizard-root.tsx';
import type { Lang } from '../locale/languages.ts';
import { popupWords } from '../locale/popup-words.ts';
import css from './popup.css?inline';
import { lockPageScroll } from './scroll-lock.ts';

export type PopupOptions = {
  lang: Lang;
  /** The dialog's name (the frame title of languages.ts, passed in so this chunk needs no more of the first download). */
  title: string;
  /** The host's own text for the button, or undefined for the language's. */
  label: string | undefined;
  theme: Theme;
  accent: Accent | undefined;
};

export type Popup = {
  /** Opens the dialog (nothing when it is open). */
  open: () => void;
  /** Closes it (nothing when it is closed); focus goes back where it was. */
  close: () => void;
  isOpen: () => boolean;
  /** Follows changed settings: the button's text, the language, theme and accent. */
  update: (options: PopupOptions) => void;
  /** Takes the button and the dialog away (closing it first); the content is left where it is. */
  detach: () => void;
};

export type PopupHooks = {
  /** Called before each opening, so the content can be made on first use (the loader's frame). */
  onOpen?: () => void;
};

let sheet: CSSStyleSheet | undefined;

/** One stylesheet object for every popup on the page. */
function popupSheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(css);
  }
  return sheet;
}

/** The element that has focus, looking into shadow roots (the element's own, say). */
function focused(doc: Document): HTMLElement | null {
  let active = doc.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement && active !== doc.body ? active : null;
}

const FOCUSABLE = 'a[href], button, input, select, textarea, summary, iframe, [tabindex]';

/** The elements Tab stops at inside `root`, in order. */
function tabStops(root: Element): HTMLElement[] {
  return [...root.querySelectorAll<HTMLElement>(FOCUSABLE)].filter(
    (el) => el.tabIndex >= 0 && !(el as HTMLButtonElement).disabled && (el.checkVisibility?.() ?? el.getClientRects().length > 0),
  );
}

function make<K extends keyof HTMLElementTagNameMap>(doc: Document, tag: K, className: string): HTMLElementTagNameMap[K] {
  const el = doc.createElement(tag);
  el.className = className;
  return el;
}

/**
 * Puts a popup's button into `root` (a shadow root) and `content` into its dialog.
 *
 * @example const popup = attachPopup(shadowRoot, wizardMount, { lang: 'en', label: undefined, theme: 'light', accent: undefined });
 */
export function attachPopup(root: ShadowRoot, content: Element, options: PopupOptions, hooks: PopupHooks = {}): Popup {
  const doc = root.ownerDocument;
  root.adoptedStyleSheets = [...root.adoptedStyleSheets, popupSheet()];

  const wrapper = make(doc, 'div', 'piw-popup');
  const button = make(doc, 'button', 'piw-popup-open');
  button.type = 'button';
  button.setAttribute('aria-haspopup', 'dialog');
  const dialog = make(doc, 'dialog', 'piw-popup-dialog');
  // A click on the dimmed page closes it too, where the browser knows how (Escape always does).
  dialog.setAttribute('closedby', 'any');
  const bar = make(doc, 'div', 'piw-popup-bar');
  const closeButton = make(doc, 'button', 'piw-popup-close');
  closeButton.type = 'button';
  const body = make(doc, 'div', 'piw-popup-body');
  // Tab past the last stop lands here and goes round to the close button: a frame's last
  // element (the loader's) is out of reach of any key listener on this page.
  const edge = make(doc, 'span', 'piw-popup-edge');
  edge.tabIndex = 0;

  bar.append(closeButton);
  body.append(content);
  dialog.append(bar, body, edge);
  wrapper.append(button, dialog);
  root.append(wrapper);

  let unlock: (() => void) | undefined;
  let returnTo: HTMLElement | null = null;

  function update({ lang, title, label, theme, accent }: PopupOptions) {
    const words = popupWords(lang);
    wrapper.lang = lang;
    wrapper.dataset.theme = theme;
    for (const [name, value] of [
      ['--piw-accent', accent?.color],
      ['--piw-accent-text', accent?.text],
      ['--piw-focus', accent?.color],
    ] as const) {
      if (value) wrapper.style.setProperty(name, value);
      else wrapper.style.removeProperty(name);
    }
    button.textContent = label ?? words.open;
    closeButton.textContent = words.close;
    dialog.setAttribute('aria-label', title);
  }

  function open() {
    if (dialog.open) return;
    hooks.onOpen?.();
    returnTo = focused(doc);
    dialog.showModal();
    unlock = lockPageScroll(doc);
    // The wizard's heading, so a screen reader starts with the step; else the close button.
    const heading = content.querySelector<HTMLElement>('.piw-heading');
    (heading ?? closeButton).focus();
  }

  /** After the dialog closed, however it closed: the page scrolls again and focus goes back. */
  function settle() {
    if (!unlock) return;
    unlock();
    unlock = undefined;
    const target = returnTo?.isConnected ? returnTo : button;
    returnTo = null;
    if (button.isConnected) target.focus();
  }

  function close() {
    if (dialog.open) dialog.close();
    settle();
  }

  button.addEventListener('click', open);
  closeButton.addEventListener('click', close);
  dialog.addEventListener('close', settle);
  edge.addEventListener('focus', () => closeButton.focus());
  dialog.addEventListener('keydown', (event) => {
    // Shift+Tab on the first stop goes round to the last (Tab on the last reaches `edge`).
    if (event.key !== 'Tab' || !event.shiftKey || event.target !== closeButton) return;
    const last = tabStops(body).at(-1);
    if (!last) return;
    event.preventDefault();
    last.focus();
  });

  update(options);

  return {
    open,
    close,
    isOpen: () => dialog.open,
    update,
    detach() {
      close();
      wrapper.remove();
      root.adoptedStyleSheets = root.adoptedStyleSheets.filter((s) => s !== sheet);
    },
  };
}
