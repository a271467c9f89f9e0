/**
 * The lead-score calculator of a contract: a person types a sample lead (its attributes and
 * what it did, how many weeks ago) and sees its score, the breakdown and whether it passes.
 * The sample lives only in this panel (it is a what-if, not part of the contract).
 */
import { useId, useMemo, useState } from 'react';
import { scoreVerdict } from '../../domain/leadScore';
import { fitListItems } from '../../domain/fitRules';
import type { Handoff } from '../../domain/types';
import { stopKeys } from '../../shared/fields';
import { A } from './strings';

const key = (s: string) => s.trim().toLowerCase();

export function ScoreCalculator({ handoff }: { handoff: Handoff }) {
  const [attrs, setAttrs] = useState<Record<string, string>>({});
  const [did, setDid] = useState<Record<string, { done: boolean; weeks: string }>>({});
  const base = useId();

  // One input per attribute and one row per action the rules know, in the rules' order.
  const attributes = useMemo(() => {
    const seen = new Map<string, { name: string; values: string[] }>();
    for (const r of handoff.fitRules) {
      if (!r.attribute.trim()) continue;
      const k = key(r.attribute);
      const entry = seen.get(k) ?? { name: r.attribute.trim(), values: [] };
      // Offered as you type: the values of text rules (a number rule's bound is not a lead's value).
      const offered = r.op === 'is' ? [r.value.trim()] : r.op === 'in' ? fitListItems(r.value) : [];
      for (const v of offered) if (v && !entry.values.includes(v)) entry.values.push(v);
      seen.set(k, entry);
    }
    return [...seen.entries()];
  }, [handoff.fitRules]);
  const actions = useMemo(() => {
    const seen = new Map<string, string>();
    for (const r of handoff.engagementRules) if (r.action.trim() && !seen.has(key(r.action))) seen.set(key(r.action), r.action.trim());
    return [...seen.entries()];
  }, [handoff.engagementRules]);

  const { verdict, result, problems } = useMemo(
    () =>
      scoreVerdict(handoff, {
        attributes: Object.fromEntries(attributes.map(([k, a]) => [a.name, attrs[k] ?? ''])),
        actions: actions.filter(([k]) => did[k]?.done).map(([k, name]) => ({ action: name, weeksAgo: did[k]?.weeks ?? '' })),
      }),
    [handoff, attributes, actions, attrs, did],
  );

  // The fit rules in words (the domain labels them in symbols).
  const fitText = new Map(handoff.fitRules.map((r) => [r.id, A.fitRuleText(r)]));
  const labelOf = (kind: string, ruleId: string, label: string) => (kind === 'fit' || kind === 'bad-value' || kind === 'bad-points' ? (fitText.get(ruleId) ?? label) : label);

  if (verdict.kind === 'no-rules') return <p className="al-muted">{A.scoreVerdict(verdict)}</p>;
  return (
    <div className="al-calculator" data-testid="score-calculator">
      <p className="al-muted">{A.calculatorHelp}</p>
      <div className="al-calc-inputs">
        {attributes.map(([k, a], i) => (
          <span className="al-field" key={k}>
            <label htmlFor={`${base}-a${i}`}>{a.name}</label>
            <input
              id={`${base}-a${i}`}
              type="text"
              list={`${base}-l${i}`}
              value={attrs[k] ?? ''}
              aria-label={A.sampleAttribute(a.name)}
              onKeyDown={stopKeys}
              onChange={(e) => setAttrs((x) => ({ ...x, [k]: e.target.value }))}
            />
            <datalist id={`${base}-l${i}`}>
              {a.values.map((v) => (
                <option key={v} value={v} />
              ))}
            </datalist>
          </span>
        ))}
        {actions.map(([k, name], i) => (
          <span className="al-calc-action" key={k}>
            <label>
              <input
                type="checkbox"
                checked={did[k]?.done ?? false}
                aria-label={A.sampleDid(name)}
                onChange={(e) => setDid((x) => ({ ...x, [k]: { weeks: x[k]?.weeks ?? '', done: e.target.checked } }))}
              />{' '}
              {name}
            </label>
            <input
              id={`${base}-w${i}`}
              type="text"
              inputMode="decimal"
              className="al-weeks"
              placeholder="0"
              value={did[k]?.weeks ?? ''}
              aria-label={A.sampleWeeks(name)}
              disabled={!did[k]?.done}
              onKeyDown={stopKeys}
              onChange={(e) => setDid((x) => ({ ...x, [k]: { done: true, weeks: e.target.value } }))}
            />
            <span className="al-muted">{A.weeksAgo}</span>
          </span>
        ))}
      </div>
      <div className={`al-verdict ${verdict.kind}`} role="status" aria-live="polite" data-testid="score-result">
        <strong>{A.scoreVerdict(verdict)}</strong>
      </div>
      {result.lines.length > 0 && (
        <ul className="al-breakdown">
          {result.lines.map((l, i) => (
            <li key={`${l.ruleId}-${i}`}>{A.scoreLine(labelOf(l.kind, l.ruleId, l.label), l.points, l.basePoints, l.weeksAgo)}</li>
          ))}
        </ul>
      )}
      {problems.length > 0 && (
        <ul className="al-problems" role="alert">
          {problems.map((p, i) => (
            <li key={i}>{A.scoreProblem('ruleId' in p ? { ...p, label: labelOf(p.kind, p.ruleId, p.label) } : p)}</li>
          ))}
        </ul>
      )}
      <button
        type="button"
        onClick={() => {
          setAttrs({});
          setDid({});
        }}
      >
        {A.clearSample}
      </button>
    </div>
  );
}
