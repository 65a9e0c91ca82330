// `npm run bench`: measures the production build with Lighthouse and writes docs/performance.md.
//
// 1. Builds the app twice (unless --no-build): dist/ (`npm run build`, the chart loads lazily) and
//    dist-eager/ (vite.eager.config.ts, every dynamic import inlined: the baseline).
// 2. Serves both folders from a tiny static server on 127.0.0.1 (free ports, gzip like a CDN).
// 3. Runs Lighthouse (mobile defaults: simulated slow 4G + 4x CPU slowdown, performance only) against
//    each page RUNS times, interleaved round-robin so machine noise hits every page alike, with a
//    fresh Chromium per run.
// 4. Prints the medians table, writes it between the bench markers in docs/performance.md (text
//    around the markers survives re-runs) and the raw per-run numbers to .lighthouse/bench.json.
//
// Options: --no-build (measure the existing dist/ and dist-eager/), --runs=N (default 3).
// Environment: CHROME_PATH (default /usr/bin/chromium).
import { spawnSync, execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { requireChromium } from './check-browser.mjs';
import { createServer } from 'node:http';
import { dirname, extname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const DIST = join(ROOT, 'dist');
const DIST_EAGER = join(ROOT, 'dist-eager');
const DOC = join(ROOT, 'docs', 'performance.md');
const RAW = join(ROOT, '.lighthouse', 'bench.json');
const START = '<!-- bench:start -->';
const END = '<!-- bench:end -->';
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

const startedAt = Date.now();
const args = process.argv.slice(2);
const build = !args.includes('--no-build');
const runsArg = args.find((a) => a.startsWith('--runs='));
const RUNS = runsArg ? Number(runsArg.slice('--runs='.length)) : 3;
const unknown = args.filter((a) => a !== '--no-build' && !a.startsWith('--runs='));
if (unknown.length > 0 || !Number.isInteger(RUNS) || RUNS < 1) {
  console.error(`Usage: npm run bench [-- --no-build] [-- --runs=N]   (unknown: ${unknown.join(' ') || `--runs=${RUNS}`})`);
  process.exit(2);
}

// ---------------------------------------------------------------------------------------------
// Chromium

const chromePath = requireChromium('npm run bench');

function chromeVersion() {
  try {
    // Debian's wrapper script prints noise on stderr; the version is the first stdout line.
    const out = execFileSync(chromePath, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 20_000 });
    return out.trim().split('\n')[0] ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

// Imported after the Chromium check so a missing browser fails fast with the message above.
const { default: lighthouse } = await import('lighthouse');
const chromeLauncher = await import('chrome-launcher');

// ---------------------------------------------------------------------------------------------
// Build

function run(cmd, cmdArgs) {
  console.log(`\n$ ${cmd} ${cmdArgs.join(' ')}`);
  const res = spawnSync(cmd, cmdArgs, { cwd: ROOT, stdio: 'inherit', shell: process.platform === 'win32' });
  if (res.status !== 0) {
    console.error(`\nbench: \`${cmd} ${cmdArgs.join(' ')}\` failed (exit ${res.status ?? res.signal}).`);
    process.exit(1);
  }
}

if (build) {
  run('npm', ['run', 'build']);
  run('npx', ['vite', 'build', '-c', 'vite.eager.config.ts']);
}
for (const dir of [DIST, DIST_EAGER]) {
  if (!existsSync(join(dir, 'index.html'))) {
    console.error(`bench: ${relative(ROOT, dir)}/index.html is missing. Run without --no-build to build it.`);
    process.exit(1);
  }
}

// ---------------------------------------------------------------------------------------------
// Static server: files read and gzipped once at start, so compression costs nothing while measuring.

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
};
const COMPRESSIBLE = new Set(['.html', '.js', '.mjs', '.css', '.json', '.webmanifest', '.map', '.svg', '.txt', '.xml']);

function loadFiles(dir) {
  const files = new Map();
  const walk = (d) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else {
        const ext = extname(name).toLowerCase();
        const raw = readFileSync(full);
        const gz = COMPRESSIBLE.has(ext) ? gzipSync(raw, { level: 9 }) : null;
        files.set('/' + relative(dir, full).split(sep).join('/'), {
          type: TYPES[ext] ?? 'application/octet-stream',
          raw,
          gz: gz && gz.length < raw.length ? gz : null,
        });
      }
    }
  };
  walk(dir);
  return files;
}

function startServer(dir) {
  const files = loadFiles(dir);
  const server = createServer((req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url ?? '/', 'http://localhost').pathname);
    } catch {
      res.writeHead(400).end();
      return;
    }
    if (path.endsWith('/')) path += 'index.html';
    const file = files.get(path) ?? files.get(path + '/index.html');
    if (!file || (req.method !== 'GET' && req.method !== 'HEAD')) {
      res.writeHead(file ? 405 : 404, { 'Content-Type': 'text/plain; charset=utf-8' }).end(file ? 'Method not allowed' : 'Not found');
      return;
    }
    const gzip = file.gz && /\bgzip\b/.test(String(req.headers['accept-encoding'] ?? ''));
    const body = gzip ? file.gz : file.raw;
    const headers = { 'Content-Type': file.type, 'Content-Length': body.length };
    if (file.gz) headers['Vary'] = 'Accept-Encoding';
    if (gzip) headers['Content-Encoding'] = 'gzip';
    res.writeHead(200, headers);
    res.end(req.method === 'HEAD' ? undefined : body);
  });
  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (server.address());
      resolvePromise({ server, origin: `http://127.0.0.1:${port}`, files });
    });
  });
}

// ---------------------------------------------------------------------------------------------
// Lighthouse

const activeChromes = new Set();

async function lighthouseRun(url) {
  const chrome = await chromeLauncher.launch({ chromePath, chromeFlags: CHROME_FLAGS, logLevel: 'silent' });
  activeChromes.add(chrome);
  let timer;
  try {
    const timeout = new Promise((_, reject) => {
      timer = setTimeout(() => reject(new Error(`Lighthouse run timed out after ${RUN_TIMEOUT_MS / 1000} s`)), RUN_TIMEOUT_MS);
    });
    // No config = Lighthouse's default: mobile emulation, simulated throttling (slow 4G, 4x CPU).
    const run = lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: ['performance'] });
    run.catch(() => {}); // after a timeout, its late rejection (Chromium killed) must not crash the script
    const result = await Promise.race([run, timeout]);
    if (!result) throw new Error('Lighthouse returned no result');
    return result.lhr;
  } finally {
    clearTimeout(timer);
    activeChromes.delete(chrome);
    await killChrome(chrome);
  }
}

async function killChrome(chrome) {
  try {
    await chrome.kill();
  } catch {
    // already gone
  }
}

function metrics(lhr, origin) {
  const audit = (id) => lhr.audits[id]?.numericValue ?? null;
  const items = lhr.audits['network-requests']?.details?.items ?? [];
  const scripts = items.filter((i) => i.resourceType === 'Script');
  const external = items
    .map((i) => i.url)
    .filter((u) => /^https?:/.test(u) && new URL(u).origin !== origin);
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
    externalRequests: external,
    runtimeError: lhr.runtimeError?.code ?? null,
    warnings: lhr.runWarnings ?? [],
    userAgent: lhr.environment?.hostUserAgent ?? null,
  };
}

// ---------------------------------------------------------------------------------------------
// Formatting

const median = (values) => {
  const v = values.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = Math.floor(v.length / 2);
  return v.length % 2 ? v[mid] : (v[mid - 1] + v[mid]) / 2;
};
const fmtMs = (x) => (x == null ? 'n/a' : `${Math.round(x).toLocaleString('en-US')}`);
const fmtKb = (x) => (x == null ? 'n/a' : (x / 1000).toFixed(1));
const fmtCls = (x) => (x == null ? 'n/a' : x.toFixed(3));
const fmtRatio = (a, b) => (a == null || b == null || b === 0 ? '—' : `${(a / b).toFixed(2)}×`);

function table(pages, summary) {
  const head = [
    'Page',
    'Score',
    'Score range',
    'FCP (ms)',
    'LCP (ms)',
    'TBT (ms)',
    'CLS',
    'JS transferred (kB)',
    'FCP vs eager',
    'LCP vs eager',
    'JS vs eager',
  ];
  const lines = [`| ${head.join(' | ')} |`, `|${head.map((h, i) => (i === 0 ? ' --- ' : ' ---: ')).join('|')}|`];
  for (const page of pages) {
    const s = summary[page.id];
    if (!s || s.status !== 'ok') {
      const why = s?.status === 'missing' ? `missing (${page.path} not in ${page.dist}/)` : `failed (${s?.error ?? 'no run'})`;
      lines.push(`| ${page.label} | ${why} |${' |'.repeat(head.length - 2)}`);
      continue;
    }
    const base = page.against ? summary[page.against] : null;
    const b = base?.status === 'ok' ? base : null;
    const scores = s.runs.map((r) => r.score).filter((x) => x != null);
    lines.push(
      '| ' +
        [
          page.label,
          s.score == null ? 'n/a' : String(Math.round(s.score)),
          scores.length ? `${Math.min(...scores)}–${Math.max(...scores)}` : 'n/a',
          fmtMs(s.fcp),
          fmtMs(s.lcp),
          fmtMs(s.tbt),
          fmtCls(s.cls),
          fmtKb(s.jsTransferBytes),
          page.against ? fmtRatio(s.fcp, b?.fcp) : '—',
          page.against ? fmtRatio(s.lcp, b?.lcp) : '—',
          page.against ? fmtRatio(s.jsTransferBytes, b?.jsTransferBytes) : '—',
        ].join(' | ') +
        ' |',
    );
  }
  return lines.join('\n');
}

function writeDoc(block) {
  const generated = `${START}\n${block}\n${END}`;
  let text;
  if (!existsSync(DOC)) {
    text =
      '# Performance\n\n' +
      `${generated}\n\n` +
      '## Budgets\n\n' +
      'Budgets are enforced by `npm test` against the production build (see scripts/check-budgets.mjs).\n';
  } else {
    const old = readFileSync(DOC, 'utf8');
    const s = old.indexOf(START);
    const e = old.indexOf(END);
    if (s !== -1 && e > s) {
      text = old.slice(0, s) + generated + old.slice(e + END.length);
    } else {
      // No markers yet: put the generated block under the first heading, keep everything else.
      const h1 = old.match(/^# .*\n/m);
      const at = h1 ? (h1.index ?? 0) + h1[0].length : 0;
      text = `${old.slice(0, at)}\n${generated}\n\n${old.slice(at).replace(/^\n+/, '')}`;
    }
  }
  mkdirSync(dirname(DOC), { recursive: true });
  writeFileSync(DOC, text);
}

// ---------------------------------------------------------------------------------------------
// Main

const servers = [];
let interrupted = false;
async function cleanup() {
  await Promise.all([...activeChromes].map(killChrome));
  activeChromes.clear();
  await Promise.all(servers.map(({ server }) => new Promise((r) => server.close(() => r()))));
  servers.length = 0;
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    if (interrupted) return;
    interrupted = true;
    console.error(`\nbench: ${signal}, closing Chromium and the servers…`);
    cleanup().finally(() => process.exit(130));
  });
}

const measureStartedAt = Date.now();
let exitCode = 0;
try {
  const lazy = await startServer(DIST);
  servers.push(lazy);
  const eager = await startServer(DIST_EAGER);
  servers.push(eager);

  // `against`: the eager page each row is compared with (ratios = this page / eager page).
  const pages = [
    { id: 'intro', label: 'Standalone intro `/`', srv: lazy, dist: 'dist', path: '/', hash: '', against: 'eager-intro' },
    { id: 'result', label: 'Standalone result from a link', srv: lazy, dist: 'dist', path: '/', hash: RESULT_HASH, against: 'eager-result' },
    { id: 'custom-element', label: 'Embed: `/examples/custom-element.html`', srv: lazy, dist: 'dist', path: '/examples/custom-element.html', hash: '', against: 'eager-intro' },
    { id: 'iframe', label: 'Embed: `/examples/iframe.html`', srv: lazy, dist: 'dist', path: '/examples/iframe.html', hash: '', against: 'eager-intro' },
    { id: 'eager-intro', label: 'Eager chart: intro `/`', srv: eager, dist: 'dist-eager', path: '/', hash: '', against: null },
    { id: 'eager-result', label: 'Eager chart: result from a link', srv: eager, dist: 'dist-eager', path: '/', hash: RESULT_HASH, against: null },
  ];
  const summary = {};
  for (const page of pages) {
    const servedPath = page.path.endsWith('/') ? page.path + 'index.html' : page.path;
    page.url = page.srv.origin + page.path + page.hash;
    summary[page.id] = page.srv.files.has(servedPath) ? { status: 'ok', runs: [], errors: [] } : { status: 'missing', runs: [], errors: [] };
  }
  const measured = pages.filter((p) => summary[p.id].status === 'ok');
  for (const p of pages.filter((x) => summary[x.id].status === 'missing')) {
    console.log(`bench: ${p.dist}${p.path} does not exist yet: "${p.label}" is marked missing.`);
  }

  const version = chromeVersion();
  console.log(`\nbench: ${measured.length} pages × ${RUNS} run${RUNS === 1 ? '' : 's'}, interleaved; ${version}; Lighthouse mobile defaults.`);
  let n = 0;
  for (let round = 1; round <= RUNS; round++) {
    for (const page of measured) {
      n++;
      const t0 = Date.now();
      process.stdout.write(`  [${n}/${measured.length * RUNS}] run ${round} ${page.label} … `);
      try {
        const lhr = await lighthouseRun(page.url);
        const m = metrics(lhr, page.srv.origin);
        summary[page.id].runs.push({ round, ...m, seconds: (Date.now() - t0) / 1000 });
        console.log(
          `score ${m.score} FCP ${fmtMs(m.fcp)} LCP ${fmtMs(m.lcp)} TBT ${fmtMs(m.tbt)} JS ${fmtKb(m.jsTransferBytes)} kB` +
            ` (${((Date.now() - t0) / 1000).toFixed(1)} s)`,
        );
        if (m.runtimeError) console.log(`    Lighthouse runtime error: ${m.runtimeError}`);
        if (m.externalRequests.length) console.log(`    requests to other origins: ${m.externalRequests.join(', ')}`);
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        summary[page.id].errors.push({ round, message });
        console.log(`FAILED: ${message}`);
      }
      if (interrupted) throw new Error('interrupted');
    }
  }

  for (const page of measured) {
    const s = summary[page.id];
    const ok = s.runs.filter((r) => !r.runtimeError);
    if (ok.length === 0) {
      s.status = 'failed';
      s.error = s.errors[0]?.message ?? s.runs[0]?.runtimeError ?? 'no successful run';
      exitCode = 1;
      continue;
    }
    for (const key of ['score', 'fcp', 'lcp', 'tbt', 'cls', 'jsTransferBytes']) s[key] = median(ok.map((r) => r[key]));
  }

  const seconds = Math.round((Date.now() - startedAt) / 1000);
  const lighthouseSeconds = Math.round((Date.now() - measureStartedAt) / 1000);
  const date = new Date().toISOString().slice(0, 10);
  const external = [...new Set(measured.flatMap((p) => summary[p.id].runs.flatMap((r) => r.externalRequests)))];
  const tbl = table(pages, summary);
  const block = [
    '_Generated by `npm run bench` (scripts/bench.mjs); everything between the bench markers is rewritten on each run._',
    '',
    'What is measured: the production build (`dist/`, the result page and the radar chart loaded lazily)',
    'against an "eager" build of the same app with every dynamic import inlined into one bundle',
    '(`dist-eager/`, vite.eager.config.ts), both',
    'served from 127.0.0.1 by a small static server that gzips text responses like a CDN would.',
    '',
    `How: Lighthouse ${lighthouseVersion()} with its mobile defaults (mobile emulation, simulated slow 4G`,
    `— 150 ms RTT, 1.6 Mbps — and 4× CPU slowdown), performance category only, a fresh Chromium per run,`,
    `${RUNS} run${RUNS === 1 ? '' : 's'} per page interleaved round-robin; every figure is the median of the runs (each column on its own).`,
    'JS transferred is the sum of `transferSize` (gzipped bytes on the wire, headers included) of the',
    'Script requests in the `network-requests` audit, in kB (1 kB = 1000 bytes). The ratio columns divide a',
    'page by its eager counterpart (intro by eager intro, result by eager result, the embed examples by',
    'eager intro): below 1.00× means the lazy build does better.',
    '',
    'Machine noise: absolute numbers depend on the machine and its load; compare only figures from one run',
    'of the benchmark (one table), never across tables or machines.',
    '',
    `- Date: ${date}`,
    `- Browser: ${version}`,
    `- Command: \`npm run bench\` (${seconds} s on this machine${build ? `, of which Lighthouse ${lighthouseSeconds} s` : ', --no-build'})`,
    ...(external.length ? [`- Requests to other origins seen: ${external.join(', ')}`] : ['- Requests to other origins seen: none']),
    '',
    tbl,
  ].join('\n');

  console.log(`\n${tbl}\n`);
  writeDoc(block);
  mkdirSync(dirname(RAW), { recursive: true });
  writeFileSync(
    RAW,
    JSON.stringify(
      {
        date: new Date().toISOString(),
        chromium: version,
        lighthouse: lighthouseVersion(),
        runs: RUNS,
        seconds,
        lighthouseSeconds,
        pages: pages.map((p) => ({ id: p.id, label: p.label, url: p.url, against: p.against, ...summary[p.id] })),
      },
      null,
      2,
    ) + '\n',
  );
  console.log(`bench: wrote ${relative(ROOT, DOC)} and ${relative(ROOT, RAW)} in ${seconds} s.`);
  if (external.length) console.log(`bench: WARNING: requests to other origins: ${external.join(', ')}`);
  if (exitCode) console.error('bench: some pages failed every run; see the table and .lighthouse/bench.json.');
} catch (err) {
  console.error(`\nbench: ${err instanceof Error ? err.stack ?? err.message : String(err)}`);
  exitCode = 1;
} finally {
  await cleanup();
}
process.exit(exitCode);

function lighthouseVersion() {
  try {
    return JSON.parse(readFileSync(join(ROOT, 'node_modules', 'lighthouse', 'package.json'), 'utf8')).version;
  } catch {
    return 'unknown';
  }
}
