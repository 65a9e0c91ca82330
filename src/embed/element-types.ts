/**
 * The public types of <pop-imap-wizard>, for hosts that use TypeScript: the element in
 * `HTMLElementTagNameMap` (so `document.createElement('pop-imap-wizard')` is typed), its attributes,
 * and its events with their `detail` (on the element and, as they bubble, on any ancestor).
 * The package's `./element` export ships these as its declarations.
 */
import type { AttributeName, EventDetails, EventName } from './protocol.ts';

export type { AttributeName, EventDetails, EventName } from './protocol.ts';

/** The wizard's events, each a bubbling, composed CustomEvent with plain data in `detail`. */
export type PopImapWizardEventMap = { [E in EventName]: CustomEvent<EventDetails[E]> };

/** <pop-imap-wizard>: configured through its attributes, telling the page through its events. */
export interface PopImapWizardElement extends HTMLElement {
  /**
   * Opens the wizard's dialog (`mode="popup"`), as its button does; with `mode="inline"`, nothing
   * happens. Called before the popup's code has arrived, it opens as soon as it has.
   */
  open(): void;
  /** Closes the wizard's dialog (its answers stay); focus goes back where it was before it opened. */
  close(): void;
  getAttribute(name: AttributeName | (string & {})): string | null;
  setAttribute(name: AttributeName | (string & {}), value: string): void;
  addEventListener<K extends keyof PopImapWizardEventMap>(
    type: K,
    listener: (this: PopImapWizardElement, event: PopImapWizardEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener<K extends keyof HTMLElementEventMap>(
    type: K,
    listener: (this: PopImapWizardElement, event: HTMLElementEventMap[K]) => unknown,
    options?: boolean | AddEventListenerOptions,
  ): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
  removeEventListener<K extends keyof PopImapWizardEventMap>(
    type: K,
    listener: (this: PopImapWizardElement, event: PopImapWizardEventMap[K]) => unknown,
    options?: boolean | EventListenerOptions,
  ): void;
  removeEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | EventListenerOptions): void;
}

declare global {
  interface HTMLElementTagNameMap {
    'pop-imap-wizard': PopImapWizardElement;
  }
  // The events bubble out of the element (and the iframe embed's container): typed on every element.
  interface GlobalEventHandlersEventMap {
    'wizard-start': PopImapWizardEventMap['wizard-start'];
    'wizard-answer': PopImapWizardEventMap['wizard-answer'];
    'wizard-step': PopImapWizardEventMap['wizard-step'];
    'wizard-complete': PopImapWizardEventMap['wizard-complete'];
    'wizard-cta': PopImapWizardEventMap['wizard-cta'];
  }
}
