import { Component, Suspense, useCallback, useEffect, useRef, type ReactNode } from 'react';
import { EN } from '../logic/locale/en.ts';
import { getQuestion } from '../logic/questions.ts';
import { selectNotices, selectStep, stepNumber, TOTAL_QUESTIONS, type Step } from '../state/store.ts';
import { useWizard } from '../state/wizard-context.tsx';
import { IntroStep } from './intro-step.tsx';
import { LazyResultPage, prefetchResultWhenIdle } from './lazy-result.ts';
import { LinkNotice } from './link-notice.tsx';
import { QuestionStep } from './question-step.tsx';
import { useWizardConfig } from './wizard-config.tsx';

const t = EN.ui;

function announcement(step: Step): string {
  if (step === 'intro') return '';
  if (step === 'result') return t.result.ready;
  return t.step.announce(stepNumber(step), TOTAL_QUESTIONS, getQuestion(step).title);
}

/** Shown when the result's code could not be loaded (offline, a deploy in between): a way on. */
class ResultBoundary extends Component<{ children: ReactNode }, { failed: boolean }> {
  state = { failed: false };
  static getDerivedStateFromError() {
    return { failed: true };
  }
  render() {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="piw-result-loading" role="alert">
        <p>{t.result.loadFailed}</p>
        <button type="button" className="piw-button piw-secondary" onClick={() => this.setState({ failed: false })}>
          {t.result.retry}
        </button>
      </div>
    );
  }
}

/** The whole wizard: intro, eight questions, result. One instance per store. */
export function Wizard() {
  const step = useWizard(selectStep);
  const notices = useWizard(selectNotices);
  const config = useWizardConfig();
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
    if (step !== 'intro') prefetchResultWhenIdle();
    if (step === 'result') return; // the result page reports itself, with its recommendation
    if (config.setDocumentTitle) {
      document.title = step === 'intro' ? t.intro.documentTitle : t.step.documentTitle(stepNumber(step), TOTAL_QUESTIONS);
    }
    if (step !== 'intro') config.onStep?.({ step: stepNumber(step), total: TOTAL_QUESTIONS });
  }, [step, config]);

  return (
    <div className="piw-wizard">
      {notices.length > 0 && <LinkNotice notices={notices} onDismiss={() => heading.current?.focus()} />}
      <p className="piw-sr-only" role="status" aria-live="polite">
        {announcement(step)}
      </p>
      {step === 'intro' ? (
        <IntroStep headingRef={headingRef} />
      ) : step === 'result' ? (
        <ResultBoundary>
          <Suspense fallback={<p className="piw-result-loading">{t.result.loading}</p>}>
            <LazyResultPage headingRef={headingRef} />
          </Suspense>
        </ResultBoundary>
      ) : (
        <QuestionStep key={step} questionId={step} headingRef={headingRef} />
      )}
    </div>
  );
}
