/**
 * The iframe embed's loader (dist/embed/embed.js): no framework, a few hundred bytes.
 *
 *   <div data-pop-imap-wizard data-src="https://wizard.example/"></div>
 *   <script src="https://wizard.example/embed/embed.js" async></script>
 *
 * It reserves the container's height at once (so nothing shifts), inserts the iframe when the
 * container comes within about one viewport of the screen, sizes it to its content from the
 * wizard's messages, and re-dispatches the wizard's events on the container. Only messages whose
 * `source` is that iframe's window and whose `origin` is the iframe's origin are read.
 */
import { hostColorScheme } from './attributes.ts';

const SELECTOR = '[data-pop-imap-wizard]';
const SOURCE = 'pop-imap-wizard';
const EVENTS = ['wizard-step', 'wizard-complete', 'wizard-cta'];
const FORWARDED = ['accent', 'cta-label', 'cta-href', 'share-base'];
/** Enough for the intro at any width from 320 px, so the first paint never shifts the page. */
// Keep in step with RESERVED_HEIGHT in element.tsx (the loader imports nothing, to stay tiny).
const RESERVED = 600;
const MAX_HEIGHT = 20000;

function mount(container: HTMLElement) {
  if (container.dataset.piwState === 'loaded') return;
  container.dataset.piwState = 'loaded';
  let url: URL;
  try {
    url = new URL(container.getAttribute('data-src') || '', document.baseURI);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') throw new Error('not http(s)');
  } catch {
    console.warn('pop-imap-wizard: data-src must be the http(s) address of the wizard; nothing was loaded.');
    return;
  }
  const reserved = Number(container.getAttribute('data-min-height')) || RESERVED;
  url.searchParams.set('embed', '1');
  url.searchParams.set('origin', location.origin);
  url.searchParams.set('host', location.origin + location.pathname + location.search);
  for (const name of FORWARDED) {
    const value = container.getAttribute(`data-${name}`);
    if (value) url.searchParams.set(name, value);
  }
  // Without data-theme the wizard follows the host page's declared colour scheme (light if none).
  const asked = container.getAttribute('data-theme');
  const theme = asked === 'light' || asked === 'dark' || asked === 'auto' ? asked : hostColorScheme(document);
  url.searchParams.set('theme', theme);
  // The wizard fills the height reserved for it, so no empty band shows under the intro.
  url.searchParams.set('fill', String(reserved));
  // A shared link to the host page carries the answers in its fragment: hand them to the wizard.
  if (/(^#|&)v=\d/.test(location.hash)) url.hash = location.hash;

  const iframe = document.createElement('iframe');
  iframe.title = container.getAttribute('data-title') || 'POP3 or IMAP? A short wizard';
  iframe.setAttribute('loading', 'lazy');
  iframe.setAttribute('sandbox', 'allow-scripts allow-same-origin allow-top-navigation-by-user-activation');
  iframe.setAttribute('allow', 'clipboard-write');
  // The frame's colour scheme matches the page inside it, so the browser paints no backdrop of its own.
  iframe.style.cssText = `display:block;width:100%;border:0;margin:0;padding:0;height:${reserved}px;color-scheme:${theme === 'auto' ? 'light dark' : theme}`;
  iframe.src = url.href;

  // The iframe follows its content, but never gets shorter than the reserved space: the page does
  // not shift when the wizard appears, nor at every step.
  const resize = (content: number) => {
    iframe.style.height = `${Math.max(content, reserved)}px`;
  };

  window.addEventListener('message', (event) => {
    if (event.source !== iframe.contentWindow || event.origin !== url.origin) return;
    const data = event.data;
    if (!data || typeof data !== 'object' || data.source !== SOURCE) return;
    if (data.type === 'height' && typeof data.height === 'number' && data.height > 0) {
      resize(Math.min(Math.ceil(data.height), MAX_HEIGHT));
    } else if (data.type === 'event' && EVENTS.includes(data.name)) {
      container.dispatchEvent(new CustomEvent(data.name, { detail: data.detail, bubbles: true, composed: true }));
    }
  });
  container.replaceChildren(iframe);
}

function start() {
  const containers = Array.from(document.querySelectorAll<HTMLElement>(SELECTOR));
  for (const container of containers) {
    if (container.dataset.piwState) continue;
    container.dataset.piwState = 'waiting';
    container.style.minHeight = `${Number(container.getAttribute('data-min-height')) || RESERVED}px`;
  }
  const waiting = containers.filter((c) => c.dataset.piwState === 'waiting');
  if (!('IntersectionObserver' in window)) {
    waiting.forEach(mount);
    return;
  }
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        mount(entry.target as HTMLElement);
      }
    },
    { rootMargin: '100% 0px' },
  );
  waiting.forEach((c) => observer.observe(c));
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
