// The benchmark behind `npm run bench` (start it through run.mjs, which installs this folder's
// dependencies first):
//
// 1. Builds the app twice (unless --no-build): dist/ (`npm run build`, the chart loads lazily) and
//    dist-eager/ (Vite's JS API on vite.config.ts with every dynamic import inlined, its intro
//    prerendered like dist/'s: the baseline).
// 2. Serves both folders on 127.0.0.1 (free ports) with sirv, text files gzipped ahead of time.
// 3. Runs Lighthouse (mobile defaults: simulated slow 4G + 4x CPU slowdown, performance only) against
//    each page `runs` times, interleaved round-robin so machine noise hits every page alike, with a
//    fresh Chromium per run.
// 4. Prints the medians table, writes it between the bench markers in docs/performance.md (text
//    around the markers survives re-runs) and the raw per-run numbers to .lighthouse/bench.json.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import sirv from 'sirv';
import { loadConfigFromFile, build as viteBuild } from 'vite';
import { docBlock, fmtKb, fmtMs, median, table, writeDoc } from './report.mjs';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DOC = join(ROOT, 'docs', 'performance.md');
const RAW = join(ROOT, '.lighthouse', 'bench.json');
const WWW = join(ROOT, '.lighthouse', 'www'); // the served copies of dist/ and dist-eager/
const TEXT = /\.(html|m?js|css|json|webmanifest|map|svg|txt|xml)$/;
const RESULT_HASH = '#v=1&devices=many&sharing=team&threat=device&backups=none&step=result';
const RUN_TIMEOUT_MS = 150_000; // one Lighthouse run; Lighthouse's own page-load limit is 45 s
const CHROME_FLAGS = [
  '--headless=new',
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

// `against`: the eager page each row is compared with (ratios = this page / eager page).
const PAGES = [
  { id: 'intro', label: 'Standalone intro `/`', dist: 'dist', path: '/', hash: '', against: 'eager-intro' },
  { id: 'intro-de', label: 'Standalone intro in German `/de/`', dist: 'dist', path: '/de/', hash: '', against: 'eager-intro' },
  { id: 'result', label: 'Standalone result from a link', dist: 'dist', path: '/', hash: RESULT_HASH, against: 'eager-result' },
  {
    id: 'custom-element',
    label: 'Embed: `/examples/custom-element.html`',
    dist: 'dist',
    path: '/examples/custom-element.html',
    hash: '',
    against: 'eager-intro',
  },
  { id: 'iframe', label: 'Embed: `/examples/iframe.html`', dist: 'dist', path: '/examples/iframe.html', hash: '', against: 'eager-intro' },
  { id: 'eager-intro', label: 'Eager build: intro `/`', dist: 'dist-eager', path: '/', hash: '', against: null },
  { id: 'eager-result', label: 'Eager build: result from a link', dist: 'dist-eager', path: '/', hash: RESULT_HASH, against: null },
];

/**
 * The eager baseline: the project's Vite config with every dynamic import inlined, into dist-eager/,
 * its intro prerendered as the real build's is (so the two differ only in what loads lazily).
 */
async function buildEager() {
  console.log('\nbench: eager build (vite.config.ts, dynamic imports inlined, intro prerendered) → dist-eager/');
  // The config as loaded, with the wizard's page as its only entry: a second entry (the embed
  // builder's) needs code splitting, and a merged inline config could not take that entry away.
  const loaded = await loadConfigFromFile({ command: 'build', mode: 'production' }, join(ROOT, 'vite.config.ts'), ROOT);
  if (!loaded) throw new Error('bench: could not load vite.config.ts');
  const { config } = loaded;
  await viteBuild({
    ...config,
    // Without the plugin that groups the page's modules into one `app` chunk: it sets the
    // output's code splitting itself, which would split this build again.
    plugins: (config.plugins ?? []).flat(Infinity).filter((plugin) => plugin?.name !== 'piw-app-chunk'),
    root: ROOT,
    configFile: false,
    build: {
      ...config.build,
      outDir: 'dist-eager',
      emptyOutDir: true,
      rolldownOptions: {
        ...config.build?.rolldownOptions,
        input: { index: join(ROOT, 'index.html') },
        output: { codeSplitting: false }, // the former `inlineDynamicImports: true`
      },
      chunkSizeWarningLimit: Infinity, // one big bundle is the point of this build
    },
  });
  sh('npx', ['vite', 'build', '--ssr', 'src/prerender.tsx', '--outDir', 'dist-ssr']);
  sh('node', ['scripts/prerender.mjs', 'dist-eager']);
}

/**
 * Serves a copy of `dist` in which every text file has a `.gz` twin (level 9), which sirv sends to
 * browsers that accept gzip, as a CDN would. Compressing ahead of time keeps the server's latency
 * out of the figures: gzip on the fly delays the scripts just enough for Lighthouse to leave them
 * out of its simulated first paint in some runs and not others.
 */
function serve(dist) {
  const dir = join(WWW, dist);
  rmSync(dir, { recursive: true, force: true });
  cpSync(join(ROOT, dist), dir, { recursive: true });
  for (const name of readdirSync(dir, { recursive: true }).filter((n) => TEXT.test(n))) {
    const raw = readFileSync(join(dir, name));
    const gz = gzipSync(raw, { level: 9 });
    if (gz.length < raw.length) writeFileSync(join(dir, `${name}.gz`), gz);
  }
  const server = createServer(sirv(dir, { gzip: true }));
  return new Promise((done, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => done({ server, origin: `http://127.0.0.1:${server.address().port}` }));
  });
}

async function lighthouseRun(url, chromePath) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  let timer;
  try {
    // No config = Lighthouse's default: mobile emulation, simulated throttling (slow 4G, 4x CPU).
    const run = lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    run.catch(() => {}); // after a timeout, its late rejection (Chromium killed) must not crash the script
    const timeout = new Promise((_, fail) => {
      timer = setTimeout(() => fail(new Error(`Lighthouse run timed out after ${RUN_TIMEOUT_MS / 1000} s`)), RUN_TIMEOUT_MS);
    });
    const result = await Promise.race([run, timeout]);
    if (!result) throw new Error('Lighthouse returned no result');
    return result.lhr;
  } finally {
    clearTimeout(timer);
    try {
      chrome.kill();
    } catch {
      // already gone
    }
  }
}

function metrics(lhr, origin) {
  const audit = (id) => lhr.audits[id]?.numericValue ?? null;
  const items = lhr.audits['network-requests']?.details?.items ?? [];
  const scripts = items.filter((i) => i.resourceType === 'Script');
  const score = lhr.categories.performance?.score;
  return {
    score: typeof score === 'number' ? Math.round(score * 100) : null,
    fcp: audit('first-contentful-paint'),
    lcp: audit('largest-contentful-paint'),
    tbt: audit('total-blocking-time'),
    cls: audit('cumulative-layout-shift'),
    jsTransferBytes: scripts.reduce((sum, i) => sum + (i.transferSize ?? 0), 0),
    jsResourceBytes: scripts.reduce((sum, i) => sum + (i.resourceSize ?? 0), 0),
    scripts: scripts.map((i) => ({ url: i.url.replace(origin, ''), transferSize: i.transferSize, resourceSize: i.resourceSize })),
    requests: items.length,
    externalRequests: items.map((i) => i.url).filter((u) => /^https?:/.test(u) && new URL(u).origin !== origin),
    runtimeError: lhr.runtimeError?.code ?? null,
    warnings: lhr.runWarnings ?? [],
  };
}

function sh(cmd, args) {
  console.log(`\n$ ${cmd} ${args.join(' ')}`);
  const res = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (res.status !== 0) throw new Error(`\`${cmd} ${args.join(' ')}\` failed (exit ${res.status ?? res.signal})`);
}

/** Runs the whole benchmark; resolves to the process exit code. */
export async function bench({ build, runs, chromePath }) {
  const startedAt = Date.now();
  if (build) {
    sh('npm', ['run', 'build']);
    await buildEager();
  }
  const missingBuild = ['dist', 'dist-eager'].find((dist) => !existsSync(join(ROOT, dist, 'index.html')));
  if (missingBuild) {
    console.error(`bench: ${missingBuild}/index.html is missing. Run without --no-build to build it.`);
    return 1;
  }

  // Debian's wrapper script prints noise on stderr; the version is the first stdout line.
  const version = execFileSync(chromePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 20_000 });
  const browser = version.trim().split('\n')[0];
  const servers = { dist: await serve('dist'), 'dist-eager': await serve('dist-eager') };
  const measureStartedAt = Date.now();
  const pages = PAGES.map((p) => {
    const exists = existsSync(join(ROOT, p.dist, p.path.endsWith('/') ? `${p.path}index.html` : p.path));
    if (!exists) console.log(`bench: ${p.dist}${p.path} does not exist yet: "${p.label}" is marked missing.`);
    const origin = servers[p.dist].origin;
    return { ...p, origin, url: origin + p.path + p.hash, status: exists ? 'ok' : 'missing', runs: [], errors: [] };
  });
  const measured = pages.filter((p) => p.status === 'ok');

  console.log(`\nbench: ${measured.length} pages × ${runs} run${runs === 1 ? '' : 's'}, interleaved; ${browser}; Lighthouse mobile defaults.`);
  let lighthouseVersion = 'unknown';
  for (let round = 1, n = 1; round <= runs; round++) {
    for (const page of measured) {
      const t0 = Date.now();
      process.stdout.write(`  [${n++}/${measured.length * runs}] run ${round} ${page.label} … `);
      try {
        const lhr = await lighthouseRun(page.url, chromePath);
        lighthouseVersion = lhr.lighthouseVersion;
        const m = { round, ...metrics(lhr, page.origin), seconds: (Date.now() - t0) / 1000 };
        page.runs.push(m);
        console.log(
          `score ${m.score} FCP ${fmtMs(m.fcp)} LCP ${fmtMs(m.lcp)} TBT ${fmtMs(m.tbt)} JS ${fmtKb(m.jsTransferBytes)} kB (${m.seconds.toFixed(1)} s)`,
        );
        if (m.runtimeError) console.log(`    Lighthouse runtime error: ${m.runtimeError}`);
        if (m.externalRequests.length) console.log(`    requests to other origins: ${m.externalRequests.join(', ')}`);
      } catch (err) {
        page.errors.push({ round, message: err instanceof Error ? err.message : String(err) });
        console.log(`FAILED: ${page.errors.at(-1).message}`);
      }
    }
  }
  for (const { server } of Object.values(servers)) server.close();

  for (const page of measured) {
    const ok = page.runs.filter((r) => !r.runtimeError);
    if (ok.length === 0) Object.assign(page, { status: 'failed', error: page.errors[0]?.message ?? page.runs[0]?.runtimeError ?? 'no successful run' });
    for (const key of ['score', 'fcp', 'lcp', 'tbt', 'cls', 'jsTransferBytes']) page[key] = median(ok.map((r) => r[key]));
  }

  const seconds = Math.round((Date.now() - startedAt) / 1000);
  const lighthouseSeconds = Math.round((Date.now() - measureStartedAt) / 1000);
  const external = [...new Set(measured.flatMap((p) => p.runs.flatMap((r) => r.externalRequests)))];
  const tbl = table(pages);
  console.log(`\n${tbl}\n`);
  writeDoc(DOC, docBlock({ tbl, pages, lighthouseVersion, browser, runs, build, seconds, lighthouseSeconds, external }));
  const raw = { date: new Date().toISOString(), chromium: browser, lighthouse: lighthouseVersion, runs, seconds, lighthouseSeconds, pages };
  mkdirSync(dirname(RAW), { recursive: true });
  writeFileSync(RAW, `${JSON.stringify(raw, null, 2)}\n`);
  console.log(`bench: wrote docs/performance.md and .lighthouse/bench.json in ${seconds} s.`);
  if (external.length) console.log(`bench: WARNING: requests to other origins: ${external.join(', ')}`);
  if (pages.some((p) => p.status === 'failed')) {
    console.error('bench: some pages failed every run; see the table and .lighthouse/bench.json.');
    return 1;
  }
  return 0;
}
