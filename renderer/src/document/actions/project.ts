import type * as Y from 'yjs';
import { cleanText, LIMITS } from '../../domain/limits';
import { DEFAULT_NAMES } from '../../domain/defaultNames';
import { change } from '../history';
import { DEFAULT_TEAMS } from '../../domain/templates';
import { metaMap, ORIGIN, putRecord, SCHEMA_VERSION } from '../schema';
import { done, refused, type ActionResult } from './result';

/** Stamps a brand-new document as a project (not undoable: there is nothing before it). */
export function initProject(doc: Y.Doc, projectId: string, title: string): void {
  doc.transact(() => {
    const meta = metaMap(doc);
    meta.set('schemaVersion', SCHEMA_VERSION);
    meta.set('projectId', projectId);
    meta.set('title', cleanTitle(title));
    for (const t of DEFAULT_TEAMS) putRecord(doc, 'teams', t.id, t);
  }, ORIGIN.migration);
}

function cleanTitle(title: string): string {
  const c = cleanText(title, LIMITS.projectTitle, { singleLine: true });
  return c.ok ? c.value : DEFAULT_NAMES.untitledProject;
}

export function renameProject(doc: Y.Doc, title: string): ActionResult {
  const c = cleanText(title, LIMITS.projectTitle, { singleLine: true });
  if (!c.ok) return refused({ code: 'nameEmpty' });
  change(doc, () => metaMap(doc).set('title', c.value));
  return done(undefined, c.truncated ? { code: 'textTruncated', max: LIMITS.projectTitle } : undefined);
}

export function projectTitle(doc: Y.Doc): string {
  const t = metaMap(doc).get('title');
  return typeof t === 'string' ? t : DEFAULT_NAMES.untitledProject;
}

export function projectIdOf(doc: Y.Doc): string | undefined {
  const id = metaMap(doc).get('projectId');
  return typeof id === 'string' ? id : undefined;
}
