import { StrictMode } from 'react';
import { useStore } from 'zustand';
import { LANGUAGE_NAMES } from '../logic/locale/langs.ts';
import type { WizardStore } from '../state/store.ts';
import { fragmentFor } from '../state/url-sync.ts';
import type { WizardLocale } from './locale.tsx';
import { switchHref } from './page-language.ts';
import { WizardRoot } from './wizard-root.tsx';

type Props = { store: WizardStore; shareBase: string; locale: WizardLocale };

/**
 * The switch to the other language: a plain link to the same answers and step on the other page,
 * named in its own language (and spoken in it).
 */
function LanguageSwitch({ store, locale }: Omit<Props, 'shareBase'>) {
  const to = locale.lang === 'de' ? 'en' : 'de';
  const fragment = useStore(store, (state) => fragmentFor(state.answers, state.step));
  return (
    <nav className="piw-page-language" aria-label={locale.ui.languageLabel}>
      <a href={switchHref(locale.lang, to, fragment)} hrefLang={to} lang={to}>
        {LANGUAGE_NAMES[to]}
      </a>
    </nav>
  );
}

/**
 * The standalone page: the language switch, then the wizard in the page's main landmark. Rendered
 * to HTML at build time for the intro in each language (scripts/prerender.mjs) and hydrated in the
 * browser, so both must render this same tree.
 */
export function StandaloneApp({ store, shareBase, locale }: Props) {
  return (
    <StrictMode>
      <header className="piw-page-header">
        <LanguageSwitch store={store} locale={locale} />
      </header>
      <main className="piw-page">
        <WizardRoot store={store} locale={locale} config={{ setDocumentTitle: true, headingLevel: 1, shareUrl: (fragment) => `${shareBase}#${fragment}` }} />
      </main>
    </StrictMode>
  );
}
