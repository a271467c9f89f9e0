/**
 * The executive briefing in words, for every output that shows it (the report's briefing page,
 * the slide deck, the workshop recap): the sentences (BW) and the helpers that turn the
 * briefing's codes (domain/briefing.ts) into them. The figures are the model's; nothing here
 * computes one. Kept below the features so the report, the deck and the workshop say the same
 * words without importing one another.
 */
import type { ProjectSnapshot } from '../document/projection';
import type { AreaReason, Ask, Briefing, BriefingAreaId, OpenPoint, Rag, Risk, Verdict } from '../domain/briefing';
import type { OpenItem } from '../domain/alignment';
import { SHARED_OWNER } from '../domain/types';
import { defineStrings, formatDate, formatList, formatPercent, t } from '../i18n';
import { plural } from '../i18n/format';

/**
 * The briefing's words: the report's briefing page, the deck's first slides and the workshop
 * recap say the model of domain/briefing.ts with these (in the catalogue as `briefing`).
 */
export const BW = defineStrings({
  standTitle: 'Where we stand',
  area: {
    personas: 'Personas agreed',
    language: 'Shared language',
    handoff: 'Handoff and SLA',
    kpis: 'KPIs on target',
    feedback: 'Feedback loop',
    cadence: 'Meeting cadence',
  } as Record<BriefingAreaId, string>,
  rag: { red: 'Red', amber: 'Amber', green: 'Green' } as Record<Rag, string>,
  verdict: {
    aligned: 'The teams are aligned',
    mostly: 'Mostly aligned',
    partly: 'Partly aligned: work to do',
    apart: 'The teams are far apart',
    'not-scored': 'Not scored yet: run the questionnaire',
  } as Record<Verdict, string>,
  reason: (area: BriefingAreaId, r: AreaReason): string => {
    const of = `${r.done} of ${r.total}`;
    switch (area) {
      case 'personas':
        return r.code === 'none' ? 'No persona yet' : r.code === 'all' ? 'Every persona agreed' : `${of} personas agreed`;
      case 'language':
        return r.code === 'none' ? 'No glossary yet' : r.code === 'all' ? 'Every term agreed' : `${plural(r.extra, 'term', 'terms')} in dispute`;
      case 'handoff':
        return r.code === 'none'
          ? 'No handoff contract yet'
          : r.code === 'no-sla'
            ? `${plural(r.extra, 'contract lacks', 'contracts lack')} a definition or an SLA`
            : r.code === 'not-signed'
              ? `${of} contracts signed by both sides`
              : 'Every contract defined and signed';
      case 'kpis':
        return r.code === 'none'
          ? 'No shared KPI yet'
          : r.code === 'not-measured'
            ? 'No KPI measured yet'
            : r.code === 'off-target'
              ? `${r.extra} of ${r.total} measured KPIs off target`
              : r.extra
                ? `${of} measured on target; ${r.extra} not measured`
                : 'Every KPI on target';
      case 'feedback':
        return r.code === 'none' ? 'No handoff, so no loop' : r.code === 'all' ? 'Every contract has a loop' : `${of} contracts say what comes back, how often, to whom`;
      case 'cadence':
        return r.code === 'none'
          ? 'No meeting held or booked'
          : r.code === 'no-next'
            ? `No next meeting booked (last one ${plural(r.extra, 'day', 'days')} ago)`
            : r.code === 'no-past'
              ? 'A meeting is booked; none held yet'
              : r.code === 'stale'
                ? `Last meeting ${plural(r.extra, 'day', 'days')} ago`
                : 'The next meeting is booked';
    }
  },
  noChange: 'No earlier score to compare with yet',
  change: (points: number) => (points === 0 ? 'No change since the last session' : `${points > 0 ? '+' : '−'}${Math.abs(points)} points since the last session`),
  scoreNotes: (score: string, verdict: string, answered: number, total: number) =>
    `The alignment score is ${score}: ${verdict}. It counts ${answered} answered of ${plural(total, 'question', 'questions')} of the questionnaire.`,
  redNotes: (areas: string) => `Red today: ${areas}.`,
  noRedNotes: 'Nothing is red today.',
  decisionsTitle: 'Decisions and open points',
  decisions: (n: number) => `Decided (${n})`,
  openPoints: (n: number) => `Still open (${n})`,
  noDecisions: 'No decision recorded yet.',
  allClosed: 'Nothing is open.',
  noOwner: 'no owner yet',
  pointsNotes: (d: number, o: number) => `${plural(d, 'decision', 'decisions')} so far; ${plural(o, 'point is', 'points are')} still open, each with the team that closes it:`,
  askTitle: 'What we need from you',
  asksHeading: 'Our asks',
  risksHeading: 'Top risks',
  nextMeeting: 'Next meeting',
  noNextMeeting: 'No next meeting booked',
  noAsks: 'Nothing to ask today.',
  noRisks: 'No risk stands out.',
  askNotes: 'What only leaders can decide:',
  nextNotes: (title: string, day: string) => `Next meeting: ${title}, ${day}.`,
  ask: {
    signContract: (h: string, teams: string) => `Sign the ${h} contract${teams ? ` (${teams})` : ''}`,
    writeSla: (h: string, teams: string) => `Agree the service level of the ${h} handoff${teams ? ` (${teams})` : ''}`,
    ownStage: (stage: string, map: string) => `Name an owner for ${stage}${map ? ` (${map})` : ''}`,
    ownKpi: (kpi: string) => `Name an owner for the KPI ${kpi}`,
    setKpiTarget: (kpi: string, teams: string) => `Set a target for ${kpi}${teams ? ` (${teams})` : ''}`,
    ownAction: (action: string) => `Name an owner for “${action}”`,
    backKpi: (kpi: string, teams: string) => `Back the plan to bring ${kpi} on target${teams ? ` (${teams})` : ''}`,
    settleTerm: (term: string, teams: string) => `Settle what “${term}” means${teams ? ` (${teams})` : ''}`,
    agreePersona: (persona: string, teams: string) => `Agree the persona ${persona}${teams ? ` (${teams})` : ''}`,
    bookMeeting: 'Book the next alignment meeting',
  },
  risk: {
    /** `pct` is written with its percent sign, the project's way. */
    kpi: (kpi: string, pct: string) => `${kpi} at ${pct} of target`,
    overdue: (action: string, day: string) => `“${action}” was due ${day}`,
    stage: (stage: string) => `Nobody owns ${stage}`,
    handoff: (h: string) => `The ${h} contract is not signed`,
    term: (term: string) => `“${term}” means different things to the teams`,
  },
});

/** A day (YYYY-MM-DD) in the reader's format. */
export function dayText(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? formatDate(new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3])), 'date') : iso;
}

export function teamName(s: Pick<ProjectSnapshot, 'teams'>, id: string): string {
  if (id === SHARED_OWNER) return t('alignment.shared');
  return s.teams[id]?.name ?? '';
}

/** Team names as a list ("Marketing and Sales"); '' when none is known. */
export const teamsText = (s: Pick<ProjectSnapshot, 'teams'>, ids: readonly string[]) => formatList(ids.map((id) => teamName(s, id)).filter(Boolean));

/** The score as a person reads it: "58%", or "—" before anything is answered. */
/** A score or share in whole percent, the project's way ('35%', '35 %'). */
export const pctText = (n: number | null) => (n === null ? '—' : formatPercent(Math.round(n)));

/** The overview screen's sentence for an open point (the same words, from the alignment catalogue). */
export function openItemText(s: ProjectSnapshot, item: OpenItem): string {
  const names: Record<string, string> = {};
  if ('stageId' in item) {
    names.stage = s.stages[item.stageId]?.name ?? '';
    names.map = s.maps[item.mapId]?.title ?? '';
  }
  if (item.kind === 'stage-overlap') names.teams = teamsText(s, item.teamIds);
  if ('handoffId' in item) names.handoff = s.handoffs[item.handoffId]?.name || t('alignment.untitledHandoff');
  if ('kpiId' in item) names.kpi = s.kpis[item.kpiId]?.name ?? '';
  if ('termId' in item) names.term = s.glossary[item.termId]?.term ?? '';
  if ('personaId' in item) names.persona = s.personas?.[item.personaId]?.name || '…';
  return t('alignment.openItem', item, names);
}

/** Who closes an open point, or '' when nobody does (the outputs flag it: BW.noOwner). */
export const openPointOwners = (s: ProjectSnapshot, p: OpenPoint) => teamsText(s, p.ownerTeamIds);

export function askText(s: ProjectSnapshot, a: Ask): string {
  switch (a.kind) {
    case 'sign-contract':
      return BW.ask.signContract(s.handoffs[a.handoffId]?.name ?? '', teamsText(s, a.teamIds));
    case 'write-sla':
      return BW.ask.writeSla(s.handoffs[a.handoffId]?.name ?? '', teamsText(s, a.teamIds));
    case 'own-stage':
      return BW.ask.ownStage(s.stages[a.stageId]?.name ?? '', s.maps[a.mapId]?.title ?? '');
    case 'own-kpi':
      return BW.ask.ownKpi(s.kpis[a.kpiId]?.name ?? '');
    case 'set-kpi-target':
      return BW.ask.setKpiTarget(s.kpis[a.kpiId]?.name ?? '', teamsText(s, a.teamIds));
    case 'own-action':
      return BW.ask.ownAction(s.actionItems[a.actionId]?.title ?? '');
    case 'back-kpi':
      return BW.ask.backKpi(s.kpis[a.kpiId]?.name ?? '', teamsText(s, a.teamIds));
    case 'settle-term':
      return BW.ask.settleTerm(s.glossary[a.termId]?.term ?? '', teamsText(s, a.teamIds));
    case 'agree-persona':
      return BW.ask.agreePersona(s.personas?.[a.personaId]?.name ?? '', teamsText(s, a.teamIds));
    case 'book-meeting':
      return BW.ask.bookMeeting;
  }
}

export function riskText(s: ProjectSnapshot, r: Risk): string {
  switch (r.kind) {
    case 'kpi-off-target':
      return BW.risk.kpi(s.kpis[r.kpiId]?.name ?? '', formatPercent(Math.round(r.attainmentPct)));
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

/** The score's change since the previous session, in words. */
export function changeText(b: Briefing): string {
  const c = b.score.change;
  if (b.score.changeBasis === 'no-history' || c === null) return BW.noChange;
  return BW.change(Math.round(c));
}
