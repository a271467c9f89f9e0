import { useMemo, useState } from 'react';
import { restoreRecords } from '../../document/file/restore';
import { undo } from '../../document/history';
import { readSnapshot, type ProjectSnapshot } from '../../document/projection';
import { cleanText } from '../../domain/limits';
import { sortByOrder } from '../../domain/ordering';
import type { SnapshotRow } from '../../storage/db';
import {
  deleteSnapshot,
  getSnapshot,
  listSnapshots,
  putSnapshotBack,
  snapshotDoc,
  takeSnapshot,
} from '../../storage/snapshots';
import { useLiveQuery } from '../../storage/useLiveQuery';
import { S } from '../../strings';
import { navigate } from '../../ui/router';
import { showToast } from '../../ui/toasts';
import { useProject, useProjectDoc } from '../../shared/ProjectContext';
import { HS } from './strings';

const LABEL_MAX = 120;
const timeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const errorText = (err: unknown) => String((err as Error)?.message ?? err).slice(0, 200);

/** The version history of the open project: save, list, preview, restore, delete. */
export function HistorySection({ itemId }: { itemId?: string }) {
  const doc = useProjectDoc();
  const projectId = useProject((s) => s.info.projectId);
  const versions = useLiveQuery(() => listSnapshots(projectId), [projectId]);
  const [label, setLabel] = useState('');

  const save = async (e: React.FormEvent) => {
    e.preventDefault();
    const c = cleanText(label, LABEL_MAX, { singleLine: true });
    const name = c.ok ? c.value : HS.defaultLabel;
    try {
      await takeSnapshot(projectId, doc, name);
      setLabel('');
      showToast(HS.saved(name));
    } catch (err) {
      showToast(S.storageFailed(errorText(err)), { tone: 'error' });
    }
  };

  const restore = async (row: SnapshotRow) => {
    const old = snapshotDoc(row);
    if (!old) return showToast(HS.unreadable, { tone: 'error' });
    try {
      // A version of the present first, so the way back outlives this window's undo.
      const safety = await takeSnapshot(projectId, doc, HS.beforeRestore(row.label));
      const writes = restoreRecords(doc, old);
      if (!writes) {
        await deleteSnapshot(safety.id);
        return showToast(HS.alreadyThere);
      }
      showToast(HS.restored(row.label), { action: { label: S.undoAction, run: () => undo(doc) } });
    } catch (err) {
      showToast(S.storageFailed(errorText(err)), { tone: 'error' });
    } finally {
      old.destroy();
    }
  };

  const remove = async (row: SnapshotRow) => {
    await deleteSnapshot(row.id);
    if (itemId === row.id) navigate({ name: 'project', projectId, section: 'history' });
    showToast(HS.deleted(row.label), { action: { label: S.undoAction, run: () => void putSnapshotBack(row) } });
  };

  return (
    <section className="history" aria-label={HS.sectionLabel}>
      <h2>{HS.sectionLabel}</h2>
      <p className="history-intro">{HS.intro}</p>
      <form className="history-save" onSubmit={save}>
        <label>
          {HS.labelField}
          <input value={label} onChange={(e) => setLabel(e.target.value)} placeholder={HS.labelPlaceholder} maxLength={LABEL_MAX * 2} />
        </label>
        <button type="submit" className="primary">
          {HS.saveVersion}
        </button>
      </form>
      {itemId && <VersionPreview id={itemId} onRestore={(row) => void restore(row)} />}
      {versions && versions.length === 0 && <p className="empty-state">{HS.noVersions}</p>}
      {versions && versions.length > 0 && (
        <ul className="version-list" aria-label={HS.versions}>
          {versions.map((v) => (
            <li key={v.id} data-testid="version" className={v.id === itemId ? 'active' : undefined}>
              <time dateTime={new Date(v.at).toISOString()}>{timeFormat.format(v.at)}</time>
              <span className="version-label" dir="auto">
                {v.label}
              </span>
              <span className="version-actions">
                <a href={`#/p/${projectId}/history/${v.id}`} aria-label={HS.previewOf(v.label)}>
                  {HS.preview}
                </a>
                <button type="button" aria-label={HS.restoreOf(v.label)} onClick={() => void restore(v)}>
                  {HS.restore}
                </button>
                <button type="button" className="danger" aria-label={HS.deleteOf(v.label)} onClick={() => void remove(v)}>
                  {HS.delete}
                </button>
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** A read-only look at a version: each map as a table of stages, lanes and card texts. */
function VersionPreview({ id, onRestore }: { id: string; onRestore: (row: SnapshotRow) => void }) {
  const projectId = useProject((s) => s.info.projectId);
  const row = useLiveQuery(() => getSnapshot(id).then((r) => r ?? null), [id]);
  const snapshot = useMemo(() => {
    if (!row) return undefined;
    const d = snapshotDoc(row);
    if (!d) return null;
    const s = readSnapshot(d);
    d.destroy();
    return s;
  }, [row]);
  if (row === undefined) return null;
  const close = () => navigate({ name: 'project', projectId, section: 'history' });
  return (
    <section className="version-preview" aria-label={row ? HS.previewOf(row.label) : HS.missing}>
      {!row ? (
        <p role="alert">{HS.missing}</p>
      ) : (
        <>
          <div className="row spread">
            <h3 dir="auto">{HS.previewTitle(row.label, timeFormat.format(row.at))}</h3>
            <span className="row">
              <button type="button" onClick={() => onRestore(row)}>
                {HS.restoreThis}
              </button>
              <button type="button" onClick={close}>
                {HS.closePreview}
              </button>
            </span>
          </div>
          <p className="history-intro">{HS.previewNote}</p>
          {snapshot === null ? <p role="alert">{HS.unreadable}</p> : snapshot && <SnapshotTables snapshot={snapshot} />}
        </>
      )}
    </section>
  );
}

function SnapshotTables({ snapshot }: { snapshot: ProjectSnapshot }) {
  const maps = sortByOrder(Object.values(snapshot.maps));
  if (!maps.length) return <p className="empty-state">{HS.noMapsThen}</p>;
  return (
    <>
      {maps.map((m) => {
        const stages = sortByOrder(Object.values(snapshot.stages).filter((s) => s.mapId === m.id));
        const lanes = sortByOrder(Object.values(snapshot.lanes).filter((l) => l.mapId === m.id));
        const cards = sortByOrder(Object.values(snapshot.cards).filter((c) => c.mapId === m.id));
        const emotions = Object.values(snapshot.emotions).filter((e) => e.mapId === m.id);
        return (
          <div key={m.id} className="version-map">
            <h4 dir="auto">{m.title}</h4>
            {/* Wide maps scroll sideways; focusable so the keyboard can scroll it too. */}
            <div className="version-table-wrap" tabIndex={0} role="region" aria-label={HS.mapTableLabel(m.title)}>
              <table className="version-table" data-testid="version-map">
                <thead>
                  <tr>
                    <th scope="col">{HS.laneHeader}</th>
                    {stages.map((s) => (
                      <th key={s.id} scope="col" dir="auto">
                        {s.name}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {lanes.map((l) => (
                    <tr key={l.id}>
                      <th scope="row" dir="auto">
                        {l.name}
                      </th>
                      {stages.map((s) => {
                        if (l.kind === 'emotion') {
                          const e = emotions.find((x) => x.laneId === l.id && x.stageId === s.id);
                          return <td key={s.id}>{e ? S.emotionValue(e.score) : HS.emptyCell}</td>;
                        }
                        const here = cards.filter((c) => c.laneId === l.id && c.stageId === s.id);
                        return (
                          <td key={s.id}>
                            {here.length ? (
                              <ul>
                                {here.map((c) => (
                                  <li key={c.id} dir="auto" data-testid="version-card">
                                    {c.text}
                                  </li>
                                ))}
                              </ul>
                            ) : (
                              HS.emptyCell
                            )}
                          </td>
                        );
                      })}
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </div>
        );
      })}
    </>
  );
}
