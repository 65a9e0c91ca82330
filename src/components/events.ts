/**
 * The events a wizard tells the page around it: the one registry of their names and details. The
 * components report them through `WizardConfig.onEvent`; the custom element dispatches them as DOM
 * events, the page inside the iframe posts them to its loader, which checks them and dispatches
 * them on its container. Data and types only: the loader imports it and stays tiny.
 */
import type { Confidence, Protocol } from '../logic/types.ts';

/** The detail of each event, as the host page receives it: plain data only. */
export type EventDetails = {
  /** The person starts: presses Start, or first answers a question the wizard opened on. */
  'wizard-start': Record<string, never>;
  /**
   * An answer is chosen: the question (`service` for the provider), the option (`other` for
   * "another, or my own host") and the step's number.
   */
  'wizard-answer': { questionId: string; optionId: string; step: number };
  /** A question is shown: its number, the number of questions, and which question it is. */
  'wizard-step': { step: number; total: number; questionId: string };
  /**
   * The result is shown. `answers` holds what the share link carries, as plain strings; `reopened`
   * is true when it was opened from a link or a prefill, not reached by answering.
   */
  'wizard-complete': { protocol: Protocol; confidence: Confidence; answers: Readonly<Record<string, string>>; shareUrl: string; reopened: boolean };
  /** The call to action is clicked: for which verdict, and where it leads. */
  'wizard-cta': { protocol: Protocol; href: string };
};

export type EventName = keyof EventDetails;

/** Every event, once: a record so the type check insists on each name of `EventDetails`. */
const NAMES: Readonly<Record<EventName, true>> = {
  'wizard-start': true,
  'wizard-answer': true,
  'wizard-step': true,
  'wizard-complete': true,
  'wizard-cta': true,
};

/** Every event's name. */
export const EVENTS = /* @__PURE__ */ Object.keys(NAMES) as ReadonlyArray<EventName>;

/** Where a wizard reports its events. */
export type EventSink = <E extends EventName>(name: E, detail: EventDetails[E]) => void;
