import { prefetchChart } from './lazy-chart.ts';
import { lazyModule } from './lazy-module.ts';

/** The result page: a chunk of its own, with the model. The first question needs neither. */
export const resultModule = lazyModule(() => import('./result-page.tsx'));

/**
 * Starts loading the result page and the chart (once each). They are fetched while the person
 * answers, so the result never waits; a failed load is forgotten so a later call can retry.
 */
export function prefetchResult(): Promise<unknown> {
  void prefetchChart().catch(() => {});
  return resultModule.load();
}

let idleScheduled = false;

/** Fetches the result code when the browser is idle (or soon, where idle callbacks are missing); once. */
export function prefetchResultWhenIdle(): void {
  if (idleScheduled) return;
  idleScheduled = true;
  const run = () => void prefetchResult().catch(() => {});
  if (typeof requestIdleCallback === 'function') requestIdleCallback(run, { timeout: 4000 });
  else setTimeout(run, 1500);
}
