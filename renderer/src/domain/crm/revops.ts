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
import { crmPropertyOf } from '../crmProperties';
import { fitListItems, fitNumber, fitOperator, fitValueProblem, type FitOperator, type FitValueProblem } from '../fitRules';
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
    readonly fitRules: readonly RevopsFitRule[];
    readonly engagementRules: readonly { readonly action: string; readonly points: number; readonly decayPerWeek: number }[];
    readonly sla: { readonly firstContactHours: number | null; readonly attempts: number | null; readonly attemptDays: number | null };
    readonly rejectionReasons: readonly string[];
    readonly rejectedGoesTo: string;
    readonly agreed: boolean;
  }[];
}

/**
 * A fit rule as each CRM configures it: the property (HubSpot's internal name, Salesforce's
 * field; the attribute as typed when it is not one both CRMs have), the operator in HubSpot's
 * CRM search vocabulary (EQ, CONTAINS_TOKEN, IN, GTE, LTE, BETWEEN with value and highValue)
 * and Salesforce's filter operators with the SOQL condition. Numbers are written as numbers
 * ("5M" → 5000000). A rule whose values do not fit its operator is written with `problem`
 * and no CRM operator: RevOps sees it, and nothing half-right gets configured.
 */
export interface RevopsFitRule {
  readonly attribute: string;
  readonly operator: FitOperator;
  /** As typed in Baton. */
  readonly value: string;
  readonly valueTo?: string;
  readonly points: number;
  readonly problem?: FitValueProblem;
  readonly hubspot: { readonly property: string; readonly operator: string; readonly value?: string | number; readonly highValue?: number; readonly values?: readonly string[] };
  readonly salesforce: { readonly field: string; readonly operator: string; readonly value: string; readonly soql: string };
}

/** Baton's operators in the CRMs' words: HubSpot's search filter operator, Salesforce's report filter operator, the spec's own words. */
const OPERATOR_WORDS: Record<FitOperator, { hubspot: string; salesforce: string; words: string }> = {
  is: { hubspot: 'EQ', salesforce: 'equals', words: 'is' },
  contains: { hubspot: 'CONTAINS_TOKEN', salesforce: 'contains', words: 'contains' },
  in: { hubspot: 'IN', salesforce: 'equals (any of)', words: 'is any of' },
  eq: { hubspot: 'EQ', salesforce: 'equals', words: 'equals (number)' },
  gte: { hubspot: 'GTE', salesforce: 'greater or equal', words: 'is at least' },
  lte: { hubspot: 'LTE', salesforce: 'less or equal', words: 'is at most' },
  between: { hubspot: 'BETWEEN', salesforce: 'greater or equal AND less or equal', words: 'is between' },
};

const soqlText = (v: string) => `'${v.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;

export function revopsFitRule(r: { attribute: string; op?: string; value: string; valueTo?: string; points: number }): RevopsFitRule {
  const attribute = r.attribute.trim();
  const op = fitOperator(r.op);
  const value = r.value.trim();
  const valueTo = (r.valueTo ?? '').trim();
  const prop = crmPropertyOf(attribute);
  const property = prop?.hubspot ?? attribute;
  const field = prop?.salesforce ?? attribute;
  const base = { attribute, operator: op, value, ...(op === 'between' ? { valueTo } : {}), points: r.points };
  const problem = fitValueProblem({ op, value, valueTo });
  if (problem) return { ...base, problem, hubspot: { property, operator: '' }, salesforce: { field, operator: '', value: '', soql: '' } };
  const w = OPERATOR_WORDS[op];
  switch (op) {
    case 'is':
      return { ...base, hubspot: { property, operator: w.hubspot, value }, salesforce: { field, operator: w.salesforce, value, soql: `${field} = ${soqlText(value)}` } };
    case 'contains':
      return { ...base, hubspot: { property, operator: w.hubspot, value }, salesforce: { field, operator: w.salesforce, value, soql: `${field} LIKE ${soqlText(`%${value}%`)}` } };
    case 'in': {
      const values = fitListItems(value);
      return {
        ...base,
        hubspot: { property, operator: w.hubspot, values },
        salesforce: { field, operator: w.salesforce, value: values.join(', '), soql: `${field} IN (${values.map(soqlText).join(', ')})` },
      };
    }
    case 'between': {
      const lo = fitNumber(value)!;
      const hi = fitNumber(valueTo)!;
      return { ...base, hubspot: { property, operator: w.hubspot, value: lo, highValue: hi }, salesforce: { field, operator: w.salesforce, value: `${lo}, ${hi}`, soql: `${field} >= ${lo} AND ${field} <= ${hi}` } };
    }
    default: {
      const n = fitNumber(value)!;
      const sym = op === 'eq' ? '=' : op === 'gte' ? '>=' : '<=';
      return { ...base, hubspot: { property, operator: w.hubspot, value: n }, salesforce: { field, operator: w.salesforce, value: String(n), soql: `${field} ${sym} ${n}` } };
    }
  }
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
      fitRules: sortByOrder([...h.fitRules]).map(revopsFitRule),
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
export const REVOPS_COLUMNS = ['Section', 'Handoff or map', 'Stage, attribute or action', 'Rule', 'Value', 'Points', 'HubSpot property', 'HubSpot value', 'Salesforce field', 'Salesforce value', 'HubSpot operator', 'Salesforce operator'] as const;

/** A fit rule's value in the CSV: a list with semicolons (HubSpot's own separator), a range with its two ends. */
function csvValue(r: RevopsFitRule, side: 'baton' | 'hubspot'): string | number {
  if (side === 'baton') return r.operator === 'between' ? `${r.value} – ${r.valueTo ?? ''}` : r.operator === 'in' ? fitListItems(r.value).join('; ') : r.value;
  const h = r.hubspot;
  if (h.values) return h.values.join(';');
  if (h.highValue !== undefined) return `${h.value} – ${h.highValue}`;
  return h.value ?? '';
}

/** One row per stage mapping, threshold, fit rule, engagement rule and service level. */
export function revopsCsv(spec: RevopsSpec): string {
  const rows: (string | number | null)[][] = [];
  for (const l of spec.lifecycle) rows.push(['Lifecycle stage', l.map, l.stage, 'Stage maps to', l.order, '', 'lifecyclestage', l.hubspotLifecycleStage, 'Lead Status', l.salesforceLeadStatus, '', '']);
  for (const h of spec.handoffs) {
    rows.push(['Handoff', h.name, `${h.fromStage} → ${h.toStage}`, 'Hand over at lifecycle stage', `${h.fromTeam} → ${h.toTeam}`, '', 'lifecyclestage', h.hubspotLifecycleStage, 'Lead Status', h.salesforceLeadStatus, '', '']);
    rows.push(['Score threshold', h.name, '', 'Score at least', h.scoreThreshold, '', 'hubspotscore', h.scoreThreshold, 'Lead Score', h.scoreThreshold, 'GTE', 'greater or equal']);
    for (const r of h.fitRules)
      rows.push([
        'Fit rule',
        h.name,
        r.attribute,
        r.problem ? `Cannot be checked (${r.problem})` : OPERATOR_WORDS[r.operator].words,
        csvValue(r, 'baton'),
        r.points,
        r.hubspot.property,
        r.problem ? '' : csvValue(r, 'hubspot'),
        r.salesforce.field,
        r.salesforce.soql,
        r.hubspot.operator,
        r.salesforce.operator,
      ]);
    for (const r of h.engagementRules) rows.push(['Engagement rule', h.name, r.action, r.decayPerWeek ? `Decays ${r.decayPerWeek} per week` : 'No decay', '', r.points, 'hubspotscore', r.points, 'Lead Score', r.points, '', '']);
    rows.push(['Service level', h.name, 'First contact', 'Within hours', h.sla.firstContactHours, '', '', '', '', '', '', '']);
    rows.push(['Service level', h.name, 'Attempts', 'Over days', h.sla.attemptDays, h.sla.attempts, '', '', '', '', '', '']);
    for (const r of h.rejectionReasons) rows.push(['Rejection reason', h.name, r, 'Goes to', h.rejectedGoesTo, '', 'hs_lead_status', '', 'Lead Status', '', '', '']);
  }
  return toCsv(REVOPS_COLUMNS, rows);
}
