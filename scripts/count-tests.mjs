// Sums passed and failed tests over the Vitest and Playwright JSON reports and prints
// "tests: N passed, M failed" as the last line. Exits non-zero when a report is missing
// (the step that writes it did not run) or when anything failed.
import { existsSync, readFileSync } from 'node:fs';

let passed = 0;
let failed = 0;
const missing = [];

function read(file) {
  if (!existsSync(file)) {
    missing.push(file);
    return undefined;
  }
  return JSON.parse(readFileSync(file, 'utf8'));
}

const vitest = read('test-results/vitest.json');
if (vitest) {
  passed += vitest.numPassedTests ?? 0;
  failed += vitest.numFailedTests ?? 0;
  // A file that fails to load has no tests in it; count it as one failure.
  for (const file of vitest.testResults ?? []) {
    if (file.status === 'failed' && (file.assertionResults ?? []).length === 0) failed += 1;
  }
}

const playwright = read('test-results/playwright.json');
if (playwright) {
  const stats = playwright.stats ?? {};
  passed += (stats.expected ?? 0) + (stats.flaky ?? 0);
  failed += (stats.unexpected ?? 0) + (playwright.errors?.length ?? 0);
  // Skipped browser tests are defects here: count them as failures.
  failed += stats.skipped ?? 0;
}

if (missing.length > 0) {
  console.log(`missing report(s): ${missing.join(', ')} (an earlier step failed before it ran)`);
  failed += missing.length;
}

console.log(`tests: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
