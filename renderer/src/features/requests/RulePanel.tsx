/**
 * "How priority is set": the rule in words, always visible, and its weights to change (folded
 * away). The words are made from the stored weights, so they change as soon as the room does.
 */
import { useEffect, useState } from 'react';
import { resetPriorityRule, setPriorityRule } from '../../document/actions/requests';
import { BAND_DAYS_MAX, ruleToFields, URGENCY_MAX, URGENCY_MIN, type PriorityRule, type RuleField } from '../../domain/requests';
import { report } from '../../ui/toasts';
import { useProjectDoc } from '../../shared/ProjectContext';
import { RQ } from './strings';

export function RulePanel({ rule }: { rule: PriorityRule }) {
  const doc = useProjectDoc();
  const fields = ruleToFields(rule);
  const weights: { field: RuleField; label: string; days?: boolean }[] = [
    { field: 'overdue', label: RQ.ruleOverdue },
    ...[1, 2, 3].flatMap((i) => [
      { field: `days${i}` as RuleField, label: RQ.ruleBandDays(i), days: true },
      { field: `urgency${i}` as RuleField, label: RQ.ruleBandUrgency(i) },
    ]),
    { field: 'later', label: RQ.ruleLater },
    { field: 'noDate', label: RQ.ruleNoDate },
  ];
  return (
    <section className="rq-rule panel" aria-labelledby="rq-rule-heading" id="rq-rule" data-testid="rq-rule">
      <h3 id="rq-rule-heading">{RQ.ruleHeading}</h3>
      <p className="rq-rule-text" data-testid="rq-rule-text">
        <strong>{RQ.ruleFormula}</strong> {RQ.ruleImpact} {RQ.ruleUrgency(rule)}
      </p>
      <details>
        <summary>{RQ.ruleEdit}</summary>
        <div className="rq-rule-grid">
          {weights.map((w) => (
            <NumberField
              key={w.field}
              label={w.label}
              value={fields[w.field]}
              min={w.days ? 1 : URGENCY_MIN}
              max={w.days ? BAND_DAYS_MAX : URGENCY_MAX}
              onCommit={(v) => report(setPriorityRule(doc, { [w.field]: v }))}
            />
          ))}
        </div>
        <button type="button" onClick={() => report(resetPriorityRule(doc))}>
          {RQ.ruleReset}
        </button>
      </details>
    </section>
  );
}

/** A number written on leaving the field or on Enter (typing "14" must not save "1" on the way). */
function NumberField({ label, value, min, max, onCommit }: { label: string; value: number; min: number; max: number; onCommit: (v: number) => boolean }) {
  const [draft, setDraft] = useState(String(value));
  useEffect(() => setDraft(String(value)), [value]);
  const commit = () => {
    if (draft === String(value)) return;
    const n = Number(draft);
    if (draft.trim() === '' || !onCommit(n)) setDraft(String(value));
  };
  return (
    <label className="rq-field rq-number">
      <span>{label}</span>
      <input
        type="number"
        min={min}
        max={max}
        step={1}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            commit();
          }
        }}
      />
    </label>
  );
}
