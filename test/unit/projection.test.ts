import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, addMap, addStage, renameProject, updateCardText } from '../../renderer/src/document/actions';
import { createProjection } from '../../renderer/src/document/projection';
import { collection } from '../../renderer/src/document/schema';
import { cardCount, cardsOfMap } from '../../renderer/src/document/indexes';
import { projectWithMap } from './helpers';

describe('projection', () => {
  it('keeps the identity of unchanged records and replaces only the changed one', () => {
    const p = projectWithMap();
    const a = addCard(p.doc, p.cell(0), 'A');
    const b = addCard(p.doc, p.cell(1), 'B');
    if (!a.ok || !b.ok) throw new Error();
    const { store, destroy } = createProjection(p.doc);
    const before = store.getState();
    updateCardText(p.doc, a.value, 'A changed');
    const after = store.getState();
    expect(after.cards[a.value]!.text).toBe('A changed');
    expect(after.cards[a.value]).not.toBe(before.cards[a.value]);
    expect(after.cards[b.value]).toBe(before.cards[b.value]);
    expect(after.stages).toBe(before.stages);
    expect(after.lanes).toBe(before.lanes);
    destroy();
  });

  it('follows additions, deletions, remote updates and the project title', () => {
    const p = projectWithMap('blank');
    const { store, destroy } = createProjection(p.doc);
    addStage(p.doc, p.mapId, 'Purchase');
    expect(Object.values(store.getState().stages).map((s) => s.name)).toContain('Purchase');
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(p.doc));
    collection(peer, 'stages').forEach((_s, id) => collection(peer, 'stages').delete(id));
    Y.applyUpdate(p.doc, Y.encodeStateAsUpdate(peer), 'remote');
    expect(Object.keys(store.getState().stages)).toHaveLength(0);
    renameProject(p.doc, 'Renamed');
    expect(store.getState().info.title).toBe('Renamed');
    destroy();
    renameProject(p.doc, 'After destroy');
    expect(store.getState().info.title).toBe('Renamed');
  });

  it('reads damaged records tolerantly instead of crashing', () => {
    const p = projectWithMap();
    const bad = new Y.Map<unknown>();
    bad.set('text', 42);
    bad.set('color', 'chartreuse');
    bad.set('order', 'first');
    collection(p.doc, 'cards').set('bad', bad);
    const card = p.snap().cards.bad!;
    expect(card).toMatchObject({ text: '', color: 'yellow', order: 0 });
  });
});

describe('indexes over the projection', () => {
  it("gives each map its own cards, the same array until a card changes, and follows changes", () => {
    const p = projectWithMap();
    const other = addMap(p.doc, 'Renewal', 'blank');
    if (!other.ok) throw new Error(other.message);
    const a = addCard(p.doc, p.cell(0), 'A');
    addCard(p.doc, p.cell(1), 'B');
    if (!a.ok) throw new Error();
    const { store, destroy } = createProjection(p.doc);
    const s1 = store.getState();
    expect(cardsOfMap(s1, p.mapId).map((c) => c.text).sort()).toEqual(['A', 'B']);
    expect(cardCount(s1, other.value)).toBe(0);
    expect(cardsOfMap(s1, p.mapId)).toBe(cardsOfMap(store.getState(), p.mapId));
    renameProject(p.doc, 'Not a card');
    expect(cardsOfMap(store.getState(), p.mapId)).toBe(cardsOfMap(s1, p.mapId));
    updateCardText(p.doc, a.value, 'A changed');
    const s2 = store.getState();
    expect(cardsOfMap(s2, p.mapId)).not.toBe(cardsOfMap(s1, p.mapId));
    expect(cardsOfMap(s2, p.mapId).map((c) => c.text).sort()).toEqual(['A changed', 'B']);
    destroy();
  });
});

describe('the index by map, carried from one snapshot to the next', () => {
  it('always holds what a full walk of the cards would find, through adds, edits, moves between maps and deletes', () => {
    const p = projectWithMap();
    const other = addMap(p.doc, 'Renewal', 'blank');
    if (!other.ok) throw new Error(other.message);
    const maps = [p.mapId, other.value];
    const { store, destroy } = createProjection(p.doc);
    cardsOfMap(store.getState(), p.mapId); // seeds the index, so the next ones are carried
    const ids: string[] = [];
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed % n;
    };
    for (let step = 0; step < 200; step++) {
      const op = ids.length ? rand(4) : 0;
      if (op === 0) {
        const r = addCard(p.doc, p.cell(rand(3)), `card ${step}`);
        if (r.ok) ids.push(r.value);
      } else if (op === 1) {
        updateCardText(p.doc, ids[rand(ids.length)]!, `edit ${step}`);
      } else if (op === 2) {
        // A card that another copy moved to the other map (as a merge would bring it).
        const rec = collection(p.doc, 'cards').get(ids[rand(ids.length)]!);
        rec?.set('mapId', maps[rand(2)]!);
      } else {
        const [gone] = ids.splice(rand(ids.length), 1);
        collection(p.doc, 'cards').delete(gone!);
      }
      const s = store.getState();
      for (const m of maps) {
        const walked = Object.values(s.cards).filter((c) => c.mapId === m);
        expect(new Set(cardsOfMap(s, m))).toEqual(new Set(walked));
        expect(cardsOfMap(s, m)).toHaveLength(walked.length);
      }
    }
    destroy();
  });
});
