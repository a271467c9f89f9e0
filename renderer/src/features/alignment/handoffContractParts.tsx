/** The parts of a handoff contract: where it sits, its lists, its scoring rules, its terms. */
import type { ReactNode } from 'react';
import { moveHandoff, removeHandoffItem, updateHandoffItem, type HandoffList } from '../../document/actions/alignment';
import { glossaryMatcher } from '../../domain/glossaryMatch';
import { type Handoff } from '../../domain/types';
import { report } from '../../ui/toasts';
import { useProjectDoc } from '../../shared/ProjectContext';
import { NumberField, SelectField, TextField } from '../../shared/fields';
import { useGlossary } from './hooks';
import { TermChip } from './MapBadges';
import { A } from './strings';

export function Placement({ handoff: h, mapId, stages, placedOk }: { handoff: Handoff; mapId: string; stages: readonly { id: string; name: string }[]; placedOk: boolean }) {
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

export function ItemList({ handoff, list, label, fresh }: { handoff: Handoff; list: 'criteria' | 'rejectionReasons'; label: (n: number) => string; fresh: string | null }) {
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
  readonly field: 'action' | 'points' | 'decayPerWeek';
  readonly header: () => string;
  readonly kind: 'text' | 'number';
}
export const ENGAGEMENT_COLUMNS: readonly RuleColumn[] = [
  { field: 'action', header: () => A.action, kind: 'text' },
  { field: 'points', header: () => A.points, kind: 'number' },
  { field: 'decayPerWeek', header: () => A.decay, kind: 'number' },
];

/**
 * The engagement rules of a contract (fit rules have their own: FitRuleTable.tsx) as a table: a row per rule, a field per
 * column, each saved by its own action; the first field of a new row takes the focus.
 */
export function RuleTable({
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
    <RuleTableFrame
      testId={list === 'fitRules' ? 'fit-rules' : 'engagement-rules'}
      headings={columns.map((c) => ({ key: c.field, label: c.header(), className: c.kind === 'number' ? 'al-rule-number' : undefined }))}
    >
      {rules.map((r, i) => {
        const ruleId = String(r.id);
        return (
          <RuleRow key={ruleId} handoffId={handoff.id} list={list} itemId={ruleId} what={rowLabel(i + 1)}>
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
          </RuleRow>
        );
      })}
    </RuleTableFrame>
  );
}

/** A heading of a rule table; number columns share the class that gives them one width. */
export interface RuleHeading {
  readonly key: string;
  readonly label: string;
  readonly className?: string;
}

/**
 * A scoring rule table's frame, the one both rule tables draw (fit rules: FitRuleTable.tsx;
 * engagement rules: RuleTable): its headings, then a narrow unlabelled column where each row's
 * remove button sits; the rows are RuleRows.
 */
export function RuleTableFrame({
  className,
  testId,
  headings,
  children,
}: {
  className?: string;
  testId: string;
  headings: readonly RuleHeading[];
  children: ReactNode;
}) {
  return (
    <table className={className ? `al-rules ${className}` : 'al-rules'} data-testid={testId}>
      <thead>
        <tr>
          {headings.map((h) => (
            <th key={h.key} scope="col" className={h.className}>
              {h.label}
            </th>
          ))}
          <th scope="col" className="al-rule-remove">
            <span className="visually-hidden">{A.removeItem('')}</span>
          </th>
        </tr>
      </thead>
      <tbody>{children}</tbody>
    </table>
  );
}

/** A rule's row in a RuleTableFrame: its cells, then its remove button in the narrow last column. */
export function RuleRow({ handoffId, list, itemId, what, children }: { handoffId: string; list: HandoffList; itemId: string; what: string; children: ReactNode }) {
  return (
    <tr>
      {children}
      <td className="al-rule-remove">
        <RemoveItem handoffId={handoffId} list={list} itemId={itemId} what={what} />
      </td>
    </tr>
  );
}

export function RemoveItem({ handoffId, list, itemId, what }: { handoffId: string; list: HandoffList; itemId: string; what: string }) {
  const doc = useProjectDoc();
  return (
    <button type="button" className="icon-button" aria-label={A.removeItem(what)} title={A.removeItem(what)} onClick={() => report(removeHandoffItem(doc, handoffId, list, itemId))}>
      ✕
    </button>
  );
}

/** The glossary terms the contract's texts use, each with its definition on focus or hover. */
export function ContractTerms({ handoff: h }: { handoff: Handoff }) {
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

