/**
 * Issue 23 item 1: a persona's sign-off per team, the teams that take part, and one status that
 * the badge, the gallery, the report and the briefing read (domain/personas.ts personaStatus).
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { agreeWithOpenSections, createPersonaOnMap, duplicatePersona, setPersonaText, setTeamSigning, signOffSection } from '../../renderer/src/document/actions/personas';
import { addMap } from '../../renderer/src/document/actions';
import { initProject } from '../../renderer/src/document/actions/project';
import { attachHistory, undo } from '../../renderer/src/document/history';
import { readSnapshot } from '../../renderer/src/document/projection';
import { getRecord } from '../../renderer/src/document/schema';
import { personasAgreement, openItemsOf } from '../../renderer/src/domain/briefing';
import { initialsOf, readPersona } from '../../renderer/src/domain/personas';
import { newPersona, persona, statusOf } from './personas-helpers';

function project() {
  const doc = new Y.Doc();
  initProject(doc, 'p1', 'Acme alignment');
  attachHistory(doc);
  return doc;
}

/** A persona with five filled-in sections. */
function fivePersona(doc: Y.Doc) {
  const id = newPersona(doc, 'Dana Ortiz');
  setPersonaText(doc, id, 'quote', 'Fewer tools, not more.');
  setPersonaText(doc, id, 'budget', '40k a year');
  for (const [f, v] of [
    ['goals', 'Cut tools'],
    ['pains', 'Shadow IT'],
  ] as const) {
    const rec = getRecord(doc, 'personas', id)!;
    doc.transact(() => rec.set(f, Y.Array.from([v])));
  }
  return id;
}

describe('persona sign-off per team', () => {
  it('Marketing 5 of 5 and Sales 4 of 5 reads as each team’s progress, not "0 of 5"', () => {
    const doc = project();
    const id = fivePersona(doc);
    expect(agreeWithOpenSections(doc, id, 'team-marketing')).toMatchObject({ ok: true, value: 5 });
    agreeWithOpenSections(doc, id, 'team-sales');
    signOffSection(doc, id, 'pains', 'team-sales', null);
    const s = statusOf(doc, id);
    expect(s.counted).toBe(5);
    expect(s.agreed).toBe(false);
    expect(s.headline).toEqual({
      kind: 'draft',
      progress: [
        { teamId: 'team-marketing', signing: true, agreed: 5, disagrees: 0, total: 5 },
        { teamId: 'team-sales', signing: true, agreed: 4, disagrees: 0, total: 5 },
        { teamId: 'team-success', signing: true, agreed: 0, disagrees: 0, total: 5 },
      ],
    });
  });

  it('a team that takes no part is not waited for: the persona is agreed by the teams that sign, and says which', () => {
    const doc = project();
    const id = fivePersona(doc);
    agreeWithOpenSections(doc, id, 'team-marketing');
    agreeWithOpenSections(doc, id, 'team-sales');
    expect(statusOf(doc, id).agreed).toBe(false);
    expect(setTeamSigning(doc, id, 'team-success', false).ok).toBe(true);
    const s = statusOf(doc, id);
    expect(s.agreed).toBe(true);
    expect(s.headline).toEqual({ kind: 'agreed', teamIds: ['team-marketing', 'team-sales'], everyTeam: false });
    expect(s.progress.find((p) => p.teamId === 'team-success')).toMatchObject({ signing: false, agreed: 0 });
    // Its sign-off buttons are not offered: the sections list only the signing teams.
    expect(s.sections[0]!.teams.map((t) => t.teamId)).toEqual(['team-marketing', 'team-sales']);
    // The briefing and the open points read the same status.
    const snap = readSnapshot(doc);
    expect(personasAgreement(snap)).toEqual([{ id, agreed: true }]);
    expect(openItemsOf(snap).some((i) => i.kind === 'persona-not-agreed')).toBe(false);

    // One undo step brings Customer success back, and the persona is a draft again.
    undo(doc);
    expect(statusOf(doc, id).agreed).toBe(false);
    expect(openItemsOf(readSnapshot(doc)).some((i) => i.kind === 'persona-not-agreed')).toBe(true);
  });

  it('a team that disagrees and then steps out no longer blocks; stepping back in brings its word back', () => {
    const doc = project();
    const id = fivePersona(doc);
    agreeWithOpenSections(doc, id, 'team-marketing');
    agreeWithOpenSections(doc, id, 'team-sales');
    signOffSection(doc, id, 'pains', 'team-success', 'disagree');
    setTeamSigning(doc, id, 'team-success', false);
    expect(statusOf(doc, id)).toMatchObject({ agreed: true, disagreements: [] });
    setTeamSigning(doc, id, 'team-success', true);
    expect(statusOf(doc, id).disagreements).toEqual([{ section: 'pains', teamId: 'team-success', comment: '' }]);
  });

  it('no team taking part is said as such, and a team not signing has nothing to agree with', () => {
    const doc = project();
    const id = fivePersona(doc);
    for (const t of ['team-marketing', 'team-sales', 'team-success']) setTeamSigning(doc, id, t, false);
    expect(statusOf(doc, id)).toMatchObject({ agreed: false, headline: { kind: 'noSigningTeams' } });
    expect(agreeWithOpenSections(doc, id, 'team-sales')).toMatchObject({ ok: true, value: 0 });
    expect(setTeamSigning(doc, id, 'team-nobody', false)).toMatchObject({ ok: false, refusal: { code: 'personas.unknownTeam' } });
  });

  it('absent means every team signs (older files need no migration); two copies changing different teams merge', () => {
    expect(readPersona('x', { name: 'Old' }).notSigning).toBeUndefined();
    expect(readPersona('x', { name: 'Old', 'signs:team-sales': false, 'signs:team-success': true, 'signs:bad': 'no' }).notSigning).toEqual([
      'team-sales',
    ]);

    const base = project();
    const id = fivePersona(base);
    const a = new Y.Doc();
    const b = new Y.Doc();
    Y.applyUpdate(a, Y.encodeStateAsUpdate(base));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(base));
    setTeamSigning(a, id, 'team-success', false);
    setTeamSigning(b, id, 'team-sales', false);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(persona(a, id).notSigning).toEqual(['team-sales', 'team-success']);
    expect(persona(b, id).notSigning).toEqual(['team-sales', 'team-success']);
  });

  it('a copy keeps who takes part, not the sign-offs', () => {
    const doc = project();
    const id = fivePersona(doc);
    setTeamSigning(doc, id, 'team-success', false);
    agreeWithOpenSections(doc, id, 'team-sales');
    const r = duplicatePersona(doc, id);
    if (!r.ok) throw new Error('no copy');
    expect(persona(doc, r.value).notSigning).toEqual(['team-success']);
    expect(statusOf(doc, r.value).progress.map((p) => p.agreed)).toEqual([0, 0, 0]);
  });
});

describe('initials of a persona', () => {
  it.each([
    ['Dana Ortiz', 'DO'],
    ['Carl, CFO (economic buyer)', 'CA'],
    ['Carl Berg, CFO (economic buyer)', 'CB'],
    ['Maria de la Cruz', 'MC'],
    ['Carl (CFO)', 'CA'],
    ['(The economic buyer)', 'TB'],
    ['“Dana” O’Neil', 'DO'],
    ['Élodie Ünal', 'ÉÜ'],
    ['山田', '山田'],
    ['🚀 Rocket', '🚀R'],
    ['', '?'],
    ['  ,  ', '?'],
    ['x', 'X'],
  ])('%s -> %s', (name, initials) => {
    expect(initialsOf(name)).toBe(initials);
  });
});

describe('creating a persona from a map', () => {
  it('creates it on the map in one undo step, with the name given', () => {
    const doc = project();
    const m = addMap(doc, 'Customer journey');
    if (!m.ok) throw new Error('no map');
    const mapId = m.value;
    const r = createPersonaOnMap(doc, mapId, 'Carl, CFO (economic buyer)');
    if (!r.ok) throw new Error('refused');
    let snap = readSnapshot(doc);
    expect(snap.personas[r.value]?.name).toBe('Carl, CFO (economic buyer)');
    expect(snap.maps[mapId]?.personaIds).toEqual([r.value]);
    undo(doc);
    snap = readSnapshot(doc);
    expect(snap.personas[r.value]).toBeUndefined();
    expect(snap.maps[mapId]?.personaIds).toEqual([]);
    expect(createPersonaOnMap(doc, 'no-such-map', 'X')).toMatchObject({ ok: false, refusal: { code: 'notFound' } });
    expect(Object.keys(readSnapshot(doc).personas)).toHaveLength(0);
  });
});
