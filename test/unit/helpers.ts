import * as Y from 'yjs';
import { initProject } from '../../renderer/src/document/actions/project';
import { addMap } from '../../renderer/src/document/actions/maps';
import { attachHistory } from '../../renderer/src/document/history';
import { readSnapshot } from '../../renderer/src/document/projection';
import { sortByOrder } from '../../renderer/src/domain/ordering';

/** A project document with history attached and one B2B map. */
export function projectWithMap(template: 'b2b' | 'blank' = 'b2b') {
  const doc = new Y.Doc();
  initProject(doc, 'p1', 'Acme alignment');
  attachHistory(doc);
  const res = addMap(doc, 'Enterprise buyer', template);
  if (!res.ok) throw new Error(res.message);
  const mapId = res.value;
  const snap = () => readSnapshot(doc);
  const stages = () => sortByOrder(Object.values(snap().stages).filter((s) => s.mapId === mapId));
  const lanes = () => sortByOrder(Object.values(snap().lanes).filter((l) => l.mapId === mapId));
  const cards = () => Object.values(snap().cards).filter((c) => c.mapId === mapId);
  const textLane = () => lanes().find((l) => l.kind !== 'emotion')!;
  const cell = (stageIndex = 0) => ({ mapId, stageId: stages()[stageIndex]!.id, laneId: textLane().id });
  return { doc, mapId, snap, stages, lanes, cards, cell };
}
