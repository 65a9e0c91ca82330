import { useCallback, useEffect, useRef, type Ref } from 'react';
import { localeModule } from '../locale/load.ts';
import type { WordedQuestion } from '../locale/worded.ts';
import { flowSteps, selectAskService, selectStep, stepNumber, totalSteps, type FlowStep, type Step } from '../state/store.ts';
import { useWizard } from '../state/wizard-context.tsx';
import { ErrorBoundary } from './error-boundary.tsx';
import { IntroStep } from './intro-step.tsx';
import { useLazyModule } from './lazy-module.ts';
import { prefetchResultWhenIdle, resultModule } from './lazy-result.ts';
import { LinkNotice } from './link-notice.tsx';
import { FullLocaleProvider, useLocale, useQuestions, type WizardLocale } from './locale.tsx';
import { QuestionStep } from './question-step.tsx';
import { ServiceStep } from './service-step.tsx';
import { StepGhost } from './step-ghost.tsx';
import { useWizardConfig } from './wizard-config.tsx';

function announcement(step: Step, askService: boolean, t: WizardLocale['ui'], questions: ReadonlyArray<WordedQuestion>): string {
  if (step === 'intro') return '';
  if (step === 'result') return t.loading.ready;
  const title = step === 'service' ? t.service.title : (questions.find((q) => q.id === step)?.title ?? '');
  return t.step.announce(stepNumber(step, askService), totalSteps(askService), title);
}

/**
 * The result page, from its own chunk. It is fetched while the person answers and the last step
 * waits for it, so it normally renders in the same frame as the click; opened straight from a link,
 * it says so while loading, and offers a way on if loading fails (offline, a deploy in between).
 */
function ResultSlot({ headingRef }: { headingRef: Ref<HTMLHeadingElement> }) {
  const { lang, ui: t } = useLocale();
  const page = useLazyModule(resultModule);
  const words = useLazyModule(localeModule(lang));
  const failed = page.failed || words.failed;
  const retry = () => {
    if (page.failed) page.retry();
    if (words.failed) words.retry();
  };
  const failure = (again: () => void) => (
    <div className="piw-result-loading" role="alert">
      <p>{t.loading.loadFailed}</p>
      <button type="button" className="piw-button piw-secondary" part="secondary-button" onClick={again}>
        {t.loading.retry}
      </button>
    </div>
  );
  if (failed) return failure(retry);
  if (!page.module || !words.module) return <p className="piw-result-loading">{t.loading.loading}</p>;
  return (
    <ErrorBoundary fallback={failure}>
      <FullLocaleProvider value={words.module}>
        <page.module.ResultPage headingRef={headingRef} />
      </FullLocaleProvider>
    </ErrorBoundary>
  );
}

/** The question steps the stack holds: the flow's, and the shown one in any case. */
function stepsAround(step: FlowStep, askService: boolean): ReadonlyArray<FlowStep> {
  const flow = flowSteps(askService);
  return flow.includes(step) ? flow : [...flow, step];
}

/** The whole wizard: intro, eight questions and the provider question, result. One instance per store. */
export function Wizard() {
  const step = useWizard(selectStep);
  const askService = useWizard(selectAskService);
  const config = useWizardConfig();
  const { ui: t, lang } = useLocale();
  const questions = useQuestions();
  const reported = useRef<Step | null>(null);
  const heading = useRef<HTMLHeadingElement | null>(null);
  const focusPending = useRef(false);

  // The step's heading takes focus when it mounts after a step change, even when its code arrives
  // later (the result page is loaded lazily).
  const headingRef = useCallback((element: HTMLHeadingElement | null) => {
    heading.current = element;
    if (element && focusPending.current) {
      focusPending.current = false;
      element.focus();
    }
  }, []);

  const focusHeading = useCallback(() => heading.current?.focus(), []);

  useEffect(() => {
    // Once per step change (StrictMode runs effects twice in development).
    if (reported.current === step) return;
    const firstPaint = reported.current === null;
    reported.current = step;
    // Focus follows the step, but the first paint never steals focus from the host page.
    if (!firstPaint) {
      if (heading.current) heading.current.focus();
      else focusPending.current = true;
    }
    if (step !== 'intro') prefetchResultWhenIdle(lang);
    if (step === 'result') return; // the result page reports itself, with its recommendation
    if (config.setDocumentTitle) {
      document.title = step === 'intro' ? t.intro.documentTitle : t.step.documentTitle(stepNumber(step, askService), totalSteps(askService));
    }
    if (step !== 'intro') config.onEvent?.('wizard-step', { step: stepNumber(step, askService), total: totalSteps(askService), questionId: step });
  }, [step, askService, config, t, lang]);

  return (
    <div className="piw-wizard">
      <LinkNotice onDismiss={focusHeading} />
      <p className="piw-sr-only" role="status" aria-live="polite">
        {announcement(step, askService, t, questions)}
      </p>
      {step === 'intro' ? (
        <IntroStep headingRef={headingRef} />
      ) : step === 'result' ? (
        <ResultSlot headingRef={headingRef} />
      ) : (
        // Every question in one grid cell: the shown one, and the others as ghosts that only take
        // their room, so each question is as tall as the tallest and nothing moves between them.
        <div className="piw-stack">
          {stepsAround(step, askService).map((id) =>
            id !== step ? (
              <StepGhost key={`ghost-${id}`} step={id} />
            ) : id === 'service' ? (
              <ServiceStep key={id} headingRef={headingRef} />
            ) : (
              <QuestionStep key={id} questionId={id} headingRef={headingRef} />
            ),
          )}
        </div>
      )}
    </div>
  );
}
