import { createStore } from 'zustand/vanilla';
import { QUESTION_IDS } from '../logic/catalogue.ts';
import type { ProviderId } from '../logic/provider-ids.ts';
import type { LinkProblem } from '../logic/share-link.ts';
import type { Answers, OptionIds, QuestionId } from '../logic/types.ts';

/**
 * Where the person is: the intro, one of the questions, the optional provider question
 * (`service`, the last one), or the result.
 */
export type Step = 'intro' | QuestionId | 'service' | 'result';

/** The questions in the order they are asked: the model's eight, then the provider. */
export type FlowStep = QuestionId | 'service';
const FLOW: ReadonlyArray<FlowStep> = [...QUESTION_IDS, 'service'];

/** The questions asked: without the provider in an embed whose host names its own servers. */
export function flowSteps(askService: boolean): ReadonlyArray<FlowStep> {
  return askService ? FLOW : QUESTION_IDS;
}

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
  /** Whether the provider question is asked: not where the embedding host names its own servers. */
  askService: boolean;
  /** Whether the person has started: pressed Start, or answered a question the wizard opened on. */
  started: boolean;
  /**
   * Whether the result on screen was opened from a link or a prefill rather than reached by
   * answering: set with a result a link opens, cleared by anything the person does.
   */
  reopened: boolean;
  /** Whether there is no intro: the embedding page already says what the wizard is for (`skip-intro`). */
  skipIntro: boolean;
};

export type WizardActions = {
  start: () => void;
  answer: <Q extends QuestionId>(questionId: Q, optionId: OptionIds[Q]) => void;
  next: () => void;
  back: () => void;
  skip: () => void;
  /** Go from the result page to one question (or the provider question) to change its answer. */
  change: (questionId: FlowStep) => void;
  /** Abandon a change started from the result page: the old answers come back, and the result. */
  cancelChange: () => void;
  /** Choose the email provider to set up (undefined: other, or my own host). */
  chooseService: (service: ProviderId | undefined) => void;
  startOver: () => void;
  /** Replace answers and step at once (a link was opened, the browser went back). */
  restore: (answers: Answers, step: Step) => void;
  setNotices: (notices: ReadonlyArray<LinkProblem>) => void;
  dismissNotices: () => void;
  /** Ask the provider question or not (an embed's host named its own servers, or stopped naming them). */
  setAskService: (ask: boolean) => void;
  /** Show the intro or not (`skip-intro`); a wizard on its intro moves to the first question. */
  setSkipIntro: (skip: boolean) => void;
};

/** The store's state: the data, and the actions beside it under one key (zustand's own pattern), so
 * a component that only acts reads one stable object and never re-renders for the data. */
export type WizardState = WizardData & { actions: WizardActions };
export type WizardStore = ReturnType<typeof createWizardStore>;

const EMPTY: WizardData = {
  answers: {},
  step: 'intro',
  answersBeforeChange: null,
  notices: [],
  askService: true,
  started: false,
  reopened: false,
  skipIntro: false,
};

function stepAfter(step: Step, askService: boolean): Step {
  const flow = flowSteps(askService);
  if (step === 'intro') return flow[0] ?? 'result';
  if (step === 'result') return 'result';
  const index = flow.indexOf(step);
  return index < 0 ? 'result' : (flow[index + 1] ?? 'result');
}

function stepBefore(step: Step, askService: boolean): Step {
  const flow = flowSteps(askService);
  if (step === 'intro') return 'intro';
  if (step === 'result') return flow[flow.length - 1] ?? 'intro';
  const index = flow.indexOf(step);
  return index < 0 ? (flow[flow.length - 1] ?? 'intro') : (flow[index - 1] ?? 'intro');
}

const NOT_CHANGING = { answersBeforeChange: null, reopened: false } as const;

/** A step that is asked: the provider question, where it is not, gives way to the result. */
function asked(step: Step, askService: boolean): Step {
  return step === 'service' && !askService ? 'result' : step;
}

const changing = (s: WizardData): boolean => s.answersBeforeChange !== null;

/** Where the wizard begins: the intro, or its first question where there is none. */
const home = (s: Pick<WizardData, 'skipIntro' | 'askService'>): Step => (s.skipIntro ? stepAfter('intro', s.askService) : 'intro');

/** A step that exists here: without an intro, the intro is the first question. */
const shown = (step: Step, s: Pick<WizardData, 'skipIntro' | 'askService'>): Step => (step === 'intro' ? home(s) : asked(step, s.askService));

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
  const start = { ...EMPTY, ...initial };
  return createStore<WizardState>()((set, get) => ({
    ...start,
    step: shown(start.step, start),
    actions: {
      start: () => set((s) => ({ step: stepAfter('intro', s.askService), started: true, ...NOT_CHANGING })),
      answer: (questionId, optionId) => set((s) => ({ answers: { ...s.answers, [questionId]: optionId }, started: true, reopened: false })),
      next: () => set((s) => ({ step: changing(s) ? 'result' : stepAfter(s.step, s.askService), ...NOT_CHANGING })),
      back: () => {
        if (changing(get())) get().actions.cancelChange();
        else set((s) => ({ step: shown(stepBefore(s.step, s.askService), s), ...NOT_CHANGING }));
      },
      skip: () => {
        const state = get();
        const { step, answers } = state;
        if (step === 'intro' || step === 'result') return;
        const rest: Answers = { ...answers };
        delete rest[step];
        set({ answers: rest, step: changing(state) ? 'result' : stepAfter(step, state.askService), ...NOT_CHANGING });
      },
      change: (questionId) => set((s) => ({ step: questionId, answersBeforeChange: s.answers, reopened: false })),
      cancelChange: () => set((s) => ({ answers: s.answersBeforeChange ?? s.answers, step: 'result', ...NOT_CHANGING })),
      chooseService: (service) =>
        set((s) => {
          const answers: Answers = { ...s.answers };
          if (service) answers.service = service;
          else delete answers.service;
          return { answers, started: true, reopened: false };
        }),
      startOver: () => set((s) => ({ answers: {}, step: home(s), notices: [], started: false, ...NOT_CHANGING })),
      // A link opened again (Back, Forward, new answers from the page): a result it opens is reopened.
      restore: (answers, step) => set((s) => ({ answers, step: shown(step, s), ...NOT_CHANGING, reopened: step === 'result' })),
      setNotices: (notices) => set({ notices }),
      dismissNotices: () => set({ notices: [] }),
      setAskService: (ask) =>
        set((s) => (s.askService === ask ? s : { askService: ask, ...(!ask && s.step === 'service' ? { step: 'result', ...NOT_CHANGING } : {}) })),
      setSkipIntro: (skip) => set((s) => (s.skipIntro === skip ? s : { skipIntro: skip, step: shown(s.step, { ...s, skipIntro: skip }) })),
    },
  }));
}

// Selectors: small, named, and returning stable references.
export const selectAnswers = (s: WizardState): Answers => s.answers;
export const selectStep = (s: WizardState): Step => s.step;
export const selectReturnToResult = (s: WizardState): boolean => changing(s);
export const selectNotices = (s: WizardState): ReadonlyArray<LinkProblem> => s.notices;
export const selectActions = (s: WizardState): WizardActions => s.actions;
export const selectAskService = (s: WizardState): boolean => s.askService;
export const selectReopened = (s: WizardState): boolean => s.reopened;
/** Whether Back leads anywhere from this step: not from the first question when there is no intro. */
export const selectCanGoBack = (s: WizardState): boolean => changing(s) || shown(stepBefore(s.step, s.askService), s) !== s.step;

/** How many questions are asked: nine, or eight where the host names its own servers. */
export function totalSteps(askService: boolean): number {
  return flowSteps(askService).length;
}

/** 1-based question number of the current step, 0 on the intro, total + 1 on the result. */
export function stepNumber(step: Step, askService: boolean): number {
  const flow = flowSteps(askService);
  if (step === 'intro') return 0;
  if (step === 'result') return flow.length + 1;
  return flow.indexOf(step) + 1;
}
