import { StrictMode } from 'react';
import type { WizardStore } from '../state/store.ts';
import { WizardRoot } from './wizard-root.tsx';

type Props = { store: WizardStore; shareBase: string };

/**
 * The standalone page: the wizard in the page's main landmark. Rendered to HTML at build time for
 * the intro (scripts/prerender.mjs) and hydrated in the browser, so both must render this same tree.
 */
export function StandaloneApp({ store, shareBase }: Props) {
  return (
    <StrictMode>
      <main className="piw-page">
        <WizardRoot store={store} config={{ setDocumentTitle: true, headingLevel: 1, shareUrl: (fragment) => `${shareBase}#${fragment}` }} />
      </main>
    </StrictMode>
  );
}
