/** Issue 23 item 6: glossary terms start proposed by a team; the list is searched and sorted (domain/glossary.ts). */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { addTerm, setTermStatus } from '../../renderer/src/document/actions/alignment';
import { initProject } from '../../renderer/src/document/actions/project';
import { readSnapshot } from '../../renderer/src/document/projection';
import { readers } from '../../renderer/src/document/schema';
import { glossaryView, matchesTerm } from '../../renderer/src/domain/glossary';
import type { GlossaryTerm } from '../../renderer/src/domain/types';

const term = (over: Partial<GlossaryTerm>): GlossaryTerm => ({
  id: over.term ?? 'x',
  term: 'x',
  definition: '',
  proposedByTeamId: '',
  synonyms: [],
  status: 'agreed',
  order: 0,
  ...over,
});

describe('glossary terms', () => {
  it('a new term starts proposed by the team that proposed it; older records without "proposed" read as before', () => {
    const doc = new Y.Doc();
    initProject(doc, 'p1', 'Acme');
    const r = addTerm(doc, { term: 'MQL', proposedByTeamId: 'team-marketing' });
    if (!r.ok) throw new Error('refused');
    expect(readSnapshot(doc).glossary[r.value]).toMatchObject({ status: 'proposed', proposedByTeamId: 'team-marketing', definition: '' });
    expect(setTermStatus(doc, r.value, 'agreed').ok).toBe(true);
    expect(readSnapshot(doc).glossary[r.value]?.status).toBe('agreed');
    expect(readers.glossary('g', { term: 'SQL', status: 'disputed' }).status).toBe('disputed');
    expect(readers.glossary('g', { term: 'SQL' }).status).toBe('agreed');
  });

  const terms = [
    term({ term: 'SQL', order: 1, status: 'agreed', proposedByTeamId: 'team-sales', synonyms: ['Sales qualified lead'] }),
    term({ term: 'mql', order: 2, status: 'disputed', proposedByTeamId: 'team-marketing', definition: 'Scored 60 or more' }),
    term({ term: 'Nurture', order: 3, status: 'proposed', proposedByTeamId: '' }),
    term({ term: 'Église', order: 4, status: 'proposed', proposedByTeamId: 'team-marketing' }),
  ];
  const names: Record<string, string> = { 'team-sales': 'Sales', 'team-marketing': 'Marketing' };
  const view = (q: string, sort: Parameters<typeof glossaryView>[2]) => glossaryView(terms, q, sort, (id) => names[id] ?? '').map((t) => t.term);

  it('searches term, synonyms and definition, ignoring case and accents, every word', () => {
    expect(view('qualified', 'order')).toEqual(['SQL']);
    expect(view('MQL', 'order')).toEqual(['mql']);
    expect(view('scored 60', 'order')).toEqual(['mql']);
    expect(view('eglise', 'order')).toEqual(['Église']);
    expect(view('scored sales', 'order')).toEqual([]);
    expect(view('  ', 'order')).toEqual(['SQL', 'mql', 'Nurture', 'Église']);
    expect(matchesTerm(terms[0]!, 'lead')).toBe(true);
  });

  it('sorts A to Z (case and accents aside), disputed first, or by who proposed it (nobody last)', () => {
    expect(view('', 'az')).toEqual(['Église', 'mql', 'Nurture', 'SQL']);
    expect(view('', 'status')).toEqual(['mql', 'Église', 'Nurture', 'SQL']);
    expect(view('', 'proposer')).toEqual(['Église', 'mql', 'SQL', 'Nurture']);
    // The records keep their own order: a sort on screen changes nothing in the document.
    expect(terms.map((t) => t.term)).toEqual(['SQL', 'mql', 'Nurture', 'Église']);
  });
});
