/**
 * The presenter view: a second window for the projector (#/p/<project>/workshop/present). It
 * follows the facilitator through the document, kept in step by the tab sync: the current
 * agenda item and its timer, what comes next, and the stage in focus with its cards. Large
 * type and the projector theme (ui/theme: forced while the view is open), without the app's
 * header and sidebar (the `presenting` class on the root element).
 */
import { useEffect } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { sortByOrder } from '../../domain/ordering';
import { currentItem, formatClock, isOverTime, nextItem, remainingMs } from '../../domain/workshop/timer';
import { useProject } from '../../shared/ProjectContext';
import { useAgenda, useIdentity, useNow, useRunningSession } from './hooks';
import { isCardHidden } from '../../domain/workshop/votes';
import { W } from './strings';
import { VoteResults } from './MapWorkshopStrip';
import type { VoteRound } from '../../domain/workshop/records';
import { forceTheme } from '../../ui/theme/theme';

export function PresenterView() {
  const title = useProject((s) => s.info.title);
  const session = useRunningSession();
  useEffect(() => {
    const root = document.documentElement;
    root.classList.add('presenting');
    const release = forceTheme('projector');
    return () => {
      release();
      root.classList.remove('presenting');
    };
  }, []);
  useEffect(() => {
    document.title = `${W.presenter} — ${title}`;
  }, [title]);
  return (
    <div className="presenter" data-testid="presenter">
      <header className="presenter-top">
        <span className="presenter-project" dir="auto">
          {title}
          {session && ` · ${session.title}`}
        </span>
        <span className="row">
          <button
            type="button"
            onClick={() =>
              void document.documentElement.requestFullscreen?.().catch(() => undefined)
            }
          >
            {W.fullScreen}
          </button>
          <button type="button" onClick={() => (window.opener ? window.close() : history.back())}>
            {W.exitPresenter}
          </button>
        </span>
      </header>
      {session ? (
        <>
          <PresenterTimer sessionId={session.id} />
          <div className="presenter-body">
            <FocusStage mapId={session.focusMapId} stageId={session.focusStageId} />
            <PresenterVote sessionId={session.id} />
          </div>
        </>
      ) : (
        <p className="presenter-waiting">{W.presenterWaiting}</p>
      )}
    </div>
  );
}

function PresenterTimer({ sessionId }: { sessionId: string }) {
  const items = useAgenda(sessionId);
  const item = currentItem(items);
  const next = nextItem(items);
  const now = useNow(item?.state === 'running');
  const over = item ? isOverTime(item, now) : false;
  return (
    <section className={`presenter-now ${over ? 'over' : ''}`} aria-label={W.nowRunning}>
      {item ? (
        <>
          <p className="presenter-label">{W.nowRunning}</p>
          <h1 className="presenter-item" dir="auto" data-testid="presenter-item">
            {item.title}
          </h1>
          <p className="presenter-clock" role="timer" data-testid="presenter-clock">
            {formatClock(remainingMs(item, now))}
            {item.state === 'paused' && <span className="presenter-paused"> {W.paused}</span>}
          </p>
          {over && <p className="presenter-over">{W.timeUp(item.title)}</p>}
        </>
      ) : (
        <p className="presenter-waiting">{W.sessionStatus.running}</p>
      )}
      {next && (
        <p className="presenter-next" dir="auto">
          {W.upNext}: {next.title}
        </p>
      )}
    </section>
  );
}

function FocusStage({ mapId, stageId }: { mapId: string; stageId: string }) {
  const stage = useProject((s) => (stageId ? s.stages[stageId] : undefined));
  const me = useIdentity();
  const lanes = useProject(
    useShallow((s) =>
      sortByOrder(Object.values(s.lanes).filter((l) => l.mapId === mapId && l.kind !== 'emotion')),
    ),
  );
  const cards = useProject(
    useShallow((s) =>
      sortByOrder(
        Object.values(s.cards).filter(
          (c) => c.stageId === stageId && !isCardHidden(c, s.voteRounds, me),
        ),
      ),
    ),
  );
  if (!stage) return <p className="presenter-hint">{W.noFocus}</p>;
  return (
    <section
      className="presenter-stage"
      aria-labelledby="presenter-stage-name"
      data-testid="presenter-stage"
    >
      <h2 id="presenter-stage-name" dir="auto">
        {stage.name}
      </h2>
      {stage.description && (
        <p className="presenter-description" dir="auto">
          {stage.description}
        </p>
      )}
      <div className="presenter-lanes">
        {lanes
          .filter((l) => cards.some((c) => c.laneId === l.id))
          .map((l) => (
            <section key={l.id} className="presenter-lane">
              <h3 dir="auto">{l.name}</h3>
              <ul>
                {cards
                  .filter((c) => c.laneId === l.id)
                  .map((c) => (
                    <li key={c.id} dir="auto">
                      {c.text}
                    </li>
                  ))}
              </ul>
            </section>
          ))}
      </div>
    </section>
  );
}

/** The session's current vote (the open one, else the latest closed one), its results large. */
function PresenterVote({ sessionId }: { sessionId: string }) {
  const round = useProject((s) => {
    let best: VoteRound | undefined;
    for (const r of Object.values(s.voteRounds)) {
      if (r.sessionId !== sessionId || r.archived) continue;
      if (!best || (r.status === 'open' && best.status !== 'open') || (r.status === best.status && r.createdAt > best.createdAt)) best = r;
    }
    return best;
  });
  const lanes = useProject(useShallow((s) => (round?.laneIds ?? []).map((id) => s.lanes[id]?.name ?? '').filter(Boolean)));
  if (!round) return null;
  return (
    <section className="presenter-results" aria-labelledby="presenter-results-title" data-testid="presenter-results">
      <h2 id="presenter-results-title">{round.status === 'open' ? W.presenterVoteOpen(lanes.join(', ')) : W.presenterVoteResults(lanes.join(', '))}</h2>
      <VoteResults round={round} />
    </section>
  );
}
