import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { WizardRoot } from './components/wizard-root.tsx';
import { createWizardStore } from './state/store.ts';
import { initialStateFromHash, syncStoreWithUrl } from './state/url-sync.ts';
import './components/wizard.css';
import './components/page.css';

const store = createWizardStore(initialStateFromHash(location.hash, history.state));
syncStoreWithUrl(store);

const container = document.getElementById('root');
if (container) {
  createRoot(container).render(
    <StrictMode>
      <main className="piw-page">
        <WizardRoot
          store={store}
          config={{
            setDocumentTitle: true,
            shareUrl: (fragment) => `${location.origin}${location.pathname}${location.search}#${fragment}`,
          }}
        />
      </main>
    </StrictMode>,
  );
}
