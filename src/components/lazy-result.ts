import { lazy } from 'react';
import { prefetchChart } from './lazy-chart.ts';

let resultModule: ReturnType<typeof importResult> | undefined;

function importResult() {
  return import('./result-page.tsx');
}

/**
 * Starts loading the result page and the chart (once each). The first question needs neither, so
 * they stay out of the initial bundle; they are fetched while the person answers, so the result
 * never waits. A failed load is forgotten so a later call can retry.
 */
export function prefetchResult(): ReturnType<typeof importResult> {
  prefetchChart();
  if (!resultModule) {
    resultModule = importResult();
    resultModule.catch(() => {
      resultModule = undefined;
    });
  }
  return resultModule;
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

export const LazyResultPage = lazy(() => prefetchResult().then((m) => ({ default: m.ResultPage })));
