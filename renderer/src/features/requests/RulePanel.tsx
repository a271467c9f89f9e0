/**
 * "How priority is set": the rule in words, always visible, and its weights to change (folded
 * away). The words are made from the stored weights, so they change as soon as the room does.
 */
import { resetPriorityRule, setPriorityRule } from '../../document/actions/requests';
import { BAND_DAYS_MAX, ruleToFields, URGENCY_MAX, URGENCY_MIN, type PriorityRule, type RuleField } from '../../domain/requests';
import { report } from '../../ui/toasts';
import { NumberField } from '../../shared/fields';
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
              className="rq-field rq-number"
              whole={{ min: w.days ? 1 : URGENCY_MIN, max: w.days ? BAND_DAYS_MAX : URGENCY_MAX }}
              onSave={(n, key) => setPriorityRule(doc, { [w.field]: n ?? Number.NaN }, key)}
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
