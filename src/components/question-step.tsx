import { useId, type Ref } from 'react';
import { wordedQuestion } from '../locale/worded.ts';
import type { OptionIds, QuestionId } from '../logic/types.ts';
import { selectAnswers } from '../state/store.ts';
import { useWizard } from '../state/wizard-context.tsx';
import { Heading } from './heading.tsx';
import { useLocale } from './locale.tsx';
import { usePersonActions } from './report.ts';
import { StepForm } from './step-form.tsx';

type Props = { questionId: QuestionId; headingRef: Ref<HTMLHeadingElement> };

/** One question as a native radio group; Enter on an option or a double click on it advances. */
export function QuestionStep({ questionId, headingRef }: Props) {
  const locale = useLocale();
  const question = wordedQuestion(questionId, locale.questions);
  const answers = useWizard(selectAnswers);
  const { answer } = usePersonActions();
  const uid = useId();
  const selected = answers[questionId];

  return (
    <StepForm step={questionId} answered={selected !== undefined}>
      {({ advance, needsAnswer, clearNeed }) => (
        <fieldset className="piw-fieldset" aria-describedby={`${uid}-help${needsAnswer ? ` ${uid}-need` : ''}`}>
          <legend className="piw-legend">
            <Heading className="piw-heading" part="heading" tabIndex={-1} ref={headingRef}>
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
                    clearNeed();
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
              {locale.ui.step.choose}
            </p>
          )}
        </fieldset>
      )}
    </StepForm>
  );
}
