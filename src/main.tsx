import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { StandaloneApp } from './components/standalone-app.tsx';
import { WizardRoot } from './components/wizard-root.tsx';
import { createWizardStore } from './state/store.ts';
import { initialStateFromHash, syncStoreWithUrl } from './state/url-sync.ts';
import './components/wizard.css';
import './components/page.css';

const embedded = new URLSearchParams(location.search).get('embed') === '1';
const store = createWizardStore(initialStateFromHash(location.hash, embedded ? null : history.state));
const container = document.getElementById('root');

if (container && embedded) {
  // Inside the iframe embed: no page chrome, no history of our own (it would become the host
  // page's), and the height and events go to the parent page. Standalone visitors never load this.
  document.documentElement.classList.add('piw-embedded');
  void import('./embed/iframe-child.ts').then(({ iframeChild }) => {
    const child = iframeChild(location.search, window.parent, location.href);
    const theme = child.settings.theme ?? 'auto';
    // The page's colour scheme matches the iframe element's (set by the loader), so the browser
    // paints no backdrop of its own: the wizard's card is the only background.
    document.documentElement.style.colorScheme = theme === 'auto' ? 'light dark' : theme;
    createRoot(container).render(
      <StrictMode>
        <WizardRoot store={store} config={child.config} theme={theme} accent={child.settings.accent} frame="card" fill={child.fill} />
      </StrictMode>,
    );
    // #root holds only the wizard, so its height is the wizard's.
    child.watchHeight(container);
  });
} else if (container) {
  syncStoreWithUrl(store);
  const app = <StandaloneApp store={store} shareBase={`${location.origin}${location.pathname}${location.search}`} />;
  const { step, notices } = store.getState();
  // The HTML holds the prerendered intro: hydrate it when the intro is what this visit shows.
  if (container.firstElementChild && step === 'intro' && notices.length === 0) hydrateRoot(container, app);
  else createRoot(container).render(app);
}
