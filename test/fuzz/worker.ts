/**
 * A fuzz worker thread: sets up the machine (seeds.ts) once, then runs the cases the pool sends
 * it, one at a time. It runs in its own thread so that a case that hangs (a loop that never
 * ends inside a parser) can be stopped by the pool, which then starts a fresh worker.
 */
import 'fake-indexeddb/auto';
import { deflateSync } from 'fflate';
import { parentPort, workerData } from 'node:worker_threads';
import { crc32 } from '../../renderer/src/document/file/zip';
import { runCase, takeBaseline, type CaseResult } from './check';
import { pickMutation, type MutationContext } from './mutations';
import { caseRng } from './rng';
import { setUpMachine } from './seeds';

export type ToWorker = { readonly type: 'case'; readonly index: number };
export type FromWorker =
  | { readonly type: 'ready'; readonly seedBytes: Record<string, number> }
  | { readonly type: 'start'; readonly index: number; readonly mutation: string; readonly group: string }
  | { readonly type: 'result'; readonly result: CaseResult };

const port = parentPort!;
/** `hangOn`: case numbers that loop forever (only the harness's own test of hang detection). */
const { seed, hangOn = [], groups } = workerData as { seed: number; hangOn?: number[]; groups?: string[] };

const seeds = await setUpMachine();
await takeBaseline();

let bombPayload: ReturnType<MutationContext['bomb']> | undefined;
const bomb = () => {
  if (!bombPayload) {
    const zeros = new Uint8Array(20 * 1024 * 1024);
    bombPayload = { stored: deflateSync(zeros, { level: 9 }), size: zeros.length, crc: crc32(zeros) };
  }
  return bombPayload;
};

port.on('message', (msg: ToWorker) => {
  void (async () => {
    const rng = caseRng(seed, msg.index);
    const seedFile = rng.pick(seeds.files);
    const mutation = pickMutation(rng, groups);
    port.postMessage({ type: 'start', index: msg.index, mutation: mutation.name, group: mutation.group } satisfies FromWorker);
    if (hangOn.includes(msg.index)) for (;;);
    let bytes: Uint8Array;
    try {
      bytes = mutation.make({ rng, seed: seedFile, seeds, bomb });
    } catch (err) {
      const result: CaseResult = {
        index: msg.index,
        mutation: mutation.name,
        group: mutation.group,
        expect: mutation.expect,
        seedFile: seedFile.name,
        bytes: 0,
        outcome: 'generator-error',
        detail: String((err as Error)?.stack ?? err).slice(0, 400),
        acceptedBad: [],
        changedExisting: [],
        ms: 0,
      };
      port.postMessage({ type: 'result', result } satisfies FromWorker);
      return;
    }
    const result = await runCase({ index: msg.index, mutation: mutation.name, group: mutation.group, expect: mutation.expect, seedFile: seedFile.name, bytes });
    port.postMessage({ type: 'result', result } satisfies FromWorker);
  })();
});

port.postMessage({ type: 'ready', seedBytes: Object.fromEntries(seeds.files.map((f) => [f.name, f.bytes.length])) } satisfies FromWorker);
