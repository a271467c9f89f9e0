/**
 * The map model carries the alignment layer: stage and card owners, handoff markers, the
 * personas with their emotion curves (the canvas's looks), vote dots; and the hardest moment
 * reads persona curves. The SVG (the SVG and PNG exports) draws all of it.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { pageGeometry } from '../../renderer/src/domain/reportLayout';
import { MapPages } from '../../renderer/src/features/report/ReportMap';
import { mapSlides } from '../../renderer/src/features/deck/deckModel';
import * as Y from 'yjs';
import { initProject } from '../../renderer/src/document/actions/project';
import { addActionItem, addDecision } from '../../renderer/src/document/actions/workshop/actions';
import { readSnapshot } from '../../renderer/src/document/projection';
import { buildSampleProject } from '../../renderer/src/document/sample/northwind';
import { cardsCsv } from '../../renderer/src/features/report/exports';
import { actionsCsv } from '../../renderer/src/features/workshop/actionsCsv';
import { addCard, addCards, setEmotion } from '../../renderer/src/document/actions';
import { PREVIEW_LIST_LIMIT } from '../../renderer/src/shared/report';
import { addHandoff, setCardOwner, setHandoffText, setStageOwner } from '../../renderer/src/document/actions/alignment';
import { attachPersona, createPersona } from '../../renderer/src/document/actions/personas';
import { addParticipant, createSession, startSession } from '../../renderer/src/document/actions/workshop/sessions';
import { archiveVoteRound, castVote, startVoteRound } from '../../renderer/src/document/actions/workshop/votes';
import type { ActionResult } from '../../renderer/src/document/actions/result';
import { curveStyle } from '../../renderer/src/domain/curveStyle';
import { hardestMoment } from '../../renderer/src/domain/hardestMoment';
import { SHARED_OWNER } from '../../renderer/src/domain/types';
import { mapToSvg } from '../../renderer/src/features/report/mapSvg';
import { buildMapModel, lowestMoment } from '../../renderer/src/shared/mapModel';
import { projectWithMap } from './helpers';
import { readCsv } from '../csv';

const T0 = 1_700_000_000_000;

function ok<T>(r: ActionResult<T>): T {
  if (!r.ok) throw new Error(JSON.stringify(r.refusal));
  return r.value;
}

const unescape = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
/** What a reader of the SVG sees: its text pieces joined by spaces. */
const svgText = (svg: string) =>
  unescape(
    Array.from(svg.matchAll(/<(?:tspan|text)[^>]*>([^<]*)(?=<)/g))
      .map((m) => m[1])
      .join(' '),
  ).replace(/\s+/g, ' ');

/** A B2B map with owners, a handoff, two personas with curves and a vote. */
function layered() {
  const p = projectWithMap();
  const stages = p.stages();
  const emotion = p.lanes().find((l) => l.kind === 'emotion')!;
  const pains = p.lanes().find((l) => l.kind === 'pains')!;
  ok(setStageOwner(p.doc, stages[0]!.id, 'team-marketing'));
  ok(setStageOwner(p.doc, stages[1]!.id, 'team-marketing'));
  ok(setStageOwner(p.doc, stages[2]!.id, 'team-sales'));
  ok(setStageOwner(p.doc, stages[3]!.id, SHARED_OWNER));
  const handoff = ok(addHandoff(p.doc, { mapId: p.mapId, afterStageId: stages[1]!.id }, { fromTeamId: 'team-marketing', toTeamId: 'team-sales' }));
  ok(setHandoffText(p.doc, handoff, 'name', 'MQL to SQL'));
  ok(setHandoffText(p.doc, handoff, 'fromStageName', 'MQL'));
  ok(setHandoffText(p.doc, handoff, 'toStageName', 'SQL'));
  const dana = ok(createPersona(p.doc, 'Dana the RevOps lead'));
  const omar = ok(createPersona(p.doc, 'Omar the CFO'));
  ok(attachPersona(p.doc, p.mapId, dana));
  ok(attachPersona(p.doc, p.mapId, omar));
  [1, 0, -1, -2, 0, 1, 2].forEach((v, i) => ok(setEmotion(p.doc, emotion.id, stages[i]!.id, v, dana)));
  ok(setEmotion(p.doc, emotion.id, stages[4]!.id, -1, omar));
  const slow = ok(addCard(p.doc, { mapId: p.mapId, stageId: stages[2]!.id, laneId: pains.id }, 'Slow follow-up'));
  const form = ok(addCard(p.doc, { mapId: p.mapId, stageId: stages[0]!.id, laneId: pains.id }, 'The long form'));
  ok(setCardOwner(p.doc, [form], 'team-sales'));
  const session = ok(createSession(p.doc, { title: 'Kick-off' }, T0));
  ok(startSession(p.doc, session, T0));
  const ana = ok(addParticipant(p.doc, session, 'Ana', 'team-marketing'));
  const ben = ok(addParticipant(p.doc, session, 'Ben', 'team-sales'));
  const round = ok(startVoteRound(p.doc, { sessionId: session, mapId: p.mapId, laneIds: [pains.id], dots: 3, private: false }, T0));
  ok(castVote(p.doc, round, ana, slow, T0 + 1));
  ok(castVote(p.doc, round, ana, slow, T0 + 2));
  ok(castVote(p.doc, round, ben, slow, T0 + 3));
  ok(castVote(p.doc, round, ben, form, T0 + 4));
  return { ...p, stages, emotion, pains, handoff, dana, omar, slow, form, round };
}

describe('the map model: the alignment layer', () => {
  it('names each stage owner with the team colour, and each card owner (its own, else its stage’s)', () => {
    const p = layered();
    const m = buildMapModel(p.snap(), p.mapId)!;
    expect(m.stageOwner(p.stages[0]!.id)).toEqual({ owner: 'team-marketing', name: 'Marketing', color: '#2f6fdf' });
    expect(m.stageOwner(p.stages[2]!.id)).toEqual({ owner: 'team-sales', name: 'Sales', color: '#d9480f' });
    expect(m.stageOwner(p.stages[3]!.id)).toEqual({ owner: SHARED_OWNER, name: 'Shared', color: null });
    expect(m.stageOwner(p.stages[4]!.id)).toEqual({ owner: '', name: 'No owner', color: null });
    const slow = p.snap().cards[p.slow]!;
    const form = p.snap().cards[p.form]!;
    expect(m.cardOwner(slow).name).toBe('Sales'); // inherited from Evaluation
    expect(m.ownsItself(slow)).toBe(false);
    expect(m.cardOwner(form).name).toBe('Sales'); // its own, on a marketing stage
    expect(m.ownsItself(form)).toBe(true);
  });

  it('places a handoff between the two stages it joins, with its name, words and teams', () => {
    const p = layered();
    const m = buildMapModel(p.snap(), p.mapId)!;
    expect(m.handoffs).toHaveLength(1);
    const h = m.handoffs[0]!;
    expect(h).toMatchObject({ name: 'MQL to SQL', words: 'MQL → SQL', afterStageIndex: 1, cardId: '', agreed: false });
    expect([h.fromStage.name, h.toStage.name]).toEqual([p.stages[1]!.name, p.stages[2]!.name]);
    expect([h.from.name, h.from.color, h.to.name, h.to.color]).toEqual(['Marketing', '#2f6fdf', 'Sales', '#d9480f']);
  });

  it('puts a handoff placed on a card on that card, and leaves out one whose card is gone', () => {
    const p = layered();
    const onCard = ok(addHandoff(p.doc, { mapId: p.mapId, cardId: p.slow }, { fromTeamId: 'team-sales', toTeamId: 'team-success' }));
    const m = buildMapModel(p.snap(), p.mapId)!;
    expect(m.handoffsOnCard(p.slow).map((h) => h.id)).toEqual([onCard]);
    expect(m.handoffsOnCard(p.slow)[0]!.name).toBe('Sales to Customer success');
    expect(m.handoffs).toHaveLength(2);
  });

  it('carries every persona of the map with its curve, in the canvas’s looks, and a legend', () => {
    const p = layered();
    const m = buildMapModel(p.snap(), p.mapId)!;
    const curves = m.curves(p.emotion.id);
    // No point on the map's own curve and two personas: two curves, the personas' (mapCurves).
    expect(curves.map((c) => c.personaName)).toEqual(['Dana the RevOps lead', 'Omar the CFO']);
    expect(curves[0]!.style).toEqual(curveStyle(0, 'light'));
    expect(curves[1]!.style).toEqual(curveStyle(1, 'light'));
    expect(curves[0]!.scores).toEqual([1, 0, -1, -2, 0, 1, 2]);
    expect(curves[1]!).toMatchObject({ scored: true, scores: [0, 0, 0, 0, -1, 0, 0] });
    expect(m.personas.map((x) => [x.name, x.style.color])).toEqual([
      ['Dana the RevOps lead', curveStyle(0).color],
      ['Omar the CFO', curveStyle(1).color],
    ]);
    // The main row (for outputs with room for one) is the first scored curve, not "not scored".
    expect(m.emotion(p.emotion.id)).toMatchObject({ scored: true, scores: [1, 0, -1, -2, 0, 1, 2] });
  });

  it('finds the hardest moment on a persona’s curve, and names whose it is', () => {
    const p = layered();
    const low = lowestMoment(buildMapModel(p.snap(), p.mapId)!)!;
    expect(low.stage.name).toBe(p.stages[3]!.name);
    expect(low.score).toBe(-2);
    expect(low.personaName).toBe('Dana the RevOps lead');
    expect(hardestMoment([{ scores: [0, -1], scored: true }, { scores: [-1, 0], scored: true }])).toEqual({ stageIndex: 0, score: -1, curveIndex: 1 });
    expect(hardestMoment([{ scores: [-2], scored: false }, { scores: [1], scored: true }])).toBeNull();
  });

  it('counts the dots of the round the map shows, and none once that round is taken off the map', () => {
    const p = layered();
    let m = buildMapModel(p.snap(), p.mapId)!;
    expect(m.dots(p.slow)).toBe(3);
    expect(m.dots(p.form)).toBe(1);
    expect(m.hasVotes).toBe(true);
    ok(archiveVoteRound(p.doc, p.round));
    m = buildMapModel(p.snap(), p.mapId)!;
    expect(m.dots(p.slow)).toBe(0);
    expect(m.hasVotes).toBe(false);
  });

  it('is built once per snapshot (the report asks for it many times), and again after an edit', () => {
    const p = layered();
    const snap = p.snap();
    const first = buildMapModel(snap, p.mapId)!;
    expect(buildMapModel(snap, p.mapId)).toBe(first);
    ok(addCard(p.doc, { mapId: p.mapId, stageId: p.stages[0]!.id, laneId: p.pains.id }, 'A new pain'));
    const after = buildMapModel(p.snap(), p.mapId)!;
    expect(after).not.toBe(first);
    expect(after.cardCount).toBe(first.cardCount + 1);
    expect(buildMapModel(snap, 'no-such-map')).toBeNull();
  });

  it('keeps the old shape on a map without any of it', () => {
    const p = projectWithMap();
    const m = buildMapModel(p.snap(), p.mapId)!;
    expect(m.handoffs).toEqual([]);
    expect(m.personas).toEqual([]);
    expect(m.hasVotes).toBe(false);
    const emotion = p.lanes().find((l) => l.kind === 'emotion')!;
    expect(m.curves(emotion.id).map((c) => c.key)).toEqual(['own']);
    expect(m.emotion(emotion.id).scored).toBe(false);
  });
});

describe('the map as SVG draws the alignment layer', () => {
  it('names the handoff, the stage owners, every persona of each curve (a legend) and the dots', () => {
    const p = layered();
    const { svg } = mapToSvg(p.snap(), p.mapId)!;
    const text = svgText(svg);
    expect(text).toContain('MQL to SQL');
    expect(text).toContain('MQL → SQL');
    for (const team of ['Marketing', 'Sales', 'Shared', 'No owner']) expect(text).toContain(team);
    expect(text).toContain('Dana the RevOps lead');
    expect(text).toContain('Omar the CFO');
    // Each persona's curve in its own colour and dash pattern, with its markers.
    for (const slot of [0, 1]) {
      const st = curveStyle(slot);
      expect(svg).toContain(`stroke="${st.color}"`);
      expect(svg).toContain(`stroke-dasharray="${st.dash}"`);
    }
    expect(text).not.toContain('Not scored yet');
    // The dots: three on the slow follow-up.
    expect(svg).toMatch(/aria-label="3 dots"|>3 dots</);
    expect(svg.match(/class="dot"/g)?.length).toBe(4);
  });
});


describe('the spreadsheets carry the alignment layer', () => {
  it('the cards CSV names each card’s owner (its own, else its stage’s) and its dots in the vote', () => {
    const p = layered();
    const rows = readCsv(cardsCsv(p.snap()));
    expect(rows[0]).toEqual(['Map', 'Stage', 'Lane', 'Text', 'Colour', 'Owner', 'Votes']);
    const row = (text: string) => rows.find((r) => r[3] === text)!;
    expect(row('Slow follow-up').slice(5)).toEqual(['Sales', '3']);
    expect(row('The long form').slice(5)).toEqual(['Sales', '1']);
    // A card on a stage nobody owns, outside the vote: both blank (no made-up owner, no 0 for "not voted on").
    ok(addCard(p.doc, { mapId: p.mapId, stageId: p.stages[5]!.id, laneId: p.lanes()[0]!.id }, 'Renews early'));
    ok(setStageOwner(p.doc, p.stages[5]!.id, ''));
    const again = readCsv(cardsCsv(p.snap()));
    expect(again.find((r) => r[3] === 'Renews early')!.slice(5)).toEqual(['', '']);
    // A pain card nobody voted for: 0 dots.
    ok(addCard(p.doc, { mapId: p.mapId, stageId: p.stages[1]!.id, laneId: p.pains.id }, 'Pricing unclear'));
    expect(readCsv(cardsCsv(p.snap())).find((r) => r[3] === 'Pricing unclear')!.slice(5)).toEqual(['Marketing', '0']);
  });

  it('for the sample project, every column of the cards CSV holds data, and the dots add up to the vote', () => {
    const doc = new Y.Doc();
    initProject(doc, 'p1', 'Northwind');
    buildSampleProject(doc, Date.UTC(2026, 11, 2, 12));
    const rows = readCsv(cardsCsv(readSnapshot(doc)));
    const [header, ...body] = rows;
    header!.forEach((h, i) => expect(body.some((r) => r[i] !== ''), `column ${h}`).toBe(true));
    expect(body.every((r) => r[5] !== '')).toBe(true);
    expect(body.reduce((n, r) => n + Number(r[6] || 0), 0)).toBe(15);
  });

  it('the actions-and-decisions CSV lists each action (owner, team, due, status, source) and each decision (date, session)', () => {
    const doc = new Y.Doc();
    initProject(doc, 'p1', 'Northwind');
    buildSampleProject(doc, Date.UTC(2026, 11, 2, 12));
    const s = readSnapshot(doc);
    const rows = readCsv(actionsCsv(s));
    const [header, ...body] = rows;
    expect(header).toEqual(['Kind', 'Text', 'Owner', 'Team', 'Due', 'Status', 'Date', 'Session', 'Source']);
    header!.forEach((h, i) => expect(body.some((r) => r[i] !== ''), `column ${h}`).toBe(true));
    const actions = body.filter((r) => r[0] === 'Action');
    const decisions = body.filter((r) => r[0] === 'Decision');
    expect(actions).toHaveLength(Object.keys(s.actionItems).length);
    expect(decisions).toHaveLength(Object.keys(s.decisions).length);
    const call = actions.find((r) => r[1] === 'Call every MQL within one business day')!;
    expect(call.slice(2, 6)).toEqual(['Luis Romero', 'Sales', call[4], 'Open']);
    expect(call[4]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(call[7]).not.toBe('');
    expect(actions.some((r) => r[8]!.startsWith('Questionnaire: '))).toBe(true);
    expect(actions.some((r) => r[5] === 'Done')).toBe(true);
    const mql = decisions.find((r) => r[1]!.startsWith('An MQL is a lead'))!;
    expect(mql[5]).toBe('Decided');
    expect(mql[6]).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(mql[7]).toBe(call[7]);
  });

  it('the actions CSV neutralises cells a spreadsheet would run as formulas', () => {
    const doc = new Y.Doc();
    initProject(doc, 'p1', 'Hostile');
    ok(addActionItem(doc, { title: '=HYPERLINK("http://evil","x")', owner: '+1 555', teamId: '', dueDate: '', sessionId: '' }, T0));
    ok(addDecision(doc, '@SUM(A1)', '', T0));
    const cells = readCsv(actionsCsv(readSnapshot(doc))).flat();
    expect(cells.filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
    expect(cells).toContain("'=HYPERLINK(\"http://evil\",\"x\")");
    expect(cells).toContain("'@SUM(A1)");
  });
});

describe('the paper map (the PDF’s map pages) draws the layer on every page', () => {
  const pagesOf = (html: string) => html.split('class="rp-sheet rp-map-page"').slice(1);
  const textOf = (html: string) => unescape(html.replace(/<[^>]+>/g, ' ')).replace(/\s+/g, ' ');

  it('the preview shows a long cell’s first cards and says how many more print; the print view has them all', () => {
    const p = projectWithMap();
    const cell = p.cell(0);
    ok(addCards(p.doc, cell, Array.from({ length: PREVIEW_LIST_LIMIT + 5 }, (_, i) => ({ text: `Long cell card ${i + 1}` }))));
    ok(addCard(p.doc, p.cell(1), 'A short cell'));
    const model = buildMapModel(p.snap(), p.mapId)!;
    const base = { sections: {}, excludedMapIds: [], paper: 'A4', orientation: 'landscape', page: pageGeometry('A4', 'landscape'), generatedAt: T0 } as const;
    const cardsIn = (html: string) => html.split('class="rp-card"').length - 1;
    const preview = renderToStaticMarkup(createElement(MapPages, { model, options: { ...base, preview: true } }));
    expect(cardsIn(preview)).toBe(PREVIEW_LIST_LIMIT + 1);
    expect(textOf(preview)).toContain('+ 5 more cards in the printed report');
    expect(textOf(preview)).toContain('A short cell');
    const print = renderToStaticMarkup(createElement(MapPages, { model, options: base }));
    expect(cardsIn(print)).toBe(PREVIEW_LIST_LIMIT + 6);
    expect(textOf(print)).toContain(`Long cell card ${PREVIEW_LIST_LIMIT + 5}`);
    expect(textOf(print)).not.toContain('in the printed report');
  });

  it('A4 portrait: owners over each stage, the legend, dots; a handoff on the page break is kept inside both pages', () => {
    const p = layered();
    // A second handoff on the boundary the page breaks at (4 stages across A4 portrait): after Purchase.
    const h2 = ok(addHandoff(p.doc, { mapId: p.mapId, afterStageId: p.stages[3]!.id }, { fromTeamId: 'team-sales', toTeamId: 'team-success' }));
    ok(setHandoffText(p.doc, h2, 'name', 'Closed won to onboarding'));
    const model = buildMapModel(p.snap(), p.mapId)!;
    const options = { sections: {}, excludedMapIds: [], paper: 'A4', orientation: 'portrait', page: pageGeometry('A4', 'portrait'), generatedAt: T0 } as const;
    const pages = pagesOf(renderToStaticMarkup(createElement(MapPages, { model, options })));
    expect(pages).toHaveLength(2);
    const [one, two] = [textOf(pages[0]!), textOf(pages[1]!)];
    // The first page: MQL to SQL on its boundary, the second handoff at the page's edge, said to go on.
    expect(one).toContain('⇆ MQL to SQL');
    expect(pages[0]).toMatch(/rp-handoff-mark rp-hm-edge"[^>]*aria-label="Handoff MQL to SQL/);
    expect(pages[0]).toMatch(/rp-hm-to-next"[^>]*aria-label="Handoff Closed won to onboarding/);
    expect(one).toContain(`${p.stages[4]!.name} on the next page`);
    // The second page picks it up where it came from.
    expect(pages[1]).toMatch(/rp-hm-from-before"[^>]*aria-label="Handoff Closed won to onboarding/);
    expect(two).toContain(`from ${p.stages[3]!.name}, on the page before`);
    expect(two).not.toContain('MQL to SQL');
    for (const [page, owners] of [
      [one, ['Marketing', 'Sales', 'Shared']],
      [two, ['No owner']],
    ] as const) {
      for (const o of owners) expect(page).toContain(o);
      // Each page repeats the curves' legend with both personas.
      expect(page).toContain('Dana the RevOps lead');
      expect(page).toContain('Omar the CFO');
    }
    expect(one).toContain('3 dots');
    expect(one).toContain('Personas on this map: Dana the RevOps lead · Omar the CFO');
    // Each persona's curve in its colour (the canvas's look), both on the second page too.
    for (const slot of [0, 1]) expect(pages[1]).toContain(`stroke="${curveStyle(slot).color}"`);
  });
});

describe('the deck’s map slides carry the layer', () => {
  it('a Handoffs row, an Owner row, one emotion row per persona curve, dots after a voted card', () => {
    const p = layered();
    const slides = mapSlides(buildMapModel(p.snap(), p.mapId)!);
    const rows = slides.flatMap((s) => (s.kind === 'table' ? s.rows.map((r) => r.map((c) => c.text)) : []));
    const heads = rows.map((r) => r[0]);
    expect(heads).toContain('Owner');
    expect(heads).toContain('Handoffs');
    expect(heads).toContain('Emotion: Dana the RevOps lead');
    expect(heads).toContain('Emotion: Omar the CFO');
    expect(heads).not.toContain('Emotion');
    const all = rows.flat().join('\n');
    expect(all).toContain(`⇆ MQL to SQL → ${p.stages[2]!.name}`);
    expect(all).toContain('Slow follow-up (3 dots)');
    expect(rows.find((r) => r[0] === 'Owner')!.slice(1, 3)).toEqual(['Marketing', 'Marketing']);
  });
});
