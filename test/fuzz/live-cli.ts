/**
 * `npm run fuzz -- --live`: the live-session fuzz (live.ts) for 45 s, seed 1. Prints the
 * figures, writes test/fuzz/results/live-latest.json, exits non-zero when anything did not hold.
 *
 *   npm run fuzz -- --live                            45 s, seed 1
 *   npm run fuzz -- --live --seconds 120 --seed 7     longer, another stream
 *   npm run fuzz -- --live --honest 5 --hostile 10    more of each
 */
import { runLiveFuzz, writeLiveReport } from './live';

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

const seconds = Number(arg('seconds') ?? 45);
const seed = Number(arg('seed') ?? 1);
console.log(`Live-session fuzz: ${seconds} s, seed ${seed}, on 127.0.0.1…`);
const report = await runLiveFuzz({
  seed,
  durationMs: seconds * 1000,
  honestPeers: Number(arg('honest') ?? 3),
  hostileClients: Number(arg('hostile') ?? 6),
  log: (line) => console.log(line),
});
const file = writeLiveReport(report);
const rows = Object.entries(report.attacks)
  .sort(([a], [b]) => a.localeCompare(b))
  .map(([name, outcomes]) => `  ${name.padEnd(20)} ${Object.entries(outcomes).map(([o, n]) => `${o}: ${n}`).join(', ')}`);
console.log(`
${report.attacksTried} attacks by ${report.hostileClients} hostile clients beside ${report.honestPeers} honest peers in ${seconds} s (seed ${seed}):
${rows.join('\n')}
Honest edits: ${report.honestEditsArrived} of ${report.honestEdits} arrived everywhere, p95 ${report.editLatencyP95Ms} ms; converged: ${report.converged}; a newcomer joined at the end: ${report.newcomerSynced}.
Memory: heap at most ${report.heapMaxMb} MB (+${report.heapGrowthMb} MB), RSS at most ${report.rssMaxMb} MB (server and every client in one process).
Server tables at most: ${JSON.stringify(report.statsMax)}
Written to ${file}.
${report.failures.length ? `FAILED:\n${report.failures.map((f) => `  - ${f}`).join('\n')}` : 'Everything held.'}`);
process.exit(report.failures.length ? 1 : 0);
