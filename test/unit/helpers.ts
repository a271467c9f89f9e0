import * as Y from 'yjs';
import type { ActionResult } from '../../renderer/src/document/actions/result';
import { initProject } from '../../renderer/src/document/actions/project';
import { addMap } from '../../renderer/src/document/actions/maps';
import { attachHistory } from '../../renderer/src/document/history';
import { readSnapshot } from '../../renderer/src/document/projection';
import { sortByOrder } from '../../renderer/src/domain/ordering';
import { noticeSentence, refusalSentence } from '../../renderer/src/i18n/refusals';

/**
 * What an action said, in the words a person reads: its refusal as `message`, its notice as a
 * sentence. Tests that check the sentences compare this.
 */
export function worded<T>(r: ActionResult<T>): { ok: false; message: string; notice?: undefined } | { ok: true; value: T; notice?: string } {
  if (!r.ok) return { ok: false, message: refusalSentence(r.refusal) };
  return r.notice ? { ok: true, value: r.value, notice: noticeSentence(r.notice) } : { ok: true, value: r.value };
}

/** A project document with history attached and one B2B map. */
export function projectWithMap(template: 'b2b' | 'blank' = 'b2b') {
  const doc = new Y.Doc();
  initProject(doc, 'p1', 'Acme alignment');
  attachHistory(doc);
  const res = addMap(doc, 'Enterprise buyer', template);
  if (!res.ok) throw new Error(refusalSentence(res.refusal));
  const mapId = res.value;
  const snap = () => readSnapshot(doc);
  const stages = () => sortByOrder(Object.values(snap().stages).filter((s) => s.mapId === mapId));
  const lanes = () => sortByOrder(Object.values(snap().lanes).filter((l) => l.mapId === mapId));
  const cards = () => Object.values(snap().cards).filter((c) => c.mapId === mapId);
  const textLane = () => lanes().find((l) => l.kind !== 'emotion')!;
  const cell = (stageIndex = 0) => ({ mapId, stageId: stages()[stageIndex]!.id, laneId: textLane().id });
  return { doc, mapId, snap, stages, lanes, cards, cell };
}
