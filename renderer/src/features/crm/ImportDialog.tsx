/**
 * The CRM import, step by step: pick or drop a file; it is read in the worker with progress and
 * Cancel; a file Baton does not recognise gets a column mapping; then the preview says what
 * kind of export it is, its periods, the figures it will write (each into a KPI), the values it
 * does not know (to answer and read again), the rows with a problem, and that only totals are
 * kept. Nothing changes in the project until Confirm, which is one undo step.
 */
import { useEffect, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { importCrmReadings } from '../../document/actions/alignment';
import type { ProjectSnapshot } from '../../document/projection';
import {
  answerKey,
  validMapping,
  CRM_KINDS,
  FIELDS,
  KNOWN_REASONS,
  LADDERS,
  REQUIRED,
  type ColumnMapping,
  type CrmField,
  type CrmKind,
  type PeriodUnit,
  type ValueAnswers,
} from '../../domain/crm';
import { attributeColumns } from '../../domain/crmProperties';
import { fitText } from '../../domain/fitRules';
import { formatNumber, formatPercent } from '../../i18n/format';
import { thresholdText, TW } from '../../shared/trendText';
import { useProject, useProjectDoc } from '../../shared/ProjectContext';
import { SelectField } from '../../shared/fields';
import { Dialog } from '../../ui/Dialog';
import { report, showToast } from '../../ui/toasts';
import { openImport, type ImportSession } from './importClient';
import { closeCrmImport, importDialog } from './importStore';
import { headerKey, recall, remember, type Remembered } from './remembered';
import { funnelOf, funnelSteps, importInput, mapChoices, planImport, seriesId, type ImportPlan } from './plan';
import type { Imported, Sniffed } from './protocol';
import { C, fieldName, KIND_WORDS, problemSentence, REASON_WORDS, rowProblemSentence, RUNG_WORDS } from './strings';

type Step =
  | { readonly name: 'pick' }
  | { readonly name: 'reading'; readonly rows: number; readonly pct: number }
  | { readonly name: 'mapping'; readonly sniffed: Sniffed }
  | { readonly name: 'preview'; readonly sniffed: Sniffed; readonly mapping: ColumnMapping; readonly imported: Imported }
  | { readonly name: 'failed'; readonly message: string };

export function ImportLayer() {
  const open = useSyncExternalStore(importDialog.subscribe, () => importDialog.getState().open);
  return open ? <ImportDialog /> : null;
}

function ImportDialog() {
  const doc = useProjectDoc();
  const snapshot = useProject((s) => s);
  const [step, setStep] = useState<Step>({ name: 'pick' });
  const [file, setFile] = useState<File | null>(null);
  const [unit, setUnit] = useState<PeriodUnit>('month');
  const maps = useMemo(() => mapChoices(snapshot), [snapshot]);
  const [mapId, setMapId] = useState(maps[0]?.id ?? '');
  const [answers, setAnswers] = useState<ValueAnswers>({});
  const session = useRef<ImportSession | null>(null);
  const runId = useRef(0);
  const projectId = useProject((s) => s.info.projectId);
  const remembered = useRef<Remembered>({ answers: {}, mappings: {} });

  useEffect(() => () => session.current?.close(), []);
  useEffect(() => {
    void recall(projectId).then((r) => (remembered.current = r));
  }, [projectId]);

  const close = () => {
    session.current?.cancel();
    closeCrmImport();
  };

  async function run(sniffed: Sniffed, mapping: ColumnMapping, opts: { unit: PeriodUnit; mapId: string; answers: ValueAnswers }) {
    const s = session.current;
    if (!s) return;
    const my = ++runId.current;
    const funnel = funnelOf(snapshot, opts.mapId, mapping.kind);
    setStep({ name: 'reading', rows: 0, pct: 0 });
    const fitColumns = attributeColumns(sniffed.headers, funnel.handoffs.flatMap((h) => (h.fitRules ?? []).map((r) => r.attribute)));
    const r = await s.run({ mapping, unit: opts.unit, handoffs: funnel.handoffs, pairs: funnel.pairs, answers: opts.answers, fitColumns }, (bytes, total, rows) => {
      if (my === runId.current) setStep({ name: 'reading', rows, pct: total ? Math.floor((bytes / total) * 100) : 0 });
    });
    if (my !== runId.current) return;
    if (r.ok) setStep({ name: 'preview', sniffed, mapping, imported: r.value });
    else if ('cancelled' in r) {
      showToast(C.cancelled);
      setStep({ name: 'pick' });
    } else setStep({ name: 'failed', message: problemSentence(r.problem, sniffed.headers) });
  }

  async function choose(f: File) {
    session.current?.close();
    const s = openImport(f);
    session.current = s;
    setFile(f);
    const known = remembered.current.answers;
    setAnswers(known);
    setStep({ name: 'reading', rows: 0, pct: 0 });
    const sn = await s.sniff();
    if (session.current !== s) return;
    if (!sn.ok) {
      if ('cancelled' in sn) return setStep({ name: 'pick' });
      return setStep({ name: 'failed', message: problemSentence(sn.problem) });
    }
    const rec = sn.value.recognition;
    const again = remembered.current.mappings[headerKey(sn.value.headers)];
    if (rec.kind === 'recognised') await run(sn.value, rec.mapping, { unit, mapId, answers: known });
    else if (again && validMapping(again, sn.value.headers.length) !== 'bad-index' && (validMapping(again, sn.value.headers.length) as CrmField[]).length === 0)
      await run(sn.value, again, { unit, mapId, answers: known });
    else setStep({ name: 'mapping', sniffed: sn.value });
  }

  const rerun = (next: Partial<{ unit: PeriodUnit; mapId: string; answers: ValueAnswers }>) => {
    if (step.name !== 'preview') return;
    const o = { unit, mapId, answers, ...next };
    void run(step.sniffed, step.mapping, o);
  };

  return (
    <Dialog title={C.dialogTitle} onClose={close} className="crm-dialog" testId="crm-import">
      <p className="crm-privacy" data-testid="crm-privacy">
        <strong>{C.privacy}.</strong>
      </p>
      {step.name === 'pick' && <PickFile onFile={(f) => void choose(f)} />}
      {step.name === 'reading' && (
        <div className="crm-reading" role="status" aria-live="polite">
          <p>{C.reading(file?.name ?? '')}</p>
          <progress max={100} value={step.pct} aria-label={C.reading(file?.name ?? '')} />
          <p>{C.progress(step.rows, step.pct)}</p>
          <button type="button" onClick={() => session.current?.cancel()}>
            {C.cancel}
          </button>
        </div>
      )}
      {step.name === 'failed' && (
        <div>
          <p role="alert" className="al-problem-box" data-testid="crm-problem">
            {step.message}
          </p>
          <button type="button" onClick={() => setStep({ name: 'pick' })}>
            {C.back}
          </button>
        </div>
      )}
      {step.name === 'mapping' && <ColumnMappingStep sniffed={step.sniffed} onRead={(m) => void run(step.sniffed, m, { unit, mapId, answers })} onBack={() => setStep({ name: 'pick' })} />}
      {step.name === 'preview' && (
        <Preview
          key={`${unit}|${mapId}|${JSON.stringify(answers)}`}
          snapshot={snapshot}
          mapId={mapId}
          maps={maps}
          unit={unit}
          mapping={step.mapping}
          imported={step.imported}
          answers={answers}
          onUnit={(u) => {
            setUnit(u);
            rerun({ unit: u });
          }}
          onMap={(id) => {
            setMapId(id);
            rerun({ mapId: id });
          }}
          onAnswers={(a) => {
            setAnswers(a);
            rerun({ answers: a });
          }}
          onBack={() => setStep({ name: 'pick' })}
          onConfirm={(input) => {
            const r = importCrmReadings(doc, input);
            if (report(r) && r.ok) {
              void remember(projectId, answers, step.sniffed.recognition.kind === 'unknown' ? { [headerKey(step.sniffed.headers)]: step.mapping } : {});
              showToast(C.imported(r.value.readings, r.value.kpisAdded));
              close();
            }
          }}
        />
      )}
    </Dialog>
  );
}

function PickFile({ onFile }: { onFile: (f: File) => void }) {
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);
  return (
    <div
      className={`crm-drop${over ? ' over' : ''}`}
      aria-label={C.dropLabel}
      data-testid="crm-drop"
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(e) => {
        e.preventDefault();
        setOver(false);
        const f = e.dataTransfer.files[0];
        if (f) onFile(f);
      }}
    >
      <p>{C.intro}</p>
      <button type="button" className="primary" data-autofocus onClick={() => input.current?.click()}>
        {C.chooseFile}
      </button>{' '}
      <span className="al-muted">{C.dropHere}</span>
      <input
        ref={input}
        type="file"
        accept=".csv,.txt,.tsv,text/csv,text/plain"
        className="visually-hidden"
        aria-label={C.chooseFile}
        data-testid="crm-file"
        onChange={(e) => {
          const f = e.target.files?.[0];
          e.target.value = '';
          if (f) onFile(f);
        }}
      />
    </div>
  );
}

function ColumnMappingStep({ sniffed, onRead, onBack }: { sniffed: Sniffed; onRead: (m: ColumnMapping) => void; onBack: () => void }) {
  const [kind, setKind] = useState<CrmKind>('hubspot-contacts');
  const [cols, setCols] = useState<Partial<Record<CrmField, number>>>({});
  const missing = REQUIRED[kind].filter((f) => cols[f] === undefined);
  const options = [{ value: '', label: C.mappingNone }, ...sniffed.headers.map((h, i) => ({ value: String(i), label: h || `#${i + 1}` }))];
  const fields = FIELDS.filter((f) => REQUIRED[kind].includes(f) || ['owner', 'source', 'score', 'createDate', 'closeDate', 'amount'].includes(f));
  return (
    <section aria-labelledby="crm-mapping-title">
      <h3 id="crm-mapping-title">{C.mappingTitle}</h3>
      <p>{C.mappingHint}</p>
      <SelectField<CrmKind> value={kind} label={C.mappingKind} options={CRM_KINDS.map((k) => ({ value: k, label: KIND_WORDS[k] }))} onChange={setKind} />
      <div className="crm-mapping">
        {fields.map((f) => (
          <SelectField<string>
            key={f}
            value={cols[f] === undefined ? '' : String(cols[f])}
            label={C.mappingColumn(fieldName(kind, f))}
            options={options}
            onChange={(v) => setCols((c) => ({ ...c, [f]: v === '' ? undefined : Number(v) }))}
          />
        ))}
      </div>
      <table className="al-table crm-sample">
        <thead>
          <tr>
            {sniffed.headers.map((h, i) => (
              <th key={i} scope="col">
                {h}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {sniffed.sample.map((r, i) => (
            <tr key={i}>
              {sniffed.headers.map((_h, j) => (
                <td key={j}>{r[j] ?? ''}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      {missing.length > 0 && <p className="al-muted">{C.mappingMissing(missing.map((f) => fieldName(kind, f)).join(', '))}</p>}
      <div className="crm-actions">
        <button type="button" onClick={onBack}>
          {C.back}
        </button>
        <button
          type="button"
          className="primary"
          disabled={missing.length > 0}
          onClick={() => onRead({ kind, columns: Object.fromEntries(Object.entries(cols).filter(([, v]) => v !== undefined)) as ColumnMapping['columns'], rungDates: {} })}
        >
          {C.mappingNext}
        </button>
      </div>
    </section>
  );
}

function Preview(props: {
  snapshot: ProjectSnapshot;
  mapId: string;
  maps: readonly { id: string; title: string }[];
  unit: PeriodUnit;
  mapping: ColumnMapping;
  imported: Imported;
  answers: ValueAnswers;
  onUnit: (u: PeriodUnit) => void;
  onMap: (id: string) => void;
  onAnswers: (a: ValueAnswers) => void;
  onBack: () => void;
  onConfirm: (input: ReturnType<typeof importInput>) => void;
}) {
  const { imported, snapshot } = props;
  const agg = imported.aggregates;
  const kind = agg.kind;
  const plan: ImportPlan = useMemo(() => planImport(agg, funnelOf(snapshot, props.mapId, kind), snapshot), [agg, snapshot, props.mapId, kind]);
  const [on, setOn] = useState<Set<string>>(() => new Set(plan.series.filter((s) => s.on).map(seriesId)));
  const [draft, setDraft] = useState<ValueAnswers>(props.answers);
  const periods = agg.periods.map((p) => p.period);
  const reasonOptions = useMemo(() => {
    const own = Object.values(snapshot.handoffs)
      .filter((h) => h.mapId === props.mapId)
      .flatMap((h) => h.rejectionReasons.map((r) => ({ value: `reason:${r.id}`, label: C.meansReason(r.text) })));
    return [...KNOWN_REASONS.map((r) => ({ value: `reason:${r}`, label: C.meansReason(REASON_WORDS[r] ?? r) })), ...own];
  }, [snapshot, props.mapId]);
  const reasons = new Map<string, number>();
  for (const p of agg.periods) for (const [k, n] of Object.entries(p.reasons)) reasons.set(k, (reasons.get(k) ?? 0) + n);
  const reasonName = (k: string) => REASON_WORDS[k] ?? Object.values(snapshot.handoffs).flatMap((h) => h.rejectionReasons).find((r) => r.id === k)?.text ?? k;
  const unitSuffix = (u: string) => (u === '%' ? '%' : u === 'h' ? ' h' : '');
  return (
    <div className="crm-preview" data-testid="crm-preview">
      <p data-testid="crm-kind">
        <strong>{C.recognised(KIND_WORDS[kind])}</strong> {C.periods(periods[0] ?? '', periods[periods.length - 1] ?? '', periods.length)} {C.records(agg.records, agg.skipped)}
      </p>
      <div className="al-row">
        <SelectField<PeriodUnit>
          value={props.unit}
          label={C.periodUnit}
          options={[
            { value: 'month', label: C.month },
            { value: 'quarter', label: C.quarter },
          ]}
          onChange={props.onUnit}
          testId="crm-unit"
        />
        {props.maps.length > 1 && <SelectField<string> value={props.mapId} label={C.mapLabel} options={props.maps.map((m) => ({ value: m.id, label: m.title }))} onChange={props.onMap} />}
      </div>

      {imported.unknown.length > 0 && (
        <section aria-labelledby="crm-unknown-title" className="crm-unknown" data-testid="crm-unknown">
          <h3 id="crm-unknown-title">{C.unknownTitle}</h3>
          <p className="al-muted">{C.unknownHint}</p>
          <ul>
            {imported.unknown.map((u) => {
              const key = answerKey(u.field, u.value);
              return (
                <li key={key}>
                  <span>{C.unknownValue(u.value, u.count)}</span>{' '}
                  <SelectField<string>
                    value={draft[key] ?? 'ignore'}
                    label={C.meansLabel(u.value)}
                    hideLabel
                    options={[{ value: 'ignore', label: C.meansIgnore }, ...LADDERS[kind].map((r) => ({ value: r, label: C.meansRung(RUNG_WORDS[r]) })), ...reasonOptions]}
                    onChange={(v) => setDraft((d) => ({ ...d, [key]: v as ValueAnswers[string] }))}
                  />
                </li>
              );
            })}
          </ul>
          {imported.otherUnknown > 0 && <p className="al-muted">{C.unknownOther(imported.otherUnknown)}</p>}
          <button type="button" onClick={() => props.onAnswers(draft)}>
            {C.apply}
          </button>
        </section>
      )}

      <section aria-labelledby="crm-figures-title">
        <h3 id="crm-figures-title">{C.figuresTitle}</h3>
        <p className="al-muted">{C.figuresHint}</p>
        {plan.series.length === 0 && <p className="al-problem-box">{C.noFigures}</p>}
        <ul className="crm-figures">
          {plan.series.map((s) => {
            const id = seriesId(s);
            return (
              <li key={id} data-testid="crm-figure" data-series={s.key}>
                <label>
                  <input
                    type="checkbox"
                    checked={on.has(id)}
                    onChange={(e) =>
                      setOn((prev) => {
                        const next = new Set(prev);
                        if (e.target.checked) next.add(id);
                        else next.delete(id);
                        return next;
                      })
                    }
                  />{' '}
                  <span className="crm-figure-name">{s.name}</span> <span className="al-muted">({s.kpiId ? C.figureExisting : C.figureNew})</span>
                </label>
                <span className="crm-figure-values">
                  {s.points.map((p) => (
                    <span key={p.period} className="crm-figure-value" data-period={p.period} data-value={p.value}>
                      {p.period}: {formatNumber(p.value)}
                      {unitSuffix(s.unit)}
                    </span>
                  ))}
                </span>
              </li>
            );
          })}
        </ul>
        {plan.funnelActuals.length > 0 && (
          <p data-testid="crm-funnel">
            {C.funnelTitle}:{' '}
            {plan.funnelActuals
              .map((f) => `${funnelSteps(snapshot).find((x) => x.id === f.stepId)?.name ?? ''} ${formatPercent(f.actualPct)}`)
              .join(' · ')}
          </p>
        )}
      </section>

      {reasons.size > 0 && (
        <section aria-labelledby="crm-reasons-title">
          <h3 id="crm-reasons-title">{C.reasonsTitle}</h3>
          <ul>
            {[...reasons].map(([k, n]) => (
              <li key={k}>{C.reasonCount(reasonName(k), n)}</li>
            ))}
          </ul>
        </section>
      )}

      {agg.periods.some((p) => p.scoring.length) && (
        <section aria-labelledby="crm-scoring-title">
          <h3 id="crm-scoring-title">{TW.thresholdTitle}</h3>
          {[...new Map(agg.periods.flatMap((p) => p.scoring.map((sc) => [sc.handoffId, sc.source] as const)))].map(([hid, source]) => {
            const h = snapshot.handoffs[hid];
            const name = h?.name || hid;
            if (source === 'crm' || !h) return <p key={hid} className="al-muted" data-testid="crm-scored-by">{C.scoredByCrm(name)}</p>;
            const cols = attributeColumns(imported.headers, h.fitRules.map((r) => r.attribute));
            const used = [...new Set(h.fitRules.map((r) => r.attribute.trim()).filter((a) => cols[fitText(a)] !== undefined))];
            return (
              <p key={hid} className="al-muted" data-testid="crm-scored-by">
                {C.scoredByRules(name, used.map((a) => (fitText(a) === fitText(imported.headers[cols[fitText(a)]!]!) ? a : `${a} (${imported.headers[cols[fitText(a)]!]})`)))}
              </p>
            );
          })}
          <ul>
            {agg.periods.flatMap((p) =>
              p.scoring.map((sc) => (
                <li key={`${p.period}-${sc.handoffId}`}>
                  {thresholdText({ period: p.period, above: sc.above, aboveConverted: sc.aboveConverted, below: sc.below, belowConverted: sc.belowConverted }, sc.threshold)}
                </li>
              )),
            )}
          </ul>
        </section>
      )}

      {agg.problemCount > 0 && (
        <section aria-labelledby="crm-rows-title" data-testid="crm-row-problems">
          <h3 id="crm-rows-title">{C.rowProblemsTitle}</h3>
          <ul>
            {agg.problems.map((p, i) => (
              <li key={i}>{rowProblemSentence(p, imported.headers, kind)}</li>
            ))}
          </ul>
          {agg.problemCount > agg.problems.length && <p className="al-muted">{C.moreProblems(agg.problemCount - agg.problems.length)}</p>}
        </section>
      )}

      <div className="crm-actions">
        <button type="button" onClick={props.onBack}>
          {C.back}
        </button>
        <button type="button" className="primary" data-testid="crm-confirm" disabled={on.size === 0 && plan.funnelActuals.length === 0} onClick={() => props.onConfirm(importInput(plan, on, Date.now()))}>
          {C.confirm}
        </button>
      </div>
    </div>
  );
}
