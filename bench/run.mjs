// `npm run bench`: checks the arguments and Chromium, installs bench/'s own dependencies (Lighthouse,
// chrome-launcher, sirv) when they are missing or do not match bench/package-lock.json, then runs the
// benchmark (bench.mjs). The app's `npm ci` never installs them.
//
// Options: --no-build (measure the existing dist/ and dist-eager/), --runs=N (default 3).
// Environment: CHROME_PATH (default /usr/bin/chromium).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { requireChromium } from '../scripts/check-browser.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));

const args = process.argv.slice(2);
const runsArg = args.find((a) => a.startsWith('--runs='));
const options = {
  build: !args.includes('--no-build'),
  runs: runsArg ? Number(runsArg.slice('--runs='.length)) : 3,
  chromePath: requireChromium('npm run bench'),
};
const unknown = args.filter((a) => a !== '--no-build' && !a.startsWith('--runs='));
if (unknown.length > 0 || !Number.isInteger(options.runs) || options.runs < 1) {
  console.error(`Usage: npm run bench [-- --no-build] [-- --runs=N]   (unknown: ${unknown.join(' ') || runsArg})`);
  process.exit(2);
}

// npm ci records what it installed in node_modules/.package-lock.json: reinstall when that no longer
// matches the lockfile (first use, or a pull that changed bench/package-lock.json).
function installed() {
  const read = (path) => JSON.parse(readFileSync(join(HERE, path), 'utf8')).packages;
  try {
    const have = read('node_modules/.package-lock.json');
    return Object.entries(read('package-lock.json')).every(([path, p]) => path === '' || p.optional || have[path]?.version === p.version);
  } catch {
    return false;
  }
}

if (!installed()) {
  console.log("bench: installing the benchmark's own dependencies into bench/node_modules (first use)…");
  const res = spawnSync('npm', ['ci', '--no-audit', '--no-fund'], { cwd: HERE, stdio: 'inherit', shell: process.platform === 'win32' });
  if (res.status !== 0) {
    console.error(`bench: \`npm ci\` in bench/ failed (exit ${res.status ?? res.signal}).`);
    process.exit(1);
  }
}

const { bench } = await import('./bench.mjs');
bench(options).then(
  (code) => process.exit(code),
  (err) => {
    console.error(`\nbench: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
    process.exit(1);
  },
);
