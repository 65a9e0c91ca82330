import type { WizardStore } from '../state/store.ts';
import { WizardProvider } from '../state/wizard-context.tsx';
import { Wizard } from './wizard.tsx';
import { WizardConfigProvider, type WizardConfig } from './wizard-config.tsx';

export type Theme = 'light' | 'dark' | 'auto';

type Props = {
  store: WizardStore;
  config: WizardConfig;
  theme?: Theme;
};

/**
 * A wizard instance with its store and configuration: the one element the standalone page, the
 * iframe page and the custom element all render. `.piw` scopes every style of the product.
 */
export function WizardRoot({ store, config, theme = 'auto' }: Props) {
  return (
    <WizardProvider store={store}>
      <WizardConfigProvider value={config}>
        <div className="piw" data-theme={theme}>
          <Wizard />
        </div>
      </WizardConfigProvider>
    </WizardProvider>
  );
}
