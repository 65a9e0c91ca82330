/**
 * The standalone pages' head script, as a file of our own origin (no inline script, so a strict
 * `script-src 'self'` CSP allows it): src/page-head.ts bundled into one small classic script that
 * runs before anything is painted. The build writes it as `assets/page-head-<hash>.js`; the dev
 * server bundles it on each request. index.html names it with the `<!--page-head-->` marker.
 */
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { build, type Plugin } from 'vite';

const MARKER = '<!--page-head-->';

async function bundle(entry: string): Promise<string> {
  const output = await build({
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      target: 'es2017',
      minify: true,
      lib: { entry, formats: ['iife'], name: 'piwPageHead', fileName: () => 'page-head.js' },
    },
  });
  const [result] = Array.isArray(output) ? output : [output];
  const chunk = result && 'output' in result ? result.output.find((file) => file.type === 'chunk') : undefined;
  if (!chunk || chunk.type !== 'chunk') throw new Error('page-head: the bundle has no chunk');
  return chunk.code;
}

export function pageHead(root: string): Plugin {
  const entry = resolve(root, 'src/page-head.ts');
  let fileName = 'page-head.js';
  let code = '';
  let building = false;
  return {
    name: 'piw-page-head',
    configResolved(config) {
      building = config.command === 'build';
    },
    configureServer(server) {
      server.middlewares.use(`/${fileName}`, (_request, response, next) => {
        bundle(entry).then((text) => {
          response.setHeader('Content-Type', 'text/javascript');
          response.end(text);
        }, next);
      });
    },
    async buildStart() {
      // The dev server serves the script itself (above); only a client build writes the file.
      if (!building || this.environment?.config.build.ssr) return;
      code = await bundle(entry);
      fileName = `assets/page-head-${createHash('sha256').update(code).digest('hex').slice(0, 8)}.js`;
      this.emitFile({ type: 'asset', fileName, source: code });
    },
    transformIndexHtml(html, { filename }) {
      // Only the wizard's own page runs the head script (its language redirect is for that page);
      // another page of ours, such as the embed builder's, has no marker and is left as it is.
      if (filename !== resolve(root, 'index.html') && !html.includes(MARKER)) return html;
      if (!html.includes(MARKER)) throw new Error(`page-head: index.html lacks ${MARKER}`);
      return html.replace(MARKER, `<script src="/${fileName}"></script>`);
    },
  };
}
