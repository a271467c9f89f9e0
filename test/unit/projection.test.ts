import { refusalSentence } from '../../renderer/src/i18n/refusals';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addCard, addMap, addStage, deleteCards, renameProject, updateCardText } from '../../renderer/src/document/actions';
import { createProjection } from '../../renderer/src/document/projection';
import { collection, recordCount } from '../../renderer/src/document/schema';
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
    if (!other.ok) throw new Error(refusalSentence(other.refusal));
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

describe('record counts', () => {
  it('follow additions, deletions and remote updates, and ignore edits', () => {
    const p = projectWithMap();
    const size = () => collection(p.doc, 'cards').size;
    expect(recordCount(p.doc, 'cards')).toBe(0);
    const a = addCard(p.doc, p.cell(0), 'A');
    const b = addCard(p.doc, p.cell(1), 'B');
    if (!a.ok || !b.ok) throw new Error();
    expect(recordCount(p.doc, 'cards')).toBe(2);
    updateCardText(p.doc, a.value, 'A changed');
    expect(recordCount(p.doc, 'cards')).toBe(2);
    deleteCards(p.doc, [a.value]);
    expect(recordCount(p.doc, 'cards')).toBe(size());
    expect(recordCount(p.doc, 'cards')).toBe(1);
    // A peer adds three cards and deletes B: the count follows the merged document.
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(p.doc));
    for (const t of ['C', 'D', 'E']) addCard(peer, p.cell(0), t);
    deleteCards(peer, [b.value]);
    Y.applyUpdate(p.doc, Y.encodeStateAsUpdate(peer), 'remote');
    expect(recordCount(p.doc, 'cards')).toBe(3);
    expect(recordCount(p.doc, 'cards')).toBe(size());
    expect(recordCount(p.doc, 'maps')).toBe(collection(p.doc, 'maps').size);
  });
});
