/**
 * The presenter view: a second window for the projector (#/p/<project>/workshop/present). It
 * follows the facilitator through the document, kept in step by the tab sync: the current
 * agenda item and its timer, what comes next, the stage in focus with its cards (the main
 * window's next and previous stage move it), the current vote's results and, while the agenda
 * is on the questionnaire, the alignment score. Large type and the projector theme (ui/theme:
 * forced while the view is open), without the app's header and sidebar (the `presenting` class
 * on the root element). It fits its window at any size: the stage and the panels beside it
 * shrink their type until they fit (useFitToBox), nothing below the fold.
 */
import { useEffect, useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { sortByOrder } from '../../domain/ordering';
import { currentItem, formatClock, isOverTime, nextItem, remainingMs } from '../../domain/workshop/timer';
import { projectScore } from '../../domain/workshop/score';
import { pctText } from '../../shared/briefingText';
import { useProject } from '../../shared/ProjectContext';
import { useAgenda, useIdentity, useNow, useRunningSession } from './hooks';
import { isCardHidden } from '../../domain/workshop/votes';
import { W } from './strings';
import { VoteResults } from './MapWorkshopStrip';
import { useScoreSource } from './Questionnaire';
import type { AgendaItem, VoteRound } from '../../domain/workshop/records';
import type { ProjectSnapshot } from '../../document/projection';
import { forceTheme } from '../../ui/theme/theme';
import { useFitToBox } from './useFitToBox';

export function PresenterView() {
  const title = useProject((s) => s.info.title);
  const session = useRunningSession();
  const item = currentItem(useAgenda(session?.id));
  const round = useProject((s) => (session ? presenterRound(s, session.id, item) : undefined));
  const scoreShown = item?.link === 'questionnaire';
  const focused = !!session?.focusStageId;
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
  const panels = (focused ? 1 : 0) + (round ? 1 : 0) + (scoreShown ? 1 : 0);
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
          {/* With something to show below, the timer keeps to one row. */}
          <PresenterTimer sessionId={session.id} compact={panels > 0} />
          <div className="presenter-body" data-panels={panels}>
            {focused || !panels ? <FocusStage mapId={session.focusMapId} stageId={session.focusStageId} /> : null}
            {round && <PresenterVote round={round} />}
            {scoreShown && <PresenterScore sessionId={session.id} />}
          </div>
        </>
      ) : (
        <p className="presenter-waiting">{W.presenterWaiting}</p>
      )}
    </div>
  );
}

/**
 * The vote the room is on: the session's open round, else its latest closed one while it is
 * the agenda's business (the current item is a vote, none runs, or the vote was started during
 * the current item). Once the agenda moves on, the results leave the screen to the stage.
 */
export function presenterRound(s: ProjectSnapshot, sessionId: string, item: AgendaItem | undefined): VoteRound | undefined {
  let best: VoteRound | undefined;
  for (const r of Object.values(s.voteRounds)) {
    if (r.sessionId !== sessionId || r.archived) continue;
    if (!best || (r.status === 'open' && best.status !== 'open') || (r.status === best.status && r.createdAt > best.createdAt)) best = r;
  }
  if (!best || best.status === 'open') return best;
  if (!item || item.link === 'vote' || (item.startedAt !== null && best.createdAt >= item.startedAt)) return best;
  return undefined;
}

function PresenterTimer({ sessionId, compact }: { sessionId: string; compact: boolean }) {
  const items = useAgenda(sessionId);
  const item = currentItem(items);
  const next = nextItem(items);
  const now = useNow(item?.state === 'running');
  const over = item ? isOverTime(item, now) : false;
  return (
    <section className={`presenter-now${over ? ' over' : ''}${compact ? ' compact' : ''}`} aria-label={W.nowRunning}>
      {item ? (
        <>
          <div className="presenter-now-text">
            <p className="presenter-label">{W.nowRunning}</p>
            <h1 className="presenter-item" dir="auto" data-testid="presenter-item">
              {item.title}
            </h1>
            {next && (
              <p className="presenter-next" dir="auto">
                {W.upNext}: {next.title}
              </p>
            )}
          </div>
          <p className="presenter-clock" role="timer" data-testid="presenter-clock">
            {formatClock(remainingMs(item, now))}
            {item.state === 'paused' && <span className="presenter-paused"> {W.paused}</span>}
          </p>
          {over && <p className="presenter-over">{W.timeUp(item.title)}</p>}
        </>
      ) : (
        <>
          <p className="presenter-waiting">{W.sessionStatus.running}</p>
          {next && (
            <p className="presenter-next" dir="auto">
              {W.upNext}: {next.title}
            </p>
          )}
        </>
      )}
    </section>
  );
}

function FocusStage({ mapId, stageId }: { mapId: string; stageId: string }) {
  const stage = useProject((s) => (stageId ? s.stages[stageId] : undefined));
  const me = useIdentity();
  const box = useFitToBox();
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
      ref={box}
      className="presenter-stage presenter-fit"
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

/** The current vote's results, large, numbered once (VoteResults, as on the map's strip). */
function PresenterVote({ round }: { round: VoteRound }) {
  const box = useFitToBox();
  const lanes = useProject(useShallow((s) => round.laneIds.map((id) => s.lanes[id]?.name ?? '').filter(Boolean)));
  return (
    <section ref={box} className="presenter-results presenter-fit" aria-labelledby="presenter-results-title" data-testid="presenter-results">
      <h2 id="presenter-results-title">{round.status === 'open' ? W.presenterVoteOpen(lanes.join(', ')) : W.presenterVoteResults(lanes.join(', '))}</h2>
      <VoteResults round={round} />
    </section>
  );
}

/** The session's alignment score while the agenda is on the questionnaire: the same figures as the questionnaire's panel. */
function PresenterScore({ sessionId }: { sessionId: string }) {
  const box = useFitToBox();
  const source = useScoreSource();
  const score = useMemo(() => projectScore(source, sessionId), [source, sessionId]);
  const rows = [...score.sections.map((s) => ({ key: s.set.id, title: s.set.title, score: s.score })), { key: 'overall', title: W.overall, score: score.overall }];
  return (
    <section ref={box} className="presenter-score presenter-fit" aria-labelledby="presenter-score-title" data-testid="presenter-score">
      <h2 id="presenter-score-title">{W.presenterScore}</h2>
      {score.overall.answered === 0 ? (
        <p className="presenter-hint">{W.presenterScoreNone}</p>
      ) : (
        <>
          <p className="presenter-score-overall" data-testid="presenter-score-overall">
            {pctText(score.overall.pct)}
          </p>
          <ul className="presenter-score-lines">
            {rows.map((r) => (
              <li key={r.key} className={r.key === 'overall' ? 'overall' : undefined} data-testid="presenter-score-line" dir="auto">
                {W.scoreLine(r.title, pctText(r.score.pct), r.score.answered, r.score.total)}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
