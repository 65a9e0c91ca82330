/**
 * The embed builder's page, /configure/: an entry of its own (configure/index.html), so none of its
 * code is in the wizard's first download or in the element. Like the wizard's pages, it has no
 * inline script or style: a strict `script-src 'self'; style-src 'self'` policy allows it.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BuilderApp } from './builder-app.tsx';
import { builderLang } from './words.ts';
import './builder.css';

const container = document.getElementById('root');
if (container) {
  const lang = builderLang(location.search, navigator.languages ?? [navigator.language]);
  createRoot(container).render(
    <StrictMode>
      <BuilderApp initialLang={lang} pageHref={location.href} />
    </StrictMode>,
  );
}
