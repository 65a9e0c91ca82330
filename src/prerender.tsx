/**
 * Build-time entry (vite build --ssr): the intro as HTML, so the first content appears before any
 * JavaScript runs. scripts/prerender.mjs puts it into dist/index.html; main.tsx hydrates it.
 */
import { renderToString } from 'react-dom/server';
import { StandaloneApp } from './components/standalone-app.tsx';
import { createWizardStore } from './state/store.ts';

export function renderIntro(): string {
  return renderToString(<StandaloneApp store={createWizardStore()} shareBase="" />);
}
