import { refusalSentence } from '../../renderer/src/i18n/refusals';
import { describe, expect, it } from 'vitest';
import {
  createPersona,
  deletePersona,
  detachPersona,
  movePersonaCard,
  placePersonaOnCanvas,
  removePersonaCard,
} from '../../renderer/src/document/actions/personas';
import { undo } from '../../renderer/src/document/history';
import { projectWithMap } from './helpers';

function setup() {
  const p = projectWithMap();
  const persona = createPersona(p.doc, 'Dana');
  if (!persona.ok) throw new Error(refusalSentence(persona.refusal));
  return { ...p, personaId: persona.value, pins: () => Object.values(p.snap().personaPins) };
}

describe('persona cards on the canvas', () => {
  it('placing a card attaches the persona to the map; moving it is one step; it can be taken off', () => {
    const p = setup();
    const r = placePersonaOnCanvas(p.doc, p.mapId, p.personaId, -260, 150);
    if (!r.ok) throw new Error(refusalSentence(r.refusal));
    expect(p.snap().maps[p.mapId]!.personaIds).toEqual([p.personaId]);
    expect(p.pins()).toEqual([{ id: r.value, mapId: p.mapId, personaId: p.personaId, x: -260, y: 150 }]);
    movePersonaCard(p.doc, r.value, 40.4, Number.NaN);
    expect(p.pins()[0]).toMatchObject({ x: 40, y: 0 });
    undo(p.doc);
    expect(p.pins()[0]).toMatchObject({ x: -260, y: 150 });
    removePersonaCard(p.doc, r.value);
    expect(p.pins()).toEqual([]);
    expect(p.snap().maps[p.mapId]!.personaIds).toEqual([p.personaId]);
  });

  it('placing the same persona twice moves its one card (the id is per map and persona, so copies merge)', () => {
    const p = setup();
    placePersonaOnCanvas(p.doc, p.mapId, p.personaId, 0, 0);
    placePersonaOnCanvas(p.doc, p.mapId, p.personaId, 10, 20);
    expect(p.pins()).toHaveLength(1);
    expect(p.pins()[0]).toMatchObject({ x: 10, y: 20 });
  });

  it('detaching or deleting the persona leaves no card pointing at nothing', () => {
    const p = setup();
    placePersonaOnCanvas(p.doc, p.mapId, p.personaId, 0, 0);
    detachPersona(p.doc, p.mapId, p.personaId);
    expect(p.pins()).toEqual([]);
    undo(p.doc);
    expect(p.pins()).toHaveLength(1);
    deletePersona(p.doc, p.personaId);
    expect(p.pins()).toEqual([]);
    expect(placePersonaOnCanvas(p.doc, p.mapId, p.personaId, 0, 0).ok).toBe(false);
  });
});
