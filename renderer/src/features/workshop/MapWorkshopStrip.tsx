/**
 * The workshop strip above the journey map: who is at the keyboard (the participant switcher
 * of a shared machine), the dot vote (start, dots left, reveal, close, results) and the
 * facilitator's locks. Shows nothing when no session runs and nothing is voted or locked.
 */
import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { setLock } from '../../document/actions/workshop/locks';
import { archiveVoteRound, closeVoteRound, reopenVoteRound, revealVoteRound, startVoteRound } from '../../document/actions/workshop/votes';
import { setIdentity, FACILITATOR } from '../../document/identity';
import { sortByOrder } from '../../domain/ordering';
import { lockId } from '../../domain/workshop/locks';
import type { VoteRound } from '../../domain/workshop/records';
import { dotsLeft, isCardHidden, visibleVotes } from '../../domain/workshop/votes';
import { Menu } from '../../ui/Menu';
import { report, showToast } from '../../ui/toasts';
import { useProject, useProjectDoc } from '../../shared/ProjectContext';
import { runningSessionOf, shownRoundOf, tallyFor, useIdentity, useParticipants } from './hooks';
import { W } from './strings';
import { ActionPrompt } from './ActionPrompt';
import { addActionItem } from '../../document/actions/workshop/actions';
import { actionFromCard } from '../../domain/workshop/actionSentence';

export function MapWorkshopStrip({ mapId }: { mapId: string }) {
  const running = useProject(runningSessionOf);
  const round = useProject((s) => shownRoundOf(s, mapId));
  const hasLocks = useProject((s) => Object.values(s.locks).some((l) => l.mapId === mapId));
  if (!running && !round && !hasLocks) return null;
  const sessionId = round?.sessionId ?? running?.id ?? '';
  return (
    <div
      className="workshop-strip"
      role="region"
      aria-label={W.section}
      data-testid="workshop-strip"
    >
      {sessionId && (running || round?.status === 'open') && (
        <ParticipantSwitcher sessionId={sessionId} />
      )}
      {round ? (
        <VoteControls round={round} />
      ) : running ? (
        <StartVote mapId={mapId} sessionId={running.id} />
      ) : null}
      <Locks mapId={mapId} />
    </div>
  );
}

function ParticipantSwitcher({ sessionId }: { sessionId: string }) {
  const projectId = useProject((s) => s.info.projectId);
  const people = useParticipants(sessionId);
  const me = useIdentity();
  return (
    <label className="inline-label switcher">
      {W.whoAmI}
      <select
        data-testid="participant-switcher"
        value={me.role === 'participant' ? me.participantId : ''}
        onChange={(e) =>
          setIdentity(
            projectId,
            e.target.value ? { role: 'participant', participantId: e.target.value } : FACILITATOR,
          )
        }
      >
        <option value="">{W.facilitator}</option>
        {people.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
    </label>
  );
}

function StartVote({ mapId, sessionId }: { mapId: string; sessionId: string }) {
  const doc = useProjectDoc();
  const me = useIdentity();
  const lanes = useProject(
    useShallow((s) =>
      sortByOrder(Object.values(s.lanes).filter((l) => l.mapId === mapId && l.kind !== 'emotion')),
    ),
  );
  const [open, setOpen] = useState(false);
  const [chosen, setChosen] = useState<string[] | null>(null);
  const [dots, setDots] = useState(3);
  const [priv, setPriv] = useState(false);
  if (me.role !== 'facilitator') return null;
  const picked = chosen ?? lanes.filter((l) => l.kind === 'pains').map((l) => l.id);
  if (!open) {
    return (
      <button type="button" onClick={() => setOpen(true)}>
        ● {W.startVote}
      </button>
    );
  }
  return (
    <form
      className="vote-setup"
      aria-label={W.startVote}
      onSubmit={(e) => {
        e.preventDefault();
        if (report(startVoteRound(doc, { sessionId, mapId, laneIds: picked, dots, private: priv })))
          setOpen(false);
      }}
    >
      <fieldset>
        <legend>{W.voteLanes}</legend>
        {lanes.map((l) => (
          <label key={l.id} className="check">
            <input
              type="checkbox"
              checked={picked.includes(l.id)}
              onChange={(e) =>
                setChosen(e.target.checked ? [...picked, l.id] : picked.filter((x) => x !== l.id))
              }
            />
            {l.name}
          </label>
        ))}
      </fieldset>
      <label className="inline-label">
        {W.dotsPerParticipant}
        <input
          type="number"
          min={1}
          max={20}
          value={dots}
          onChange={(e) => setDots(Number(e.target.value) || 1)}
          className="minutes-input"
        />
      </label>
      <label className="check">
        <input type="checkbox" checked={priv} onChange={(e) => setPriv(e.target.checked)} />
        {W.privateMode}
      </label>
      <button type="submit" className="primary">
        {W.beginVote}
      </button>
      <button type="button" onClick={() => setOpen(false)}>
        ×<span className="visually-hidden"> {W.startVote}</span>
      </button>
    </form>
  );
}

function VoteControls({ round }: { round: VoteRound }) {
  const doc = useProjectDoc();
  const me = useIdentity();
  const [showResults, setShowResults] = useState(false);
  const laneNames = useProject(
    useShallow((s) => round.laneIds.map((id) => s.lanes[id]?.name ?? '').filter(Boolean)),
  );
  const left = useProject((s) =>
    me.role === 'participant'
      ? dotsLeft(tallyFor(s, round).tally, me.participantId, round.dots)
      : -1,
  );
  const facilitator = me.role === 'facilitator';
  const results = (
    <button type="button" aria-expanded={showResults} onClick={() => setShowResults((v) => !v)}>
      {W.results}
    </button>
  );
  if (round.status === 'closed') {
    // A closed vote folds into one small chip: the results and the facilitator's next steps
    // open from it, the map keeps its height.
    return (
      <div className="vote-controls vote-chip" data-testid="vote-controls" data-state="closed">
        <span className="vote-summary">{W.voteClosedChip(laneNames.join(', '))}</span>
        {results}
        {showResults && (
          <>
            {facilitator && (
              <>
                <button type="button" onClick={() => report(reopenVoteRound(doc, round.id))}>
                  {W.reopenVote}
                </button>
                <button type="button" onClick={() => report(archiveVoteRound(doc, round.id))}>
                  {W.clearDots}
                </button>
              </>
            )}
            <VoteResults round={round} withActions />
          </>
        )}
      </div>
    );
  }
  return (
    <div className="vote-controls" data-testid="vote-controls" data-state="open">
      <span className="vote-summary">
        {W.votingOn(laneNames.join(', '), round.dots, round.private && !round.revealed)}
      </span>
      <VoterStep round={round} />
      {left >= 0 && (
        <span className="dots-left" data-testid="dots-left">
          {W.yourDotsLeft(left)}
        </span>
      )}
      {facilitator && round.private && !round.revealed && (
        <button
          type="button"
          className="primary"
          onClick={() => report(revealVoteRound(doc, round.id)) && showToast(W.revealed)}
        >
          {W.reveal}
        </button>
      )}
      {facilitator && (
        <button type="button" onClick={() => report(closeVoteRound(doc, round.id))}>
          {W.closeVote}
        </button>
      )}
      {results}
      {showResults && <VoteResults round={round} withActions />}
    </div>
  );
}

/**
 * Pass-the-laptop voting: who votes now, one button per participant (with the dots they have
 * left), and the next voter one click away once the current one has placed every dot. The
 * facilitator runs the vote and places no dots of their own: a sentence says so, and how to vote
 * anyway (take a seat as a participant).
 */
function VoterStep({ round }: { round: VoteRound }) {
  const projectId = useProject((s) => s.info.projectId);
  const people = useParticipants(round.sessionId);
  const me = useIdentity();
  const lefts = useProject(
    useShallow((s) => {
      const { tally } = tallyFor(s, round);
      return people.map((p) => dotsLeft(tally, p.id, round.dots));
    }),
  );
  if (people.length === 0) return <span className="meta">{W.needParticipants}</span>;
  const current = me.role === 'participant' ? people.findIndex((p) => p.id === me.participantId) : -1;
  const pick = (id: string) => setIdentity(projectId, { role: 'participant', participantId: id });
  // The next voter: the first one after the current with dots left (wrapping round).
  const order = people.map((_, i) => (current + 1 + i) % people.length);
  const nextIndex = order.find((i) => i !== current && (lefts[i] ?? 0) > 0);
  const next = nextIndex === undefined ? undefined : people[nextIndex];
  const done = current >= 0 && (lefts[current] ?? 0) <= 0;
  return (
    <div className="voter-step" role="group" aria-label={W.whoIsVoting} data-testid="voter-step">
      <span className="voter-title">{W.whoIsVoting}</span>
      {people.map((p, i) => (
        <button
          key={p.id}
          type="button"
          aria-pressed={i === current}
          data-testid="voter"
          aria-label={W.voterLabel(p.name, lefts[i] ?? 0)}
          title={W.voterLabel(p.name, lefts[i] ?? 0)}
          onClick={() => pick(p.id)}
        >
          {W.voterButton(p.name, lefts[i] ?? 0)}
        </button>
      ))}
      {current >= 0 && next && (
        <button type="button" className={done ? 'primary' : undefined} data-testid="next-voter" onClick={() => pick(next.id)}>
          {W.nextVoter(next.name)}
        </button>
      )}
      {current >= 0 && (
        <button type="button" onClick={() => setIdentity(projectId, FACILITATOR)}>
          {W.backToFacilitator}
        </button>
      )}
      {current < 0 && <span className="meta" data-testid="facilitator-no-dots">{W.facilitatorNoDots}</span>}
    </div>
  );
}

/**
 * The ranked results, as far as the current identity may see them; `withActions` (the map's
 * strip, not the presenter view) lets the facilitator make a voted card an action.
 */
export function VoteResults({ round, withActions = false }: { round: VoteRound; withActions?: boolean }) {
  const me = useIdentity();
  const flat = useProject(
    useShallow((s) => {
      const { tally, order } = tallyFor(s, round);
      const seen = visibleVotes(round, tally.counted, me);
      const count = new Map<string, number>();
      for (const v of seen) count.set(v.cardId, (count.get(v.cardId) ?? 0) + 1);
      const pos = new Map(order.map((id, i) => [id, i]));
      const rows = [...count.entries()]
        .sort((a, b) => b[1] - a[1] || (pos.get(a[0]) ?? 0) - (pos.get(b[0]) ?? 0))
        .map(([cardId, dots]) => `${cardId}|${dots}|${s.cards[cardId]?.text ?? ''}`);
      const hidden = Object.values(s.cards).filter(
        (c) => c.privateRoundId === round.id && isCardHidden(c, s.voteRounds, me),
      ).length;
      // A flat list of strings, so the shallow comparison sees when nothing changed.
      return [String(tally.counted.length), String(hidden), ...rows];
    }),
  );
  const data = { cast: Number(flat[0]), hidden: Number(flat[1]), rows: flat.slice(2) };
  const withheld = round.private && !round.revealed;
  let rank = 0;
  let prev = -1;
  return (
    <section className="vote-results" aria-label={W.results} data-testid="vote-results">
      {withheld && me.role === 'facilitator' && <p className="meta">{W.resultsHidden}</p>}
      <p className="meta">
        {W.dotsCast(data.cast)}
        {data.hidden > 0 && ` · ${W.hiddenCards(data.hidden)}`}
      </p>
      {data.rows.length === 0 ? (
        !withheld && <p className="meta">{W.noVotesYet}</p>
      ) : (
        <ol className="results-list">
          {data.rows.map((row, i) => {
            const [id, dotsText, ...rest] = row.split('|');
            const dots = Number(dotsText);
            if (dots !== prev) rank = i + 1;
            prev = dots;
            return (
              <li key={id} data-testid="result-row">
                <span data-testid="result-line">{W.rankLine(rank, rest.join('|'), dots)}</span>
                {withActions && me.role === 'facilitator' && !withheld && id && (
                  <ResultAction cardId={id} text={rest.join('|')} sessionId={round.sessionId} />
                )}
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}

/** A voted card becomes an action through the prompt; once it is one, the row says so. */
function ResultAction({ cardId, text, sessionId }: { cardId: string; text: string; sessionId: string }) {
  const doc = useProjectDoc();
  const [open, setOpen] = useState(false);
  const made = useProject((s) => Object.values(s.actionItems).some((a) => a.cardId === cardId));
  const isPain = useProject((s) => s.lanes[s.cards[cardId]?.laneId ?? '']?.kind === 'pains');
  if (made) return <span className="done-note"> ✓ {W.alreadyAction}</span>;
  return (
    <>
      {' '}
      <button
        type="button"
        aria-expanded={open}
        aria-label={W.makeActionOf(text || W.emptyCard)}
        onClick={() => setOpen((v) => !v)}
      >
        {W.makeAction}
      </button>
      {open && (
        <ActionPrompt
          initialTitle={actionFromCard(text, isPain)}
          label={W.makeActionOf(text || W.emptyCard)}
          onSubmit={(draft) => {
            const ok = report(addActionItem(doc, { ...draft, sessionId, cardId }));
            if (ok) setOpen(false);
            return ok;
          }}
          onCancel={() => setOpen(false)}
        />
      )}
    </>
  );
}

function Locks({ mapId }: { mapId: string }) {
  const doc = useProjectDoc();
  const me = useIdentity();
  const stages = useProject(
    useShallow((s) => sortByOrder(Object.values(s.stages).filter((x) => x.mapId === mapId))),
  );
  const lanes = useProject(
    useShallow((s) => sortByOrder(Object.values(s.lanes).filter((x) => x.mapId === mapId))),
  );
  const locks = useProject(
    useShallow((s) => Object.values(s.locks).filter((l) => l.mapId === mapId)),
  );
  const has = (scope: 'map' | 'stage' | 'lane', id: string) =>
    locks.some((l) => l.id === lockId(scope, id));
  const nameOf = (scope: string, id: string) =>
    scope === 'map'
      ? W.wholeMap
      : scope === 'stage'
        ? (stages.find((x) => x.id === id)?.name ?? '')
        : (lanes.find((x) => x.id === id)?.name ?? '');
  const facilitator = me.role === 'facilitator';
  return (
    <div className="lock-controls">
      {locks.map((l) => (
        <span key={l.id} className="lock-chip" data-testid="lock-chip">
          {W.lockedChip(nameOf(l.scope, l.targetId))}
          {facilitator && (
            <button
              type="button"
              className="icon-button"
              aria-label={W.unlock(nameOf(l.scope, l.targetId))}
              onClick={() => report(setLock(doc, l.scope, l.targetId, false))}
            >
              ×
            </button>
          )}
        </span>
      ))}
      {facilitator && (
        <Menu
          label={W.lockMenu}
          icon={W.locks}
          items={[
            has('map', mapId)
              ? { label: W.unlockMap, run: () => report(setLock(doc, 'map', mapId, false)) }
              : { label: W.lockMap, run: () => report(setLock(doc, 'map', mapId, true)) },
            ...lanes
              .filter((l) => !has('lane', l.id))
              .map((l) => ({
                label: W.lockLane(l.name),
                run: () => report(setLock(doc, 'lane', l.id, true)),
              })),
            ...stages
              .filter((s) => !has('stage', s.id))
              .map((s) => ({
                label: W.lockStage(s.name),
                run: () => report(setLock(doc, 'stage', s.id, true)),
              })),
          ]}
        />
      )}
    </div>
  );
}
