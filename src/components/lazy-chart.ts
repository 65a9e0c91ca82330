import { lazy } from 'react';

let chartModule: ReturnType<typeof importChart> | undefined;

function importChart() {
  return import('../charts/protocol-radar.tsx');
}

/**
 * Starts loading the chart code (once). Called on the last question and when the browser is idle,
 * so the result page never waits for it. A failed load is forgotten so a later call can retry.
 */
export function prefetchChart(): ReturnType<typeof importChart> {
  if (!chartModule) {
    chartModule = importChart();
    chartModule.catch(() => {
      chartModule = undefined;
    });
  }
  return chartModule;
}

/** The radar, as a lazy component: its code is a chunk of its own. */
export const LazyProtocolRadar = lazy(prefetchChart);
