import { useId, type Ref } from 'react';
import { isProviderId, PROVIDER_IDS, PROVIDER_NAMES } from '../logic/provider-ids.ts';
import { selectAnswers } from '../state/store.ts';
import { useWizard } from '../state/wizard-context.tsx';
import { Heading } from './heading.tsx';
import { useLocale } from './locale.tsx';
import { usePersonActions } from './report.ts';
import { StepForm } from './step-form.tsx';

/**
 * The optional last question: which email provider the person uses, as a native select (typed
 * search on a desktop, the phone's own picker). "Another, or my own host" is an answer
 * too (no provider), and so is Skip. Enter on the select advances, as on a radio.
 */
export function ServiceStep({ headingRef }: { headingRef: Ref<HTMLHeadingElement> }) {
  const t = useLocale().ui.service;
  const answers = useWizard(selectAnswers);
  const { chooseService } = usePersonActions();
  const uid = useId();
  const chosen = isProviderId(answers.service) ? answers.service : '';

  return (
    <StepForm step="service" answered>
      {({ advance }) => (
        <div className="piw-fieldset" role="group" aria-labelledby={`${uid}-title`} aria-describedby={`${uid}-help`}>
          <div className="piw-legend">
            <Heading id={`${uid}-title`} className="piw-heading" part="heading" tabIndex={-1} ref={headingRef}>
              {t.title}
            </Heading>
          </div>
          <p id={`${uid}-help`} className="piw-help">
            {t.help}
          </p>
          <div className="piw-provider-choice piw-service-choice">
            <label htmlFor={`${uid}-select`} className="piw-label">
              {t.label}
            </label>
            <select
              id={`${uid}-select`}
              className="piw-select"
              value={chosen}
              onChange={(event) => {
                const value = event.currentTarget.value;
                chooseService(isProviderId(value) ? value : undefined);
              }}
              onKeyDown={(event) => {
                if (event.key === 'Enter') {
                  event.preventDefault();
                  advance();
                }
              }}
            >
              <option value="">{t.other}</option>
              {PROVIDER_IDS.map((id) => (
                <option key={id} value={id}>
                  {PROVIDER_NAMES[id]}
                </option>
              ))}
            </select>
          </div>
        </div>
      )}
    </StepForm>
  );
}
