import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { WizardRoot } from './components/wizard-root.tsx';
import { createWizardStore } from './state/store.ts';
import './components/wizard.css';
import './components/page.css';

const store = createWizardStore();
const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <main className="piw-page">
        <WizardRoot
          store={store}
          config={{
            setDocumentTitle: true,
            shareUrl: (fragment) => `${location.origin}${location.pathname}#${fragment}`,
          }}
        />
      </main>
    </StrictMode>,
  );
}
