/**
 * The fit rules of a contract as a table a CRM person would recognise: the attribute, how it is
 * compared (text is / contains / is any of; a number equals / is at least / is at most / is
 * between), the value or values, the points. Values save as typed whatever the operator, so a
 * value that does not fit (a number rule with "fifty", a range upside down) loses nothing: the
 * row says what is wrong beside the field and the rule counts for nobody until it is mended
 * (domain/fitRules.ts decides, the calculator and the CRM import read the same verdict).
 */
import { useId } from 'react';
import { updateHandoffItem } from '../../document/actions/alignment';
import {
  FIT_OPERATORS,
  fitValueProblem,
  NUMBER_OPERATORS,
  splitRange,
  type FitOperator,
} from '../../domain/fitRules';
import type { FitRule, Handoff } from '../../domain/types';
import { report } from '../../ui/toasts';
import { useProjectDoc } from '../../shared/ProjectContext';
import { NumberField, stopKeys, TextField, TypingInput } from '../../shared/fields';
import { RuleRow, RuleTableFrame } from './handoffContractParts';
import { A } from './strings';

const GROUPS = [
  { label: A.fitTextGroup, ops: FIT_OPERATORS.filter((op) => !NUMBER_OPERATORS.has(op)) },
  { label: A.fitNumberGroup, ops: FIT_OPERATORS.filter((op) => NUMBER_OPERATORS.has(op)) },
];

export function FitRuleTable({ handoff, fresh }: { handoff: Handoff; fresh: string | null }) {
  return (
    <RuleTableFrame
      className="al-fit-rules"
      testId="fit-rules"
      headings={[
        { key: 'attribute', label: A.attribute },
        { key: 'rule', label: A.ruleHeader, className: 'al-rule-op' },
        { key: 'points', label: A.points, className: 'al-rule-number' },
      ]}
    >
      {handoff.fitRules.map((r, i) => (
        <FitRuleRow key={r.id} handoffId={handoff.id} rule={r} n={i + 1} autoFocus={r.id === fresh} />
      ))}
    </RuleTableFrame>
  );
}

function FitRuleRow({
  handoffId,
  rule: r,
  n,
  autoFocus,
}: {
  handoffId: string;
  rule: FitRule;
  n: number;
  autoFocus: boolean;
}) {
  const doc = useProjectDoc();
  const id = useId();
  const row = A.fitRuleLabel(n);
  const save = (patch: Parameters<typeof updateHandoffItem>[4], key?: string) =>
    updateHandoffItem(doc, handoffId, 'fitRules', r.id, patch, key);
  // Said only once there is something to compare: an empty value is a row still being typed.
  const problem = r.attribute.trim() && r.value.trim() ? fitValueProblem(r) : null;
  const lowerBad = problem === 'not-a-number' || problem === 'reversed';
  const upperBad =
    problem === 'no-upper' || problem === 'upper-not-a-number' || problem === 'reversed';
  const errorId = `${id}-problem`;
  const choose = (op: FitOperator) => {
    // A range typed as text before operators ("50–1,000") becomes the two ends of 'between'.
    const range = op === 'between' && !r.valueTo.trim() ? splitRange(r.value) : null;
    report(save(range ? { op, value: range.from, valueTo: range.to } : { op }));
  };
  return (
    <RuleRow handoffId={handoffId} list="fitRules" itemId={r.id} what={row}>
      <td>
        <TextField
          value={r.attribute}
          label={`${A.attribute}, ${row}`}
          hideLabel
          autoFocus={autoFocus}
          onSave={(v, k) => save({ attribute: v }, k)}
        />
      </td>
      <td className="al-rule-op">
        <div className="al-rule-stack">
          <span className="al-field al-field-bare">
            <label htmlFor={`${id}-op`} className="visually-hidden">
              {`${A.compare}, ${row}`}
            </label>
            {/* Grouped, so the chosen operator reads short ("is between") and still says it compares numbers. */}
            <select
              id={`${id}-op`}
              className="nodrag nopan"
              value={r.op}
              onKeyDown={stopKeys}
              onChange={(e) => choose(e.target.value as FitOperator)}
            >
              {GROUPS.map((g) => (
                <optgroup key={g.label} label={g.label}>
                  {g.ops.map((op) => (
                    <option key={op} value={op}>
                      {A.fitOperators[op]}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          </span>
          <span className={r.op === 'between' ? 'al-range' : 'al-one-value'}>
            <span className="al-field al-field-bare">
              <label htmlFor={`${id}-v`} className="visually-hidden">
                {`${r.op === 'between' ? A.valueFrom : A.value}, ${row}`}
              </label>
              <TypingInput
                id={`${id}-v`}
                value={r.value}
                placeholder={A.fitValueHint(r.op)}
                className="nodrag nopan nowheel"
                isolateKeys
                invalid={lowerBad || undefined}
                describedBy={lowerBad ? errorId : undefined}
                onSave={(v, k) => void report(save({ value: v }, k))}
              />
            </span>
            {r.op === 'between' && (
              <>
                <span className="al-range-and" aria-hidden>
                  {A.betweenAnd}
                </span>
                <span className="al-field al-field-bare">
                  <label htmlFor={`${id}-to`} className="visually-hidden">
                    {`${A.valueTo}, ${row}`}
                  </label>
                  <TypingInput
                    id={`${id}-to`}
                    value={r.valueTo}
                    placeholder={A.fitValueHint('lte')}
                    className="nodrag nopan nowheel"
                    isolateKeys
                    invalid={upperBad || undefined}
                    describedBy={upperBad ? errorId : undefined}
                    onSave={(v, k) => void report(save({ valueTo: v }, k))}
                  />
                </span>
              </>
            )}
          </span>
          {problem && (
            <span id={errorId} className="al-error" data-testid="fit-rule-problem">
              {A.fitValueProblem(problem, r)}
            </span>
          )}
        </div>
      </td>
      <td>
        <NumberField
          value={r.points}
          label={`${A.points}, ${row}`}
          hideLabel
          onSave={(v, k) => save({ points: v }, k)}
        />
      </td>
    </RuleRow>
  );
}
