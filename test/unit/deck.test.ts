import { unzipSync, strFromU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { installFeatures } from '../../renderer/src/app/install';
import { initProject } from '../../renderer/src/document/actions/project';
import { readSnapshot } from '../../renderer/src/document/projection';
import { buildSampleProject } from '../../renderer/src/document/sample/northwind';
import { briefingOf } from '../../renderer/src/domain/briefing';
import { splitStages } from '../../renderer/src/domain/reportLayout';
import { isoDate } from '../../renderer/src/domain/workshop/sessions';
import { deckOf, stagesPerSlide } from '../../renderer/src/features/deck/deckModel';
import { deckBytes } from '../../renderer/src/features/deck/exportDeck';
import type { DeckSlide } from '../../renderer/src/features/deck/slides';

installFeatures();

const NOW = Date.UTC(2025, 2, 10, 9);

function sample() {
  const doc = new Y.Doc();
  initProject(doc, 'sample', 'Northwind alignment');
  buildSampleProject(doc, NOW);
  return readSnapshot(doc);
}

/** Every word a slide shows or says. */
const words = (s: DeckSlide): string => JSON.stringify(s);

describe('the slide deck', () => {
  it('says what the briefing says: the score, every area, the decisions, the open points, the actions', () => {
    const s = sample();
    const today = isoDate(NOW);
    const b = briefingOf(s, today);
    const slides = deckOf(s, b, today);
    expect(slides[0]!.kind).toBe('title');
    const score = slides.find((x) => x.kind === 'score');
    expect(score && score.kind === 'score' && score.rows).toHaveLength(b.areas.length);
    const all = slides.map(words).join('\n');
    for (const d of b.decisions) expect(all).toContain(JSON.stringify(d.text).slice(1, -1));
    for (const a of b.actions) expect(all).toContain(JSON.stringify(a.title).slice(1, -1));
    // The open points are the overview's list, no more and no fewer.
    expect(all).toContain(`Still open (${b.openPoints.length})`);
    // Words of other features are read from the catalogue, never left as keys.
    expect(all).not.toMatch(/"(alignment|report|workshop)\.[a-zA-Z]/);
    // Every slide has speaker notes.
    for (const x of slides) expect(x.notes.trim().length, x.title).toBeGreaterThan(20);
  });

  it('splits the map by stages with the report’s rule, flags unowned actions and charts target against actual', () => {
    const s = sample();
    const today = isoDate(NOW);
    const b = briefingOf(s, today);
    const slides = deckOf(s, b, today);
    const mapTitle = Object.values(s.maps)[0]!.title;
    const maps = slides.filter((x) => x.kind === 'table' && x.title === mapTitle);
    const stages = Object.values(s.stages).length;
    expect(maps).toHaveLength(splitStages(Array.from({ length: stages }), stagesPerSlide()).length);
    expect(maps.length).toBeGreaterThan(1);
    const charts = slides.filter((x) => x.kind === 'chart');
    const drawn = b.kpis.filter((k) => k.target !== null && k.actual !== null);
    expect(charts.flatMap((c) => (c.kind === 'chart' ? c.labels : []))).toEqual(expect.arrayContaining(drawn.map((k) => k.name)));
    const actions = slides.find((x) => x.kind === 'table' && x.title === 'Open actions');
    expect(b.actions.some((a) => a.unowned)).toBe(true);
    expect(words(actions!)).toContain('No owner yet');
  });

  it('writes a .pptx with a slide, a notes page each and native charts', async () => {
    const s = sample();
    const today = isoDate(NOW);
    const slides = deckOf(s, briefingOf(s, today), today);
    const files = unzipSync(await deckBytes(s, NOW));
    const names = Object.keys(files);
    expect(names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n))).toHaveLength(slides.length);
    expect(names.filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n))).toHaveLength(slides.length);
    expect(names.filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))).toHaveLength(slides.filter((x) => x.kind === 'chart').length);
    const chart = strFromU8(files[names.find((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n))!]!);
    expect(chart).toContain('<c:barChart>');
    expect(chart).toContain('Target');
  });
});
