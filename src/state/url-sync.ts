import { QUESTION_IDS } from '../logic/questions.ts';
import { decodeAnswers, encodeAnswers } from '../logic/share-link.ts';
import type { Answers } from '../logic/types.ts';
import { firstStepFor, type Step, type WizardData, type WizardStore } from './store.ts';

/** What the wizard keeps in each history entry's state, beside the fragment. */
type HistoryEntry = { piwStep: Step };

function isStep(value: unknown): value is Step {
  return value === 'intro' || value === 'result' || (typeof value === 'string' && (QUESTION_IDS as ReadonlyArray<string>).includes(value));
}

function sameAnswers(a: Answers, b: Answers): boolean {
  return QUESTION_IDS.every((id) => a[id] === b[id]);
}

/** Whether a fragment is empty or one of the wizard's links (rather than a page's own anchor). */
export function isWizardFragment(hash: string): boolean {
  const text = hash.replace(/^#/, '');
  if (text === '') return true;
  const link = decodeAnswers(text);
  return /(^|&)v=/.test(text) || link.step !== undefined || link.problems.length > 0 || Object.keys(link.answers).length > 0;
}

/** The fragment text (without '#') for a state: empty for a fresh intro. */
export function fragmentFor(answers: Answers, step: Step): string {
  if (step === 'intro') return Object.keys(answers).length === 0 ? '' : encodeAnswers(answers);
  return encodeAnswers(answers, step);
}

/**
 * The wizard's starting state read from a location's fragment: the answers it carries, the step it
 * names (or the first unanswered question), and the problems to tell the person about.
 *
 * @example initialStateFromHash('#v=1&devices=many') // { answers: { devices: 'many' }, step: 'sharing', … }
 */
export function initialStateFromHash(hash: string, historyState?: unknown): Pick<WizardData, 'answers' | 'step' | 'notices'> {
  const link = decodeAnswers(hash);
  const remembered = (historyState as Partial<HistoryEntry> | null | undefined)?.piwStep;
  const step = isStep(remembered) ? remembered : firstStepFor(link.answers, link.step);
  return { answers: link.answers, step, notices: link.problems };
}

/**
 * Keeps a store and the page's URL in step: each step change is a new history entry, each answer
 * change replaces the current one, and Back/Forward (or an edited fragment) restore the wizard.
 * Returns a function that stops syncing.
 */
export function syncStoreWithUrl(store: WizardStore, win: Window = window): () => void {
  const { history, location } = win;

  function urlFor(fragment: string): string {
    return `${location.pathname}${location.search}${fragment ? `#${fragment}` : ''}`;
  }

  function write(state: WizardData, mode: 'push' | 'replace') {
    const url = urlFor(fragmentFor(state.answers, state.step));
    const entry: HistoryEntry = { piwStep: state.step };
    try {
      if (mode === 'push') history.pushState(entry, '', url);
      else history.replaceState(entry, '', url);
    } catch {
      // A browser may refuse history writes (too many in a short time); the wizard goes on.
    }
  }

  // The opening URL becomes the canonical link for the opening state (a tampered or huge fragment
  // is not kept around once it has been read).
  write(store.getState(), 'replace');

  // Set while the store follows the browser (Back, Forward, an edited fragment): nothing to write.
  let following = false;

  const unsubscribe = store.subscribe((state, previous) => {
    if (following) return;
    if (state.step !== previous.step) write(state, 'push');
    else if (state.answers !== previous.answers) write(state, 'replace');
  });

  function follow() {
    // A host page's own anchor (#pricing) is not ours: the wizard stays where it is.
    if (!isWizardFragment(location.hash)) return;
    const { answers, step, notices } = initialStateFromHash(location.hash, history.state);
    const current = store.getState();
    if (step === current.step && sameAnswers(answers, current.answers)) return;
    following = true;
    try {
      current.restore(answers, step);
      if (notices.length > 0) current.setNotices(notices);
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
