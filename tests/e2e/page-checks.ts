/** Checks several browser tests make on a page: axe's WCAG rules, layout shifts, horizontal overflow, the wizard's events. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { expect, type Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';

const WCAG = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
/** axe-core itself, put into the page once per document and run at each check. */
const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** Runs axe's WCAG 2.2 AA rules on the page and expects no violation (listed by rule and element). */
export async function expectNoViolations(page: Page) {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ content: AXE_SOURCE });
  const results = await page.evaluate(
    (tags) =>
      (window as unknown as { axe: { run: (context: Document, options: object) => Promise<AxeResults> } }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
      }),
    WCAG,
  );
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  expect(summary).toEqual([]);
}

/** Counts layout shifts not caused by input, from the start of the page (call before `goto`). */
export async function watchShifts(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { shift: number };
    w.shift = 0;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as unknown as { value: number; hadRecentInput: boolean }[]) {
        if (!entry.hadRecentInput) w.shift += entry.value;
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
}

/** The layout shift counted so far by `watchShifts`. */
export const shifts = (page: Page) => page.evaluate(() => (window as unknown as { shift: number }).shift);

/** How far the page is wider than the window (0 or less: nothing overflows). */
export const overflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);

/** One of the wizard's events as the host page received it. */
export type Recorded = { type: string; detail: Record<string, unknown> };

/** Records the wizard's five events as the host page receives them (they bubble to the document). */
export async function recordEvents(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as { wizardEvents: Recorded[] };
    w.wizardEvents = [];
    for (const type of ['wizard-start', 'wizard-answer', 'wizard-step', 'wizard-complete', 'wizard-cta']) {
      document.addEventListener(type, (event) => w.wizardEvents.push({ type, detail: (event as CustomEvent).detail }));
    }
  });
}

/** The events recorded so far, in order. */
export const events = (page: Page) => page.evaluate(() => (window as unknown as { wizardEvents: Recorded[] }).wizardEvents);
