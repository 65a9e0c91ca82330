// Puts the prerendered intro (from the SSR build in dist-ssr/) into dist/index.html, in place of
// the <!--app--> marker, so the page shows its first content before any JavaScript runs.
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const { renderIntro } = await import(pathToFileURL('dist-ssr/prerender.js').href);
const file = 'dist/index.html';
const html = readFileSync(file, 'utf8');
if (!html.includes('<!--app-->')) {
  console.error(`prerender: no <!--app--> marker in ${file}`);
  process.exit(1);
}
writeFileSync(file, html.replace('<!--app-->', renderIntro()));
rmSync('dist-ssr', { recursive: true, force: true });
console.log(`prerender: intro written into ${file}`);
