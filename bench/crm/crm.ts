/**
 * The CRM bench page (bench/crm/run.mjs drives it): a HubSpot-style contacts export of N rows,
 * written by contacts.ts from the documented column names with made-up people, imported to its
 * aggregates through the real import client and worker (features/crm/importClient.ts,
 * crm.worker.ts), or parsed by papaparse alone in a worker (papa.worker.ts), while a
 * PerformanceObserver records every main-thread long task.
 */
import { openImport } from '../../renderer/src/features/crm/importClient';
import { BENCH_RUN, contactsCsv } from './contacts';

let file: Blob | null = null;
let longest = 0;
let longTasks = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    longTasks++;
    longest = Math.max(longest, e.duration);
  }
}).observe({ type: 'longtask', buffered: false });

/** Lets any long task of the arm reach the observer before it is read. */
const settle = () => new Promise((r) => setTimeout(r, 50));

async function measure(arm: () => Promise<number>) {
  await settle();
  longest = 0;
  longTasks = 0;
  const t0 = performance.now();
  const records = await arm();
  const ms = performance.now() - t0;
  await settle();
  return { ms, records, longestTaskMs: longest, longTasks };
}

async function baton(): Promise<number> {
  const session = openImport(file!);
  try {
    const sniffed = await session.sniff();
    if (!sniffed.ok || sniffed.value.recognition.kind !== 'recognised') throw new Error(`not recognised: ${JSON.stringify(sniffed)}`);
    const done = await session.run(
      { ...BENCH_RUN, mapping: sniffed.value.recognition.mapping },
      () => {},
    );
    if (!done.ok) throw new Error(`import failed: ${JSON.stringify(done)}`);
    return done.value.aggregates.records;
  } finally {
    session.close();
  }
}

function papa(): Promise<number> {
  return new Promise((resolve, reject) => {
    const w = new Worker(new URL('./papa.worker.ts', import.meta.url), { type: 'module' });
    w.onmessage = (e: MessageEvent<{ rows: number }>) => {
      w.terminate();
      resolve(e.data.rows - 1);
    };
    w.onerror = (e) => reject(new Error(e.message));
    w.postMessage(file);
  });
}

declare global {
  interface Window {
    __crm: {
      prepare(rows: number): Promise<number>;
      baton(): Promise<Awaited<ReturnType<typeof measure>>>;
      papa(): Promise<Awaited<ReturnType<typeof measure>>>;
    };
  }
}

window.__crm = {
  async prepare(rows) {
    file = contactsCsv(rows);
    return file.size;
  },
  baton: () => measure(baton),
  papa: () => measure(papa),
};
document.title = 'ready';
