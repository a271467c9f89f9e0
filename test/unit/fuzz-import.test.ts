/**
 * A fixed-seed slice of the import fuzzer (test/fuzz, `npm run fuzz` runs 10,000 cases): a few
 * hundred hostile .baton files made from real exports, each through parseBatonFile and the
 * real import into a database that already holds projects, in worker threads with a time
 * limit per case. Not one may crash, hang, be wrongly accepted or change an existing project.
 */
import { describe, expect, it } from 'vitest';
import { runFuzz, type FuzzReport } from '../fuzz/pool';
import { MUTATIONS } from '../fuzz/mutations';

const CASES = 300;

describe('import fuzzing (fixed seed)', () => {
  let report: FuzzReport;

  it(`${CASES} hostile files: no crash, no hang, nothing wrongly accepted, no existing project changed`, async () => {
    report = await runFuzz({ seed: 20250115, cases: CASES, timeoutMs: 15_000, workers: 2 });
    const problems = report.failures.map((f) => JSON.stringify(f).slice(0, 400));
    expect(problems).toEqual([]);
    expect(report.counts).toMatchObject({ crashes: 0, hangs: 0, acceptedBad: 0, changedExisting: 0, generatorErrors: 0 });
    // The corpus is worth its name: most files are refused, some are accepted (and checked),
    // some of those merge into a project that was already here, and most mutations ran.
    expect(report.counts.refused).toBeGreaterThan(CASES / 2);
    expect(report.counts.accepted).toBeGreaterThan(20);
    expect(report.counts.acceptedByMerge).toBeGreaterThan(5);
    expect(Object.keys(report.byMutation).length).toBeGreaterThan(MUTATIONS.length * 0.8);
    expect(Object.keys(report.byError).length).toBeGreaterThanOrEqual(8);
  }, 90_000);

  it('record-count bombs and project.json/state disagreements: all refused but those at the limit, none hangs', async () => {
    const r = await runFuzz({ seed: 20250116, cases: 16, timeoutMs: 20_000, workers: 2, groups: ['records', 'agreement'] });
    expect(r.failures.map((f) => JSON.stringify(f).slice(0, 400))).toEqual([]);
    expect(r.counts).toMatchObject({ crashes: 0, hangs: 0, acceptedBad: 0, changedExisting: 0, generatorErrors: 0 });
    expect(r.byError['too-many-records']).toBeGreaterThan(0);
    expect(r.byError['parts-disagree']).toBeGreaterThan(0);
    expect(Object.keys(r.byMutation).sort()).toEqual(['parts-disagree', 'records-at-limit', 'records-far-over', 'records-just-over']);
  }, 120_000);

  it('a case that never ends is reported as a hang and the run goes on', async () => {
    const r = await runFuzz({ seed: 1, cases: 0, only: [0, 1, 2], timeoutMs: 1500, workers: 1, simulateHangs: [1] });
    expect(r.counts.hangs).toBe(1);
    expect(r.failures).toEqual([expect.objectContaining({ index: 1, outcome: 'hang' })]);
    expect(r.counts.accepted + r.counts.refused).toBe(2);
  }, 30_000);
});
