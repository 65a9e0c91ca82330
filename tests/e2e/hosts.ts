import type { Page, Request } from '@playwright/test';

/** Host pages on a second origin (tests/e2e/hostile/host.html, served by the second web server). */
export const HOSTILE = `http://127.0.0.1:${process.env.HOSTILE_PORT ?? 4175}`;

/** A host page on the second origin, with this markup and the wizard's element and/or loader. */
export function hostPage(wizard: string, markup: string, scripts: { element?: boolean; loader?: boolean }, query = '') {
  const params = new URLSearchParams({ wizard: `${wizard}/`, markup });
  if (scripts.element) params.set('element', '');
  if (scripts.loader) params.set('loader', '');
  return `${HOSTILE}/host.html?${params}${query}`;
}

/** Every request the page makes to an origin other than the wizard's and the host's. */
export function recordForeignRequests(page: Page, wizard: string): Request[] {
  const foreign: Request[] = [];
  page.on('request', (request) => {
    const origin = new URL(request.url()).origin;
    if (![wizard, HOSTILE].includes(origin) && !request.url().startsWith('data:')) foreign.push(request);
  });
  return foreign;
}
