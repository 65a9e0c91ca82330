import { lazyModule } from '../logic/lazy-module.ts';

/** The radar: Recharts is the largest part of the bundle and only the result page needs it. */
export const chartModule = lazyModule(() => import('../charts/protocol-radar.tsx'));

/** Starts loading the chart code (once; again after a failure). */
export function prefetchChart(): Promise<unknown> {
  return chartModule.load();
}
