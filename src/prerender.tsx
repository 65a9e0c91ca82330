/**
 * Build-time entry (vite build --ssr): the intro as HTML in each language, so the first content
 * appears before any JavaScript runs. scripts/prerender.mjs puts it into each language's page
 * (dist/index.html, dist/de/index.html, …, from the registry); main.tsx hydrates it.
 */
import { renderToString } from 'react-dom/server';
import { StandaloneApp } from './components/standalone-app.tsx';
import { LANGS, LANGUAGES, type Lang } from './locale/languages.ts';
import { loadLocale } from './locale/load.ts';
import { createWizardStore } from './state/store.ts';

/** Every language's page: its code, its folder beside the default page, and its name. */
export const PAGES = LANGS.map((lang) => ({ lang, path: LANGUAGES[lang].path }));

/** The intro page in a language: its HTML, and the words of its head. */
export async function renderIntro(lang: Lang): Promise<{ html: string; title: string; description: string }> {
  const locale = await loadLocale(lang);
  return {
    html: renderToString(<StandaloneApp store={createWizardStore()} shareBase="" locale={locale} pageLang={lang} />),
    title: locale.ui.intro.documentTitle,
    description: locale.ui.intro.description,
  };
}
