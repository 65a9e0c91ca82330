/**
 * The events a wizard tells the page around it: the one registry of their names and details. The
 * components report them through `WizardConfig.onEvent`; the custom element dispatches them as DOM
 * events, the page inside the iframe posts them to its loader, which checks them and dispatches
 * them on its container. Data and types only: the loader imports it and stays tiny.
 */
import type { Confidence, Protocol } from '../logic/types.ts';

/** The detail of each event, as the host page receives it: plain data only. */
export type EventDetails = {
  /** A question is shown: its number and the number of questions. */
  'wizard-step': { step: number; total: number };
  /** The result is shown. `answers` holds what the share link carries, as plain strings. */
  'wizard-complete': { protocol: Protocol; confidence: Confidence; answers: Readonly<Record<string, string>>; shareUrl: string };
  /** The call to action is clicked. */
  'wizard-cta': { protocol: Protocol };
};

export type EventName = keyof EventDetails;

/** Every event, once: a record so the type check insists on each name of `EventDetails`. */
const NAMES: Readonly<Record<EventName, true>> = { 'wizard-step': true, 'wizard-complete': true, 'wizard-cta': true };

/** Every event's name. */
export const EVENTS = /* @__PURE__ */ Object.keys(NAMES) as ReadonlyArray<EventName>;

/** Whether `value` names an event (a safe check for a message's text). */
export function isEventName(value: unknown): value is EventName {
  return typeof value === 'string' && Object.hasOwn(NAMES, value);
}

/** Where a wizard reports its events. */
export type EventSink = <E extends EventName>(name: E, detail: EventDetails[E]) => void;
