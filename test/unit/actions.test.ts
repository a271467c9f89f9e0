import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addCard,
  addCards,
  addConnector,
  addStage,
  deleteCards,
  deleteLane,
  deleteMap,
  deleteStage,
  duplicateMap,
  moveCards,
  moveStage,
  renameStage,
  setCardColor,
  setEmotion,
  updateCardText,
} from '../../renderer/src/document/actions';
import { endStep, redo, undo } from '../../renderer/src/document/history';
import { sortByOrder } from '../../renderer/src/domain/ordering';
import { LIMITS } from '../../renderer/src/domain/limits';
import { projectWithMap, worded } from './helpers';

describe('journey map actions', () => {
  it('a new map from the B2B template has the seven buying stages and an emotion lane', () => {
    const p = projectWithMap();
    expect(p.stages().map((s) => s.name)).toEqual([
      'Awareness',
      'Consideration',
      'Evaluation',
      'Purchase',
      'Onboarding',
      'Retention',
      'Advocacy',
    ]);
    expect(p.lanes().some((l) => l.kind === 'emotion')).toBe(true);
    expect(p.stages()[0]!.description).toMatch(/problem/);
  });

  it('adds, renames, reorders stages and undoes each gesture as one step', () => {
    const p = projectWithMap('blank');
    addStage(p.doc, p.mapId, 'Consideration');
    addStage(p.doc, p.mapId, 'Evaluation');
    renameStage(p.doc, p.stages()[0]!.id, 'Awareness');
    expect(p.stages().map((s) => s.name)).toEqual(['Awareness', 'Consideration', 'Evaluation']);
    moveStage(p.doc, p.stages()[2]!.id, 0);
    expect(p.stages().map((s) => s.name)).toEqual(['Evaluation', 'Awareness', 'Consideration']);
    undo(p.doc);
    expect(p.stages().map((s) => s.name)).toEqual(['Awareness', 'Consideration', 'Evaluation']);
    undo(p.doc);
    expect(p.stages()[0]!.name).toBe('Stage 1');
    redo(p.doc);
    expect(p.stages()[0]!.name).toBe('Awareness');
  });

  it('refuses an empty stage name and keeps the old one; trims and limits long names', () => {
    const p = projectWithMap('blank');
    const id = p.stages()[0]!.id;
    const r = renameStage(p.doc, id, '   ');
    expect(r.ok).toBe(false);
    expect(p.stages()[0]!.name).toBe('Stage 1');
    const long = renameStage(p.doc, id, 'x'.repeat(10000));
    expect(worded(long).notice).toMatch(/longer than/);
    expect(p.stages()[0]!.name.length).toBe(LIMITS.stageName);
    renameStage(p.doc, id, '  مرحلة الوعي 🚀  ');
    expect(p.stages()[0]!.name).toBe('مرحلة الوعي 🚀');
  });

  it('limits a map to 200 stages with a message', () => {
    const p = projectWithMap('blank');
    for (let i = 1; i < LIMITS.stagesPerMap; i++) expect(addStage(p.doc, p.mapId, `S${i}`).ok).toBe(true);
    const r = addStage(p.doc, p.mapId, 'one too many');
    expect(worded(r)).toEqual({ ok: false, message: 'A map can have at most 200 stages.' });
    expect(p.stages()).toHaveLength(200);
  });

  it('typing in a card with one merge key is one undo step', () => {
    const p = projectWithMap();
    const add = addCard(p.doc, p.cell(), '');
    if (!add.ok) throw new Error();
    updateCardText(p.doc, add.value, 'Rea', 'edit-1');
    updateCardText(p.doc, add.value, 'Reads the blog', 'edit-1');
    endStep(p.doc);
    expect(p.cards()[0]!.text).toBe('Reads the blog');
    undo(p.doc);
    expect(p.cards()[0]!.text).toBe('');
    undo(p.doc);
    expect(p.cards()).toHaveLength(0);
  });

  it('moves cards between cells in order, and refuses the emotion lane', () => {
    const p = projectWithMap();
    const a = addCard(p.doc, p.cell(0), 'A');
    const b = addCard(p.doc, p.cell(1), 'B');
    const c = addCard(p.doc, p.cell(1), 'C');
    if (!a.ok || !b.ok || !c.ok) throw new Error();
    moveCards(p.doc, [a.value], p.cell(1), 1);
    const inCell = sortByOrder(p.cards().filter((x) => x.stageId === p.cell(1).stageId));
    expect(inCell.map((x) => x.text)).toEqual(['B', 'A', 'C']);
    const emotion = p.lanes().find((l) => l.kind === 'emotion')!;
    const r = moveCards(p.doc, [a.value], { ...p.cell(0), laneId: emotion.id });
    expect(r.ok).toBe(false);
    expect(addCard(p.doc, { ...p.cell(0), laneId: emotion.id }, 'x').ok).toBe(false);
  });

  it('deleting a stage or lane removes its cards and connectors; undo brings them back', () => {
    const p = projectWithMap();
    const a = addCard(p.doc, p.cell(0), 'A');
    const b = addCard(p.doc, p.cell(1), 'B');
    if (!a.ok || !b.ok) throw new Error();
    addConnector(p.doc, a.value, b.value);
    expect(Object.keys(p.snap().connectors)).toHaveLength(1);
    deleteStage(p.doc, p.cell(0).stageId);
    expect(p.cards().map((c) => c.text)).toEqual(['B']);
    expect(Object.keys(p.snap().connectors)).toHaveLength(0);
    undo(p.doc);
    expect(p.cards()).toHaveLength(2);
    expect(Object.keys(p.snap().connectors)).toHaveLength(1);
    deleteLane(p.doc, p.cell(0).laneId);
    expect(p.cards()).toHaveLength(0);
  });

  it('sets colours, deletes cards, pastes several as one step', () => {
    const p = projectWithMap();
    const r = addCards(p.doc, p.cell(), [{ text: 'one' }, { text: 'two', color: 'blue' }]);
    if (!r.ok) throw new Error();
    expect(p.cards().map((c) => c.color).sort()).toEqual(['blue', 'yellow']);
    setCardColor(p.doc, r.value, 'pink');
    expect(p.cards().every((c) => c.color === 'pink')).toBe(true);
    deleteCards(p.doc, [r.value[0]!]);
    expect(p.cards()).toHaveLength(1);
    undo(p.doc);
    undo(p.doc);
    undo(p.doc);
    expect(p.cards()).toHaveLength(0);
  });

  it('emotion scores are clamped to -2..+2 and live on emotion lanes only', () => {
    const p = projectWithMap();
    const lane = p.lanes().find((l) => l.kind === 'emotion')!;
    const stage = p.stages()[2]!;
    setEmotion(p.doc, lane.id, stage.id, 7);
    expect(Object.values(p.snap().emotions)[0]!.score).toBe(2);
    setEmotion(p.doc, lane.id, stage.id, -1);
    expect(Object.values(p.snap().emotions)[0]!.score).toBe(-1);
    expect(setEmotion(p.doc, p.cell().laneId, stage.id, 1).ok).toBe(false);
    expect(setEmotion(p.doc, lane.id, stage.id, Number.NaN).ok).toBe(false);
  });

  it('duplicates a map with new ids, connectors and emotions following', () => {
    const p = projectWithMap();
    const a = addCard(p.doc, p.cell(0), 'A');
    const b = addCard(p.doc, p.cell(1), 'B');
    if (!a.ok || !b.ok) throw new Error();
    addConnector(p.doc, a.value, b.value);
    const lane = p.lanes().find((l) => l.kind === 'emotion')!;
    setEmotion(p.doc, lane.id, p.stages()[0]!.id, 2);
    const d = duplicateMap(p.doc, p.mapId, 'Copy');
    if (!d.ok) throw new Error();
    const snap = p.snap();
    const copyCards = Object.values(snap.cards).filter((c) => c.mapId === d.value);
    expect(copyCards.map((c) => c.text).sort()).toEqual(['A', 'B']);
    const copyConn = Object.values(snap.connectors).find((c) => c.mapId === d.value)!;
    expect(copyCards.map((c) => c.id)).toContain(copyConn.fromCardId);
    expect(Object.values(snap.emotions).filter((e) => e.mapId === d.value)).toHaveLength(1);
    deleteMap(p.doc, d.value);
    expect(Object.values(p.snap().cards).filter((c) => c.mapId === d.value)).toHaveLength(0);
    expect(Object.keys(p.snap().maps)).toHaveLength(1);
  });

  it('remote changes are not undone by the local undo', () => {
    const p = projectWithMap();
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(p.doc));
    addCard(p.doc, p.cell(0), 'mine');
    // A peer adds a stage; it arrives with a non-local origin.
    addStage(other, p.mapId, 'Peer stage');
    Y.applyUpdate(p.doc, Y.encodeStateAsUpdate(other), { name: 'remote' });
    undo(p.doc);
    expect(p.cards()).toHaveLength(0);
    expect(p.stages().map((s) => s.name)).toContain('Peer stage');
  });
});
