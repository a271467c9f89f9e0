/**
 * What the slide deck says, slide by slide, as plain data: no pptxgenjs here (renderDeck.ts
 * draws it), so a unit test reads the deck's words and figures without building a file. Every
 * figure comes from the functions the screens and the report use: the briefing model
 * (domain/briefing.ts: score, RAG areas, decisions, open points, asks, KPIs, open actions),
 * the map model and the report's paging (shared/mapModel.ts, domain/reportLayout.ts).
 */
import type { ProjectSnapshot } from '../../document/projection';
import type { Briefing, KpiBar } from '../../domain/briefing';
import { sortByOrder } from '../../domain/ordering';
import { splitStages, stagesAcross } from '../../domain/reportLayout';
import { EMOTION_MAX, type Handoff, type Stage } from '../../domain/types';
import { formatNumber, t } from '../../i18n';
import { unitLabel } from '../../i18n/format';
import { buildMapModel, orderedMaps, type MapModel } from '../../shared/mapModel';
import { briefingSlides } from './briefingSlides';
import { trendSlides } from './trendSlides';
import { dayText, numberText, SLIDE, teamName, type Cell, type DeckSlide } from './slides';
import { DK } from './strings';

// ---- The slide (16:9, inches) ----

const MM_PER_IN = 25.4;
/** The map's lane column and narrowest stage column on a slide, in inches (read from the back of a room). */
export const MAP_LANE_IN = 1.7;
export const MAP_MIN_STAGE_IN = 2.5;
/** Cards shown per cell of a map slide and the characters of each (the PDF has them all). */
const CARDS_PER_CELL = 4;
const CARD_CHARS = 90;
const KPIS_PER_CHART = 6;
const ACTIONS_PER_SLIDE = 10;

/** Stages per map slide: the report's paging rule with the slide's width and columns. */
export function stagesPerSlide(): number {
  return stagesAcross((SLIDE.width - 2 * SLIDE.margin) * MM_PER_IN, MAP_LANE_IN * MM_PER_IN, MAP_MIN_STAGE_IN * MM_PER_IN);
}

const clip = (text: string, max: number) => {
  const one = text.replace(/\s+/g, ' ').trim();
  return one.length > max ? `${one.slice(0, max - 1)}…` : one;
};

// ---- The slides ----

function titleSlide(s: ProjectSnapshot, b: Briefing, today: string): DeckSlide {
  const title = s.info.title || DK.untitled;
  return {
    kind: 'title',
    title,
    subtitle: DK.deckSubtitle,
    footer: DK.madeOn(dayText(today)),
    notes: DK.titleNotes(title, b.contracts.length),
  };
}

function emotionCell(score: number): Cell {
  const text = score > 0 ? `+${score}` : score < 0 ? `−${-score}` : '0';
  return { text, bold: true, tone: score < 0 ? 'red' : score > 0 ? 'green' : 'muted' };
}

/** One map, split by stages as the report's pages split it (same rule, the slide's widths). */
export function mapSlides(model: MapModel): DeckSlide[] {
  const n = model.stages.length;
  if (!n || !model.lanes.length) {
    return [{ kind: 'columns', title: DK.mapTitle(model.map.title), columns: [{ heading: '', items: [{ text: DK.noStages, tone: 'muted' }] }], notes: DK.noStages }];
  }
  const groups = splitStages(
    model.stages.map((stage, i) => ({ stage, i })),
    stagesPerSlide(),
  );
  return groups.map((group) => {
    const from = group[0]!.i + 1;
    const to = group[group.length - 1]!.i + 1;
    let cards = 0;
    const owners: Cell[] = [{ text: DK.ownerRow, bold: true }, ...group.map(({ stage }) => ({ text: model.stageOwner(stage.id).name, tone: model.stageOwner(stage.id).owner ? 'plain' : 'muted' }) as Cell)];
    // Handoffs on this slide's boundaries (and the one it shares with the next slide), under the stage they follow.
    const handoffs = group.map(({ i }) => model.handoffs.filter((h) => h.afterStageIndex === i).map((h) => `⇆ ${h.name} → ${h.toStage.name}`));
    const handoffRow: Cell[] = [{ text: DK.handoffsRow, bold: true }, ...handoffs.map((list) => ({ text: list.join('\n') }))];
    const rows = model.lanes.flatMap((lane): Cell[][] => {
      const head: Cell = { text: lane.name, bold: true };
      if (lane.kind === 'emotion') {
        // One row per scored curve, named for its persona (the map's own curve when it has none).
        const curves = model.curves(lane.id).filter((c) => c.scored);
        if (!curves.length) return [[head, { text: DK.notScored, tone: 'muted', span: group.length }]];
        return curves.map((c) => [
          curves.length > 1 || c.personaName ? { text: `${lane.name}: ${c.personaName ?? DK.mapCurve}`, bold: true } : head,
          ...group.map(({ i }) => emotionCell(Math.max(-EMOTION_MAX, Math.min(EMOTION_MAX, c.scores[i] ?? 0)))),
        ]);
      }
      if (lane.kind === 'ownership') return [];
      return [[
        head,
        ...group.map(({ stage }) => {
          const list = model.cardsAt(stage.id, lane.id);
          cards += list.length;
          const shown = list.slice(0, CARDS_PER_CELL).map((c) => {
            const dots = model.dots(c.id);
            return `• ${clip(c.text, CARD_CHARS)}${dots ? ` (${DK.dots(dots)})` : ''}`;
          });
          if (list.length > CARDS_PER_CELL) shown.push(DK.moreCards(list.length - CARDS_PER_CELL));
          return { text: shown.join('\n') };
        }),
      ]];
    });
    rows.unshift(owners);
    if (handoffs.some((l) => l.length)) rows.unshift(handoffRow);
    const stages = DK.mapStages(from, to, n);
    return {
      kind: 'table',
      title: DK.mapTitle(model.map.title),
      subtitle: stages,
      header: [{ text: DK.lanes, tone: 'muted' }, ...group.map(({ stage }) => ({ text: stage.name, bold: true }))],
      rows,
      widths: [MAP_LANE_IN, ...group.map(() => (SLIDE.width - 2 * SLIDE.margin - MAP_LANE_IN) / group.length)],
      rowHeads: true,
      fontSize: 10,
      notes: [DK.mapNotes(model.map.title, stages, cards), ...group.map(({ stage }) => stageNote(stage))].filter(Boolean).join('\n'),
    };
  });
}

const stageNote = (st: Stage) => (st.description.trim() ? `${st.name}: ${st.description.trim()}` : '');

function stagePlace(s: ProjectSnapshot, h: Handoff): string {
  if (h.cardId) return t('alignment.placedOnCard');
  const stages = sortByOrder(Object.values(s.stages).filter((x) => x.mapId === h.mapId));
  const i = stages.findIndex((x) => x.id === h.afterStageId);
  return i >= 0 && i < stages.length - 1 ? `${stages[i]!.name} → ${stages[i + 1]!.name}` : '';
}

/** One handoff's contract: the definition, the score threshold, the service level, the loop, the owners. */
export function contractSlide(s: ProjectSnapshot, h: Handoff): DeckSlide {
  const from = teamName(s, h.fromTeamId) || t('alignment.nobody');
  const to = teamName(s, h.toTeamId) || t('alignment.nobody');
  const agreed = h.agreedFrom && h.agreedTo;
  const name = h.name || t('alignment.untitledHandoff');
  const criteria = h.criteria.map((c) => c.text.trim()).filter(Boolean);
  const sla = t('alignment.slaSummary', h.slaFirstContactHours, h.slaAttempts, h.slaAttemptDays);
  const words = [h.fromStageName, h.toStageName].some(Boolean) ? `${h.fromStageName || '…'} → ${h.toStageName || '…'}` : '';
  return {
    kind: 'columns',
    title: DK.contractTitle(name),
    subtitle: { text: [DK.contractSides(from, to), words, stagePlace(s, h), agreed ? DK.contractAgreed : DK.contractDraft].filter(Boolean).join(' · '), tone: agreed ? 'green' : 'amber' },
    columns: [
      {
        heading: DK.criteria,
        items: [
          ...(criteria.length ? criteria.map((text) => ({ text })) : [{ text: DK.noCriteria, tone: 'flag' as const }]),
          h.threshold === null ? { text: DK.noThreshold, tone: 'muted' as const } : { text: DK.threshold(formatNumber(h.threshold)), bold: true },
        ],
      },
      {
        heading: DK.serviceLevel,
        items: [
          { text: sla, tone: h.slaFirstContactHours === null ? 'flag' : 'plain' },
          ...(h.slaMissed.trim() ? [{ text: h.slaMissed.trim(), tone: 'muted' as const }] : []),
          { text: `${DK.rejected}: ${h.rejectedGoesTo.trim() || '—'}` },
          { text: `${DK.feedback}: ${[h.feedbackWhat, h.feedbackFrequency, h.feedbackTo].map((x) => x.trim()).filter(Boolean).join(' · ') || '—'}` },
        ],
      },
      {
        heading: DK.owners,
        items: [
          { text: DK.ownerLine(from, h.fromOwner.trim(), h.agreedFrom), tone: h.agreedFrom ? 'plain' : 'amber' },
          { text: DK.ownerLine(to, h.toOwner.trim(), h.agreedTo), tone: h.agreedTo ? 'plain' : 'amber' },
        ],
      },
    ],
    notes: DK.contractNotes(name, agreed ? DK.contractAgreed : DK.contractDraft, sla),
  };
}

/**
 * The KPIs as target-vs-actual bar charts: one chart per unit (percentages are not plotted
 * against dollars), at most KPIS_PER_CHART bars each. KPIs without both numbers are named in
 * the notes, not drawn as a zero.
 */
export function kpiSlides(kpis: readonly KpiBar[]): DeckSlide[] {
  const byUnit = new Map<string, KpiBar[]>();
  for (const k of kpis) {
    const unit = k.unit.trim();
    const list = byUnit.get(unit);
    if (list) list.push(k);
    else byUnit.set(unit, [k]);
  }
  const out: DeckSlide[] = [];
  for (const [unit, list] of byUnit) {
    const drawn = list.filter((k) => k.target !== null && k.actual !== null);
    const missing = list.filter((k) => k.target === null || k.actual === null);
    const lines = (ks: readonly KpiBar[]) =>
      ks.map((k) => DK.kpiLine(k.name, numberText(k.target, unit), numberText(k.actual, unit), DK.kpiState[k.state] ?? k.state)).join(' ');
    for (let i = 0; i < Math.max(1, drawn.length); i += KPIS_PER_CHART) {
      const part = drawn.slice(i, i + KPIS_PER_CHART);
      if (!part.length) break;
      out.push({
        kind: 'chart',
        title: DK.kpiTitle(unitLabel(unit)),
        labels: part.map((k) => k.name),
        series: [
          { name: DK.target, values: part.map((k) => k.target!) },
          { name: DK.actual, values: part.map((k) => k.actual!) },
        ],
        unit,
        notes: DK.kpiNotes(lines(i === 0 ? [...part, ...missing] : part)),
      });
    }
    if (!drawn.length && missing.length) {
      out.push({ kind: 'columns', title: DK.kpiTitle(unitLabel(unit)), columns: [{ heading: '', items: missing.map((k) => ({ text: DK.kpiLine(k.name, numberText(k.target, unit), numberText(k.actual, unit), DK.kpiState[k.state] ?? k.state) })) }], notes: DK.kpiNotes(lines(missing)) });
    }
  }
  return out;
}

/** The open actions (the briefing's list: soonest due first), with owner and due date; unowned ones flagged. */
export function actionSlides(s: ProjectSnapshot, b: Briefing): DeckSlide[] {
  const list = b.actions;
  const unowned = list.filter((a) => a.unowned).length;
  const overdue = list.filter((a) => a.overdue).length;
  const notes = DK.actionsNotes(list.length, unowned, overdue);
  const header: Cell[] = [DK.action, DK.owner, DK.team, DK.due].map((text) => ({ text, bold: true }));
  if (!list.length) return [{ kind: 'columns', title: DK.actionsTitle, columns: [{ heading: '', items: [{ text: DK.noActions, tone: 'muted' }] }], notes }];
  const pages = Math.ceil(list.length / ACTIONS_PER_SLIDE);
  const out: DeckSlide[] = [];
  for (let p = 0; p < pages; p++) {
    out.push({
      kind: 'table',
      title: pages > 1 ? DK.actionsMore(p + 1, pages) : DK.actionsTitle,
      header,
      rows: list.slice(p * ACTIONS_PER_SLIDE, (p + 1) * ACTIONS_PER_SLIDE).map((a) => [
        { text: a.title },
        a.unowned ? { text: DK.noOwner, tone: 'flag', bold: true } : { text: a.owner || '—' },
        { text: teamName(s, a.teamId) || '—', tone: a.teamId ? 'plain' : 'muted' },
        a.dueDate ? { text: a.overdue ? DK.overdue(dayText(a.dueDate)) : dayText(a.dueDate), tone: a.overdue ? 'red' : 'plain' } : { text: DK.noDate, tone: 'muted' },
      ]),
      widths: [6.2, 2.4, 2, 1.8],
      fontSize: 16,
      notes,
    });
  }
  return out;
}

/** Every slide of the deck, in order. */
export function deckOf(s: ProjectSnapshot, b: Briefing, today: string): DeckSlide[] {
  const maps = orderedMaps(s)
    .map((m) => buildMapModel(s, m.id))
    .filter((m): m is MapModel => m !== null);
  return [
    titleSlide(s, b, today),
    ...briefingSlides(s, b),
    ...maps.flatMap(mapSlides),
    ...sortByOrder(Object.values(s.handoffs)).map((h) => contractSlide(s, h)),
    ...kpiSlides(b.kpis),
    ...trendSlides(b.trends, (id) => s.handoffs[id]?.name ?? ''),
    ...actionSlides(s, b),
  ];
}
