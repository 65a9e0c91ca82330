import { useEffect, useRef } from 'react';
import { EN } from '../logic/locale/en.ts';
import { getQuestion } from '../logic/questions.ts';
import { encodeAnswers } from '../logic/share-link.ts';
import { selectNotices, selectRecommendation, selectStep, stepNumber, TOTAL_QUESTIONS, type Step, type WizardStore } from '../state/store.ts';
import { useWizard, useWizardStore } from '../state/wizard-context.tsx';
import { IntroStep } from './intro-step.tsx';
import { LinkNotice } from './link-notice.tsx';
import { QuestionStep } from './question-step.tsx';
import { ResultPage } from './result-page.tsx';
import { useWizardConfig, type WizardConfig } from './wizard-config.tsx';

const t = EN.ui;

function announcement(step: Step, store: WizardStore): string {
  if (step === 'intro') return '';
  if (step === 'result') return t.result.announce(t.protocols[selectRecommendation(store.getState()).protocol]);
  return t.step.announce(stepNumber(step), TOTAL_QUESTIONS, getQuestion(step).title);
}

/** Tells the page around the wizard about each step change and the result (embed events). */
function reportStep(step: Step, store: WizardStore, config: WizardConfig) {
  if (step === 'result') {
    const state = store.getState();
    const result = selectRecommendation(state);
    if (config.setDocumentTitle) document.title = t.result.documentTitle(t.protocols[result.protocol]);
    config.onComplete?.({
      protocol: result.protocol,
      confidence: result.confidence,
      answers: { ...state.answers },
      shareUrl: config.shareUrl(encodeAnswers(state.answers, 'result')),
    });
  } else if (step === 'intro') {
    if (config.setDocumentTitle) document.title = `${t.intro.heading}`;
  } else {
    const n = stepNumber(step);
    if (config.setDocumentTitle) document.title = t.step.documentTitle(n, TOTAL_QUESTIONS);
    config.onStep?.({ step: n, total: TOTAL_QUESTIONS });
  }
}

/** The whole wizard: intro, eight questions, result. One instance per store. */
export function Wizard() {
  const step = useWizard(selectStep);
  const notices = useWizard(selectNotices);
  const store = useWizardStore();
  const config = useWizardConfig();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const reported = useRef<Step | null>(null);

  useEffect(() => {
    // Once per step change (StrictMode runs effects twice in development).
    if (reported.current === step) return;
    const firstPaint = reported.current === null;
    reported.current = step;
    reportStep(step, store, config);
    // Focus follows the step, but the first paint never steals focus from the host page.
    if (!firstPaint) headingRef.current?.focus();
  }, [step, store, config]);

  return (
    <div className="piw-wizard">
      {notices.length > 0 && <LinkNotice notices={notices} onDismiss={() => headingRef.current?.focus()} />}
      <p className="piw-sr-only" role="status" aria-live="polite">
        {announcement(step, store)}
      </p>
      {step === 'intro' ? (
        <IntroStep headingRef={headingRef} />
      ) : step === 'result' ? (
        <ResultPage headingRef={headingRef} />
      ) : (
        <QuestionStep key={step} questionId={step} headingRef={headingRef} />
      )}
    </div>
  );
}
