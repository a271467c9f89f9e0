/**
 * The side panel beside the map: a handoff's contract, or a stage's alignment (owner, CRM
 * words, KPIs, handoffs after it). Opened from a handoff marker, a stage's owner chip or KPI
 * badge, or a link of the alignment overview. Escape or the close button closes it and gives
 * focus back to the map.
 */
import { useEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { focusCanvas } from '../../canvas/focus';
import {
  addHandoff,
  addHandoffItem,
  addKpi,
  deleteHandoff,
  moveHandoff,
  removeHandoffItem,
  setCrmMapping,
  setHandoffAgreement,
  setHandoffNumber,
  setHandoffTeams,
  setHandoffText,
  setStageOwner,
  updateHandoffItem,
  type HandoffList,
} from '../../document/actions/alignment';
import { undo } from '../../document/history';
import { glossaryMatcher, handoffAgreed } from '../../domain/alignment';
import { sortByOrder } from '../../domain/ordering';
import { HUBSPOT_STAGES, type Handoff, type HubspotStage } from '../../domain/types';
import { S } from '../../strings';
import { report, showToast } from '../../ui/toasts';
import { useProject, useProjectDoc } from '../../shared/ProjectContext';
import { alignmentUi, closeAlignmentPanel, openHandoffPanel } from './alignmentUi';
import { NumberField, OwnerSelect, ownerName, SelectField, TextField, useTeams } from '../../shared/fields';
import { useGlossary, useKpisOf } from './hooks';
import { KpiFields } from './KpiFields';
import { TermChip } from './MapBadges';
import { ScoreCalculator } from './ScoreCalculator';
import { A, HUBSPOT_LABELS } from './strings';

const HUBSPOT_OPTIONS = [
  { value: '' as const, label: A.notMapped },
  ...HUBSPOT_STAGES.map((v) => ({ value: v, label: HUBSPOT_LABELS[v] })),
];

export function MapSidePanel({ mapId }: { mapId: string }) {
  const panel = useStore(alignmentUi, (s) => s.panel);
  const belongs = useProject((s) =>
    panel?.kind === 'handoff' ? s.handoffs[panel.id]?.mapId === mapId : panel?.kind === 'stage' ? s.stages[panel.id]?.mapId === mapId : false,
  );
  // Leaving the map (or the record being deleted) closes the panel.
  useEffect(() => {
    if (panel && !belongs) closeAlignmentPanel();
  }, [panel, belongs]);
  if (!panel || !belongs) return null;
  const close = () => {
    closeAlignmentPanel();
    const marker = panel.kind === 'handoff' ? document.querySelector<HTMLElement>(`[data-handoff-id="${panel.id}"]`) : null;
    if (marker) marker.focus();
    else focusCanvas();
  };
  return (
    <aside
      className="al-panel"
      aria-label={A.panelLabel}
      data-testid="alignment-panel"
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') close();
      }}
    >
      <button type="button" className="icon-button al-panel-close" aria-label={A.closePanel} title={A.closePanel} onClick={close}>
        ✕
      </button>
      {panel.kind === 'handoff' ? <HandoffContract key={panel.id} id={panel.id} mapId={mapId} /> : <StagePanel key={panel.id} id={panel.id} mapId={mapId} />}
    </aside>
  );
}

// ---------------------------------------------------------------------------------------------

function StagePanel({ id, mapId }: { id: string; mapId: string }) {
  const doc = useProjectDoc();
  const teams = useTeams();
  const stage = useProject((s) => s.stages[id]);
  const kpis = useKpisOf({ stageId: id });
  const after = useProject(useShallow((s) => sortByOrder(Object.values(s.handoffs).filter((h) => h.afterStageId === id))));
  const [newKpi, setNewKpi] = useState<string | null>(null);
  const ownerRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ownerRef.current?.querySelector<HTMLElement>('select')?.focus();
  }, []);
  if (!stage) return null;
  return (
    <div className="al-panel-body">
      <h2>{A.stagePanelTitle(stage.name)}</h2>
      <div ref={ownerRef}>
        <OwnerSelect
          value={stage.ownerTeamId ?? ''}
          label={A.ownerOf(stage.name)}
          teams={teams}
          testId="stage-owner-select"
          onChange={(v) => report(setStageOwner(doc, id, v))}
        />
      </div>
      <section aria-labelledby={`crm-${id}`}>
        <h3 id={`crm-${id}`}>{A.crmTitle}</h3>
        <div className="al-row">
          <SelectField<HubspotStage | ''>
            value={stage.hubspotStage ?? ''}
            label={A.hubspotStage}
            options={HUBSPOT_OPTIONS}
            onChange={(v) => report(setCrmMapping(doc, 'stages', id, { hubspotStage: v }))}
          />
          <TextField
            value={stage.salesforceStatus ?? ''}
            label={A.salesforceStatus}
            placeholder={A.salesforceHint}
            onSave={(v, k) => setCrmMapping(doc, 'stages', id, { salesforceStatus: v }, k)}
          />
        </div>
      </section>
      <section aria-labelledby={`kpis-${id}`}>
        <h3 id={`kpis-${id}`}>{A.stageKpis}</h3>
        {kpis.map((k) => (
          <KpiFields key={k.id} kpi={k} autoFocus={k.id === newKpi} />
        ))}
        <button
          type="button"
          onClick={() => {
            const r = addKpi(doc, { stageId: id });
            if (report(r) && r.ok) setNewKpi(r.value);
          }}
        >
          + {A.addKpiHere}
        </button>
      </section>
      <section aria-labelledby={`handoffs-${id}`}>
        <h3 id={`handoffs-${id}`}>{A.handoffsList}</h3>
        <ul className="al-plain-list">
          {after.map((h) => (
            <li key={h.id}>
              <button type="button" className="link-button" onClick={() => openHandoffPanel(h.id)}>
                ⇆ {h.name}
              </button>
            </li>
          ))}
        </ul>
        <button
          type="button"
          onClick={() => {
            const r = addHandoff(doc, { mapId, afterStageId: id });
            if (report(r) && r.ok) openHandoffPanel(r.value);
          }}
        >
          ⇆ {A.addHandoffAfter}
        </button>
      </section>
    </div>
  );
}

// ---------------------------------------------------------------------------------------------

function HandoffContract({ id, mapId }: { id: string; mapId: string }) {
  const doc = useProjectDoc();
  const teams = useTeams();
  const h = useProject((s) => s.handoffs[id]);
  const stages = useProject(useShallow((s) => sortByOrder(Object.values(s.stages).filter((x) => x.mapId === mapId))));
  const placedCard = useProject((s) => (h?.cardId ? s.cards[h.cardId] : undefined));
  const kpis = useKpisOf({ handoffId: id });
  const [fresh, setFresh] = useState<string | null>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => titleRef.current?.focus(), []);
  if (!h) return null;
  const fromName = ownerName(h.fromTeamId, teams);
  const toName = ownerName(h.toTeamId, teams);
  const placedOk = h.cardId ? !!placedCard : stages.slice(0, -1).some((s) => s.id === h.afterStageId);
  const addItem = (list: HandoffList) => {
    const r = addHandoffItem(doc, id, list);
    if (report(r) && r.ok) setFresh(r.value);
  };
  const remove = () => {
    if (report(deleteHandoff(doc, id))) {
      showToast(A.handoffDeleted(h.name), { action: { label: S.undoAction, run: () => undo(doc) } });
      closeAlignmentPanel();
      focusCanvas();
    }
  };
  const teamOptions = teams.map((t) => ({ value: t.id, label: t.name }));
  return (
    <div className="al-panel-body" data-testid="handoff-contract">
      <h2 ref={titleRef} tabIndex={-1}>
        {A.handoffPanelTitle}
      </h2>
      <p className={`al-status ${handoffAgreed(h) ? 'agreed' : 'draft'}`} data-testid="handoff-status">
        {A.status}: {handoffAgreed(h) ? A.statusAgreed : A.statusDraft}
      </p>
      <TextField value={h.name} label={A.handoffName} testId="handoff-name" onSave={(v, k) => setHandoffText(doc, id, 'name', v, k)} />
      <div className="al-row">
        <SelectField
          value={h.fromTeamId}
          label={A.fromTeam}
          options={h.fromTeamId && teamOptions.some((o) => o.value === h.fromTeamId) ? teamOptions : [{ value: '', label: A.nobody }, ...teamOptions]}
          onChange={(v) => report(setHandoffTeams(doc, id, v, h.toTeamId))}
        />
        <SelectField
          value={h.toTeamId}
          label={A.toTeam}
          options={h.toTeamId && teamOptions.some((o) => o.value === h.toTeamId) ? teamOptions : [{ value: '', label: A.nobody }, ...teamOptions]}
          onChange={(v) => report(setHandoffTeams(doc, id, h.fromTeamId, v))}
        />
      </div>
      <div className="al-row">
        <TextField
          value={h.fromStageName}
          label={A.fromWords(fromName)}
          placeholder={A.fromWordsHint}
          testId="handoff-from-words"
          onSave={(v, k) => setHandoffText(doc, id, 'fromStageName', v, k)}
        />
        <span className="al-arrow" aria-hidden>
          ➜
        </span>
        <TextField
          value={h.toStageName}
          label={A.toWords(toName)}
          placeholder={A.toWordsHint}
          testId="handoff-to-words"
          onSave={(v, k) => setHandoffText(doc, id, 'toStageName', v, k)}
        />
      </div>
      <Placement handoff={h} mapId={mapId} stages={stages} placedOk={placedOk} />

      <section aria-labelledby={`crit-${id}`} id="al-section-criteria">
        <h3 id={`crit-${id}`}>{A.criteriaTitle}</h3>
        <p className="al-muted">{A.criteriaHelp}</p>
        <ItemList handoff={h} list="criteria" label={A.criterion} fresh={fresh} />
        <button type="button" onClick={() => addItem('criteria')}>
          + {A.addCriterion}
        </button>
      </section>

      <section aria-labelledby={`score-${id}`} id="al-section-scoring">
        <h3 id={`score-${id}`}>{A.scoringTitle}</h3>
        <h4>{A.fitRules}</h4>
        <RuleTable handoff={h} list="fitRules" columns={FIT_COLUMNS} rowLabel={A.fitRuleLabel} fresh={fresh} />
        <button type="button" onClick={() => addItem('fitRules')}>
          + {A.addFitRule}
        </button>
        <h4>{A.engagementRules}</h4>
        <RuleTable handoff={h} list="engagementRules" columns={ENGAGEMENT_COLUMNS} rowLabel={A.engagementRuleLabel} fresh={fresh} />
        <button type="button" onClick={() => addItem('engagementRules')}>
          + {A.addEngagementRule}
        </button>
        <NumberField value={h.threshold} label={A.threshold} testId="handoff-threshold" onSave={(n, k) => setHandoffNumber(doc, id, 'threshold', n, A.threshold, k)} />
        <h4>{A.calculatorTitle}</h4>
        <ScoreCalculator handoff={h} />
      </section>

      <section aria-labelledby={`sla-${id}`} id="al-section-sla">
        <h3 id={`sla-${id}`}>{A.slaTitle}</h3>
        <div className="al-row">
          <NumberField value={h.slaFirstContactHours} label={A.slaFirstContact} onSave={(n, k) => setHandoffNumber(doc, id, 'slaFirstContactHours', n, A.slaFirstContact, k)} />
          <NumberField value={h.slaAttempts} label={A.slaAttempts} onSave={(n, k) => setHandoffNumber(doc, id, 'slaAttempts', n, A.slaAttempts, k)} />
          <NumberField value={h.slaAttemptDays} label={A.slaAttemptDays} onSave={(n, k) => setHandoffNumber(doc, id, 'slaAttemptDays', n, A.slaAttemptDays, k)} />
        </div>
        <p className="al-muted" data-testid="sla-summary">
          {A.slaSummary(h.slaFirstContactHours, h.slaAttempts, h.slaAttemptDays)}
        </p>
        <TextField value={h.slaMissed} label={A.slaMissed} placeholder={A.slaMissedHint} multiline onSave={(v, k) => setHandoffText(doc, id, 'slaMissed', v, k)} />
      </section>

      <section aria-labelledby={`rej-${id}`}>
        <h3 id={`rej-${id}`}>{A.rejectionTitle}</h3>
        <h4>{A.rejectionReasons}</h4>
        <ItemList handoff={h} list="rejectionReasons" label={A.rejectionReason} fresh={fresh} />
        <button type="button" onClick={() => addItem('rejectionReasons')}>
          + {A.addRejectionReason}
        </button>
        <TextField
          value={h.rejectedGoesTo}
          label={A.rejectedGoesTo}
          placeholder={A.rejectedGoesToHint}
          list="al-rejected-destinations"
          onSave={(v, k) => setHandoffText(doc, id, 'rejectedGoesTo', v, k)}
        />
        <datalist id="al-rejected-destinations">
          {A.rejectedDestinations.map((d) => (
            <option key={d} value={d} />
          ))}
        </datalist>
      </section>

      <section aria-labelledby={`fb-${id}`}>
        <h3 id={`fb-${id}`}>{A.feedbackTitle}</h3>
        <TextField value={h.feedbackWhat} label={A.feedbackWhat} placeholder={A.feedbackWhatHint} multiline onSave={(v, k) => setHandoffText(doc, id, 'feedbackWhat', v, k)} />
        <div className="al-row">
          <TextField
            value={h.feedbackFrequency}
            label={A.feedbackFrequency}
            placeholder={A.feedbackFrequencyHint}
            list="al-frequencies"
            onSave={(v, k) => setHandoffText(doc, id, 'feedbackFrequency', v, k)}
          />
          <datalist id="al-frequencies">
            {A.frequencies.map((d) => (
              <option key={d} value={d} />
            ))}
          </datalist>
          <TextField value={h.feedbackTo} label={A.feedbackTo} placeholder={A.feedbackToHint} onSave={(v, k) => setHandoffText(doc, id, 'feedbackTo', v, k)} />
        </div>
      </section>

      <section aria-labelledby={`own-${id}`} id="al-section-owners">
        <h3 id={`own-${id}`}>{A.ownersTitle}</h3>
        <div className="al-row">
          <TextField value={h.fromOwner} label={A.sideOwner(fromName)} placeholder={A.sideOwnerHint} onSave={(v, k) => setHandoffText(doc, id, 'fromOwner', v, k)} />
          <TextField value={h.toOwner} label={A.sideOwner(toName)} placeholder={A.sideOwnerHint} onSave={(v, k) => setHandoffText(doc, id, 'toOwner', v, k)} />
        </div>
        <label className="al-check">
          <input type="checkbox" checked={h.agreedFrom} onChange={(e) => report(setHandoffAgreement(doc, id, 'from', e.target.checked))} /> {A.agreedBy(fromName)}
        </label>
        <label className="al-check">
          <input type="checkbox" checked={h.agreedTo} onChange={(e) => report(setHandoffAgreement(doc, id, 'to', e.target.checked))} /> {A.agreedBy(toName)}
        </label>
      </section>

      <section aria-labelledby={`crm-${id}`}>
        <h3 id={`crm-${id}`}>{A.crmTitle}</h3>
        <div className="al-row">
          <SelectField<HubspotStage | ''>
            value={h.hubspotStage}
            label={A.hubspotStage}
            options={HUBSPOT_OPTIONS}
            onChange={(v) => report(setCrmMapping(doc, 'handoffs', id, { hubspotStage: v }))}
          />
          <TextField
            value={h.salesforceStatus}
            label={A.salesforceStatus}
            placeholder={A.salesforceHint}
            onSave={(v, k) => setCrmMapping(doc, 'handoffs', id, { salesforceStatus: v }, k)}
          />
        </div>
      </section>

      <section aria-labelledby={`hk-${id}`}>
        <h3 id={`hk-${id}`}>{A.handoffKpis}</h3>
        {kpis.map((k) => (
          <KpiFields key={k.id} kpi={k} autoFocus={k.id === fresh} />
        ))}
        <button
          type="button"
          onClick={() => {
            const r = addKpi(doc, { handoffId: id });
            if (report(r) && r.ok) setFresh(r.value);
          }}
        >
          + {A.addKpiHere}
        </button>
      </section>

      <ContractTerms handoff={h} />

      <button type="button" className="danger al-delete" onClick={remove}>
        {A.deleteHandoff}
      </button>
    </div>
  );
}

function Placement({ handoff: h, mapId, stages, placedOk }: { handoff: Handoff; mapId: string; stages: readonly { id: string; name: string }[]; placedOk: boolean }) {
  const doc = useProjectDoc();
  const onCard = !!h.cardId && placedOk;
  const value = placedOk && !onCard ? h.afterStageId : '';
  return (
    <div className={placedOk ? undefined : 'al-problem-box'}>
      {!placedOk && <p>{A.notOnMap}</p>}
      <SelectField<string>
        value={value}
        label={A.placedAfter}
        options={[
          ...(onCard ? [{ value: '', label: A.placedOnCard }] : placedOk ? [] : [{ value: '', label: A.stageGone }]),
          ...stages.slice(0, -1).map((s, i) => ({ value: s.id, label: `${s.name} → ${stages[i + 1]!.name}` })),
        ]}
        onChange={(v) => v && report(moveHandoff(doc, h.id, { mapId, afterStageId: v }))}
      />
    </div>
  );
}

function ItemList({ handoff, list, label, fresh }: { handoff: Handoff; list: 'criteria' | 'rejectionReasons'; label: (n: number) => string; fresh: string | null }) {
  const doc = useProjectDoc();
  const items = handoff[list];
  return (
    <ol className="al-items" data-testid={`list-${list}`}>
      {items.map((c, i) => (
        <li key={c.id}>
          <TextField
            value={c.text}
            label={label(i + 1)}
            hideLabel
            autoFocus={c.id === fresh}
            onSave={(v, k) => updateHandoffItem(doc, handoff.id, list, c.id, { text: v }, k)}
          />
          <RemoveItem handoffId={handoff.id} list={list} itemId={c.id} what={label(i + 1)} />
        </li>
      ))}
    </ol>
  );
}

/** A column of a scoring rule table: which field of the rule, its heading, text or number. */
interface RuleColumn {
  readonly field: 'attribute' | 'value' | 'action' | 'points' | 'decayPerWeek';
  readonly header: () => string;
  readonly kind: 'text' | 'number';
}
const FIT_COLUMNS: readonly RuleColumn[] = [
  { field: 'attribute', header: () => A.attribute, kind: 'text' },
  { field: 'value', header: () => A.value, kind: 'text' },
  { field: 'points', header: () => A.points, kind: 'number' },
];
const ENGAGEMENT_COLUMNS: readonly RuleColumn[] = [
  { field: 'action', header: () => A.action, kind: 'text' },
  { field: 'points', header: () => A.points, kind: 'number' },
  { field: 'decayPerWeek', header: () => A.decay, kind: 'number' },
];

/**
 * The fit rules or the engagement rules of a contract as a table: a row per rule, a field per
 * column, each saved by its own action; the first field of a new row takes the focus.
 */
function RuleTable({
  handoff,
  list,
  columns,
  rowLabel,
  fresh,
}: {
  handoff: Handoff;
  list: 'fitRules' | 'engagementRules';
  columns: readonly RuleColumn[];
  rowLabel: (n: number) => string;
  fresh: string | null;
}) {
  const doc = useProjectDoc();
  const rules: readonly Record<string, unknown>[] = handoff[list] as unknown as Record<string, unknown>[];
  return (
    <table className="al-rules" data-testid={list === 'fitRules' ? 'fit-rules' : 'engagement-rules'}>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.field} scope="col">
              {c.header()}
            </th>
          ))}
          <th scope="col">
            <span className="visually-hidden">{A.removeItem('')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {rules.map((r, i) => {
          const ruleId = String(r.id);
          return (
            <tr key={ruleId}>
              {columns.map((c, k) => {
                const label = `${c.header()}, ${rowLabel(i + 1)}`;
                return (
                  <td key={c.field}>
                    {c.kind === 'text' ? (
                      <TextField
                        value={String(r[c.field] ?? '')}
                        label={label}
                        hideLabel
                        autoFocus={k === 0 && ruleId === fresh}
                        onSave={(v, key) => updateHandoffItem(doc, handoff.id, list, ruleId, { [c.field]: v }, key)}
                      />
                    ) : (
                      <NumberField
                        value={typeof r[c.field] === 'number' ? (r[c.field] as number) : null}
                        label={label}
                        hideLabel
                        onSave={(n, key) => updateHandoffItem(doc, handoff.id, list, ruleId, { [c.field]: n }, key)}
                      />
                    )}
                  </td>
                );
              })}
              <td>
                <RemoveItem handoffId={handoff.id} list={list} itemId={ruleId} what={rowLabel(i + 1)} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function RemoveItem({ handoffId, list, itemId, what }: { handoffId: string; list: HandoffList; itemId: string; what: string }) {
  const doc = useProjectDoc();
  return (
    <button type="button" className="icon-button" aria-label={A.removeItem(what)} title={A.removeItem(what)} onClick={() => report(removeHandoffItem(doc, handoffId, list, itemId))}>
      ✕
    </button>
  );
}

/** The glossary terms the contract's texts use, each with its definition on focus or hover. */
function ContractTerms({ handoff: h }: { handoff: Handoff }) {
  const glossary = useGlossary();
  const text = [
    h.name,
    h.fromStageName,
    h.toStageName,
    h.slaMissed,
    h.rejectedGoesTo,
    h.feedbackWhat,
    ...h.criteria.map((c) => c.text),
    ...h.rejectionReasons.map((c) => c.text),
  ].join('\n');
  const hits = glossaryMatcher(Object.values(glossary))(text);
  if (!hits.length) return null;
  return (
    <section className="al-contract-terms">
      <h3>{A.termsInContract}</h3>
      <div className="al-row">
        {hits.map((hit) => (
          <TermChip key={hit.termId} hit={hit} />
        ))}
      </div>
    </section>
  );
}

