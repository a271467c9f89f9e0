/**
 * The deck's first slides: the executive briefing (domain/briefing.ts, the model the briefing
 * page reads) as three slides: where we stand (score, verdict, change, one RAG row per area),
 * decisions and open points, and what we need from you (asks, risks, the next meeting).
 */
import type { ProjectSnapshot } from '../../document/projection';
import type { Ask, Briefing, OpenPoint, Risk } from '../../domain/briefing';
import type { OpenItem } from '../../domain/alignment';
import { formatList, formatNumber, t } from '../../i18n';
import { dayText, teamName, type Cell, type DeckSlide } from './slides';
import { BW } from './strings';

const pct = (n: number | null) => (n === null ? '—' : `${Math.round(n)}%`);

/** The overview screen's sentence for an open point (the same words, from the alignment catalogue). */
function openItemText(s: ProjectSnapshot, item: OpenItem): string {
  const names: Record<string, string> = {};
  if ('stageId' in item) {
    names.stage = s.stages[item.stageId]?.name ?? '';
    names.map = s.maps[item.mapId]?.title ?? '';
  }
  if (item.kind === 'stage-overlap') names.teams = formatList(item.teamIds.map((id) => teamName(s, id)).filter(Boolean));
  if ('handoffId' in item) names.handoff = s.handoffs[item.handoffId]?.name || t('alignment.untitledHandoff');
  if ('kpiId' in item) names.kpi = s.kpis[item.kpiId]?.name ?? '';
  if ('termId' in item) names.term = s.glossary[item.termId]?.term ?? '';
  if ('personaId' in item) names.persona = s.personas?.[item.personaId]?.name || '…';
  return t('alignment.openItem', item, names);
}

const teams = (s: ProjectSnapshot, ids: readonly string[]) => formatList(ids.map((id) => teamName(s, id)).filter(Boolean));

function openPointCell(s: ProjectSnapshot, p: OpenPoint): Cell {
  const who = teams(s, p.ownerTeamIds);
  return { text: `${openItemText(s, p.item)} — ${who || BW.noOwner}`, tone: who ? 'plain' : 'flag' };
}

function askText(s: ProjectSnapshot, a: Ask): string {
  switch (a.kind) {
    case 'sign-contract':
      return BW.ask.signContract(s.handoffs[a.handoffId]?.name ?? '', teams(s, a.teamIds));
    case 'write-sla':
      return BW.ask.writeSla(s.handoffs[a.handoffId]?.name ?? '', teams(s, a.teamIds));
    case 'own-stage':
      return BW.ask.ownStage(s.stages[a.stageId]?.name ?? '', s.maps[a.mapId]?.title ?? '');
    case 'own-kpi':
      return BW.ask.ownKpi(s.kpis[a.kpiId]?.name ?? '');
    case 'set-kpi-target':
      return BW.ask.setKpiTarget(s.kpis[a.kpiId]?.name ?? '', teams(s, a.teamIds));
    case 'own-action':
      return BW.ask.ownAction(s.actionItems[a.actionId]?.title ?? '');
    case 'back-kpi':
      return BW.ask.backKpi(s.kpis[a.kpiId]?.name ?? '', teams(s, a.teamIds));
    case 'settle-term':
      return BW.ask.settleTerm(s.glossary[a.termId]?.term ?? '', teams(s, a.teamIds));
    case 'agree-persona':
      return BW.ask.agreePersona(s.personas?.[a.personaId]?.name ?? '', teams(s, a.teamIds));
    case 'book-meeting':
      return BW.ask.bookMeeting;
  }
}

function riskText(s: ProjectSnapshot, r: Risk): string {
  switch (r.kind) {
    case 'kpi-off-target':
      return BW.risk.kpi(s.kpis[r.kpiId]?.name ?? '', formatNumber(Math.round(r.attainmentPct)));
    case 'action-overdue':
      return BW.risk.overdue(s.actionItems[r.actionId]?.title ?? '', dayText(r.dueDate));
    case 'stage-no-owner':
      return BW.risk.stage(s.stages[r.stageId]?.name ?? '');
    case 'handoff-not-agreed':
      return BW.risk.handoff(s.handoffs[r.handoffId]?.name ?? '');
    case 'term-disputed':
      return BW.risk.term(s.glossary[r.termId]?.term ?? '');
  }
}

export function changeText(b: Briefing): string {
  const c = b.score.change;
  if (b.score.changeBasis === 'no-history' || c === null) return BW.noChange;
  return BW.change(Math.round(c));
}

export function briefingSlides(s: ProjectSnapshot, b: Briefing): DeckSlide[] {
  const rows = b.areas.map((a) => ({ area: BW.area[a.id], rag: a.rag, ragWord: BW.rag[a.rag], reason: BW.reason(a.id, a.reason) }));
  const red = b.areas.filter((a) => a.rag === 'red').map((a) => BW.area[a.id]);
  const score: DeckSlide = {
    kind: 'score',
    title: BW.standTitle,
    score: pct(b.score.pct),
    verdict: BW.verdict[b.score.verdict],
    change: changeText(b),
    rows,
    notes: [
      BW.scoreNotes(pct(b.score.pct), BW.verdict[b.score.verdict], b.score.answered, b.score.total),
      changeText(b),
      red.length ? BW.redNotes(formatList(red)) : BW.noRedNotes,
      ...rows.map((r) => `${r.area}: ${r.ragWord}. ${r.reason}`),
    ].join('\n'),
  };
  const decisions: Cell[] = b.decisions.length ? b.decisions.map((d) => ({ text: d.text })) : [{ text: BW.noDecisions, tone: 'muted' }];
  const open: Cell[] = b.openPoints.length ? b.openPoints.map((p) => openPointCell(s, p)) : [{ text: BW.allClosed, tone: 'green' }];
  const points: DeckSlide = {
    kind: 'columns',
    title: BW.decisionsTitle,
    columns: [
      { heading: BW.decisions(b.decisions.length), items: decisions },
      { heading: BW.openPoints(b.openPoints.length), items: open },
    ],
    notes: [BW.pointsNotes(b.decisions.length, b.openPoints.length), ...b.openPoints.map((p) => openPointCell(s, p).text)].join('\n'),
  };
  const next = b.nextMeeting;
  const asks: Cell[] = b.asks.length ? b.asks.map((a) => ({ text: askText(s, a) })) : [{ text: BW.noAsks, tone: 'muted' }];
  const risks: Cell[] = b.risks.length ? b.risks.map((r) => ({ text: riskText(s, r), tone: 'red' })) : [{ text: BW.noRisks, tone: 'muted' }];
  const meeting: Cell[] = next ? [{ text: next.title, bold: true }, { text: dayText(next.date) }] : [{ text: BW.noNextMeeting, tone: 'flag' }];
  const ask: DeckSlide = {
    kind: 'columns',
    title: BW.askTitle,
    columns: [
      { heading: BW.asksHeading, items: asks },
      { heading: BW.risksHeading, items: risks },
      { heading: BW.nextMeeting, items: meeting },
    ],
    notes: [BW.askNotes, ...asks.map((a) => `• ${a.text}`), next ? BW.nextNotes(next.title, dayText(next.date)) : BW.noNextMeeting].join('\n'),
  };
  return [score, points, ask];
}
