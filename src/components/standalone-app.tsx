import { StrictMode } from 'react';
import { useStore } from 'zustand';
import { LANGS, LANGUAGES, pageHref, type Lang } from '../locale/languages.ts';
import type { WizardStore } from '../state/store.ts';
import { fragmentFor } from '../state/url-sync.ts';
import type { WizardLocale } from './locale.tsx';
import { WizardRoot } from './wizard-root.tsx';

type Props = {
  store: WizardStore;
  shareBase: string;
  locale: WizardLocale;
  /** The language of the page's address (…/de/ is German): links to the others start from it, even when its words could not be loaded. */
  pageLang: Lang;
};

/**
 * The switch to the other languages: plain links to the same answers and step on each other page,
 * each named in its own language (and spoken in it).
 */
function LanguageSwitch({ store, locale, pageLang }: Omit<Props, 'shareBase'>) {
  const fragment = useStore(store, (state) => fragmentFor(state.answers, state.step));
  return (
    <nav className="piw-page-language" aria-label={locale.ui.languageLabel}>
      <ul>
        {LANGS.filter((lang) => lang !== locale.lang).map((lang) => (
          <li key={lang}>
            <a href={pageHref(pageLang, lang, fragment)} hrefLang={lang} lang={lang}>
              {LANGUAGES[lang].name}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/**
 * The standalone page: the language switch, then the wizard in the page's main landmark. Rendered
 * to HTML at build time for the intro in each language (scripts/prerender.mjs) and hydrated in the
 * browser, so both must render this same tree.
 */
export function StandaloneApp({ store, shareBase, locale, pageLang }: Props) {
  return (
    <StrictMode>
      <header className="piw-page-header">
        <LanguageSwitch store={store} locale={locale} pageLang={pageLang} />
      </header>
      <main className="piw-page">
        <WizardRoot store={store} locale={locale} config={{ setDocumentTitle: true, headingLevel: 1, shareUrl: (fragment) => `${shareBase}#${fragment}` }} />
      </main>
    </StrictMode>
  );
}
