/**
 * Mutation check of the scoring model's numbers: which numbers in `MODEL` (src/logic/model.ts) can
 * change without any behavioural test noticing?
 *
 * For every numeric literal inside `export const MODEL = { ... }` (comments are not code, so their
 * numbers are never seen; `scoreRange` is skipped, it is the clamp, not a model number) it makes ONE
 * mutant:
 *   - a day count (`...Days`) or a confidence threshold below 10: v + 1;
 *   - otherwise v + 5 when that keeps the sign and stays within −100..100, else v − 5.
 * It writes the mutant into src/logic/model.ts, runs the logic and state tests without the doc
 * comparison test (tests/logic/scoring-model-doc.test.ts only compares docs/scoring-model.md with
 * the code, so it is no behavioural guard), and calls the mutant killed when Vitest exits non-zero.
 * Mutants run one at a time. The original file is always written back: after each mutant, on an
 * error, and on Ctrl-C / SIGTERM.
 *
 * Run from the project root:   node scripts/model-mutants.mjs
 *   --list   only print the mutants, run nothing
 *
 * Prints one row per mutant (line, path in MODEL, original → mutant, killed/SURVIVED, the first
 * failing test file) and `mutants: N killed, M survived`. Exits 1 when any mutant survives, 2 when
 * the unmutated tests already fail or something goes wrong. Takes about 20 s per mutant.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const MODEL_FILE = join(ROOT, 'src/logic/model.ts');
const VITEST_ARGS = ['vitest', 'run', 'tests/logic', 'tests/state', '--exclude', 'tests/logic/scoring-model-doc.test.ts', '--reporter=dot'];
/** Paths (in MODEL) that are not model numbers: the clamp range. */
const SKIPPED = [/^scoreRange\./];
/** A mutant whose tests take longer than this is stopped and counted as killed. */
const TIMEOUT_MS = 5 * 60 * 1000;

const original = readFileSync(MODEL_FILE, 'utf8');

// ---------------------------------------------------------------------------------------------
// Finding the numbers

/** The `MODEL = { ... }` object literal of the source file. */
function modelObject(source) {
  let found;
  const visit = (node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.name.text === 'MODEL' && node.initializer) {
      let init = node.initializer;
      // `{ ... } as const satisfies ModelTable`: look through the `as` / `satisfies` wrappers.
      while (ts.isAsExpression(init) || ts.isSatisfiesExpression(init) || ts.isParenthesizedExpression(init)) init = init.expression;
      if (ts.isObjectLiteralExpression(init)) found = init;
    }
    if (!found) ts.forEachChild(node, visit);
  };
  visit(source);
  if (!found) throw new Error(`no "MODEL = { ... }" object in ${MODEL_FILE}`);
  return found;
}

function keyOf(name) {
  if (ts.isIdentifier(name) || ts.isStringLiteral(name) || ts.isNumericLiteral(name)) return name.text;
  throw new Error(`unsupported property name: ${name.getText()}`);
}

/**
 * Every number in the object: { path, start, end, line, value }. A negative number is the literal
 * with its minus sign, replaced as one piece. Array elements get their index in the path
 * (`advice.ports.smtp[0]`); numbers used *as* an index (`a[0]`) are not values and are skipped.
 */
function numbersIn(source, object) {
  const numbers = [];
  const add = (node, path, value) => {
    if (SKIPPED.some((re) => re.test(path))) return;
    const start = node.getStart(source);
    numbers.push({ path, start, end: node.getEnd(), line: source.getLineAndCharacterOfPosition(start).line + 1, value });
  };
  const walk = (node, path) => {
    if (ts.isNumericLiteral(node)) return add(node, path, Number(node.text));
    if (ts.isPrefixUnaryExpression(node) && node.operator === ts.SyntaxKind.MinusToken && ts.isNumericLiteral(node.operand)) {
      return add(node, path, -Number(node.operand.text));
    }
    if (ts.isObjectLiteralExpression(node)) {
      for (const property of node.properties) {
        if (!ts.isPropertyAssignment(property)) throw new Error(`unsupported property at ${path}: ${property.getText(source)}`);
        walk(property.initializer, path ? `${path}.${keyOf(property.name)}` : keyOf(property.name));
      }
      return;
    }
    if (ts.isArrayLiteralExpression(node)) return node.elements.forEach((element, i) => walk(element, `${path}[${i}]`));
    if (ts.isElementAccessExpression(node)) return walk(node.expression, path); // skip the index
    ts.forEachChild(node, (child) => walk(child, path));
  };
  walk(object, '');
  return numbers;
}

/** The one mutant value for a number (see the header). */
function mutantOf({ path, value }) {
  const small = /Days$/.test(path) || (/^confidence\./.test(path) && Math.abs(value) < 10);
  if (small) return value + 1;
  const up = value + 5;
  return Math.sign(up) === Math.sign(value) && Math.abs(up) <= 100 ? up : value - 5;
}

// ---------------------------------------------------------------------------------------------
// Running the tests, and always putting the original back

let child;

function restore() {
  if (readFileSync(MODEL_FILE, 'utf8') !== original) writeFileSync(MODEL_FILE, original);
}

/** Stops the running Vitest (its whole process group: npx, vitest and its workers). */
function stopChild() {
  if (child && child.exitCode === null && child.signalCode === null) {
    try {
      process.kill(-child.pid, 'SIGTERM');
    } catch {
      // already gone
    }
  }
}

for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    stopChild();
    restore();
    console.error(`\n${signal}: stopped; ${relative(ROOT, MODEL_FILE)} restored.`);
    process.exit(130);
  });
}
process.on('exit', restore);

// The escape character starts every colour code: matching it is the point.
// eslint-disable-next-line no-control-regex
const stripAnsi = (text) => text.replace(/\x1b\[[0-9;]*m/g, '');

/** Runs the tests once: { passed, firstFailure, timedOut }. */
function runTests() {
  return new Promise((resolve, reject) => {
    let output = '';
    // Own process group (detached), so a timeout or Ctrl-C can stop all of it.
    child = spawn('npx', VITEST_ARGS, {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', CI: '1' },
    });
    child.stdout.on('data', (chunk) => (output += chunk));
    child.stderr.on('data', (chunk) => (output += chunk));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      stopChild();
    }, TIMEOUT_MS);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      child = undefined;
      const failure = stripAnsi(output).match(/FAIL\s+(\S+)/);
      resolve({ passed: code === 0 && !timedOut, firstFailure: timedOut ? 'timeout' : (failure?.[1] ?? (code === 0 ? '' : `exit ${code}`)), timedOut });
    });
  });
}

// ---------------------------------------------------------------------------------------------

const pad = (text, width) => String(text).padEnd(width);

async function main() {
  const source = ts.createSourceFile(MODEL_FILE, original, ts.ScriptTarget.Latest, true);
  const mutants = numbersIn(source, modelObject(source)).map((n) => ({ ...n, mutant: mutantOf(n) }));
  const pathWidth = Math.max(...mutants.map((m) => m.path.length));
  const row = (m, verdict, note = '') =>
    console.log(`${pad(m.line, 5)} ${pad(m.path, pathWidth)}  ${pad(`${m.value} → ${m.mutant}`, 12)} ${pad(verdict, 9)} ${note}`.trimEnd());

  if (process.argv.includes('--list')) {
    for (const m of mutants) row(m, '');
    console.log(`${mutants.length} mutants`);
    return 0;
  }

  const started = Date.now();
  console.log(`Unmutated run: npx ${VITEST_ARGS.join(' ')}`);
  const baseline = await runTests();
  if (!baseline.passed) {
    console.error(`The tests fail without any mutant (${baseline.firstFailure}); nothing to measure.`);
    return 2;
  }
  console.log(`${mutants.length} mutants, one at a time\n`);
  console.log(`${pad('line', 5)} ${pad('path', pathWidth)}  ${pad('change', 12)} ${pad('result', 9)} first failing file`);

  const survivors = [];
  for (const m of mutants) {
    writeFileSync(MODEL_FILE, original.slice(0, m.start) + String(m.mutant) + original.slice(m.end));
    try {
      const { passed, firstFailure } = await runTests();
      if (passed) survivors.push(m);
      row(m, passed ? 'SURVIVED' : 'killed', firstFailure);
    } finally {
      restore();
    }
  }

  const minutes = ((Date.now() - started) / 60000).toFixed(1);
  if (survivors.length > 0) {
    console.log(`\nSurvivors:`);
    for (const m of survivors) row(m, 'SURVIVED');
  }
  console.log(`\nmutants: ${mutants.length - survivors.length} killed, ${survivors.length} survived (${minutes} min)`);
  return survivors.length > 0 ? 1 : 0;
}

main().then(
  (code) => {
    restore();
    process.exit(code);
  },
  (error) => {
    restore();
    console.error(error);
    process.exit(2);
  },
);
