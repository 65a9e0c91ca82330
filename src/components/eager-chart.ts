import type { LazyExoticComponent } from 'react';
import * as radarModule from '../charts/protocol-radar.tsx';

/**
 * Benchmark-only stand-in for ./lazy-chart.ts, swapped in by vite.eager.config.ts (`npm run bench`).
 * It imports the chart statically, so Recharts lands in the main bundle: the "eager" baseline the
 * lazy build is measured against. Same exports, same types; the app itself never imports this file.
 */
export function prefetchChart(): Promise<typeof radarModule> {
  return Promise.resolve(radarModule);
}

/**
 * The chart component itself, typed like the lazy one so result-page.tsx compiles unchanged. React
 * renders a plain function component inside <Suspense> without suspending; nothing reads `_result`.
 */
export const LazyProtocolRadar = radarModule.default as unknown as LazyExoticComponent<typeof radarModule.default>;
