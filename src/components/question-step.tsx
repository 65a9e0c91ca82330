import { useEffect, useId, useRef, useState, type Ref } from 'react';
import { wordedQuestion } from '../locale/worded.ts';
import type { OptionIds, QuestionId } from '../logic/types.ts';
import { selectActions, selectAnswers, selectReturnToResult, stepNumber, TOTAL_QUESTIONS } from '../state/store.ts';
import { useWizard } from '../state/wizard-context.tsx';
import { Heading } from './heading.tsx';
import { useLocale } from './locale.tsx';
import { prefetchResult, resultLoaded } from './lazy-result.ts';
import { Progress } from './progress.tsx';

type Props = { questionId: QuestionId; headingRef: Ref<HTMLHeadingElement> };

/**
 * One question as a native radio group. Choosing an option never changes the step (WCAG 3.2.2);
 * Next, Enter on an option or a double click on it advances; Skip leaves the question unanswered.
 */
export function QuestionStep({ questionId, headingRef }: Props) {
  const locale = useLocale();
  const question = wordedQuestion(questionId, locale.questions);
  const t = locale.ui.step;
  const answers = useWizard(selectAnswers);
  const returnToResult = useWizard(selectReturnToResult);
  const { answer, next, back, skip } = useWizard(selectActions);
  const [needsAnswer, setNeedsAnswer] = useState(false);
  const [busy, setBusy] = useState(false);
  const mounted = useRef(true);
  const uid = useId();
  const number = stepNumber(questionId);
  const isLast = number === TOTAL_QUESTIONS;
  const toResult = isLast || returnToResult;
  const selected = answers[questionId];

  // The result must never wait for its code: fetch it once the person is nearly there.
  useEffect(() => {
    if (toResult) void prefetchResult(locale.lang).catch(() => {});
  }, [toResult, locale.lang]);

  useEffect(() => {
    mounted.current = true;
    return () => {
      mounted.current = false;
    };
  }, []);

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
    const moveIfHere = () => mounted.current && move();
    prefetchResult(locale.lang).then(moveIfHere, moveIfHere);
  }

  // Next, Enter on an option and the form's own submission all come here. The buttons do not rely
  // on form submission: a sandboxed iframe without allow-forms never fires it.
  function advance() {
    if (busy) return;
    if (selected === undefined) setNeedsAnswer(true);
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
      <Progress current={number} total={TOTAL_QUESTIONS} />
      <fieldset className="piw-fieldset" aria-describedby={`${uid}-help${needsAnswer ? ` ${uid}-need` : ''}`}>
        <legend className="piw-legend">
          <Heading className="piw-heading" tabIndex={-1} ref={headingRef}>
            {question.title}
          </Heading>
        </legend>
        <p id={`${uid}-help`} className="piw-help">
          {question.help}
        </p>
        <div className="piw-options">
          {question.options.map((option) => (
            <label key={option.id} className="piw-option" onDoubleClick={advance}>
              <input
                type="radio"
                name={`${uid}-${questionId}`}
                value={option.id}
                checked={selected === option.id}
                onChange={() => {
                  setNeedsAnswer(false);
                  answer(questionId, option.id as OptionIds[typeof questionId]);
                }}
                onKeyDown={(event) => {
                  // Enter on a radio advances, as Next does (browsers differ on implicit submission).
                  if (event.key === 'Enter') {
                    event.preventDefault();
                    advance();
                  }
                }}
              />
              <span className="piw-option-label">{option.label}</span>
            </label>
          ))}
        </div>
        {needsAnswer && (
          <p id={`${uid}-need`} className="piw-need" role="alert">
            {t.choose}
          </p>
        )}
      </fieldset>
      <div className="piw-step-actions">
        <button type="button" className="piw-button piw-primary piw-next" onClick={advance} aria-disabled={busy || undefined}>
          {busy ? t.preparing : nextLabel}
        </button>
        <div className="piw-step-secondary">
          <button type="button" className="piw-button piw-quiet piw-back" onClick={back} disabled={busy}>
            {returnToResult ? t.backToResult : t.back}
          </button>
          <button type="button" className="piw-button piw-quiet" onClick={() => go(skip)} disabled={busy}>
            {t.skip}
          </button>
        </div>
      </div>
    </form>
  );
}
