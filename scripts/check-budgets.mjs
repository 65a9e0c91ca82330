// Size budgets, checked against the production build (run after `npm run build`).
// Initial JavaScript = an entry chunk plus every chunk it imports statically (the build manifest
// says which); lazy chunks (dynamic imports) are reported, not counted. Sizes are gzipped (level 9),
// in kB of 1000 bytes, as Vite prints them. An overrun fails with the figure and the limit.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const BUDGETS = [
  { name: 'Standalone app, initial JS', dir: 'dist', manifest: 'dist/.vite/manifest.json', entry: 'index.html', limit: 80 },
  { name: 'Custom element, initial module', dir: 'dist/embed', manifest: 'dist/embed/manifest-element.json', entry: 'src/embed/element.tsx', limit: 85 },
  { name: 'Iframe loader', dir: 'dist/embed', file: 'embed.js', limit: 2.2 },
  // Fetched by the loader only for data-mode="popup".
  { name: "Iframe loader's popup", dir: 'dist/embed', file: 'embed-popup.js', limit: 5 },
];

const gz = (path) => gzipSync(readFileSync(path), { level: 9 }).length / 1000;

function fail(message) {
  console.error(`budgets: ${message}`);
  process.exit(1);
}

function measure(budget) {
  if (budget.file) {
    const path = join(budget.dir, budget.file);
    if (!existsSync(path)) fail(`${path} is missing; run npm run build first.`);
    return { initial: gz(path), files: [budget.file], lazy: [] };
  }
  if (!existsSync(budget.manifest)) fail(`${budget.manifest} is missing; run npm run build first.`);
  const manifest = JSON.parse(readFileSync(budget.manifest, 'utf8'));
  const initial = new Set();
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || initial.has(chunk.file)) return;
    initial.add(chunk.file);
    for (const next of chunk.imports ?? []) visit(next);
  };
  visit(budget.entry);
  if (initial.size === 0) fail(`${budget.entry} is not in ${budget.manifest}.`);
  // The lazy chunks are the ones this entry can load later (another page's, such as the embed
  // builder's, are not this entry's).
  const reachable = new Set();
  const reach = (key) => {
    const chunk = manifest[key];
    if (!chunk || reachable.has(key)) return;
    reachable.add(key);
    for (const next of [...(chunk.imports ?? []), ...(chunk.dynamicImports ?? [])]) reach(next);
  };
  reach(budget.entry);
  const lazy = [...reachable]
    .map((key) => manifest[key])
    .filter((chunk) => chunk.file.endsWith('.js') && !initial.has(chunk.file))
    .map((chunk) => ({ file: chunk.file, size: gz(join(budget.dir, chunk.file)) }));
  const size = [...initial].filter((f) => f.endsWith('.js')).reduce((sum, f) => sum + gz(join(budget.dir, f)), 0);
  return { initial: size, files: [...initial], lazy };
}

let over = 0;
console.log('Budget                          gzipped    limit');
for (const budget of BUDGETS) {
  const { initial, lazy } = measure(budget);
  const ok = initial <= budget.limit;
  if (!ok) over += 1;
  console.log(`${budget.name.padEnd(32)}${initial.toFixed(1).padStart(7)} kB ${String(budget.limit).padStart(5)} kB  ${ok ? 'ok' : 'OVER BUDGET'}`);
  for (const chunk of lazy) console.log(`  lazy: ${chunk.file.padEnd(40)}${chunk.size.toFixed(1).padStart(7)} kB (not counted)`);
}
if (over > 0) fail(`${over} budget(s) exceeded; see the figures above.`);
