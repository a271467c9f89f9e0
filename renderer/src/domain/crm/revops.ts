/**
 * The agreed scoring model and lifecycle mapping as a specification RevOps can configure in
 * HubSpot or Salesforce (issue 20): each journey stage with the HubSpot lifecycle stage
 * (its internal value, as the `lifecyclestage` property stores it) and the Salesforce lead
 * status it means; each handoff with its score threshold, its fit and engagement rules (points,
 * decay) and its service level. Configuration only, from the project's own records: no CRM
 * row, name or e-mail is ever part of it. `revopsCsv` writes it as one table of properties and
 * rules; `revopsJson` as a document a script can read.
 */
import { toCsv } from '../csv';
import { sortByOrder } from '../ordering';
import type { Handoff, HubspotStage, JourneyMap, Stage, Team } from '../types';

type Coll<T> = Readonly<Record<string, T>>;

export interface RevopsSource {
  readonly info: { readonly title: string };
  readonly maps: Coll<JourneyMap>;
  readonly stages: Coll<Stage>;
  readonly handoffs: Coll<Handoff>;
  readonly teams: Coll<Team>;
}

/** HubSpot's internal values of the lifecycle stage property (`lifecyclestage`). */
export const HUBSPOT_LIFECYCLE_VALUE: Record<HubspotStage, string> = {
  subscriber: 'subscriber',
  lead: 'lead',
  mql: 'marketingqualifiedlead',
  sql: 'salesqualifiedlead',
  opportunity: 'opportunity',
  customer: 'customer',
  evangelist: 'evangelist',
  other: 'other',
};

export interface RevopsSpec {
  readonly format: 'baton-revops-spec';
  readonly version: 1;
  readonly project: string;
  readonly lifecycle: readonly {
    readonly map: string;
    readonly stage: string;
    readonly order: number;
    readonly ownerTeam: string;
    readonly hubspotLifecycleStage: string;
    readonly salesforceLeadStatus: string;
  }[];
  readonly handoffs: readonly {
    readonly name: string;
    readonly map: string;
    readonly fromTeam: string;
    readonly toTeam: string;
    readonly fromStage: string;
    readonly toStage: string;
    readonly hubspotLifecycleStage: string;
    readonly salesforceLeadStatus: string;
    readonly scoreThreshold: number | null;
    readonly fitRules: readonly { readonly attribute: string; readonly value: string; readonly points: number }[];
    readonly engagementRules: readonly { readonly action: string; readonly points: number; readonly decayPerWeek: number }[];
    readonly sla: { readonly firstContactHours: number | null; readonly attempts: number | null; readonly attemptDays: number | null };
    readonly rejectionReasons: readonly string[];
    readonly rejectedGoesTo: string;
    readonly agreed: boolean;
  }[];
}

const hub = (s: HubspotStage | '' | undefined) => (s ? HUBSPOT_LIFECYCLE_VALUE[s] : '');

export function revopsSpec(s: RevopsSource): RevopsSpec {
  const team = (id: string) => s.teams[id]?.name ?? '';
  const mapTitle = (id: string) => s.maps[id]?.title ?? '';
  const maps = sortByOrder(Object.values(s.maps));
  const stagesOf = (mapId: string) => sortByOrder(Object.values(s.stages).filter((x) => x.mapId === mapId));
  const lifecycle = maps.flatMap((m) =>
    stagesOf(m.id).map((st, i) => ({
      map: m.title,
      stage: st.name,
      order: i + 1,
      ownerTeam: st.ownerTeamId ? team(st.ownerTeamId) : '',
      hubspotLifecycleStage: hub(st.hubspotStage),
      salesforceLeadStatus: (st.salesforceStatus ?? '').trim(),
    })),
  );
  const handoffs = sortByOrder(Object.values(s.handoffs)).map((h) => {
    const stages = stagesOf(h.mapId);
    const i = stages.findIndex((x) => x.id === h.afterStageId);
    return {
      name: h.name.trim(),
      map: mapTitle(h.mapId),
      fromTeam: team(h.fromTeamId),
      toTeam: team(h.toTeamId),
      fromStage: h.fromStageName.trim() || (i >= 0 ? stages[i]!.name : ''),
      toStage: h.toStageName.trim() || (i >= 0 && stages[i + 1] ? stages[i + 1]!.name : ''),
      hubspotLifecycleStage: hub(h.hubspotStage),
      salesforceLeadStatus: h.salesforceStatus.trim(),
      scoreThreshold: h.threshold,
      fitRules: sortByOrder([...h.fitRules]).map((r) => ({ attribute: r.attribute.trim(), value: r.value.trim(), points: r.points })),
      engagementRules: sortByOrder([...h.engagementRules]).map((r) => ({ action: r.action.trim(), points: r.points, decayPerWeek: r.decayPerWeek })),
      sla: { firstContactHours: h.slaFirstContactHours, attempts: h.slaAttempts, attemptDays: h.slaAttemptDays },
      rejectionReasons: h.rejectionReasons.map((r) => r.text.trim()).filter(Boolean),
      rejectedGoesTo: h.rejectedGoesTo.trim(),
      agreed: h.agreedFrom && h.agreedTo,
    };
  });
  return { format: 'baton-revops-spec', version: 1, project: s.info.title, lifecycle, handoffs };
}

export const revopsJson = (spec: RevopsSpec) => JSON.stringify(spec, null, 2) + '\n';

/** The CSV's columns: what to configure, where, and the value. */
export const REVOPS_COLUMNS = ['Section', 'Handoff or map', 'Stage, attribute or action', 'Rule', 'Value', 'Points', 'HubSpot property', 'HubSpot value', 'Salesforce field', 'Salesforce value'] as const;

/** One row per stage mapping, threshold, fit rule, engagement rule and service level. */
export function revopsCsv(spec: RevopsSpec): string {
  const rows: (string | number | null)[][] = [];
  for (const l of spec.lifecycle) rows.push(['Lifecycle stage', l.map, l.stage, 'Stage maps to', l.order, '', 'lifecyclestage', l.hubspotLifecycleStage, 'Lead Status', l.salesforceLeadStatus]);
  for (const h of spec.handoffs) {
    rows.push(['Handoff', h.name, `${h.fromStage} → ${h.toStage}`, 'Hand over at lifecycle stage', `${h.fromTeam} → ${h.toTeam}`, '', 'lifecyclestage', h.hubspotLifecycleStage, 'Lead Status', h.salesforceLeadStatus]);
    rows.push(['Score threshold', h.name, '', 'Score at least', h.scoreThreshold, '', 'hubspotscore', h.scoreThreshold, 'Lead Score', h.scoreThreshold]);
    for (const r of h.fitRules) rows.push(['Fit rule', h.name, r.attribute, 'Matches', r.value, r.points, 'hubspotscore', r.points, 'Lead Score', r.points]);
    for (const r of h.engagementRules) rows.push(['Engagement rule', h.name, r.action, r.decayPerWeek ? `Decays ${r.decayPerWeek} per week` : 'No decay', '', r.points, 'hubspotscore', r.points, 'Lead Score', r.points]);
    rows.push(['Service level', h.name, 'First contact', 'Within hours', h.sla.firstContactHours, '', '', '', '', '']);
    rows.push(['Service level', h.name, 'Attempts', 'Over days', h.sla.attemptDays, h.sla.attempts, '', '', '', '']);
    for (const r of h.rejectionReasons) rows.push(['Rejection reason', h.name, r, 'Goes to', h.rejectedGoesTo, '', 'hs_lead_status', '', 'Lead Status', '']);
  }
  return toCsv(REVOPS_COLUMNS, rows);
}
