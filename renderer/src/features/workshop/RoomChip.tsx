/**
 * Room mode's chip: the agenda item and its countdown, small, in the room bar (the header with
 * its timer widget folds away in room mode). Pause and resume stay one press away; the rest of
 * the timer's controls are in the header once room mode is left.
 */
import { useCallback, useMemo } from 'react';
import type { LanesInPlay } from '../../canvas/slots';
import { followStage } from '../../document/actions/workshop/sessions';
import { pauseAgendaItem, resumeAgendaItem } from '../../document/actions/workshop/timers';
import { currentItem, formatClock, isOverTime, remainingMs } from '../../domain/workshop/timer';
import { report } from '../../ui/toasts';
import { useProject, useProjectDoc } from '../../shared/ProjectContext';
import { runningSessionOf, shownRoundOf, useAgenda, useIdentity, useNow, useRunningSession } from './hooks';
import { W } from './strings';

export function RoomChip(_props: { mapId: string }) {
  const doc = useProjectDoc();
  const session = useRunningSession();
  const item = currentItem(useAgenda(session?.id));
  const now = useNow(item?.state === 'running');
  if (!session || !item) return null;
  const over = isOverTime(item, now);
  const running = item.state === 'running';
  const toggle = running ? W.pauseItem(item.title) : W.resumeItem(item.title);
  return (
    <div className={`room-chip${over ? ' over' : ''}`} role="group" aria-label={W.timerWidget} data-testid="room-chip">
      <span className="room-chip-title" dir="auto">
        {item.title}
      </span>
      <span className="room-chip-clock" role="timer" aria-live="off">
        {over ? '⚠ ' : ''}
        {formatClock(remainingMs(item, now))}
        {!running && <span className="visually-hidden"> ({W.paused})</span>}
      </span>
      <button
        type="button"
        className="icon-button"
        aria-label={toggle}
        title={toggle}
        onClick={() => report(running ? pauseAgendaItem(doc, item.id) : resumeAgendaItem(doc, item.id))}
      >
        {running ? '❚❚' : '▶'}
      </button>
    </div>
  );
}

/** The stage the room is on: the running session's focused stage, when it is on this map. */
export function useRoomFocusStage(mapId: string): string | null {
  return useProject((s) => {
    const running = runningSessionOf(s);
    return running && running.focusMapId === mapId && running.focusStageId ? running.focusStageId : null;
  });
}

/**
 * The facilitator steps through the map (next and previous stage): while a session runs, the
 * stage they step to is the one in focus, and the presenter view and the phones follow. Not
 * while a participant has the keyboard (passing the laptop to vote), and never an undo step.
 */
export function useFollowRoomStage(mapId: string): ((stageId: string) => void) | null {
  const doc = useProjectDoc();
  const sessionId = useProject((s) => runningSessionOf(s)?.id ?? '');
  const facilitator = useIdentity().role === 'facilitator';
  const follow = useCallback((stageId: string) => void followStage(doc, sessionId, mapId, stageId), [doc, sessionId, mapId]);
  return sessionId && facilitator ? follow : null;
}

/** The lanes the room is voting on: the open vote's on this map (canvas slot useLanesInPlay). */
export function useOpenVoteLanes(mapId: string): LanesInPlay | null {
  const key = useProject((s) => {
    const round = shownRoundOf(s, mapId);
    return round && round.status === 'open' ? `${round.id}|${round.laneIds.join(',')}` : '';
  });
  return useMemo(() => (key ? { key, laneIds: key.split('|')[1]!.split(',') } : null), [key]);
}
