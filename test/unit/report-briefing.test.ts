/**
 * The briefing, the report's summary and the alignment overview read one list of open points
 * (openItemsOf) and one score: for the sample project and for a project built here, the three
 * must say the same number. If one of them computes its own (the summary once left the
 * personas out and said 2 where the overview said 3), this goes red.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initProject } from '../../renderer/src/document/actions/project';
import { addHandoff, addKpi, addTerm, setKpiNumber, setTermStatus } from '../../renderer/src/document/actions/alignment';
import { createPersona } from '../../renderer/src/document/actions/personas';
import { addActionItem } from '../../renderer/src/document/actions/workshop/actions';
import { createSession } from '../../renderer/src/document/actions/workshop/sessions';
import { createProjection, readSnapshot, type ProjectSnapshot } from '../../renderer/src/document/projection';
import { buildSampleProject } from '../../renderer/src/document/sample/northwind';
import { BRIEFING_AREAS, briefingOf, openItemsOf } from '../../renderer/src/domain/briefing';
import { projectSessionScores, scoreChange } from '../../renderer/src/domain/workshop/score';
import { isoDate } from '../../renderer/src/domain/workshop/sessions';
import { OverviewScreen } from '../../renderer/src/features/alignment/OverviewScreen';
import { alignmentSummaryEntry } from '../../renderer/src/features/alignment/reportSections';
import { A } from '../../renderer/src/features/alignment/strings';
import { ProjectContext } from '../../renderer/src/shared/ProjectContext';
import type { OpenProject } from '../../renderer/src/storage/openProject';
import { projectWithMap } from './helpers';

const NOW = Date.UTC(2026, 0, 15, 9);
const TODAY = isoDate(NOW);

function sample(): { doc: Y.Doc; snap: ProjectSnapshot } {
  const doc = new Y.Doc();
  initProject(doc, 'sample', 'Northwind alignment');
  buildSampleProject(doc, NOW);
  return { doc, snap: readSnapshot(doc) };
}

/** A project built by hand: two handoffs (one without an SLA), a KPI without owner, a disputed term, a persona nobody agreed, an unowned action, a planned session. */
function built(): { doc: Y.Doc; snap: ProjectSnapshot } {
  const { doc, mapId, stages } = projectWithMap();
  const must = <T,>(r: { ok: true; value: T } | { ok: false }) => {
    if (!r.ok) throw new Error('action refused');
    return r.value;
  };
  must(addHandoff(doc, { mapId, afterStageId: stages()[1]!.id }));
  must(addHandoff(doc, { mapId, afterStageId: stages()[2]!.id }));
  const k = must(addKpi(doc, { name: 'Win rate' }));
  must(setKpiNumber(doc, k, 'target', 30));
  must(setKpiNumber(doc, k, 'actual', 12));
  must(addKpi(doc, { name: 'Pipeline' }));
  const t = must(addTerm(doc, { term: 'MQL' }));
  must(setTermStatus(doc, t, 'disputed'));
  must(addTerm(doc, { term: 'SQL' }));
  must(createPersona(doc, 'Riley'));
  must(addActionItem(doc, { title: 'Write the SLA' }, NOW));
  must(createSession(doc, { title: 'Check-in', date: isoDate(NOW + 7 * 86_400_000) }, NOW));
  return { doc, snap: readSnapshot(doc) };
}

/** The alignment overview screen, rendered as a person sees it. */
function overviewCount(doc: Y.Doc): { items: number; status: string } {
  const projection = createProjection(doc);
  const html = renderToStaticMarkup(
    createElement(ProjectContext.Provider, { value: { doc, store: projection.store } as unknown as OpenProject }, createElement(OverviewScreen)),
  );
  projection.destroy();
  const status = /data-testid="open-count"[^>]*>([^<]*)</.exec(html)?.[1] ?? '';
  return { items: html.split('data-testid="open-item"').length - 1, status };
}

function summaryOpenFigure(snap: ProjectSnapshot): number {
  const figures = alignmentSummaryEntry.figures!(snap);
  const f = figures.find((x) => x.label === A.reportOpenFigure(Number(x.value)));
  if (!f) throw new Error('no open-points figure on the summary');
  return Number(f.value);
}

describe.each([
  ['the sample project', sample],
  ['a project built in the test', built],
])('briefing, summary and overview agree: %s', (_name, make) => {
  it('counts the same open points everywhere', () => {
    const { doc, snap } = make();
    const b = briefingOf(snap, TODAY);
    const overview = overviewCount(doc);
    expect(b.openPoints.length).toBe(overview.items);
    expect(summaryOpenFigure(snap)).toBe(overview.items);
    expect(openItemsOf(snap).map((i) => i.kind)).toEqual(b.openPoints.map((p) => p.item.kind));
    expect(overview.status).toBe(overview.items ? A.openCount(overview.items) : A.allClosed);
  });

  it('has a score that is the questionnaire score, a colour for every area, and KPIs in their order', () => {
    const { snap } = make();
    const b = briefingOf(snap, TODAY);
    expect(b.score.pct).toBe(scoreChange(projectSessionScores(snap))?.current.score.overall.pct ?? null);
    expect(b.areas.map((a) => a.id)).toEqual([...BRIEFING_AREAS]);
    expect(b.kpis.map((k) => k.kpiId).sort()).toEqual(Object.keys(snap.kpis).sort());
  });
});

describe('the sample project briefing', () => {
  const { snap } = sample();
  const b = briefingOf(snap, TODAY);
  it('is red where its KPIs are off target and amber while no next meeting is booked', () => {
    expect(b.areas.find((a) => a.id === 'kpis')?.rag).toBe('red');
    expect(b.areas.find((a) => a.id === 'cadence')).toMatchObject({ rag: 'amber', reason: { code: 'no-next', extra: 14 } });
    expect(b.asks.map((a) => a.kind)).toContain('book-meeting');
  });
  it('names the decisions, the KPIs off target as risks and the last meeting', () => {
    expect(b.decisions.map((d) => d.text).sort()).toEqual(Object.values(snap.decisions).map((d) => d.text).sort());
    expect(b.risks[0]).toMatchObject({ kind: 'kpi-off-target' });
    expect(b.lastMeeting?.title).toBe('Alignment workshop');
    expect(b.score.verdict).not.toBe('not-scored');
  });
});

describe('the built project briefing', () => {
  const { snap } = built();
  const b = briefingOf(snap, TODAY);
  const area = (id: string) => b.areas.find((a) => a.id === id)!;
  it('reads red, amber and green from the records', () => {
    expect(area('personas').rag).toBe('red');
    expect(area('language')).toMatchObject({ rag: 'red', reason: { code: 'some', done: 1, total: 2, extra: 1 } });
    expect(area('handoff')).toMatchObject({ rag: 'red', reason: { code: 'no-sla', total: 2 } });
    expect(area('kpis').reason.code).toBe('off-target');
    expect(area('cadence')).toMatchObject({ rag: 'amber', reason: { code: 'no-past' } });
    expect(b.score.verdict).toBe('not-scored');
    expect(b.score.change).toBeNull();
  });
  it('flags the unowned action, asks for owners and knows the next meeting', () => {
    expect(b.actions[0]).toMatchObject({ title: 'Write the SLA', unowned: true });
    expect(b.asks.some((a) => a.kind === 'own-kpi')).toBe(true);
    expect(b.nextMeeting?.title).toBe('Check-in');
  });
});
