/**
 * One source of truth for the trends (issue 20): the KPI screen's chart, the briefing, the
 * leadership report's trend pages and the slide deck's trend slides all read
 * domain/trends.ts trendsOf. A project with the HubSpot contacts fixture imported (SLA
 * compliance 33.3% then 66.7%, worked out by hand in crm-domain.test.ts) and the questionnaire
 * answered in two sessions (50% then 100%): each output must show exactly these figures.
 */
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ActionResult } from '../../renderer/src/document/actions/result';
import { setTeamAgreement } from '../../renderer/src/document/actions/workshop/questionnaire';
import { createSession, endSession, startSession } from '../../renderer/src/document/actions/workshop/sessions';
import { briefingOf } from '../../renderer/src/domain/briefing';
import { noTrends, trendsOf } from '../../renderer/src/domain/trends';
import { formatAmount } from '../../renderer/src/i18n';
import { TrendsPrint } from '../../renderer/src/features/crm/report';
import { trendSlides } from '../../renderer/src/features/deck/trendSlides';
import { deckOf } from '../../renderer/src/features/deck/deckModel';
import { TW } from '../../renderer/src/shared/trendText';
import { importFixture, setUp } from './crm-helpers';

const T0 = 1_700_000_000_000;
const M = 'team-marketing';
const S = 'team-sales';

function ok<T>(r: ActionResult<T>): T {
  if (!r.ok) throw new Error('refused');
  return r.value;
}

function project() {
  const p = setUp();
  importFixture(p);
  const first = ok(createSession(p.doc, { templateId: 'tpl-alignment', date: '2026-10-01' }, T0));
  ok(startSession(p.doc, first, T0));
  ok(setTeamAgreement(p.doc, first, 'q-leads-1', M, 'agree'));
  ok(setTeamAgreement(p.doc, first, 'q-leads-1', S, 'disagree'));
  ok(endSession(p.doc, first, T0 + 60_000));
  const second = ok(createSession(p.doc, { templateId: 'tpl-weekly', date: '2026-10-15' }, T0 + 1e9));
  ok(setTeamAgreement(p.doc, second, 'q-leads-1', M, 'agree'));
  ok(setTeamAgreement(p.doc, second, 'q-leads-1', S, 'agree'));
  return { ...p, first, second };
}

describe('the trends', () => {
  it('group the KPIs’ readings: the SLA per handoff, the funnel’s rates, the other KPIs, and the score per session', () => {
    const p = project();
    const t = trendsOf(p.snap());
    expect(t.sla.map((x) => [x.handoffId, x.points.map((pt) => [pt.period, pt.value])])).toEqual([[p.handoffId, [['2024-01', 33.3], ['2024-02', 66.7]]]]);
    expect(t.funnel.length).toBeGreaterThan(0);
    for (const f of t.funnel) expect(p.snap().kpis[f.kpiId]!.crmSeries).toMatch(/^conversion:/);
    expect(t.kpis.every((k) => !/^(conversion|slaCompliance):/.test(p.snap().kpis[k.kpiId]!.crmSeries ?? ''))).toBe(true);
    expect(t.score.map((x) => [x.sessionId, x.pct])).toEqual([[p.first, 50], [p.second, 100]]);
    expect(briefingOf(p.snap(), '2026-10-20').trends).toEqual(t);
    expect(noTrends(trendsOf(setUp().snap()))).toBe(true);
  });

  it('the report’s trend pages and the deck’s trend slides show the same figures, in the same words', () => {
    const p = project();
    const s = p.snap();
    const t = trendsOf(s);
    const html = renderToStaticMarkup(createElement(TrendsPrint, { snapshot: s }));
    const slides = trendSlides(t, (id) => s.handoffs[id]?.name ?? '');
    // Every slide is in the deck, after the KPI bars.
    const deck = deckOf(s, briefingOf(s, '2026-10-20'), '2026-10-20');
    for (const x of slides) expect(deck.map((d) => JSON.stringify(d))).toContain(JSON.stringify(x));
    for (const trend of [...t.sla, ...t.funnel, ...t.kpis]) {
      const slide = slides.find((x) => x.kind === 'chart' && x.series.some((se) => se.name === trend.name));
      expect(slide, trend.name).toBeDefined();
      if (slide?.kind !== 'chart') throw new Error('chart');
      expect(slide.chart).toBe('line');
      expect(slide.labels).toEqual(trend.points.map((pt) => pt.period));
      expect(slide.series.find((se) => se.name === trend.name)!.values).toEqual(trend.points.map((pt) => pt.value));
      for (const pt of trend.points) {
        const text = formatAmount(pt.value, trend.unit);
        expect(slide.notes).toContain(`${pt.period} ${text}`);
        expect(html).toContain(`data-period="${pt.period}" data-value="${pt.value}"`);
        expect(html).toContain(`>${text}</text>`);
      }
    }
    const score = slides.find((x) => x.title === TW.scoreTitle);
    expect(score?.kind === 'chart' && score.series[0]!.values).toEqual([50, 100]);
    expect(html).toContain(TW.scoreTitle);
    expect(html).toContain('>50%</text>');
    expect(html).toContain('>100%</text>');
    // Only totals: nothing of the export's people reaches the report.
    expect(html).not.toMatch(/@example\.com|Oakenshaw|Marlowe/);
  });
});
