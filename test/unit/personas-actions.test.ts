import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addMap, deleteMap, duplicateMap, setEmotion } from '../../renderer/src/document/actions';
import {
  addPersonaListItem,
  attachPersona,
  deletePersona,
  detachPersona,
  duplicatePersona,
  movePersona,
  removePersonaListItem,
  setPersonaPicture,
  setPersonaText,
  signOffSection,
  updatePersonaListItem,
} from '../../renderer/src/document/actions/personas';
import { endStep, undo } from '../../renderer/src/document/history';
import { collection, emotionId } from '../../renderer/src/document/schema';
import { sortByOrder } from '../../renderer/src/domain/ordering';
import { personaUsage } from '../../renderer/src/domain/personas';
import { projectWithMap, worded } from './helpers';
import { newPersona, persona } from './personas-helpers';

const emotionLane = (p: ReturnType<typeof projectWithMap>) => p.lanes().find((l) => l.kind === 'emotion')!;

describe('persona actions', () => {
  it('creates, duplicates next to the original, reorders, and undoes each as one step', () => {
    const p = projectWithMap();
    const a = newPersona(p.doc, 'Dana');
    const b = newPersona(p.doc, 'Sam');
    addPersonaListItem(p.doc, a, 'goals', 'Fewer tools');
    signOffSection(p.doc, a, 'goals', 'team-sales', 'agree');
    const copy = duplicatePersona(p.doc, a);
    if (!copy.ok) throw new Error();
    const names = () => sortByOrder(Object.values(p.snap().personas)).map((x) => x.name);
    expect(names()).toEqual(['Dana', 'Copy of Dana', 'Sam']);
    expect(persona(p.doc, copy.value).goals).toEqual(['Fewer tools']);
    expect(persona(p.doc, copy.value).color).toBe(persona(p.doc, a).color);
    // The copy is a new draft: no sign-offs travel with it.
    expect(Object.values(p.snap().personaSignoffs).filter((s) => s.personaId === copy.value)).toHaveLength(0);
    // Its list is its own: editing the copy leaves the original alone.
    addPersonaListItem(p.doc, copy.value, 'goals', 'Only in the copy');
    expect(persona(p.doc, a).goals).toEqual(['Fewer tools']);

    movePersona(p.doc, b, 0);
    expect(names()).toEqual(['Sam', 'Dana', 'Copy of Dana']);
    undo(p.doc);
    expect(names()).toEqual(['Dana', 'Copy of Dana', 'Sam']);
  });

  it('edits list items: add, rewrite (one undo step while typing), remove, emptying removes', () => {
    const p = projectWithMap();
    const id = newPersona(p.doc);
    addPersonaListItem(p.doc, id, 'pains', 'Slow approvals');
    addPersonaListItem(p.doc, id, 'pains', 'Shadow IT');
    expect(addPersonaListItem(p.doc, id, 'pains', '   ').ok).toBe(false);
    updatePersonaListItem(p.doc, id, 'pains', 0, 'Slow', 'typing-1');
    updatePersonaListItem(p.doc, id, 'pains', 0, 'Slow purchase approvals', 'typing-1');
    endStep(p.doc);
    expect(persona(p.doc, id).pains).toEqual(['Slow purchase approvals', 'Shadow IT']);
    undo(p.doc);
    expect(persona(p.doc, id).pains).toEqual(['Slow approvals', 'Shadow IT']);
    updatePersonaListItem(p.doc, id, 'pains', 1, '  ');
    expect(persona(p.doc, id).pains).toEqual(['Slow approvals']);
    removePersonaListItem(p.doc, id, 'pains', 0);
    expect(persona(p.doc, id).pains).toEqual([]);
    expect(removePersonaListItem(p.doc, id, 'pains', 0).ok).toBe(false);
  });

  it('validates text and picture hashes', () => {
    const p = projectWithMap();
    const id = newPersona(p.doc);
    const long = setPersonaText(p.doc, id, 'role', 'x'.repeat(500));
    expect(worded(long).notice).toMatch(/longer than 160/);
    setPersonaText(p.doc, id, 'quote', 'Line one\nline two');
    expect(persona(p.doc, id).quote).toBe('Line one\nline two');
    expect(setPersonaPicture(p.doc, id, 'not-a-hash').ok).toBe(false);
    const hash = 'a'.repeat(64);
    expect(setPersonaPicture(p.doc, id, hash).ok).toBe(true);
    expect(persona(p.doc, id).imageHash).toBe(hash);
    setPersonaPicture(p.doc, id, null);
    expect(persona(p.doc, id).imageHash).toBeUndefined();
  });

  it('each persona on a map has its own emotion curve; the curve without a persona keeps its old ids', () => {
    const p = projectWithMap();
    const dana = newPersona(p.doc, 'Dana');
    const lane = emotionLane(p);
    const stage = p.stages()[0]!;
    expect(setEmotion(p.doc, lane.id, stage.id, 2, dana).ok).toBe(false); // not on this map yet
    attachPersona(p.doc, p.mapId, dana);
    expect(attachPersona(p.doc, p.mapId, dana).ok).toBe(false);
    expect(setEmotion(p.doc, lane.id, stage.id, 2, dana).ok).toBe(true);
    expect(setEmotion(p.doc, lane.id, stage.id, -1).ok).toBe(true);
    const points = p.snap().emotions;
    expect(points[emotionId(lane.id, stage.id)]).toMatchObject({ score: -1 });
    expect(points[emotionId(lane.id, stage.id)]?.personaId).toBeUndefined();
    expect(points[`${lane.id}:${stage.id}:${dana}`]).toMatchObject({ score: 2, personaId: dana });
  });

  it('duplicating a map keeps its personas and each persona’s curve apart', () => {
    const p = projectWithMap();
    const dana = newPersona(p.doc, 'Dana');
    const sam = newPersona(p.doc, 'Sam');
    attachPersona(p.doc, p.mapId, dana);
    attachPersona(p.doc, p.mapId, sam);
    const lane = emotionLane(p);
    const stage = p.stages()[1]!;
    setEmotion(p.doc, lane.id, stage.id, 2, dana);
    setEmotion(p.doc, lane.id, stage.id, -2, sam);
    setEmotion(p.doc, lane.id, stage.id, 1);
    const copy = duplicateMap(p.doc, p.mapId, 'Copy');
    if (!copy.ok) throw new Error();
    const snap = p.snap();
    expect(snap.maps[copy.value]?.personaIds).toEqual([dana, sam]);
    const copied = Object.values(snap.emotions).filter((e) => e.mapId === copy.value);
    expect(copied.map((e) => `${e.personaId ?? '-'}:${e.score}`).sort()).toEqual([`-:1`, `${dana}:2`, `${sam}:-2`].sort());
    for (const e of copied) expect(e.id).toBe(emotionId(e.laneId, e.stageId, e.personaId));
  });

  it('deleting a persona used by maps says which, takes it off every map with its curves and sign-offs; undo restores all', () => {
    const p = projectWithMap();
    const other = addMap(p.doc, 'SMB buyer');
    if (!other.ok) throw new Error();
    const dana = newPersona(p.doc, 'Dana');
    const sam = newPersona(p.doc, 'Sam');
    attachPersona(p.doc, p.mapId, dana);
    attachPersona(p.doc, p.mapId, sam);
    attachPersona(p.doc, other.value, dana);
    const lane = emotionLane(p);
    p.stages().forEach((s, i) => setEmotion(p.doc, lane.id, s.id, i % 3 - 1, dana));
    setEmotion(p.doc, lane.id, p.stages()[0]!.id, 2, sam);
    signOffSection(p.doc, dana, 'profile', 'team-sales', 'agree');

    const snap = p.snap();
    const usage = personaUsage(dana, Object.values(snap.maps), Object.values(snap.emotions));
    expect(usage.maps.map((m) => m.title)).toEqual(['Enterprise buyer', 'SMB buyer']);
    expect(usage.emotionPoints).toBe(7);
    expect(personaUsage('nobody', Object.values(snap.maps), Object.values(snap.emotions))).toEqual({ maps: [], emotionPoints: 0 });

    const r = deletePersona(p.doc, dana);
    expect(r).toEqual({ ok: true, value: { maps: 2, emotionPoints: 7, signoffs: 1 } });
    const after = p.snap();
    expect(after.personas[dana]).toBeUndefined();
    expect(after.maps[p.mapId]?.personaIds).toEqual([sam]);
    expect(after.maps[other.value]?.personaIds).toEqual([]);
    // No map, point or sign-off points at the deleted persona.
    const dangling = [
      ...Object.values(after.maps).filter((m) => m.personaIds.some((id) => !after.personas[id])),
      ...Object.values(after.emotions).filter((e) => e.personaId && !after.personas[e.personaId]),
      ...Object.values(after.personaSignoffs).filter((s) => !after.personas[s.personaId]),
    ];
    expect(dangling).toEqual([]);
    expect(Object.values(after.emotions).filter((e) => e.personaId === sam)).toHaveLength(1);

    undo(p.doc);
    const back = p.snap();
    expect(back.personas[dana]?.name).toBe('Dana');
    expect(back.maps[p.mapId]?.personaIds).toEqual([dana, sam]);
    expect(back.maps[other.value]?.personaIds).toEqual([dana]);
    expect(Object.values(back.emotions).filter((e) => e.personaId === dana)).toHaveLength(7);
    expect(Object.values(back.personaSignoffs)).toHaveLength(1);
  });

  it('detaching a persona from a map removes its curve there only; deleting a map leaves the persona', () => {
    const p = projectWithMap();
    const dana = newPersona(p.doc, 'Dana');
    attachPersona(p.doc, p.mapId, dana);
    const lane = emotionLane(p);
    setEmotion(p.doc, lane.id, p.stages()[0]!.id, 1, dana);
    expect(detachPersona(p.doc, p.mapId, dana)).toEqual({ ok: true, value: 1 });
    expect(p.snap().maps[p.mapId]?.personaIds).toEqual([]);
    undo(p.doc);
    expect(p.snap().maps[p.mapId]?.personaIds).toEqual([dana]);
    deleteMap(p.doc, p.mapId);
    expect(p.snap().personas[dana]?.name).toBe('Dana');
    expect(Object.values(p.snap().emotions)).toHaveLength(0);
  });

  it('two offline copies that each attach a persona to the same map keep both', () => {
    const p = projectWithMap();
    const dana = newPersona(p.doc, 'Dana');
    const sam = newPersona(p.doc, 'Sam');
    attachPersona(p.doc, p.mapId, dana); // creates the list before the copies part
    const a = new Y.Doc();
    const b = new Y.Doc();
    Y.applyUpdate(a, Y.encodeStateAsUpdate(p.doc));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(p.doc));
    const lee = newPersona(a, 'Lee');
    attachPersona(a, p.mapId, lee);
    attachPersona(b, p.mapId, sam);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    const ids = (collection(a, 'maps').get(p.mapId)?.get('personaIds') as Y.Array<string>).toArray();
    expect(ids.sort()).toEqual([dana, sam, lee].sort());
  });
});
