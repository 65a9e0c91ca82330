import { createContext, useContext, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { createWizardStore, type WizardData, type WizardState, type WizardStore } from './store.ts';

const WizardStoreContext = createContext<WizardStore | null>(null);

type ProviderProps = {
  children: ReactNode;
  /** An existing store (the embed and tests pass one); otherwise one is made from `initial`. */
  store?: WizardStore;
  initial?: Partial<WizardData>;
};

/** Gives one wizard instance its own store. */
export function WizardProvider({ children, store, initial }: ProviderProps) {
  const [own] = useState(() => store ?? createWizardStore(initial));
  return <WizardStoreContext.Provider value={own}>{children}</WizardStoreContext.Provider>;
}

/** The store of the nearest wizard instance. */
export function useWizardStore(): WizardStore {
  const store = useContext(WizardStoreContext);
  if (!store) throw new Error('useWizardStore must be used inside <WizardProvider>');
  return store;
}

/** Read the nearest wizard's state through a selector. */
export function useWizard<T>(selector: (state: WizardState) => T): T {
  return useStore(useWizardStore(), selector);
}
