import { wordedQuestion } from '../locale/worded.ts';
import { selectAskService, selectReturnToResult, stepNumber, totalSteps, type FlowStep } from '../state/store.ts';
import { useWizard } from '../state/wizard-context.tsx';
import { useLocale } from './locale.tsx';

/**
 * Text that takes its place in the layout but is drawn by CSS (`content: attr(data-text)`): it is
 * no text of the page, so neither find-in-page nor a screen reader nor a test's text query meets it.
 */
function Drawn({ className, text, block = false }: { className?: string; text: string; block?: boolean }) {
  const Tag = block ? 'p' : 'span';
  return <Tag className={className} data-text={text} />;
}

/**
 * A question step as it would look, with the same boxes and words but nothing in it to read or
 * reach (aria-hidden, inert, visibility: hidden). The wizard stacks one for every question it is
 * not showing in the shown step's grid cell, so every question takes the tallest one's height and
 * nothing below it moves from question to question.
 */
export function StepGhost({ step }: { step: FlowStep }) {
  const { ui, questions } = useLocale();
  const askService = useWizard(selectAskService);
  const returnToResult = useWizard(selectReturnToResult);
  const t = ui.step;
  const number = stepNumber(step, askService);
  const total = totalSteps(askService);
  const question = step === 'service' ? undefined : wordedQuestion(step, questions);
  const next = returnToResult ? t.saveAndReturn : number === total ? t.nextToResult : t.next;
  return (
    <div className="piw-step piw-ghost" aria-hidden="true" inert>
      <div className="piw-progress">
        <Drawn className="piw-progress-text" text={t.progress(number, total)} block />
        <div className="piw-progress-bar">
          {Array.from({ length: total }, (_, i) => (
            <span key={i} className="piw-segment" />
          ))}
        </div>
      </div>
      <div className="piw-fieldset">
        <div className="piw-legend">
          <Drawn className="piw-heading" text={question?.title ?? ui.service.title} block />
        </div>
        <Drawn className="piw-help" text={question?.help ?? ui.service.help} block />
        {question ? (
          <div className="piw-options">
            {question.options.map((option) => (
              <div key={option.id} className="piw-option">
                <span className="piw-ghost-radio" />
                <Drawn text={option.label} />
              </div>
            ))}
          </div>
        ) : (
          <div className="piw-provider-choice">
            <Drawn className="piw-label" text={ui.service.label} />
            <Drawn className="piw-select" text={ui.service.other} />
          </div>
        )}
      </div>
      <div className="piw-step-actions">
        <Drawn className="piw-button piw-primary piw-next" text={next} />
        <div className="piw-step-secondary">
          <Drawn className="piw-button piw-quiet piw-back" text={returnToResult ? t.backToResult : t.back} />
          <Drawn className="piw-button piw-quiet" text={t.skip} />
        </div>
      </div>
    </div>
  );
}
