/**
 * Small pieces of the workshop for the phone view of a live session (features/live mounts
 * them): the current agenda item with its timer, and the open dot vote as a list of cards to
 * put dots on. Both read the shared document and the device's identity (document/identity.ts:
 * set it to the participant when a phone joins, or these show the facilitator's view).
 */
import { memo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { castVote, retractVote } from '../../document/actions/workshop/votes';
import { currentItem, isOverTime } from '../../domain/workshop/timer';
import { dotsLeft, isCardHidden, visibleVotes } from '../../domain/workshop/votes';
import { report } from '../../ui/toasts';
import { useProject, useProjectDoc } from '../../shared/ProjectContext';
import { Countdown } from './Agenda';
import { shownRoundOf, tallyFor, useAgenda, useIdentity, useNow, useRunningSession } from './hooks';
import { W } from './strings';

/** The agenda item the room is on and its countdown; nothing when no session runs. */
export function CurrentAgendaItem() {
  const session = useRunningSession();
  const items = useAgenda(session?.id);
  const item = currentItem(items);
  const now = useNow(item?.state === 'running', 1000);
  if (!session) return <p className="meta">{W.noRunningSession}</p>;
  if (!item)
    return (
      <p className="meta" dir="auto">
        {session.title}
      </p>
    );
  return (
    <section
      className={`current-item ${isOverTime(item, now) ? 'over' : ''}`}
      aria-label={W.nowRunning}
      data-testid="current-agenda-item"
    >
      <p className="meta">{W.nowRunning}</p>
      <p className="current-item-title" dir="auto">
        {item.title}
      </p>
      <Countdown item={item} className="current-item-clock" />
    </section>
  );
}

/**
 * The open vote of a map (the first map with one when `mapId` is not given), as a list: each
 * card with its dots and buttons to add or take back one. Only for a participant identity.
 */
export function PhoneVoting({ mapId }: { mapId?: string }) {
  const me = useIdentity();
  const round = useProject((s) => {
    const maps = mapId ? [mapId] : Object.keys(s.maps);
    for (const m of maps) {
      const r = shownRoundOf(s, m);
      if (r && r.status === 'open') return r;
    }
    return undefined;
  });
  const order = useProject(
    useShallow((s) => {
      if (!round) return [];
      return tallyFor(s, round).order.filter(
        (id) => s.cards[id] && !isCardHidden(s.cards[id]!, s.voteRounds, me),
      );
    }),
  );
  const left = useProject((s) =>
    round && me.role === 'participant'
      ? dotsLeft(tallyFor(s, round).tally, me.participantId, round.dots)
      : 0,
  );
  if (!round) return <p className="meta">{W.phoneNoVote}</p>;
  if (me.role !== 'participant') return <p className="meta">{W.phoneNotParticipant}</p>;
  return (
    <section className="phone-voting" aria-labelledby="phone-vote-title" data-testid="phone-voting">
      <h2 id="phone-vote-title">{W.phoneVoteTitle}</h2>
      <p className="meta">{W.yourDotsLeft(left)}</p>
      <ul className="phone-vote-list">
        {order.map((id) => (
          <PhoneVoteRow
            key={id}
            cardId={id}
            roundId={round.id}
            participantId={me.participantId}
            left={left}
          />
        ))}
      </ul>
    </section>
  );
}

const PhoneVoteRow = memo(function PhoneVoteRow(props: {
  cardId: string;
  roundId: string;
  participantId: string;
  left: number;
}) {
  const doc = useProjectDoc();
  const me = useIdentity();
  const view = useProject(
    useShallow((s) => {
      const round = s.voteRounds[props.roundId];
      const card = s.cards[props.cardId];
      if (!round || !card) return null;
      const { tally } = tallyFor(s, round);
      const seen = visibleVotes(round, tally.counted, me).filter(
        (v) => v.cardId === props.cardId,
      ).length;
      const mine = tally.counted.filter(
        (v) => v.cardId === props.cardId && v.participantId === props.participantId,
      ).length;
      return { text: card.text, seen, mine };
    }),
  );
  if (!view) return null;
  return (
    <li className="phone-vote-row">
      <span className="phone-vote-text" dir="auto">
        {view.text}
      </span>
      <span className="vote-dots" aria-label={W.dotsOn(view.seen)}>
        <span aria-hidden>{'●'.repeat(Math.min(view.seen, 8))}</span> {view.seen}
      </span>
      <button
        type="button"
        aria-label={W.removeDot(view.text)}
        disabled={view.mine === 0}
        onClick={() => report(retractVote(doc, props.roundId, props.participantId, props.cardId))}
      >
        −
      </button>
      <button
        type="button"
        aria-label={W.addDot(view.text, props.left)}
        disabled={props.left <= 0}
        onClick={() => report(castVote(doc, props.roundId, props.participantId, props.cardId))}
      >
        +
      </button>
    </li>
  );
});
