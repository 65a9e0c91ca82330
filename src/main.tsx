import { StrictMode } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { withLocale } from './components/locale.tsx';
import { StandaloneApp } from './components/standalone-app.tsx';
import { WizardRoot } from './components/wizard-root.tsx';
import { isEmbedPage } from './embed/protocol.ts';
import { linkLang, pathLang } from './locale/languages.ts';
import { decodeAnswers } from './logic/share-link.ts';
import { createWizardStore } from './state/store.ts';
import { initialStateFromDecoded, initialStateFromLink, syncStoreWithUrl } from './state/url-sync.ts';
import './components/wizard.css';
import './components/result.css';
import './components/page.css';

const container = document.getElementById('root');
const warn = (message: string) => console.warn(`pop-imap-wizard: ${message}`);
// The iframe embed's page: ?embed=1 inside a frame. Opened at the top level, the same address is
// simply the wizard (no host settings, no embed behaviour: nothing in a URL can dress it up).
const embedded = isEmbedPage(location.search, window);

if (container && embedded) {
  // Inside the iframe embed: no page chrome, no history of our own (it would become the host
  // page's), settings only from the loader that framed this page, height and events to it.
  document.documentElement.classList.add('piw-embedded');
  container.replaceChildren();
  delete document.documentElement.dataset.prerendered;
  void import('./embed/iframe-child.ts')
    .then(({ connectToHost }) => connectToHost(location.search, window, location.href))
    .then((child) =>
      withLocale(
        child.settings.lang ?? 'en',
        (locale) => {
          document.documentElement.lang = locale.lang;
          // A host that names its own servers is the provider: its readers are not asked for one.
          const store = createWizardStore({
            ...initialStateFromLink(child.settings.answers ?? ''),
            askService: !child.settings.servers,
            skipIntro: child.settings.skipIntro,
          });
          // The page's colour scheme matches the iframe element's (set by the loader), so the browser
          // paints no backdrop of its own: the wizard's card is the only background.
          document.documentElement.style.colorScheme = child.theme === 'auto' ? 'light dark' : child.theme;
          createRoot(container).render(
            <StrictMode>
              <WizardRoot store={store} config={child.config} theme={child.theme} brand={child.brand} frame="card" fill={child.fill} locale={locale} />
            </StrictMode>,
          );
          // #root holds only the wizard, so its height is the wizard's.
          child.watchHeight(container);
          child.sayTitle(locale.ui.intro.documentTitle);
        },
        warn,
      ),
    );
} else if (container) {
  // The page's language: a link's lang= wins over the address (…/de/ is German); the head script
  // has already sent the reader to the page in that language when it could.
  const pageLang = pathLang(location.pathname);
  const lang = linkLang(location.hash) ?? pageLang;
  const store = createWizardStore(initialStateFromDecoded(decodeAnswers(location.hash), history.state));
  syncStoreWithUrl(store);
  withLocale(
    lang,
    (locale) => {
      document.documentElement.lang = locale.lang;
      // Share links carry the page's address and the fragment, never whatever query the visit came with.
      const app = <StandaloneApp store={store} shareBase={`${location.origin}${location.pathname}`} locale={locale} pageLang={pageLang} />;
      const { step, notices } = store.getState();
      // The HTML holds the prerendered intro in its language: hydrate it when that intro is what this visit shows.
      const prerendered = container.firstElementChild && document.documentElement.dataset.prerendered === locale.lang;
      if (prerendered && step === 'intro' && notices.length === 0) hydrateRoot(container, app);
      else createRoot(container).render(app);
    },
    warn,
  );
}
