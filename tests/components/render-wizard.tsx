import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { WizardRoot } from '../../src/components/wizard-root.tsx';
import { DEFAULT_CONFIG, type WizardConfig } from '../../src/components/wizard-config.tsx';
import { createWizardStore, type WizardData } from '../../src/state/store.ts';

/** Renders one real wizard (store, config and all) and a user to drive it. */
export function renderWizard(initial: Partial<WizardData> = {}, config: Partial<WizardConfig> = {}) {
  const store = createWizardStore(initial);
  const user = userEvent.setup();
  const view = render(<WizardRoot store={store} config={{ ...DEFAULT_CONFIG, ...config }} />);
  return { store, user, ...view };
}
