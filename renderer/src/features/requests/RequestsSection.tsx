/**
 * The "Content requests" section: the ask form, the rule in words, filters, the board or the
 * list, and the open request's panel beside them (route #/p/<project>/requests/<request>).
 */
import { useStore } from 'zustand';
import { filterRequests, REQUEST_STATUSES, type RequestStatus } from '../../domain/requests';
import { showToast } from '../../ui/toasts';
import { useOpenProject } from '../../shared/ProjectContext';
import { HistoryButtons, historyKeys } from '../../shared/HistoryButtons';
import { AskForm } from './AskForm';
import { Board } from './Board';
import { exportRequestsCsv } from './csv';
import { PersonaSelect, StageSelect, TeamSelect } from './fields';
import { requestsUi, useRequests, useRule, useToday } from './hooks';
import { RequestDetail } from './RequestDetail';
import { RequestList } from './RequestList';
import { RulePanel } from './RulePanel';
import { RQ, statusLabel } from './strings';

/** The "Content requests" section (registered in module.ts, fetched when opened). */
export function RequestsScreen({ itemId }: { itemId?: string }) {
  const { store, doc } = useOpenProject();
  const all = useRequests();
  const rule = useRule();
  const today = useToday();
  const view = useStore(requestsUi, (s) => s.view);
  const filter = useStore(requestsUi, (s) => s.filter);
  const shown = filterRequests(all, filter);
  const setFilter = (patch: Partial<typeof filter>) => requestsUi.setState((s) => ({ filter: { ...s.filter, ...patch } }));
  return (
    <section className="rq-screen" aria-labelledby="rq-heading" onKeyDown={historyKeys(doc)}>
      <div className="toolbar rq-toolbar">
        <h2 id="rq-heading" className="screen-heading">
          {RQ.section}
        </h2>
        <HistoryButtons />
        <div className="rq-views" role="group" aria-label={RQ.views}>
          {(['board', 'list'] as const).map((v) => (
            <button key={v} type="button" aria-pressed={view === v} onClick={() => requestsUi.setState({ view: v })}>
              {v === 'board' ? RQ.board : RQ.list}
            </button>
          ))}
        </div>
        <button
          type="button"
          className="push-right"
          disabled={all.length === 0}
          onClick={() =>
            void exportRequestsCsv(store.getState()).then(
              (m) => m && showToast(m),
              (err: unknown) => showToast(String((err as Error)?.message ?? err), { tone: 'error' }),
            )
          }
        >
          {RQ.exportCsv}
        </button>
      </div>
      <p className="hint rq-intro">{RQ.intro}</p>
      <div className={`rq-body${itemId ? ' with-detail' : ''}`}>
        <div className="rq-main">
          <AskForm />
          <fieldset className="rq-filters">
            <legend>{RQ.filters}</legend>
            <StageSelect value={filter.stageId ?? ''} onChange={(v) => setFilter({ stageId: v })} emptyLabel={RQ.anyStage} />
            <PersonaSelect value={filter.personaId ?? ''} onChange={(v) => setFilter({ personaId: v })} emptyLabel={RQ.anyPersona} />
            <TeamSelect value={filter.teamId ?? ''} onChange={(v) => setFilter({ teamId: v })} emptyLabel={RQ.anyTeam} label={RQ.team} />
            <label className="rq-field">
              <span>{RQ.status}</span>
              <select value={filter.status ?? ''} aria-label={RQ.status} onChange={(e) => setFilter({ status: e.target.value as RequestStatus | '' })}>
                <option value="">{RQ.anyStatus}</option>
                {REQUEST_STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {statusLabel(s)}
                  </option>
                ))}
              </select>
            </label>
            <span className="meta" aria-live="polite">
              {RQ.count(shown.length)}
            </span>
          </fieldset>
          {all.length === 0 ? (
            <p className="empty-state">{RQ.noRequests}</p>
          ) : shown.length === 0 ? (
            <p className="empty-state">{RQ.noMatch}</p>
          ) : null}
          {shown.length > 0 &&
            (view === 'board' ? (
              <Board requests={shown} rule={rule} today={today} selectedId={itemId} />
            ) : (
              <RequestList requests={shown} rule={rule} today={today} selectedId={itemId} />
            ))}
          <RulePanel rule={rule} />
        </div>
        {itemId && <RequestDetail requestId={itemId} rule={rule} today={today} />}
      </div>
    </section>
  );
}
