/**
 * Named, ordered migrations of the project document. Each one moves a document from one
 * schema version to the next, is deterministic and idempotent (two offline copies migrated
 * apart must merge into the same result), and has a test with a literal older document.
 */
import type * as Y from 'yjs';
import { periodKey } from '../domain/crm/dates';
import { DEFAULT_TEAMS } from '../domain/templates';
import { AGREEMENTS } from '../domain/workshop/records';
import { sessionsNewestFirst } from '../domain/workshop/sessions';
import { answerId } from '../domain/workshop/templates';
import { canonicalCurrency, canonicalLocale, DEFAULT_NUMBER_FORMAT } from '../domain/numberFormat';
import { collection, metaMap, ORIGIN, putRecord, SCHEMA_VERSION } from './schema';

export interface Migration {
  readonly id: string;
  readonly from: number;
  readonly to: number;
  /** Runs inside a transaction. */
  readonly up: (doc: Y.Doc) => void;
}

export const MIGRATIONS: readonly Migration[] = [
  {
    // Version 1 had only text lanes and no `kind` on a lane. Version 2 adds lane kinds (and
    // the emotion curve); every existing lane becomes a text lane, which is what it was.
    id: '002-lane-kinds',
    from: 1,
    to: 2,
    up(doc) {
      collection(doc, 'lanes').forEach((lane) => {
        if (typeof lane.get('kind') !== 'string') lane.set('kind', 'text');
      });
    },
  },
  {
    // Version 3 adds teams (ownership, sign-offs, handoffs). A project without teams gets the
    // three default ones, with fixed ids so two copies migrated apart merge into one set.
    id: '003-default-teams',
    from: 2,
    to: 3,
    up(doc) {
      if (collection(doc, 'teams').size > 0) return;
      for (const t of DEFAULT_TEAMS) putRecord(doc, 'teams', t.id, t);
    },
  },
  {
    // Version 4 asks each team its own agreement with each question, in each session
    // (issue 23 item 5, issue 20's score per session). Version 3 kept one answer per team per
    // question for the whole project and one agreement per question, set by the facilitator.
    // The old answers move to the session they were most likely given in (the latest session
    // that ran; none when no session ran), and the room's agreement becomes the statement of
    // each team that answered (every team when none wrote anything), so each question, and so
    // the score, reads as it did. Deterministic: two copies migrated apart write the same ids.
    id: '004-answers-per-session',
    from: 3,
    to: 4,
    up(doc) {
      const ran: { id: string; date: string; createdAt: number }[] = [];
      collection(doc, 'sessions').forEach((s, id) => {
        const status = s.get('status');
        if (status === 'running' || status === 'ended')
          ran.push({ id, date: String(s.get('date') ?? ''), createdAt: Number(s.get('createdAt')) || 0 });
      });
      const sessionId = sessionsNewestFirst(ran)[0]?.id ?? '';
      const teamIds: string[] = [];
      collection(doc, 'teams').forEach((_t, id) => teamIds.push(id));
      const verdicts = new Map<string, (typeof AGREEMENTS)[number]>();
      collection(doc, 'questions').forEach((q, id) => {
        const a = q.get('agreement');
        if (typeof a === 'string' && (AGREEMENTS as readonly string[]).includes(a)) verdicts.set(id, a as (typeof AGREEMENTS)[number]);
      });
      const old: { id: string; questionId: string; teamId: string; text: string }[] = [];
      collection(doc, 'answers').forEach((a, id) => {
        if (typeof a.get('sessionId') === 'string') return;
        old.push({ id, questionId: String(a.get('questionId') ?? ''), teamId: String(a.get('teamId') ?? ''), text: String(a.get('text') ?? '') });
      });
      const answered = new Set(old.filter((a) => a.text).map((a) => a.questionId));
      for (const a of old) {
        collection(doc, 'answers').delete(a.id);
        if (!a.questionId || !a.teamId) continue;
        putRecord(doc, 'answers', answerId(sessionId, a.questionId, a.teamId), {
          sessionId,
          questionId: a.questionId,
          teamId: a.teamId,
          text: a.text,
          agreement: a.text ? (verdicts.get(a.questionId) ?? '') : '',
        });
      }
      // A room verdict on a question no team wrote an answer to: every team said it.
      for (const [questionId, agreement] of verdicts) {
        if (answered.has(questionId)) continue;
        for (const teamId of teamIds) {
          const id = answerId(sessionId, questionId, teamId);
          const rec = collection(doc, 'answers').get(id);
          if (rec) rec.set('agreement', agreement);
          else putRecord(doc, 'answers', id, { sessionId, questionId, teamId, text: '', agreement });
        }
      }
      collection(doc, 'questions').forEach((q) => {
        if (q.has('agreement')) q.delete('agreement');
      });
    },
  },
  {
    // Version 5 keeps KPI readings per period (issue 20: history, not one number; a CRM import
    // writes them). A version-4 KPI held one typed actual and a free-text period; when that
    // period names a month or a quarter ('2024-Q3', 'Q3 2024', '2024-07'), the actual becomes
    // the KPI's first reading for it, so its history starts with what the team typed. The id
    // is the KPI's and the period's (`kpiId:period`) and the time 0: two copies migrated apart
    // write the same record. The KPI keeps its actual; nothing is removed.
    id: '005-kpi-readings',
    from: 4,
    to: 5,
    up(doc) {
      const readings = collection(doc, 'kpiReadings');
      collection(doc, 'kpis').forEach((k, kpiId) => {
        const actual = k.get('actual');
        const period = periodKey(String(k.get('period') ?? ''));
        if (typeof actual !== 'number' || !Number.isFinite(actual) || !period) return;
        const id = `${kpiId}:${period}`;
        if (readings.has(id)) return;
        putRecord(doc, 'kpiReadings', id, { kpiId, period, value: actual, base: null, source: 'typed', at: 0 });
      });
    },
  },
  {
    // Version 6 keeps how the project writes numbers and money in its meta (issue 23 item 11):
    // `numberLocale` (BCP 47) and `currency` (ISO 4217). Before, figures followed each reader's
    // own language and a KPI's unit named its currency ("$" the reader's dollar), and the
    // funnel's money had none. An older project is written as en-US with US dollars (what it
    // printed on the machines it was made on, and what "$" meant there), unless every money
    // unit of its KPIs names one other currency ("€" everywhere: euros). Fixed values, never the
    // reader's: two copies migrated apart on different machines write the same meta.
    id: '006-number-format',
    from: 5,
    to: 6,
    up(doc) {
      const meta = metaMap(doc);
      if (!canonicalLocale(meta.get('numberLocale'))) meta.set('numberLocale', DEFAULT_NUMBER_FORMAT.locale);
      if (canonicalCurrency(meta.get('currency'))) return;
      const named = new Set<string>();
      collection(doc, 'kpis').forEach((k) => {
        const c = UNIT_CURRENCY[String(k.get('unit') ?? '').trim().toUpperCase()];
        if (c) named.add(c);
      });
      meta.set('currency', named.size === 1 ? [...named][0]! : DEFAULT_NUMBER_FORMAT.currency);
    },
  },
];

/** The money units a version-5 KPI could carry and the currency each meant ("$": US dollars). */
const UNIT_CURRENCY: Readonly<Record<string, string>> = {
  $: 'USD', US$: 'USD', USD: 'USD', '€': 'EUR', EUR: 'EUR', '£': 'GBP', GBP: 'GBP', '¥': 'JPY', JPY: 'JPY', '₹': 'INR', INR: 'INR',
  CHF: 'CHF', 'FR.': 'CHF', CAD: 'CAD', AUD: 'AUD', SEK: 'SEK', NOK: 'NOK', DKK: 'DKK', PLN: 'PLN', 'R$': 'BRL', BRL: 'BRL',
};

export type MigrationOutcome =
  | { ok: true; from: number; to: number; applied: string[] }
  | { ok: false; error: 'newer-version'; version: number }
  | { ok: false; error: 'migration-failed'; migration: string; cause: unknown };

export function documentVersion(doc: Y.Doc): number {
  const v = metaMap(doc).get('schemaVersion');
  // A document with content but no version predates the version key: that was version 1.
  return typeof v === 'number' && Number.isInteger(v) && v > 0 ? v : 1;
}

export function migrate(doc: Y.Doc): MigrationOutcome {
  const from = documentVersion(doc);
  if (from > SCHEMA_VERSION) return { ok: false, error: 'newer-version', version: from };
  const applied: string[] = [];
  let version = from;
  for (const m of MIGRATIONS) {
    if (m.from !== version) continue;
    try {
      doc.transact(() => {
        m.up(doc);
        metaMap(doc).set('schemaVersion', m.to);
      }, ORIGIN.migration);
    } catch (cause) {
      return { ok: false, error: 'migration-failed', migration: m.id, cause };
    }
    applied.push(m.id);
    version = m.to;
  }
  if (version !== SCHEMA_VERSION) {
    return { ok: false, error: 'migration-failed', migration: `to-${SCHEMA_VERSION}`, cause: null };
  }
  return { ok: true, from, to: version, applied };
}
