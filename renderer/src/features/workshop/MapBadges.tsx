/**
 * The workshop on the journey map's nodes: a card's dots (and its rank once the results are
 * out), with buttons to add or take back a dot; a stage's lock and "Focus this stage". Each
 * selects only primitives for its own record, so a vote re-renders only the cards it touches.
 */
import { useStore as useFlow } from '@xyflow/react';
import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { setLock } from '../../document/actions/workshop/locks';
import { setFocusStage } from '../../document/actions/workshop/sessions';
import { castVote, retractVote } from '../../document/actions/workshop/votes';
import { lockId } from '../../domain/workshop/locks';
import { dotsLeft, visibleVotes } from '../../domain/workshop/votes';
import { report } from '../../ui/toasts';
import { useProject, useProjectDoc } from '../../shared/ProjectContext';
import { runningSessionOf, shownRoundOf, tallyFor, useIdentity } from './hooks';
import { W } from './strings';

const stop = (e: React.SyntheticEvent) => e.stopPropagation();
/**
 * A dot button's press stays with the button: React Flow never sees it, so voting never selects
 * the card, opens its edit toolbar or starts a drag.
 */
const keep = {
  onPointerDown: stop,
  onMouseDown: stop,
  onClick: stop,
  onDoubleClick: stop,
  onKeyDown: stop,
} as const;

export const CardVotes = memo(function CardVotes({ cardId }: { cardId: string }) {
  const doc = useProjectDoc();
  const me = useIdentity();
  const view = useProject(
    useShallow((s) => {
      const card = s.cards[cardId];
      if (!card) return null;
      const round = shownRoundOf(s, card.mapId);
      if (!round || !round.laneIds.includes(card.laneId)) return null;
      const { tally } = tallyFor(s, round);
      const seen = visibleVotes(round, tally.counted, me);
      const dots = seen.filter((v) => v.cardId === cardId).length;
      const mine =
        me.role === 'participant'
          ? tally.counted.filter((v) => v.cardId === cardId && v.participantId === me.participantId)
              .length
          : 0;
      const resultsOut = round.status === 'closed' && (!round.private || round.revealed);
      return {
        roundId: round.id,
        open: round.status === 'open',
        dots,
        mine,
        left: me.role === 'participant' ? dotsLeft(tally, me.participantId, round.dots) : 0,
        rank: resultsOut ? (tally.ranked.find((r) => r.cardId === cardId)?.rank ?? 0) : 0,
        text: card.text,
      };
    }),
  );
  const voter = me.role === 'participant' ? me.participantId : '';
  const voting = !!view?.open && !!voter;
  // While voting, a dot button is at least 36 px on screen at any zoom (sized against the view's
  // zoom, in steps so a pan never re-renders), and keeps that size: the room clicks fast.
  const target = useFlow((s) => (voting ? Math.min(64, Math.max(40, Math.ceil(36 / s.transform[2] / 4) * 4)) : 0));
  if (!view) return null;
  return (
    <div
      className={`card-votes nodrag nopan${voting ? ' voting' : ''}`}
      style={voting ? ({ '--dot-target': `${target}px` } as React.CSSProperties) : undefined}
      data-testid="card-votes"
      {...keep}
    >
      {view.rank > 0 && <span className="vote-rank">#{view.rank}</span>}
      <span className="vote-dots" data-testid="vote-count" aria-label={W.dotsOn(view.dots)}>
        <span aria-hidden>{'●'.repeat(Math.min(view.dots, 8))}</span> {view.dots}
      </span>
      {view.open && voter && (
        <>
          {/* Always there (hidden until a dot is placed): the "+" never moves after the first dot. */}
          <button
            type="button"
            className="vote-button"
            aria-label={W.removeDot(view.text)}
            title={W.removeDot(view.text)}
            disabled={view.mine <= 0}
            style={view.mine > 0 ? undefined : { visibility: 'hidden' }}
            onClick={() => report(retractVote(doc, view.roundId, voter, cardId))}
          >
            −
          </button>
          <button
            type="button"
            className="vote-button"
            aria-label={W.addDot(view.text, view.left)}
            title={W.addDot(view.text, view.left)}
            disabled={view.left <= 0}
            onClick={() => report(castVote(doc, view.roundId, voter, cardId))}
          >
            +
          </button>
        </>
      )}
    </div>
  );
});

export const StageWorkshopBadges = memo(function StageWorkshopBadges({
  stageId,
  mapId,
}: {
  stageId: string;
  mapId: string;
}) {
  const doc = useProjectDoc();
  const me = useIdentity();
  const view = useProject(
    useShallow((s) => {
      const running = runningSessionOf(s);
      return {
        sessionId: running?.id ?? '',
        focused: !!running && running.focusStageId === stageId,
        locked: !!s.locks[lockId('stage', stageId)],
        name: s.stages[stageId]?.name ?? '',
      };
    }),
  );
  const facilitator = me.role === 'facilitator';
  if (!view.sessionId && !view.locked) return null;
  return (
    <div className="stage-workshop nodrag nopan" onDoubleClick={stop} onKeyDown={stop}>
      {view.locked &&
        (facilitator ? (
          <button
            type="button"
            className="badge-button"
            aria-label={W.unlock(view.name)}
            title={W.unlock(view.name)}
            onClick={() => report(setLock(doc, 'stage', stageId, false))}
          >
            {W.lockedShort}
          </button>
        ) : (
          <span className="badge" role="img" aria-label={W.lockedChip(view.name)}>
            {W.lockedShort}
          </span>
        ))}
      {view.sessionId && facilitator && (
        <button
          type="button"
          className={`badge-button ${view.focused ? 'focused' : ''}`}
          aria-pressed={view.focused}
          onClick={() => report(setFocusStage(doc, view.sessionId, mapId, stageId))}
        >
          {view.focused ? `◉ ${W.focused}` : `◎ ${W.focusStage}`}
        </button>
      )}
    </div>
  );
});
