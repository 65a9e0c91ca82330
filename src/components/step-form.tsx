import { useEffect, useState, type ReactNode } from 'react';
import { selectActions, selectAskService, selectCanGoBack, selectReturnToResult, stepNumber, totalSteps, type FlowStep } from '../state/store.ts';
import { useWizard, useWizardStore } from '../state/wizard-context.tsx';
import { useLocale } from './locale.tsx';
import { prefetchResult, resultLoaded } from './lazy-result.ts';
import { Progress } from './progress.tsx';

type Props = {
  step: FlowStep;
  /** Whether the step has an answer: Next without one asks for it (or a skip). */
  answered: boolean;
  /** The step's question, given `advance` (Enter on an option) and whether to ask for an answer. */
  children: (controls: { advance: () => void; needsAnswer: boolean; clearNeed: () => void }) => ReactNode;
};

/**
 * What every question step shares: the progress, the form, and Next, Back and Skip. Choosing never
 * changes the step (WCAG 3.2.2); Next (or Enter on an option) advances; Skip leaves it unanswered.
 * The last step goes to the result in the same frame when its code is here, else waits for it.
 */
export function StepForm({ step, answered, children }: Props) {
  const locale = useLocale();
  const t = locale.ui.step;
  const askService = useWizard(selectAskService);
  const returnToResult = useWizard(selectReturnToResult);
  const canGoBack = useWizard(selectCanGoBack);
  const { next, back, skip } = useWizard(selectActions);
  const [needsAnswer, setNeedsAnswer] = useState(false);
  const [busy, setBusy] = useState(false);
  const store = useWizardStore();
  const number = stepNumber(step, askService);
  const total = totalSteps(askService);
  const isLast = number === total;
  const toResult = isLast || returnToResult;

  // The result must never wait for its code: fetch it once the person is nearly there.
  useEffect(() => {
    if (toResult) void prefetchResult(locale.lang).catch(() => {});
  }, [toResult, locale.lang]);

  const nextLabel = returnToResult ? t.saveAndReturn : isLast ? t.nextToResult : t.next;

  /**
   * Moves on, to the result in the same frame when its code is here; otherwise this step stays on
   * screen, its button busy, until the code arrives (or fails, and the result page says so).
   */
  function go(move: () => void) {
    if (!toResult || resultLoaded(locale.lang)) {
      move();
      return;
    }
    setBusy(true);
    // Only if the person is still on this step (the browser's Back may have moved them meanwhile).
    const moveIfHere = () => store.getState().step === step && move();
    prefetchResult(locale.lang).then(moveIfHere, moveIfHere);
  }

  // Next, Enter on an option and the form's own submission all come here. The buttons do not rely
  // on form submission: a sandboxed iframe without allow-forms never fires it.
  function advance() {
    if (busy) return;
    if (!answered) setNeedsAnswer(true);
    else go(next);
  }

  return (
    <form
      className="piw-step"
      noValidate
      aria-busy={busy}
      onSubmit={(event) => {
        event.preventDefault();
        advance();
      }}
    >
      <Progress current={number} total={total} />
      {children({ advance, needsAnswer, clearNeed: () => setNeedsAnswer(false) })}
      <div className="piw-step-actions">
        <button type="button" className="piw-button piw-primary piw-next" part="primary-button" onClick={advance} aria-disabled={busy || undefined}>
          {busy ? t.preparing : nextLabel}
        </button>
        <div className="piw-step-secondary">
          {canGoBack && (
            <button type="button" className="piw-button piw-quiet piw-back" onClick={back} disabled={busy}>
              {returnToResult ? t.backToResult : t.back}
            </button>
          )}
          <button type="button" className="piw-button piw-quiet" onClick={() => go(skip)} disabled={busy}>
            {t.skip}
          </button>
        </div>
      </div>
    </form>
  );
}
