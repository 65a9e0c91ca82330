import type { CSSProperties } from 'react';
import type { WizardStore } from '../state/store.ts';
import type { Brand } from './brand.ts';
import { WizardProvider } from '../state/wizard-context.tsx';
import { DEFAULT_WORDS, LocaleProvider, type WizardLocale } from './locale.tsx';
import type { Theme } from './theme.ts';
import { Wizard } from './wizard.tsx';
import { WizardConfigProvider, type WizardConfig } from './wizard-config.tsx';

export type { Theme } from './theme.ts';
export type { Accent } from './brand.ts';

type Props = {
  store: WizardStore;
  config: WizardConfig;
  theme?: Theme;
  /** A host's accent as custom properties (accentProperties in brand.ts), for the root. */
  brand?: Brand | undefined;
  /** 'page' when the wizard is the page; 'card' when embedded (a bordered card on the host page). */
  frame?: 'page' | 'card';
  /** The height (px) an embed reserves: the wizard fills it, so no empty band shows under the intro. */
  fill?: number | undefined;
  /** The wizard's words; English by default. */
  locale?: WizardLocale;
};

/**
 * A wizard instance with its store and configuration: the one element the standalone page, the
 * iframe page and the custom element all render. `.piw` scopes every style of the product.
 */
export function WizardRoot({ store, config, theme = 'auto', brand, frame = 'page', fill, locale = DEFAULT_WORDS }: Props) {
  const style = {
    ...brand,
    ...(fill ? { '--piw-fill': `${fill}px` } : {}),
  } as CSSProperties;
  return (
    <WizardProvider store={store}>
      <WizardConfigProvider value={config}>
        <LocaleProvider value={locale}>
          <div className="piw" part="card" lang={locale.lang} data-theme={theme} data-frame={frame} style={style}>
            <Wizard />
          </div>
        </LocaleProvider>
      </WizardConfigProvider>
    </WizardProvider>
  );
}
