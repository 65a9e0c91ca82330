// Puts the prerendered intro (from the SSR build in dist-ssr/) into the page of each language of the
// registry (src/locale/languages.ts), in place of the <!--app--> marker, so the page shows its first
// content before any JavaScript runs: dist/index.html for the default language, dist/<folder>/index.html
// for each other one, with its title, description and hreflang alternates, and that language's
// chunk preloaded so the page hydrates without waiting for it. Another build folder can be named
// (`node scripts/prerender.mjs dist-eager`: the benchmark's baseline, whose words are in its one
// bundle, so there is no chunk to preload).
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const dir = process.argv[2] ?? 'dist';
const { renderIntro, PAGES } = await import(pathToFileURL('dist-ssr/prerender.js').href);
const template = readFileSync(`${dir}/index.html`, 'utf8');
if (!template.includes('<!--app-->') || !template.includes('<html lang="en">')) {
  console.error(`prerender: ${dir}/index.html lacks the <!--app--> marker or <html lang="en">`);
  process.exit(1);
}
const manifest = JSON.parse(readFileSync(`${dir}/.vite/manifest.json`, 'utf8'));

const escapeHtml = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

for (const page of PAGES) {
  const chunk = manifest[`src/locale/${page.lang}/index.ts`]?.file;
  if (!chunk && dir === 'dist') {
    console.error(`prerender: no chunk for src/locale/${page.lang}/index.ts in ${dir}/.vite/manifest.json`);
    process.exit(1);
  }
  const { html, title, description } = await renderIntro(page.lang);
  // Every other language's page, relative to this one (pages sit one folder below the default one).
  const up = page.path ? '../' : '';
  const alternates = PAGES.filter((other) => other.lang !== page.lang).map(
    (other) => `<link rel="alternate" hreflang="${other.lang}" href="${up}${other.path}${other.path ? '' : `?lang=${other.lang}`}" />`,
  );
  // The default language's first words are in the main bundle; another language's intro needs its chunk.
  const preload = page.path && chunk ? [`<link rel="modulepreload" crossorigin href="/${chunk}" />`] : [];
  const head = [...alternates, ...preload].join('\n    ');
  const out = template
    .replace('<html lang="en">', `<html lang="${page.lang}" data-prerendered="${page.lang}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(title)}</title>`)
    .replace(/(<meta name="description" content=")[^"]*(")/, `$1${escapeHtml(description)}$2`)
    .replace('</head>', `  ${head}\n  </head>`)
    .replace('<!--app-->', html);
  const file = `${dir}/${page.path}index.html`;
  mkdirSync(file.replace(/\/[^/]+$/, ''), { recursive: true });
  writeFileSync(file, out);
  console.log(`prerender: ${page.lang} intro written into ${file}`);
}
rmSync('dist-ssr', { recursive: true, force: true });
