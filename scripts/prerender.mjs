// Puts the prerendered intro (from the SSR build in dist-ssr/) into the page of each language, in
// place of the <!--app--> marker, so the page shows its first content before any JavaScript runs:
// dist/index.html in English, dist/de/index.html in German (with its title and description, and
// the German words' chunk preloaded so the page hydrates without waiting for it). Another build
// folder can be named (`node scripts/prerender.mjs dist-eager`: the benchmark's baseline, whose
// German words are in its one bundle, so there is no chunk to preload).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const dir = process.argv[2] ?? 'dist';
const { renderIntro } = await import(pathToFileURL('dist-ssr/prerender.js').href);
const template = readFileSync(`${dir}/index.html`, 'utf8');
if (!template.includes('<!--app-->') || !template.includes('<html lang="en">')) {
  console.error(`prerender: ${dir}/index.html lacks the <!--app--> marker or <html lang="en">`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(`${dir}/.vite/manifest.json`, 'utf8'));
const germanChunk = manifest['src/logic/locale/de/german.ts']?.file;
if (!germanChunk && dir === 'dist') {
  console.error('prerender: no German chunk in dist/.vite/manifest.json');
  process.exit(1);
}

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

const PAGES = [
  { lang: 'en', file: `${dir}/index.html`, alternate: { lang: 'de', href: 'de/' } },
  { lang: 'de', file: `${dir}/de/index.html`, alternate: { lang: 'en', href: '../?lang=en' }, preload: germanChunk && `/${germanChunk}` },
];

for (const page of PAGES) {
  const { html, title, description } = await renderIntro(page.lang);
  const head = [
    `<link rel="alternate" hreflang="${page.alternate.lang}" href="${page.alternate.href}" />`,
    ...(page.preload ? [`<link rel="modulepreload" crossorigin href="${page.preload}" />`] : []),
  ].join('\n    ');
  const out = template
    .replace('<html lang="en">', `<html lang="${page.lang}" data-prerendered="${page.lang}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`)
    .replace(/(<meta name="description" content=")[^"]*(")/, `$1${escapeHtml(description)}$2`)
    .replace('</head>', `  ${head}\n  </head>`)
    .replace('<!--app-->', html);
  mkdirSync(page.file.replace(/\/[^/]+$/, ''), { recursive: true });
  writeFileSync(page.file, out);
  console.log(`prerender: ${page.lang} intro written into ${page.file}`);
}
rmSync('dist-ssr', { recursive: true, force: true });
