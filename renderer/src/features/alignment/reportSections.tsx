/**
 * The alignment layer in the leadership report: one page per handoff contract, the shared KPIs
 * table, the glossary, and figures for the executive summary. Plain HTML and real text; fixed
 * light colours come from the report's own stylesheet (rp-*).
 */
import type { ProjectSnapshot } from '../../document/projection';
import { handoffAgreed } from '../../domain/alignment';
import { kpiState } from '../../domain/kpis';
import { openItemsOf } from '../../domain/briefing';
import { sortByOrder } from '../../domain/ordering';
import { SHARED_OWNER, type Handoff, type Team } from '../../domain/types';
import { formatAmount } from '../../i18n';
import { ReportSheet, type ReportSection, type SummaryEntry } from '../../shared/report';
import { A, fmt, HUBSPOT_LABELS } from './strings';

const teamsOf = (s: ProjectSnapshot) => sortByOrder(Object.values(s.teams));
const nameOf = (id: string, teams: readonly Team[]) =>
  !id ? A.nobody : id === SHARED_OWNER ? A.shared : (teams.find((t) => t.id === id)?.name ?? A.nobody);
/** A figure with its unit: money in its currency the reader's way (the one formatter, i18n/format.ts). */
const num = (n: number | null, unit = '') => formatAmount(n, unit);

function stageAfter(s: ProjectSnapshot, h: Handoff): string {
  if (h.cardId) return A.placedOnCard;
  const stages = sortByOrder(Object.values(s.stages).filter((x) => x.mapId === h.mapId));
  const i = stages.findIndex((x) => x.id === h.afterStageId);
  if (i < 0 || i >= stages.length - 1) return A.stageGone;
  return `${stages[i]!.name} → ${stages[i + 1]!.name} (${s.maps[h.mapId]?.title ?? ''})`;
}

/** One handoff's contract, as a printed page. */
export function HandoffContractPrint({ snapshot, handoff: h }: { snapshot: ProjectSnapshot; handoff: Handoff }) {
  const teams = teamsOf(snapshot);
  const from = nameOf(h.fromTeamId, teams);
  const to = nameOf(h.toTeamId, teams);
  const kpis = sortByOrder(Object.values(snapshot.kpis).filter((k) => k.handoffId === h.id));
  return (
    <ReportSheet className="rp-handoff">
      <h2 className="rp-section-title" dir="auto">
        {A.handoffPanelTitle}: {h.name || A.untitledHandoff}
      </h2>
      <p>
        <span className="rp-label">{from} → {to}</span>
        {h.fromStageName || h.toStageName ? ` · ${h.fromStageName || '…'} → ${h.toStageName || '…'}` : ''} · {stageAfter(snapshot, h)} ·{' '}
        <strong>{handoffAgreed(h) ? A.statusAgreed : A.statusDraft}</strong>
      </p>
      <h3 className="rp-sub">{A.criteriaTitle}</h3>
      {h.criteria.some((c) => c.text) ? (
        <ul>
          {h.criteria.filter((c) => c.text).map((c) => (
            <li key={c.id} dir="auto">
              ☐ {c.text}
            </li>
          ))}
        </ul>
      ) : (
        <p className="rp-muted">—</p>
      )}
      <h3 className="rp-sub">{A.scoringTitle}</h3>
      {h.fitRules.length + h.engagementRules.length > 0 ? (
        <table className="rp-table">
          <thead>
            <tr>
              <th scope="col">{A.fitRules}</th>
              <th scope="col" className="rp-num">
                {A.points}
              </th>
              <th scope="col" className="rp-num">
                {A.decay}
              </th>
            </tr>
          </thead>
          <tbody>
            {h.fitRules.map((r) => (
              <tr key={r.id}>
                <td dir="auto">{A.fitRuleText(r)}</td>
                <td className="rp-num">{fmt(r.points)}</td>
                <td className="rp-num">—</td>
              </tr>
            ))}
            {h.engagementRules.map((r) => (
              <tr key={r.id}>
                <td dir="auto">{r.action}</td>
                <td className="rp-num">{fmt(r.points)}</td>
                <td className="rp-num">{r.decayPerWeek ? fmt(r.decayPerWeek) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : (
        <p className="rp-muted">—</p>
      )}
      <p>
        <span className="rp-label">{A.threshold}: </span>
        {num(h.threshold)}
      </p>
      <h3 className="rp-sub">{A.slaTitle}</h3>
      <p>{A.slaSummary(h.slaFirstContactHours, h.slaAttempts, h.slaAttemptDays)}</p>
      {h.slaMissed && (
        <p dir="auto">
          <span className="rp-label">{A.slaMissed}: </span>
          {h.slaMissed}
        </p>
      )}
      <h3 className="rp-sub">{A.rejectionTitle}</h3>
      {h.rejectionReasons.some((r) => r.text) && (
        <ul>
          {h.rejectionReasons.filter((r) => r.text).map((r) => (
            <li key={r.id} dir="auto">
              {r.text}
            </li>
          ))}
        </ul>
      )}
      <p dir="auto">
        <span className="rp-label">{A.rejectedGoesTo}: </span>
        {h.rejectedGoesTo || '—'}
      </p>
      <h3 className="rp-sub">{A.feedbackTitle}</h3>
      <p dir="auto">
        {h.feedbackWhat || '—'}
        {h.feedbackFrequency ? ` · ${h.feedbackFrequency}` : ''}
        {h.feedbackTo ? ` · ${A.feedbackTo}: ${h.feedbackTo}` : ''}
      </p>
      <h3 className="rp-sub">{A.ownersTitle}</h3>
      <p>
        {A.sideOwner(from)}: {h.fromOwner || '—'} ({h.agreedFrom ? A.signed : A.notSigned}) · {A.sideOwner(to)}: {h.toOwner || '—'} (
        {h.agreedTo ? A.signed : A.notSigned})
      </p>
      {(h.hubspotStage || h.salesforceStatus) && (
        <p>
          <span className="rp-label">{A.crmTitle}: </span>
          {[h.hubspotStage ? `HubSpot: ${HUBSPOT_LABELS[h.hubspotStage]}` : '', h.salesforceStatus ? `Salesforce: ${h.salesforceStatus}` : '']
            .filter(Boolean)
            .join(' · ')}
        </p>
      )}
      {kpis.length > 0 && (
        <p>
          <span className="rp-label">{A.handoffKpis}: </span>
          {kpis.map((k) => `${k.name} (${num(k.target, k.unit)})`).join(', ')}
        </p>
      )}
    </ReportSheet>
  );
}

function subjectOf(s: ProjectSnapshot, k: { stageId: string; handoffId: string }): string {
  if (k.stageId && s.stages[k.stageId]) {
    const st = s.stages[k.stageId]!;
    return A.kpiAtStage(s.maps[st.mapId]?.title ?? '', st.name);
  }
  if (k.handoffId && s.handoffs[k.handoffId]) return A.kpiAtHandoff(s.handoffs[k.handoffId]!.name);
  return A.kpiWholeProject;
}

/** The shared KPIs: target against actual, owner, period. */
export function KpiTablePrint({ snapshot }: { snapshot: ProjectSnapshot }) {
  const teams = teamsOf(snapshot);
  const kpis = sortByOrder(Object.values(snapshot.kpis));
  return (
    <ReportSheet className="rp-kpis">
      <h2 className="rp-section-title">{A.reportKpis}</h2>
      <table className="rp-table">
        <thead>
          <tr>
            <th scope="col">{A.kpiName}</th>
            <th scope="col">{A.kpiAttachedTo}</th>
            <th scope="col" className="rp-num">
              {A.kpiTarget}
            </th>
            <th scope="col" className="rp-num">
              {A.kpiActual}
            </th>
            <th scope="col">{A.status}</th>
            <th scope="col">{A.kpiOwner}</th>
            <th scope="col">{A.kpiPeriod}</th>
          </tr>
        </thead>
        <tbody>
          {kpis.map((k) => (
            <tr key={k.id}>
              <td dir="auto">
                <strong>{k.name}</strong>
                {k.definition && <div className="rp-muted rp-small">{k.definition}</div>}
              </td>
              <td dir="auto">{subjectOf(snapshot, k)}</td>
              <td className="rp-num">{num(k.target, k.unit)}</td>
              <td className="rp-num">{num(k.actual, k.unit)}</td>
              <td>{A.kpiState(kpiState(k))}</td>
              <td>{nameOf(k.ownerTeamId, teams)}</td>
              <td dir="auto">{k.period || '—'}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ReportSheet>
  );
}

/** The glossary: every term once, with who proposed it and whether it is agreed. */
export function GlossaryPrint({ snapshot }: { snapshot: ProjectSnapshot }) {
  const teams = teamsOf(snapshot);
  const terms = sortByOrder(Object.values(snapshot.glossary)).sort((a, b) => a.term.localeCompare(b.term));
  return (
    <ReportSheet className="rp-glossary">
      <h2 className="rp-section-title">{A.glossarySection}</h2>
      <table className="rp-table">
        <thead>
          <tr>
            <th scope="col">{A.term}</th>
            <th scope="col">{A.definition}</th>
            <th scope="col">{A.proposedBy}</th>
            <th scope="col">{A.termStatus}</th>
          </tr>
        </thead>
        <tbody>
          {terms.map((t) => (
            <tr key={t.id}>
              <td dir="auto">
                <strong>{t.term}</strong>
                {t.synonyms.length > 0 && <div className="rp-muted rp-small">{t.synonyms.join(', ')}</div>}
              </td>
              <td dir="auto">{t.definition || '—'}</td>
              <td>{nameOf(t.proposedByTeamId, teams)}</td>
              <td>{A.termStatusName[t.status] ?? A.agreed}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </ReportSheet>
  );
}

export const alignmentReportSections: ReportSection[] = [
  {
    id: 'handoffs',
    order: 30,
    label: A.reportHandoffs,
    defaultOn: true,
    render: (s) =>
      sortByOrder(Object.values(s.handoffs)).map((h) => <HandoffContractPrint key={h.id} snapshot={s} handoff={h} />),
    isEmpty: (s) => Object.keys(s.handoffs).length === 0,
  },
  {
    id: 'kpis',
    order: 30,
    label: A.reportKpis,
    defaultOn: true,
    render: (s) => <KpiTablePrint snapshot={s} />,
    isEmpty: (s) => Object.keys(s.kpis).length === 0,
  },
  {
    id: 'glossary',
    order: 30,
    label: A.glossarySection,
    defaultOn: true,
    render: (s) => <GlossaryPrint snapshot={s} />,
    isEmpty: (s) => Object.keys(s.glossary).length === 0,
  },
];

/** Figures for the executive summary: agreed contracts, KPIs on target, open alignment points. */
export const alignmentSummaryEntry: SummaryEntry = {
  id: 'alignment',
  order: 10,
  figures: (s) => {
    const handoffs = Object.values(s.handoffs);
    const kpis = Object.values(s.kpis);
    const out = [];
    if (handoffs.length) out.push({ value: `${handoffs.filter(handoffAgreed).length}/${handoffs.length}`, label: A.reportAgreedFigure });
    if (kpis.length) out.push({ value: `${kpis.filter((k) => kpiState(k) === 'on-target').length}/${kpis.length}`, label: A.reportKpiFigure });
    if (handoffs.length || kpis.length || Object.keys(s.glossary).length) {
      // The same list as the alignment overview (personas included).
      const open = openItemsOf(s).length;
      out.push({ value: open, label: A.reportOpenFigure(open) });
    }
    return out;
  },
};
