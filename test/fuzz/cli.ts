/**
 * `npm run fuzz`: 10,000 hostile .baton files through the parser and the real import, on a
 * machine that already holds projects (see test/fuzz/README.md). Prints a summary, writes
 * test/fuzz/results/latest.json, and exits non-zero on any crash, hang, wrongly accepted file
 * or change to the existing projects.
 *
 *   npm run fuzz                          10,000 cases, seed 1
 *   npm run fuzz -- --cases 500 --seed 7  another stream
 *   npm run fuzz -- --seed 1 --only 4711  one case again (e.g. from a failure in latest.json)
 *   npm run fuzz -- --groups records,agreement   only the record-count bombs and disagreements
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { runFuzz } from './pool';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const seed = Number(arg('seed') ?? 1);
const cases = Number(arg('cases') ?? 10_000);
const only = arg('only')?.split(',').map(Number);
const groups = arg('groups')?.split(',');
const timeoutMs = Number(arg('timeout') ?? 20_000);
const workers = Number(arg('workers') ?? Math.max(1, Math.min(2, availableParallelism())));

let lastShown = 0;
const report = await runFuzz({
  seed,
  cases,
  ...(only ? { only } : {}),
  ...(groups ? { groups } : {}),
  timeoutMs,
  workers,
  onProgress: (done, total) => {
    if (Date.now() - lastShown > 5000 || done === total) {
      lastShown = Date.now();
      process.stdout.write(`  ${done}/${total} cases\n`);
    }
  },
});

const c = report.counts;
const outDir = join(process.cwd(), 'test/fuzz/results');
mkdirSync(outDir, { recursive: true });
writeFileSync(join(outDir, 'latest.json'), `${JSON.stringify({ ...report, at: new Date().toISOString() }, null, 2)}\n`);

console.log(`
Fuzzed ${report.cases} .baton files (seed ${report.seed}) in ${(report.durationMs / 1000).toFixed(1)} s on ${report.workers} workers, ${report.timeoutMs / 1000} s limit per case.
  accepted          ${c.accepted} (merged into a project already here: ${c.acceptedByMerge})
  refused (typed)   ${c.refused}   of which through the parser's catch-all: ${c.untypedRefusals}
  crashes           ${c.crashes}
  hangs             ${c.hangs}
  accepted-bad      ${c.acceptedBad}
  changed-existing  ${c.changedExisting}
  generator errors  ${c.generatorErrors}
  time per case     p50 ${report.timing.p50} ms, p95 ${report.timing.p95} ms, max ${report.timing.max} ms
  refusals by kind  ${Object.entries(report.byError).sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k} ${n}`).join(', ')}
Written to test/fuzz/results/latest.json.`);
for (const f of report.failures.slice(0, 10)) console.log(`  case ${f.index} (${f.mutation}): ${JSON.stringify(f).slice(0, 300)}`);

process.exit(c.crashes || c.hangs || c.acceptedBad || c.changedExisting || c.generatorErrors ? 1 : 0);
