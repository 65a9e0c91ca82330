import type { LazyExoticComponent } from 'react';
import * as resultModule from './result-page.tsx';

/**
 * Benchmark-only stand-in for ./lazy-result.ts, swapped in by vite.eager.config.ts (`npm run bench`)
 * together with eager-chart.ts: the result page and the chart ship in the main bundle, as in a
 * naive build. Same exports, same types; the app itself never imports this file.
 */
export function prefetchResult(): Promise<typeof resultModule> {
  return Promise.resolve(resultModule);
}

export function prefetchResultWhenIdle(): void {}

export const LazyResultPage = resultModule.ResultPage as unknown as LazyExoticComponent<typeof resultModule.ResultPage>;
