// @vitest-environment node
/**
 * `npm run dev` serves the standalone page's head script (scripts/vite-page-head.ts): the page names
 * it, and the address it names answers with the script, not the app's HTML fallback.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';

let server: ViteDevServer;
let base = '';

beforeAll(async () => {
  server = await createServer({ configFile: 'vite.config.ts', logLevel: 'silent', server: { port: 0, host: '127.0.0.1' } });
  await server.listen();
  const address = server.httpServer?.address();
  if (!address || typeof address === 'string') throw new Error('the dev server has no port');
  base = `http://127.0.0.1:${address.port}`;
}, 60_000);

afterAll(async () => {
  await server?.close();
});

describe('the dev server', () => {
  it('names the head script on the page and serves it as JavaScript', async () => {
    const html = await (await fetch(`${base}/`)).text();
    const src = /<script src="([^"]*page-head[^"]*)"><\/script>/.exec(html)?.[1];
    expect(src).toBeDefined();
    const script = await fetch(`${base}${src}`);
    expect(script.status).toBe(200);
    expect(script.headers.get('content-type')).toMatch(/javascript/);
    const code = await script.text();
    expect(code).not.toMatch(/<html/i);
    expect(code).toContain('location.replace');
  });
});
