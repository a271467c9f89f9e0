/**
 * A HubSpot-style contacts export of N rows, written from the documented column names with
 * made-up people, the same file every run (a seeded generator). The CRM bench page imports it
 * (bench/crm/crm.ts), bench/crm/profile.mjs profiles the reducer on it in Node, and
 * test/unit/crm-generated.test.ts pins the aggregates of a smaller one, so a faster reducer is
 * known to give the same figures.
 */
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

/** The export's text in pieces of 5,000 rows (header first), CRLF line ends as HubSpot writes them. */
export function contactsCsvParts(rows: number): string[] {
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
  return parts;
}

export function contactsCsv(rows: number): Blob {
  return new Blob(contactsCsvParts(rows), { type: 'text/csv' });
}

/** What the bench asks of the import: months, a 24 h MQL → SQL handoff scored at 60, the ladder's pairs. */
export const BENCH_RUN = {
  unit: 'month',
  handoffs: [{ id: 'mql-sql', from: 'mql', to: 'sql', slaHours: 24, threshold: 60 }],
  pairs: [
    ['lead', 'mql'],
    ['mql', 'sql'],
    ['sql', 'opportunity'],
    ['opportunity', 'customer'],
  ],
  answers: {},
} as const;
