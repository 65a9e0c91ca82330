import '@testing-library/jest-dom/vitest';
import { configure } from '@testing-library/react';

// jsdom has no layout and no ResizeObserver; the chart's responsive sizing needs one to mount.
if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}

// findBy… and waitFor wait up to 1 s by default; on a shared 2-core machine under load the result
// page's lazy chunk can take longer than that to arrive. A test still fails when what it waits for
// never comes, only later.
configure({ asyncUtilTimeout: 10_000 });
