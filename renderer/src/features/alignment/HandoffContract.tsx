/** The side panel of a handoff: its contract (teams, criteria, scoring, agreement, terms). */
import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { focusCanvas } from '../../canvas/focus';
import {
  addHandoffItem,
  addKpi,
  deleteHandoff,
  setCrmMapping,
  setHandoffAgreement,
  setHandoffNumber,
  setHandoffTeams,
  setHandoffText,
  type HandoffList,
} from '../../document/actions/alignment';
import { undo } from '../../document/history';
import { handoffAgreed } from '../../domain/alignment';
import { sortByOrder } from '../../domain/ordering';
import { type HubspotStage } from '../../domain/types';
import { S } from '../../strings';
import { report, showToast } from '../../ui/toasts';
import { useProject, useProjectDoc } from '../../shared/ProjectContext';
import { closeAlignmentPanel } from './alignmentUi';
import { NumberField, ownerName, SelectField, TextField, useTeams } from '../../shared/fields';
import { useKpisOf } from './hooks';
import { KpiFields } from './KpiFields';
import { ScoreCalculator } from './ScoreCalculator';
import { A } from './strings';
import { HandoffParts } from '../../shared/screenSlots';
import { HUBSPOT_OPTIONS } from './StagePanel';
import { ContractTerms, ItemList, Placement, RuleTable, ENGAGEMENT_COLUMNS } from './handoffContractParts';
import { FitRuleTable } from './FitRuleTable';

export function HandoffContract({ id, mapId }: { id: string; mapId: string }) {
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
        <FitRuleTable handoff={h} fresh={fresh} />
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
        <HandoffParts handoffId={id} />
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
