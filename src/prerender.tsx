/**
 * Build-time entry (vite build --ssr): the intro as HTML in each language, so the first content
 * appears before any JavaScript runs. scripts/prerender.mjs puts it into dist/index.html (English)
 * and dist/de/index.html (German); main.tsx hydrates it.
 */
import { renderToString } from 'react-dom/server';
import { loadLocale } from './components/locale.tsx';
import { StandaloneApp } from './components/standalone-app.tsx';
import type { Lang } from './logic/locale/langs.ts';
import { createWizardStore } from './state/store.ts';

/** The intro page in a language: its HTML, and the words of its head. */
export async function renderIntro(lang: Lang): Promise<{ html: string; title: string; description: string }> {
  const locale = await loadLocale(lang);
  return {
    html: renderToString(<StandaloneApp store={createWizardStore()} shareBase="" locale={locale} />),
    title: locale.ui.intro.documentTitle,
    description: locale.ui.intro.description,
  };
}
