/**
 * Runs in the head of every standalone page before anything is painted (a classic script of our own
 * origin, bundled by scripts/vite-page-head.ts). It sends a reader to the page in their language:
 * a link's `lang=` first, then a language chosen in the address (`?lang=en`, or the page's folder,
 * `…/de/`), then, on the default language's page only, the browser's languages. The wizard reads
 * the page's language by the same rules (src/locale/languages.ts).
 *
 * The iframe embed's page (`?embed=1` in a frame) takes its language from its host: it is only
 * marked, so that it shows nothing of the prerendered standalone page while its wizard loads. The
 * wizard decides for itself that it is framed (src/main.tsx); this mark only hides a flash.
 */
import { isEmbedPage } from './embed/protocol.ts';
import { DEFAULT_LANG, isLang, linkLang, pageHref, pathLang, preferredLang } from './locale/languages.ts';

const params = new URLSearchParams(location.search);
if (isEmbedPage(location.search, window)) {
  document.documentElement.classList.add('piw-embedded');
} else if (params.get('embed') !== '1') {
  // (`?embed=1` opened at the top level is simply the wizard, and is not sent elsewhere.)
  const here = pathLang(location.pathname);
  const chosen = params.get('lang');
  const fromBrowser = () => (here === DEFAULT_LANG ? preferredLang(navigator.languages ?? [navigator.language]) : undefined);
  const want = linkLang(location.hash) ?? (isLang(chosen) ? chosen : undefined) ?? fromBrowser() ?? here;
  if (want !== here) {
    // Nothing of this page is shown while the other one loads.
    document.documentElement.style.visibility = 'hidden';
    location.replace(pageHref(here, want, location.hash.slice(1)));
  }
}
