/**
 * Named, ordered migrations of the project document. Each one moves a document from one
 * schema version to the next, is deterministic and idempotent (two offline copies migrated
 * apart must merge into the same result), and has a test with a literal older document.
 */
import type * as Y from 'yjs';
import { DEFAULT_TEAMS } from '../domain/templates';
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
];

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
