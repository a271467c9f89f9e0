/**
 * Adding a handoff is a decision, never one stray click (issue 23 item 8): a small dialog asks
 * between which stages it sits and which teams it passes the lead between (preselected: the
 * stage under the cursor, the owners of the two stages), then adds it, opens its contract and
 * offers Undo.
 */
import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { addHandoff, defaultSides } from '../../document/actions/alignment/handoffs';
import { undo } from '../../document/history';
import { sortByOrder } from '../../domain/ordering';
import { useTeams } from '../../shared/fields';
import { useProject, useProjectDoc } from '../../shared/ProjectContext';
import { S } from '../../strings';
import { Dialog } from '../../ui/Dialog';
import { report, showToast } from '../../ui/toasts';
import { openHandoffPanel } from './alignmentUi';
import { A } from './strings';
import './handoff-dialog.css';

/** Adds a handoff, opens its contract and says so with Undo: every way of adding one ends here. */
export function addHandoffAndOpen(
  doc: Parameters<typeof addHandoff>[0],
  placement: Parameters<typeof addHandoff>[1],
  sides: Parameters<typeof addHandoff>[2],
  where: string,
): boolean {
  const r = addHandoff(doc, placement, sides);
  if (!report(r) || !r.ok) return false;
  openHandoffPanel(r.value);
  showToast(A.handoffAdded(where), { action: { label: S.undoAction, run: () => undo(doc) } });
  return true;
}

export function HandoffDialog({
  mapId,
  afterStageId,
  onClose,
}: {
  mapId: string;
  afterStageId: string | null;
  onClose: () => void;
}) {
  const doc = useProjectDoc();
  const teams = useTeams();
  const stages = useProject(useShallow((s) => sortByOrder(Object.values(s.stages).filter((x) => x.mapId === mapId))));
  const pairs = stages.slice(0, -1).map((st, i) => ({ id: st.id, label: A.betweenStages(st.name, stages[i + 1]!.name) }));
  const [after, setAfter] = useState(afterStageId && pairs.some((p) => p.id === afterStageId) ? afterStageId : (pairs[0]?.id ?? ''));
  const suggested = useMemo(() => defaultSides(doc, { mapId, afterStageId: after }), [doc, mapId, after]);
  const [from, setFrom] = useState<string | null>(null);
  const [to, setTo] = useState<string | null>(null);
  const fromId = from ?? suggested?.from ?? '';
  const toId = to ?? suggested?.to ?? '';
  const same = fromId !== '' && fromId === toId;
  const where = pairs.find((p) => p.id === after)?.label ?? '';
  const teamSelect = (label: string, value: string, set: (v: string) => void) => (
    <label>
      {label}
      <select value={value} onChange={(e) => set(e.target.value)}>
        {teams.map((t) => (
          <option key={t.id} value={t.id}>
            {t.name}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <Dialog title={A.addHandoffTitle} onClose={onClose} testId="add-handoff-dialog" className="handoff-dialog">
      <form
        className="handoff-dialog-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (same) return;
          const names = `${teams.find((t) => t.id === fromId)?.name ?? ''} → ${teams.find((t) => t.id === toId)?.name ?? ''}, ${where}`;
          if (addHandoffAndOpen(doc, { mapId, afterStageId: after }, { fromTeamId: fromId, toTeamId: toId }, names)) onClose();
        }}
      >
        <p className="meta">{A.addHandoffHelp}</p>
        <label>
          {A.betweenWhich}
          <select value={after} onChange={(e) => setAfter(e.target.value)} data-autofocus>
            {pairs.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </select>
        </label>
        <div className="handoff-dialog-teams">
          {teamSelect(A.fromTeam, fromId, setFrom)}
          <span aria-hidden className="handoff-dialog-arrow">→</span>
          {teamSelect(A.toTeam, toId, setTo)}
        </div>
        {same && (
          <p role="alert" className="handoff-dialog-warn">
            {A.handoffSameTeamHint}
          </p>
        )}
        <div className="row">
          <button type="submit" className="primary" disabled={same || !after}>
            {A.addHandoff}
          </button>
          <button type="button" onClick={onClose}>
            {S.cancel}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
