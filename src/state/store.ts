import { createStore } from 'zustand/vanilla';
import { QUESTION_IDS } from '../logic/catalogue.ts';
import type { ProviderId } from '../logic/provider-ids.ts';
import type { LinkProblem } from '../logic/share-link.ts';
import type { Answers, OptionIds, QuestionId } from '../logic/types.ts';

/** Where the person is: the intro, one of the questions, or the result. */
export type Step = 'intro' | QuestionId | 'result';

export const TOTAL_QUESTIONS = QUESTION_IDS.length;

export type WizardData = {
  answers: Answers;
  step: Step;
  /**
   * Set when the person went from the result page to change one answer (Next returns there): the
   * answers as they were then. "Back to my result" restores them (the change is abandoned), "Save
   * and see my result" keeps the new ones.
   */
  answersBeforeChange: Answers | null;
  /** What a link said that could not be read; shown once (in words, by the page), dismissable. */
  notices: ReadonlyArray<LinkProblem>;
};

export type WizardActions = {
  start: () => void;
  answer: <Q extends QuestionId>(questionId: Q, optionId: OptionIds[Q]) => void;
  next: () => void;
  back: () => void;
  skip: () => void;
  /** Go from the result page to one question to change its answer. */
  change: (questionId: QuestionId) => void;
  /** Abandon a change started from the result page: the old answers come back, and the result. */
  cancelChange: () => void;
  /** Choose the email provider to set up (undefined: other, or my own host). */
  chooseService: (service: ProviderId | undefined) => void;
  startOver: () => void;
  /** Replace answers and step at once (a link was opened, the browser went back). */
  restore: (answers: Answers, step: Step) => void;
  setNotices: (notices: ReadonlyArray<LinkProblem>) => void;
  dismissNotices: () => void;
};

/** The store's state: the data, and the actions beside it under one key (zustand's own pattern), so
 * a component that only acts reads one stable object and never re-renders for the data. */
export type WizardState = WizardData & { actions: WizardActions };
export type WizardStore = ReturnType<typeof createWizardStore>;

const EMPTY: WizardData = { answers: {}, step: 'intro', answersBeforeChange: null, notices: [] };

function stepAfter(step: Step): Step {
  if (step === 'intro') return QUESTION_IDS[0] ?? 'result';
  if (step === 'result') return 'result';
  const index = QUESTION_IDS.indexOf(step);
  return QUESTION_IDS[index + 1] ?? 'result';
}

function stepBefore(step: Step): Step {
  if (step === 'intro') return 'intro';
  if (step === 'result') return QUESTION_IDS[QUESTION_IDS.length - 1] ?? 'intro';
  const index = QUESTION_IDS.indexOf(step);
  return QUESTION_IDS[index - 1] ?? 'intro';
}

const NOT_CHANGING = { answersBeforeChange: null } as const;

const changing = (s: WizardData): boolean => s.answersBeforeChange !== null;

/**
 * The first step to show for a set of answers opened from a link: the result when asked for,
 * otherwise the first unanswered question (or the intro when nothing is answered).
 */
export function firstStepFor(answers: Answers, requested?: Step): Step {
  if (requested) return requested;
  if (Object.keys(answers).length === 0) return 'intro';
  return QUESTION_IDS.find((id) => answers[id] === undefined) ?? 'result';
}

/**
 * One store per wizard instance (two widgets on one page never share state).
 *
 * @example const store = createWizardStore({ answers: { devices: 'many' } });
 */
export function createWizardStore(initial: Partial<WizardData> = {}) {
  return createStore<WizardState>()((set, get) => ({
    ...EMPTY,
    ...initial,
    actions: {
      start: () => set({ step: stepAfter('intro'), ...NOT_CHANGING }),
      answer: (questionId, optionId) => set((s) => ({ answers: { ...s.answers, [questionId]: optionId } })),
      next: () => set((s) => ({ step: changing(s) ? 'result' : stepAfter(s.step), ...NOT_CHANGING })),
      back: () => {
        if (changing(get())) get().actions.cancelChange();
        else set((s) => ({ step: stepBefore(s.step), ...NOT_CHANGING }));
      },
      skip: () => {
        const state = get();
        const { step, answers } = state;
        if (step === 'intro' || step === 'result') return;
        const rest: Answers = { ...answers };
        delete rest[step];
        set({ answers: rest, step: changing(state) ? 'result' : stepAfter(step), ...NOT_CHANGING });
      },
      change: (questionId) => set((s) => ({ step: questionId, answersBeforeChange: s.answers })),
      cancelChange: () => set((s) => ({ answers: s.answersBeforeChange ?? s.answers, step: 'result', ...NOT_CHANGING })),
      chooseService: (service) =>
        set((s) => {
          const answers: Answers = { ...s.answers };
          if (service) answers.service = service;
          else delete answers.service;
          return { answers };
        }),
      startOver: () => set({ answers: {}, step: 'intro', notices: [], ...NOT_CHANGING }),
      restore: (answers, step) => set({ answers, step, ...NOT_CHANGING }),
      setNotices: (notices) => set({ notices }),
      dismissNotices: () => set({ notices: [] }),
    },
  }));
}

// Selectors: small, named, and returning stable references.
export const selectAnswers = (s: WizardState): Answers => s.answers;
export const selectStep = (s: WizardState): Step => s.step;
export const selectReturnToResult = (s: WizardState): boolean => changing(s);
export const selectNotices = (s: WizardState): ReadonlyArray<LinkProblem> => s.notices;
export const selectActions = (s: WizardState): WizardActions => s.actions;

/** 1-based question number of the current step, 0 on the intro, TOTAL + 1 on the result. */
export function stepNumber(step: Step): number {
  if (step === 'intro') return 0;
  if (step === 'result') return TOTAL_QUESTIONS + 1;
  return QUESTION_IDS.indexOf(step) + 1;
}
