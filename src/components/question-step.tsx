import { useEffect, useId, useState, type Ref } from 'react';
import { EN } from '../logic/locale/en.ts';
import { getQuestion } from '../logic/questions.ts';
import type { OptionIds, QuestionId } from '../logic/types.ts';
import { selectActions, selectAnswers, selectReturnToResult, stepNumber, TOTAL_QUESTIONS } from '../state/store.ts';
import { useWizard } from '../state/wizard-context.tsx';
import { Heading } from './heading.tsx';
import { prefetchResult } from './lazy-result.ts';
import { Progress } from './progress.tsx';

const t = EN.ui.step;

type Props = { questionId: QuestionId; headingRef: Ref<HTMLHeadingElement> };

/**
 * One question as a native radio group. Arrow keys only select (they never advance); Next or Enter
 * advances; Skip leaves the question unanswered.
 */
export function QuestionStep({ questionId, headingRef }: Props) {
  const question = getQuestion(questionId);
  const answers = useWizard(selectAnswers);
  const returnToResult = useWizard(selectReturnToResult);
  const { answer, next, back, skip } = useWizard(selectActions);
  const [needsAnswer, setNeedsAnswer] = useState(false);
  const uid = useId();
  const number = stepNumber(questionId);
  const isLast = number === TOTAL_QUESTIONS;
  const selected = answers[questionId];

  // The result must never wait for the chart: fetch its code once the person is nearly there.
  useEffect(() => {
    if (isLast || returnToResult) void prefetchResult().catch(() => {});
  }, [isLast, returnToResult]);

  const nextLabel = returnToResult ? t.saveAndReturn : isLast ? t.nextToResult : t.next;

  // Next, Enter on an option and the form's own submission all come here. The buttons do not rely
  // on form submission: a sandboxed iframe without allow-forms never fires it.
  function advance() {
    if (selected === undefined) setNeedsAnswer(true);
    else next();
  }

  return (
    <form
      className="piw-step"
      noValidate
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
            <label key={option.id} className="piw-option">
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
      <div className="piw-actions piw-step-actions">
        <button type="button" className="piw-button piw-secondary" onClick={back}>
          {returnToResult ? t.backToResult : t.back}
        </button>
        <span className="piw-actions-end">
          <button type="button" className="piw-button piw-quiet" onClick={skip}>
            {t.skip}
          </button>
          <button type="button" className="piw-button piw-primary" onClick={advance}>
            {nextLabel}
          </button>
        </span>
      </div>
    </form>
  );
}
