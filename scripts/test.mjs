#!/usr/bin/env node
/**
 * `npm test`: every check, in order, with one honest total at the end.
 *   type-check, lint, unit tests (Vitest), the renderer's build, end-to-end tests in Chromium
 *   (Playwright), and the desktop app's end-to-end test (skipped where Electron can't run).
 * The last line is `N passed, N failed, N skipped`, added up from the runners' own JSON
 * reports; the type-check, the lint and the build count as one check each.
 * On a fresh clone it first gets a supported Node and the dependencies (scripts/bootstrap.mjs)
 * and a Chromium (scripts/browser.mjs: the system's, or installs one where it can).
 * Only Node's built-ins are imported: this file runs before `npm ci`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { ensureDependencies, ensureSupportedNode } from './bootstrap.mjs';
import { HOW_TO_GET_CHROMIUM, findOrInstallChromium } from './browser.mjs';

ensureSupportedNode();
ensureDependencies();

const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];
const REPORTS = '.test-reports';
rmSync(REPORTS, { recursive: true, force: true });
mkdirSync(REPORTS, { recursive: true });

function run(name, cmd, args, env = {}) {
  console.log(`\n=== ${name}: ${cmd} ${args.join(' ')}`);
  const started = Date.now();
  const r = spawnSync(cmd, args, { stdio: 'inherit', env: { ...process.env, ...env } });
  console.log(
    `=== ${name}: ${r.status === 0 ? 'ok' : `failed (exit ${r.status})`} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return r.status === 0;
}

function check(name, cmd, args) {
  const ok = run(name, cmd, args);
  if (ok) totals.passed += 1;
  else {
    totals.failed += 1;
    failures.push(name);
  }
  return ok;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** Vitest's JSON report: numPassedTests, numFailedTests, numPendingTests, numTodoTests. */
function addVitest(name, path, ok) {
  const r = readJson(path);
  if (!r) {
    totals.failed += 1;
    failures.push(`${name} (no report)`);
    return;
  }
  totals.passed += r.numPassedTests;
  totals.failed += r.numFailedTests;
  totals.skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
  if (r.numFailedTests || !ok) failures.push(name);
  if (!ok && !r.numFailedTests) totals.failed += 1; // e.g. a file that failed to load
}

/** Playwright's JSON report: stats.expected / unexpected / flaky / skipped. */
function addPlaywright(name, path, ok) {
  const r = readJson(path);
  if (!r?.stats) {
    totals.failed += 1;
    failures.push(`${name} (no report)`);
    return;
  }
  const s = r.stats;
  totals.passed += s.expected + (s.flaky ?? 0);
  totals.failed += s.unexpected;
  totals.skipped += s.skipped;
  if (s.unexpected || !ok) failures.push(name);
  if (!ok && !s.unexpected) totals.failed += 1; // e.g. the web server did not start
}

const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

check('type-check', npx, ['tsc', '--noEmit', '-p', 'tsconfig.json']);
check('lint', npx, ['eslint', '.', '--max-warnings=0']);

const unitOk = run('unit tests', npx, [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  `--outputFile.json=${REPORTS}/unit.json`,
]);
addVitest('unit tests', `${REPORTS}/unit.json`, unitOk);

const built = check('build', npx, ['vite', 'build', '--logLevel', 'warn']);

const chromium = findOrInstallChromium();
if (!chromium) {
  console.error(`\n${HOW_TO_GET_CHROMIUM}\n`);
  totals.failed += 1;
  failures.push('end-to-end tests (no Chromium)');
} else if (built) {
  const e2eOk = run('end-to-end tests', npx, ['playwright', 'test', '-c', 'playwright.config.ts'], {
    CHROMIUM_PATH: chromium,
  });
  addPlaywright('end-to-end tests', `${REPORTS}/e2e.json`, e2eOk);
} else {
  totals.failed += 1;
  failures.push('end-to-end tests (the build failed)');
}

if (existsSync('playwright.electron.config.ts')) {
  const ok = run('desktop app tests', npx, [
    'playwright',
    'test',
    '-c',
    'playwright.electron.config.ts',
  ]);
  addPlaywright('desktop app tests', `${REPORTS}/electron.json`, ok);
}

console.log('');
if (failures.length) console.log(`Failed: ${failures.join(', ')}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exit(totals.failed ? 1 : 0);
