/**
 * The live-session fuzz (test/fuzz/live.ts), short and with a fixed seed: four seconds of
 * hostile clients beside three honest peers on 127.0.0.1. `npm run fuzz -- --live` runs it
 * for 45 s (README, Reliability).
 */
import { expect, it } from 'vitest';
import { runLiveFuzz } from '../fuzz/live';

it('honest peers keep every edit and converge while hostile clients attack for four seconds', async () => {
  const report = await runLiveFuzz({ seed: 1, durationMs: 4000, headerTimeoutMs: 500 });
  console.log(`live fuzz: ${JSON.stringify({ ...report, attacks: undefined })}\n  attacks: ${JSON.stringify(report.attacks)}`);
  expect(report.failures).toEqual([]);
  expect(report.attacksTried).toBeGreaterThan(10);
  expect(Object.keys(report.attacks).length).toBeGreaterThan(5);
  expect(report.honestEditsArrived).toBe(report.honestEdits);
  expect(report.converged).toBe(true);
  expect(report.newcomerSynced).toBe(true);
}, 60_000);
