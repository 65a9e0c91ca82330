import '@testing-library/jest-dom/vitest';

// jsdom has no layout and no ResizeObserver; the chart's responsive sizing needs one to mount.
if (typeof globalThis.ResizeObserver === 'undefined') {
  globalThis.ResizeObserver = class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
}
