import { isWizardFragment } from '../logic/link-format.ts';
import { QUESTION_IDS } from '../logic/catalogue.ts';
import { decodeAnswers, encodeAnswers, type DecodedLink } from '../logic/share-link.ts';
import type { Answers } from '../logic/types.ts';
import { firstStepFor, type Step, type WizardData, type WizardStore } from './store.ts';

/** What the wizard keeps in each history entry's state, beside the fragment. */
type HistoryEntry = { piwStep: Step };

function isStep(value: unknown): value is Step {
  return (
    value === 'intro' || value === 'result' || value === 'service' || (typeof value === 'string' && (QUESTION_IDS as ReadonlyArray<string>).includes(value))
  );
}

function sameAnswers(a: Answers, b: Answers): boolean {
  return QUESTION_IDS.every((id) => a[id] === b[id]) && a.service === b.service;
}

/** The fragment text (without '#') for a state: empty for a fresh intro. */
export function fragmentFor(answers: Answers, step: Step): string {
  if (step === 'intro') return Object.keys(answers).length === 0 ? '' : encodeAnswers(answers);
  return encodeAnswers(answers, step);
}

/**
 * The wizard's starting state read from a link (a location's fragment, or the `answers` an embed
 * is given): the answers it carries, the step it names (or the first unanswered question), and the
 * problems to tell the person about. A history entry's remembered step wins over the link's.
 *
 * @example initialStateFromLink('#v=1&devices=many') // { answers: { devices: 'many' }, step: 'sharing', … }
 */
export function initialStateFromLink(link: string, historyState?: unknown): Pick<WizardData, 'answers' | 'step' | 'notices' | 'reopened'> {
  return initialStateFromDecoded(decodeAnswers(link), historyState);
}

/** The same, from a link already decoded (the standalone page reads its language from it too). */
export function initialStateFromDecoded(decoded: DecodedLink, historyState?: unknown): Pick<WizardData, 'answers' | 'step' | 'notices' | 'reopened'> {
  const remembered = typeof historyState === 'object' && historyState !== null ? (historyState as Partial<HistoryEntry>).piwStep : undefined;
  const step = isStep(remembered) ? remembered : firstStepFor(decoded.answers, decoded.step);
  return { answers: decoded.answers, step, notices: decoded.problems, reopened: step === 'result' };
}

/**
 * The history state to write for a step: the page's own state object, if it keeps one, with the
 * wizard's step added (a router's state survives); a page's own non-object state is left as it is.
 */
function stateWith(current: unknown, step: Step): unknown {
  const entry: HistoryEntry = { piwStep: step };
  if (current === null || current === undefined) return entry;
  if (typeof current === 'object' && !Array.isArray(current)) return { ...current, ...entry };
  return current;
}

/**
 * Keeps a store and the page's URL in step: each step change is a new history entry, each answer
 * change replaces the current one, and Back/Forward (or an edited fragment) restore the wizard.
 * On a host page (`wholePage: false`), the page's own fragment (`#pricing`) and history state are
 * left alone, on load too: the wizard writes only when it changes, or when the fragment is already
 * one of its links, and it adds its step to the page's history state rather than replace it.
 * Returns a function that stops syncing.
 */
export function syncStoreWithUrl(store: WizardStore, win: Window = window, { wholePage = true } = {}): () => void {
  const { history, location } = win;
  // The standalone page is the wizard: every fragment is its own. Embedded (a host page's URL), only
  // the wizard's links are (isWizardFragment); the page's own anchors are left alone.
  const ours = (hash: string) => wholePage || isWizardFragment(hash);

  function urlFor(fragment: string): string {
    return `${location.pathname}${location.search}${fragment ? `#${fragment}` : ''}`;
  }

  function write(state: WizardData, mode: 'push' | 'replace') {
    const url = urlFor(fragmentFor(state.answers, state.step));
    const entry = stateWith(history.state, state.step);
    try {
      if (mode === 'push') history.pushState(entry, '', url);
      else history.replaceState(entry, '', url);
    } catch {
      // A browser may refuse history writes (too many in a short time); the wizard goes on.
    }
  }

  // An opening wizard link becomes the canonical link for the opening state (a tampered or huge
  // fragment is not kept around once it has been read). A page's own fragment stays.
  if (location.hash.length > 1 && ours(location.hash)) write(store.getState(), 'replace');

  // Set while the store follows the browser (Back, Forward, an edited fragment): nothing to write.
  let following = false;

  const unsubscribe = store.subscribe((state, previous) => {
    if (following) return;
    if (state.step !== previous.step) write(state, 'push');
    else if (state.answers !== previous.answers) write(state, 'replace');
  });

  function follow() {
    // A host page's own anchor (#pricing) is not ours: the wizard stays where it is. An empty
    // fragment is the page before the wizard wrote any: its intro.
    if (location.hash.length > 1 && !ours(location.hash)) return;
    const { answers, step, notices } = initialStateFromLink(location.hash, history.state);
    const current = store.getState();
    if (step === current.step && sameAnswers(answers, current.answers)) return;
    following = true;
    try {
      current.actions.restore(answers, step);
      if (notices.length > 0) current.actions.setNotices(notices);
    } finally {
      following = false;
    }
  }

  // popstate for Back and Forward; hashchange for a fragment edited by hand (both may fire).
  win.addEventListener('popstate', follow);
  win.addEventListener('hashchange', follow);
  return () => {
    unsubscribe();
    win.removeEventListener('popstate', follow);
    win.removeEventListener('hashchange', follow);
  };
}
