/**
 * The CRM bench page (bench/crm/run.mjs drives it): a HubSpot-style contacts export of N rows,
 * written here from the documented column names with made-up people, imported to its
 * aggregates through the real import client and worker (features/crm/importClient.ts,
 * crm.worker.ts), or parsed by papaparse alone in a worker (papa.worker.ts), while a
 * PerformanceObserver records every main-thread long task.
 */
import { openImport } from '../../renderer/src/features/crm/importClient';
import { HUBSPOT_CONTACT_COLUMNS } from '../../test/crm/fixtures';

const STAGES = ['Subscriber', 'Lead', 'Marketing Qualified Lead', 'Sales Qualified Lead', 'Opportunity', 'Customer'];
const STATUSES = ['New', 'Open', 'In Progress', 'Attempted to Contact', 'Connected', 'Unqualified', 'Bad Timing'];
const SOURCES = ['Organic Search', 'Paid Search', 'Email Marketing', 'Referrals', 'Direct Traffic', 'Social Media'];
const H = 3_600_000;

/** A deterministic generator (the same file every run). */
function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');

function contactsCsv(rows: number): Blob {
  const r = random(20);
  const t0 = Date.UTC(2024, 0, 1);
  const quote = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const parts: string[] = [HUBSPOT_CONTACT_COLUMNS.join(',') + '\r\n'];
  let chunk: string[] = [];
  for (let i = 0; i < rows; i++) {
    const created = t0 + Math.floor(r() * 180 * 24) * H;
    const reach = Math.floor(r() * r() * STAGES.length);
    const lead = reach >= 1 ? created : 0;
    const mql = reach >= 2 ? created + Math.floor(1 + r() * 96) * H : 0;
    const sql = reach >= 3 ? mql + Math.floor(1 + r() * 60) * H : 0;
    const customer = reach >= 5 ? sql + Math.floor(24 + r() * 900) * H : 0;
    const cells = [
      String(100000 + i),
      `Person${i}`,
      `Example${i % 977}`,
      `person${i}@example.com`,
      i % 13 === 0 ? `Company ${i % 500}, Ltd` : `Company ${i % 500}`,
      `Owner ${i % 25}`,
      STAGES[reach]!,
      STATUSES[Math.floor(r() * STATUSES.length)]!,
      day(created),
      lead ? day(lead) : '',
      mql ? day(mql) : '',
      sql ? day(sql) : '',
      customer ? day(customer) : '',
      SOURCES[Math.floor(r() * SOURCES.length)]!,
      String(Math.floor(r() * 100)),
    ];
    chunk.push(cells.map(quote).join(','));
    if (chunk.length === 5000) {
      parts.push(chunk.join('\r\n') + '\r\n');
      chunk = [];
    }
  }
  if (chunk.length) parts.push(chunk.join('\r\n') + '\r\n');
  return new Blob(parts, { type: 'text/csv' });
}

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
      {
        mapping: sniffed.value.recognition.mapping,
        unit: 'month',
        handoffs: [{ id: 'mql-sql', from: 'mql', to: 'sql', slaHours: 24, threshold: 60 }],
        pairs: [['lead', 'mql'], ['mql', 'sql'], ['sql', 'opportunity'], ['opportunity', 'customer']],
        answers: {},
      },
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
