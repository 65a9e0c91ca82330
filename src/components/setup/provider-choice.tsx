import { useId } from 'react';
import { isProviderId } from '../../logic/provider-ids.ts';
import { PROVIDERS, providerById, type Provider } from '../../logic/providers.ts';
import { selectAnswers } from '../../state/store.ts';
import { useWizard } from '../../state/wizard-context.tsx';
import { usePersonActions } from '../report.ts';
import { useWords } from '../result-words.ts';

/** "Set it up with …": the person's provider, or other. A native select: type-ahead, the phone's own picker. */
export function ProviderChoice({ onChosen }: { onChosen: (provider: Provider | undefined) => void }) {
  const { setup: t, ui } = useWords().locale;
  const answers = useWizard(selectAnswers);
  const { chooseService } = usePersonActions();
  const id = useId();
  const chosen = isProviderId(answers.service) ? answers.service : '';
  return (
    <div className="piw-provider-choice">
      <label htmlFor={id} className="piw-label">
        {t.choose}
      </label>
      <select
        id={id}
        className="piw-select"
        value={chosen}
        onChange={(event) => {
          const value = event.currentTarget.value;
          const service = isProviderId(value) ? value : undefined;
          chooseService(service);
          onChosen(providerById(service));
        }}
      >
        <option value="">{ui.service.other}</option>
        {PROVIDERS.map((provider) => (
          <option key={provider.id} value={provider.id}>
            {provider.name}
          </option>
        ))}
      </select>
    </div>
  );
}
