import { localeModule } from '../locale/load.ts';
import type { Lang } from '../locale/languages.ts';
import { lazyModule } from '../logic/lazy-module.ts';
import { prefetchChart } from './lazy-chart.ts';

let resultStyles: () => Promise<unknown> = () => Promise.resolve();

/**
 * How the result page's styles (result.css) arrive where no page stylesheet reaches: the custom
 * element's shadow root loads them as text with the page's code. (The standalone page and the
 * iframe link them in their document: nothing to wait for.)
 */
export function loadResultStylesWith(load: () => Promise<unknown>): void {
  resultStyles = load;
}

/** The result page: a chunk of its own, with the model and its styles. The first question needs none of them. */
export const resultModule = lazyModule(() => Promise.all([import('./result-page.tsx'), resultStyles()]).then(([page]) => page));

/** Whether the result page can render at once in `lang`: its code and its language's whole words are here. */
export function resultLoaded(lang: Lang): boolean {
  return resultModule.loaded() !== undefined && localeModule(lang).loaded() !== undefined;
}

/**
 * Starts loading the result page, its words in `lang` and the chart (once each), and resolves when
 * the page can render. They are fetched while the person answers, so the result never waits; a
 * failed load is forgotten so a later call can retry.
 */
export function prefetchResult(lang: Lang): Promise<unknown> {
  void prefetchChart().catch(() => {});
  return Promise.all([resultModule.load(), localeModule(lang).load()]);
}

let idleScheduled = false;

/** Fetches the result code when the browser is idle (or soon, where idle callbacks are missing); once. */
export function prefetchResultWhenIdle(lang: Lang): void {
  if (idleScheduled) return;
  idleScheduled = true;
  const run = () => void prefetchResult(lang).catch(() => {});
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 4000 });
  else setTimeout(run, 1500);
}
