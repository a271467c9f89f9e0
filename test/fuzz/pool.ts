/**
 * Runs fuzz cases in worker threads with a time limit per case, and adds up the results.
 * A case that takes longer than `timeoutMs` is a hang: its worker is stopped and replaced,
 * and the run goes on. A worker that dies (out of memory, an uncaught error) is a crash of
 * the case it was running. Used by `npm run fuzz` (test/fuzz/cli.ts) and by the fixed-seed
 * unit test (test/unit/fuzz-import.test.ts).
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { CaseResult } from './check';
import type { FromWorker } from './worker';

export interface FuzzOptions {
  readonly seed: number;
  readonly cases: number;
  /** Run only these case numbers (to reproduce one). */
  readonly only?: readonly number[];
  readonly timeoutMs: number;
  readonly workers: number;
  readonly onProgress?: (done: number, total: number) => void;
  /** For the harness's own test: cases that loop forever inside the worker. */
  readonly simulateHangs?: readonly number[];
  /** Only mutations of these groups (e.g. records, agreement). */
  readonly groups?: readonly string[];
}

export interface Hang {
  readonly index: number;
  readonly mutation: string;
  readonly ms: number;
}

export interface FuzzReport {
  readonly seed: number;
  readonly cases: number;
  readonly workers: number;
  readonly timeoutMs: number;
  readonly durationMs: number;
  readonly counts: {
    readonly accepted: number;
    readonly acceptedByMerge: number;
    readonly refused: number;
    readonly crashes: number;
    readonly hangs: number;
    readonly acceptedBad: number;
    readonly changedExisting: number;
    readonly untypedRefusals: number;
    readonly generatorErrors: number;
  };
  readonly byError: Record<string, number>;
  readonly byMutation: Record<string, { cases: number; accepted: number; refused: number; problems: number }>;
  readonly timing: { readonly p50: number; readonly p95: number; readonly max: number; readonly slowest: { index: number; mutation: string; ms: number }[] };
  /** Every case with a problem (at most 200), to reproduce with --only. */
  readonly failures: readonly (CaseResult | (Hang & { outcome: 'hang' }))[];
  /** Distinct details of refusals that went through the parser's catch-all. */
  readonly untyped: readonly { detail: string; count: number; firstIndex: number }[];
}

/** Bundles worker.ts (and everything it imports) into one ES module Node can run. */
export async function bundleWorker(): Promise<string> {
  const { build } = await import('rolldown'); // Vite 8's bundler
  const root = resolve(process.cwd()); // npm scripts and Vitest run at the project's root
  const cacheRoot = join(root, 'node_modules/.cache');
  mkdirSync(cacheRoot, { recursive: true });
  const dir = mkdtempSync(join(cacheRoot, 'baton-fuzz-'));
  const file = join(dir, 'worker.mjs');
  await build({
    input: join(root, 'test/fuzz/worker.ts'),
    platform: 'node',
    logLevel: 'silent',
    transform: { define: { __BATON_VERSION__: '"fuzz"' } },
    output: { file, format: 'esm', codeSplitting: false },
    write: true,
  });
  return file;
}

const percentile = (sorted: readonly number[], p: number) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]! : 0);

export async function runFuzz(opts: FuzzOptions): Promise<FuzzReport> {
  const workerFile = await bundleWorker();
  try {
    return await run(opts, workerFile);
  } finally {
    rmSync(dirname(workerFile), { recursive: true, force: true });
  }
}

async function run(opts: FuzzOptions, workerFile: string): Promise<FuzzReport> {
  const started = Date.now();
  const queue = opts.only ? [...opts.only] : Array.from({ length: opts.cases }, (_, i) => i);
  const total = queue.length;
  const results: CaseResult[] = [];
  const hangs: Hang[] = [];
  let finished = 0;

  await new Promise<void>((resolveAll, rejectAll) => {
    let live = 0;
    const spawn = () => {
      live++;
      const w = new Worker(workerFile, { workerData: { seed: opts.seed, hangOn: opts.simulateHangs ?? [], groups: opts.groups }, resourceLimits: { maxOldGenerationSizeMb: 3072 } });
      let current: { index: number; mutation: string; timer: NodeJS.Timeout; at: number } | null = null;
      let retired = false;
      const next = () => {
        const index = queue.shift();
        if (index === undefined) {
          retired = true;
          void w.terminate();
          return;
        }
        const timer = setTimeout(() => {
          // A hang: record it, stop this worker and carry on with a fresh one.
          if (!current || retired) return;
          hangs.push({ index: current.index, mutation: current.mutation, ms: Date.now() - current.at });
          finished++;
          opts.onProgress?.(finished, total);
          current = null;
          retired = true;
          void w.terminate();
          spawn();
        }, opts.timeoutMs);
        current = { index, mutation: '?', timer, at: Date.now() };
        w.postMessage({ type: 'case', index });
      };
      w.on('message', (msg: FromWorker) => {
        if (retired) return;
        if (msg.type === 'ready') next();
        else if (msg.type === 'start' && current?.index === msg.index) current.mutation = msg.mutation;
        else if (msg.type === 'result' && current?.index === msg.result.index) {
          clearTimeout(current.timer);
          current = null;
          results.push(msg.result);
          finished++;
          opts.onProgress?.(finished, total);
          next();
        }
      });
      w.on('error', (err) => {
        if (retired) return;
        retired = true;
        if (current) {
          clearTimeout(current.timer);
          results.push({
            index: current.index,
            mutation: current.mutation,
            group: '?',
            expect: 'either',
            seedFile: '?',
            bytes: 0,
            outcome: 'crash',
            crash: `the worker died: ${String(err?.stack ?? err).slice(0, 400)}`,
            acceptedBad: [],
            changedExisting: [],
            ms: Date.now() - current.at,
          });
          finished++;
          current = null;
          spawn();
        } else rejectAll(new Error(`a fuzz worker failed to start: ${String(err?.stack ?? err)}`));
      });
      w.on('exit', () => {
        live--;
        if (live === 0 && !queue.length) resolveAll();
      });
    };
    for (let i = 0; i < Math.max(1, Math.min(opts.workers, total)); i++) spawn();
    if (total === 0) resolveAll();
  });

  results.sort((a, b) => a.index - b.index);
  const byError: Record<string, number> = {};
  const byMutation: FuzzReport['byMutation'] = {};
  const untyped = new Map<string, { detail: string; count: number; firstIndex: number }>();
  for (const r of results) {
    if (r.error) byError[r.error] = (byError[r.error] ?? 0) + 1;
    const m = (byMutation[r.mutation] ??= { cases: 0, accepted: 0, refused: 0, problems: 0 });
    m.cases++;
    if (r.outcome === 'accepted') m.accepted++;
    if (r.outcome === 'refused') m.refused++;
    if (r.outcome === 'crash' || r.acceptedBad.length || r.changedExisting.length) m.problems++;
    if (r.untyped && r.detail) {
      const key = r.detail.replace(/\d+/g, 'N').slice(0, 120);
      const u = untyped.get(key) ?? { detail: r.detail, count: 0, firstIndex: r.index };
      u.count++;
      untyped.set(key, u);
    }
  }
  for (const h of hangs) {
    const m = (byMutation[h.mutation] ??= { cases: 0, accepted: 0, refused: 0, problems: 0 });
    m.cases++;
    m.problems++;
  }
  const times = results.map((r) => r.ms).sort((a, b) => a - b);
  const failures = [
    ...results.filter((r) => r.outcome === 'crash' || r.outcome === 'generator-error' || r.acceptedBad.length || r.changedExisting.length),
    ...hangs.map((h) => ({ ...h, outcome: 'hang' as const })),
  ].slice(0, 200);
  return {
    seed: opts.seed,
    cases: total,
    workers: opts.workers,
    timeoutMs: opts.timeoutMs,
    durationMs: Date.now() - started,
    counts: {
      accepted: results.filter((r) => r.outcome === 'accepted').length,
      acceptedByMerge: results.filter((r) => r.outcome === 'accepted' && r.merged).length,
      refused: results.filter((r) => r.outcome === 'refused').length,
      crashes: results.filter((r) => r.outcome === 'crash').length,
      hangs: hangs.length,
      acceptedBad: results.filter((r) => r.acceptedBad.length > 0).length,
      changedExisting: results.filter((r) => r.changedExisting.length > 0).length,
      untypedRefusals: results.filter((r) => r.untyped).length,
      generatorErrors: results.filter((r) => r.outcome === 'generator-error').length,
    },
    byError,
    byMutation,
    timing: {
      p50: percentile(times, 50),
      p95: percentile(times, 95),
      max: times[times.length - 1] ?? 0,
      slowest: [...results].sort((a, b) => b.ms - a.ms).slice(0, 5).map((r) => ({ index: r.index, mutation: r.mutation, ms: r.ms })),
    },
    failures,
    untyped: [...untyped.values()].sort((a, b) => b.count - a.count),
  };
}
