import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  addPersonaExtra,
  addPersonaListItem,
  agreeWithOpenSections,
  removePersonaExtra,
  setPersonaText,
  setSignoffComment,
  signOffSection,
  updatePersonaExtra,
} from '../../renderer/src/document/actions/personas';
import { initProject } from '../../renderer/src/document/actions/project';
import { attachHistory, undo } from '../../renderer/src/document/history';
import { readSnapshot } from '../../renderer/src/document/projection';
import { collection } from '../../renderer/src/document/schema';
import { extraSectionId, readPersonaSignoff } from '../../renderer/src/domain/personas';
import { newPersona, persona, statusOf, TEAMS } from './personas-helpers';

function project() {
  const doc = new Y.Doc();
  initProject(doc, 'p1', 'Acme alignment');
  attachHistory(doc);
  return doc;
}

const everyTeam = (doc: Y.Doc, id: string, section: string, verdict: 'agree' | 'disagree' = 'agree') =>
  TEAMS.forEach((t) => expect(signOffSection(doc, id, section, t, verdict).ok).toBe(true));

describe('persona sign-off rules', () => {
  it('a persona is a draft until every team agrees with every filled-in section; empty sections do not count', () => {
    const doc = project();
    const id = newPersona(doc);
    addPersonaListItem(doc, id, 'goals', 'Fewer tools to run');
    let s = statusOf(doc, id);
    expect(s.agreed).toBe(false);
    expect(s.counted).toBe(2); // profile (the name) and goals; the other eight are empty
    expect(s.waiting).toEqual(['profile', 'goals']);

    everyTeam(doc, id, 'profile');
    signOffSection(doc, id, 'goals', 'team-marketing', 'agree');
    signOffSection(doc, id, 'goals', 'team-sales', 'agree');
    s = statusOf(doc, id);
    expect(s.agreed).toBe(false);
    expect(s.waiting).toEqual(['goals']);
    expect(s.sections.find((x) => x.section === 'goals')?.teams.map((t) => t.state)).toEqual(['agrees', 'agrees', 'open']);

    signOffSection(doc, id, 'goals', 'team-success', 'agree');
    s = statusOf(doc, id);
    expect(s.agreed).toBe(true);
    expect(s.agreedSections).toBe(2);
    expect(s.sections.find((x) => x.section === 'pains')?.state).toBe('empty');
  });

  it('a persona with nothing filled in is never agreed', () => {
    const doc = project();
    const id = newPersona(doc, '');
    expect(statusOf(doc, id)).toMatchObject({ agreed: false, counted: 0 });
  });

  it('changing a section re-opens that section’s sign-offs (and only that section’s); undo restores them', () => {
    const doc = project();
    const id = newPersona(doc);
    addPersonaListItem(doc, id, 'pains', 'Too many vendors');
    everyTeam(doc, id, 'profile');
    everyTeam(doc, id, 'pains');
    expect(statusOf(doc, id).agreed).toBe(true);

    setPersonaText(doc, id, 'role', 'Head of IT, 15 years');
    const s = statusOf(doc, id);
    expect(s.agreed).toBe(false);
    expect(s.reopened).toEqual(TEAMS.map((teamId) => ({ section: 'profile', teamId })));
    expect(s.sections.find((x) => x.section === 'profile')?.teams.every((t) => t.state === 'reopened')).toBe(true);
    expect(s.sections.find((x) => x.section === 'pains')?.state).toBe('agreed');
    // The old word is still there to read, with its verdict.
    expect(s.sections.find((x) => x.section === 'profile')?.teams[0]?.signoff?.verdict).toBe('agree');

    undo(doc);
    expect(statusOf(doc, id).agreed).toBe(true);

    // Changing it back by hand also matches again: the sign-off agreed to that exact content.
    setPersonaText(doc, id, 'name', 'Dana');
    expect(statusOf(doc, id).agreed).toBe(false);
    setPersonaText(doc, id, 'name', 'Dana, the IT director');
    expect(statusOf(doc, id).agreed).toBe(true);
  });

  it('a disagreement blocks agreement, keeps its comment, and also counts on an empty section', () => {
    const doc = project();
    const id = newPersona(doc);
    everyTeam(doc, id, 'profile');
    expect(statusOf(doc, id).agreed).toBe(true);
    signOffSection(doc, id, 'buying', 'team-sales', 'disagree');
    setSignoffComment(doc, id, 'buying', 'team-sales', 'We must know who signs the budget');
    const s = statusOf(doc, id);
    expect(s.agreed).toBe(false);
    expect(s.counted).toBe(2);
    expect(s.disagreements).toEqual([
      { section: 'buying', teamId: 'team-sales', comment: 'We must know who signs the budget' },
    ]);
    expect(s.sections.find((x) => x.section === 'buying')?.state).toBe('disagreed');
    // Withdrawing the word puts the empty section back out of the sign-off.
    signOffSection(doc, id, 'buying', 'team-sales', null);
    expect(statusOf(doc, id).agreed).toBe(true);
  });

  it('a comment needs a verdict first', () => {
    const doc = project();
    const id = newPersona(doc);
    expect(setSignoffComment(doc, id, 'profile', 'team-sales', 'Hm').ok).toBe(false);
  });

  it('only the project’s current teams count: a new team must sign too, a deleted team’s word is ignored', () => {
    const doc = project();
    const id = newPersona(doc);
    everyTeam(doc, id, 'profile');
    doc.transact(() => {
      const t = new Y.Map<unknown>();
      t.set('name', 'Partners');
      t.set('color', '#123456');
      t.set('order', 4);
      collection(doc, 'teams').set('team-partners', t);
    });
    expect(statusOf(doc, id).agreed).toBe(false);
    doc.transact(() => collection(doc, 'teams').delete('team-partners'));
    expect(statusOf(doc, id).agreed).toBe(true);
    doc.transact(() => collection(doc, 'teams').delete('team-success'));
    expect(statusOf(doc, id).agreed).toBe(true);
    expect(signOffSection(doc, id, 'profile', 'team-success', 'agree').ok).toBe(false);
  });

  it('"agree with every open section" signs what is open or re-opened and leaves disagreements alone', () => {
    const doc = project();
    const id = newPersona(doc);
    addPersonaListItem(doc, id, 'goals', 'Grow pipeline');
    addPersonaListItem(doc, id, 'objections', 'Too expensive');
    signOffSection(doc, id, 'objections', 'team-marketing', 'disagree');
    const r = agreeWithOpenSections(doc, id, 'team-marketing');
    expect(r).toEqual({ ok: true, value: 2 });
    const s = statusOf(doc, id);
    const marketing = (section: string) =>
      s.sections.find((x) => x.section === section)?.teams.find((t) => t.teamId === 'team-marketing')?.state;
    expect([marketing('profile'), marketing('goals'), marketing('objections'), marketing('pains')]).toEqual([
      'agrees',
      'agrees',
      'disagrees',
      'open',
    ]);
    expect(agreeWithOpenSections(doc, id, 'team-marketing')).toEqual({ ok: true, value: 0 });
  });

  it('extra fields are sections of their own; removing one removes its sign-offs', () => {
    const doc = project();
    const id = newPersona(doc);
    const x = addPersonaExtra(doc, id, 'Events they attend');
    if (!x.ok) throw new Error();
    const section = extraSectionId(x.value);
    expect(statusOf(doc, id).sections.find((s) => s.section === section)?.state).toBe('empty');
    updatePersonaExtra(doc, id, x.value, { value: 'Gartner summit' });
    everyTeam(doc, id, 'profile');
    expect(statusOf(doc, id).waiting).toEqual([section]);
    everyTeam(doc, id, section);
    expect(statusOf(doc, id).agreed).toBe(true);
    updatePersonaExtra(doc, id, x.value, { label: 'Events' });
    expect(statusOf(doc, id).waiting).toEqual([section]);
    removePersonaExtra(doc, id, x.value);
    expect(statusOf(doc, id).agreed).toBe(true);
    expect(Object.values(readSnapshot(doc).personaSignoffs).some((s) => s.section === section)).toBe(false);
  });

  it('after merging two offline copies, a sign-off holds only if the merged content is what the team agreed to', () => {
    const base = project();
    const id = newPersona(base);
    addPersonaListItem(base, id, 'goals', 'Fewer tools');
    const state = Y.encodeStateAsUpdate(base);
    const a = new Y.Doc();
    const b = new Y.Doc();
    Y.applyUpdate(a, state);
    Y.applyUpdate(b, state);

    // In copy A, every team agrees with the goals as they read there.
    everyTeam(a, id, 'profile');
    everyTeam(a, id, 'goals');
    expect(statusOf(a, id).agreed).toBe(true);
    // Meanwhile in copy B, someone adds a goal (and changes nothing else).
    addPersonaListItem(b, id, 'goals', 'A faster rollout');

    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    for (const doc of [a, b]) {
      expect(persona(doc, id).goals).toEqual(['Fewer tools', 'A faster rollout']);
      const s = statusOf(doc, id);
      expect(s.agreed).toBe(false);
      expect(s.sections.find((x) => x.section === 'goals')?.teams.map((t) => t.state)).toEqual([
        'reopened',
        'reopened',
        'reopened',
      ]);
      expect(s.sections.find((x) => x.section === 'profile')?.state).toBe('agreed');
    }
    // Both copies converge to the same document.
    expect(Y.encodeStateVector(a)).toEqual(Y.encodeStateVector(b));
  });

  it('after a merge where the other copy only signed, agreement survives; two verdicts on one key converge', () => {
    const base = project();
    const id = newPersona(base);
    const state = Y.encodeStateAsUpdate(base);
    const a = new Y.Doc();
    const b = new Y.Doc();
    Y.applyUpdate(a, state);
    Y.applyUpdate(b, state);
    signOffSection(a, id, 'profile', 'team-marketing', 'agree');
    signOffSection(a, id, 'profile', 'team-sales', 'agree');
    signOffSection(b, id, 'profile', 'team-success', 'agree');
    signOffSection(b, id, 'profile', 'team-sales', 'disagree');
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    const read = (doc: Y.Doc) =>
      Object.values(readSnapshot(doc).personaSignoffs)
        .map((s) => `${s.teamId}:${s.verdict}`)
        .sort();
    expect(read(a)).toEqual(read(b));
    expect(read(a)).toHaveLength(3);
    const sales = readPersonaSignoff('x', { verdict: 'bogus' });
    expect(sales.verdict).toBe('disagree'); // a damaged verdict never counts as agreement
  });
});
