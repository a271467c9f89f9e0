/**
 * A map's own emotion curve (drawn before any persona was on the map) becoming a persona's:
 * asked when the first persona joins a map whose own curve holds points, so the old curve does
 * not stay behind as an unlabelled extra line.
 */
import type * as Y from 'yjs';
import { num } from '../../domain/read';
import { change } from '../history';
import { collection, emotionId, field, fieldsOf, getRecord, putRecord } from '../schema';
import { attachPersona } from './personas';
import { refused, done, type ActionResult } from './result';

/** How many points the map's own curve holds (on all its emotion lanes). */
export function ownCurvePoints(doc: Y.Doc, mapId: string): number {
  let n = 0;
  collection(doc, 'emotions').forEach((rec) => {
    if (field(rec, 'mapId') === mapId && !field(rec, 'personaId')) n++;
  });
  return n;
}

/**
 * Adds a persona to a map and hands it the map's own curve: every point of that curve moves to
 * the persona's curve (same lane, same stage, same score). One undo step for both. Returns the
 * number of points moved.
 */
export function attachPersonaTakingOwnCurve(doc: Y.Doc, mapId: string, personaId: string): ActionResult<number> {
  if (!getRecord(doc, 'maps', mapId) || !getRecord(doc, 'personas', personaId)) return refused({ code: 'notFound' });
  let result: ActionResult = refused({ code: 'notFound' });
  let moved = 0;
  change(doc, () => {
    result = attachPersona(doc, mapId, personaId);
    if (!result.ok) return;
    const emotions = collection(doc, 'emotions');
    const own: [string, Record<string, unknown>][] = [];
    emotions.forEach((rec, id) => {
      if (field(rec, 'mapId') === mapId && !field(rec, 'personaId')) own.push([id, fieldsOf(rec)]);
    });
    for (const [id, f] of own) {
      const laneId = String(f.laneId ?? '');
      const stageId = String(f.stageId ?? '');
      emotions.delete(id);
      // A persona curve point that already exists (from a merge) keeps its own score.
      const to = emotionId(laneId, stageId, personaId);
      if (getRecord(doc, 'emotions', to)) continue;
      putRecord(doc, 'emotions', to, { mapId, laneId, stageId, score: num(f.score), personaId });
      moved++;
    }
  });
  const r = result as ActionResult;
  return r.ok ? done(moved) : r;
}
