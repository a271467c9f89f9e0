/**
 * The workshop's parts of the leadership report: two summary blocks ("Top-voted pains",
 * "Open actions") and a "Workshop" section (sessions, the alignment score, decisions, the
 * parking lot and every action item). Registered with one line each in
 * features/report/reportSections.tsx.
 */
import type { ProjectSnapshot } from '../../document/projection';
import type { ActionItem, VoteRound } from '../../domain/workshop/records';
import { actionGap } from '../../domain/workshop/actionGaps';
import { projectSessionScores, scoreChange } from '../../domain/workshop/score';
import { sessionsNewestFirst } from '../../domain/workshop/sessions';
import { ReportSheet, type ReportSection, type SummaryEntry } from '../../shared/report';
import { tallyFor } from './hooks';
import { ScoreChart } from './ScoreChart';
import { formatDay } from './SessionList';
import { W } from './strings';
import { pctText } from '../../shared/briefingText';

const TOP = 5;

/** The latest vote whose results are out (closed or revealed, not private-and-hidden) on a pain-points lane. */
function latestPainRound(s: ProjectSnapshot): VoteRound | undefined {
  return Object.values(s.voteRounds)
    .filter(
      (r) => (!r.private || r.revealed) && r.laneIds.some((id) => s.lanes[id]?.kind === 'pains'),
    )
    .sort((a, b) => b.createdAt - a.createdAt)[0];
}

export function topVotedPains(
  s: ProjectSnapshot,
): { text: string; stage: string; dots: number; rank: number }[] {
  const round = latestPainRound(s);
  if (!round) return [];
  return tallyFor(s, round)
    .tally.ranked.filter((r) => s.lanes[s.cards[r.cardId]?.laneId ?? '']?.kind === 'pains')
    .slice(0, TOP)
    .map((r) => ({
      text: s.cards[r.cardId]?.text ?? '',
      stage: s.stages[s.cards[r.cardId]?.stageId ?? '']?.name ?? '',
      dots: r.dots,
      rank: r.rank,
    }));
}

const openActions = (s: ProjectSnapshot) =>
  Object.values(s.actionItems)
    .filter((a) => a.status === 'open')
    .sort(
      (a, b) =>
        (a.dueDate || '9999').localeCompare(b.dueDate || '9999') || a.createdAt - b.createdAt,
    );

function ActionTable({
  snapshot: s,
  actions,
}: {
  snapshot: ProjectSnapshot;
  actions: readonly ActionItem[];
}) {
  const teamIds = new Set(Object.keys(s.teams));
  return (
    <table className="rp-table">
      <thead>
        <tr>
          <th scope="col">{W.actionTitle}</th>
          <th scope="col">{W.owner}</th>
          <th scope="col">{W.team}</th>
          <th scope="col">{W.dueDate}</th>
        </tr>
      </thead>
      <tbody>
        {actions.map((a) => {
          // The one rule for what an action still lacks (domain/workshop/actionGaps): said in words.
          const gap = actionGap(a, teamIds);
          return (
            <tr key={a.id} data-testid="report-action">
              <td dir="auto">
                {a.status === 'done' ? '✓ ' : ''}
                {a.title}
              </td>
              <td dir="auto">
                {gap.noOwner ? <strong className="rp-flag">{W.noOwnerYet}</strong> : a.owner || (a.status === 'done' && !s.teams[a.teamId] ? <span className="rp-muted">{W.nobodyNamed}</span> : '—')}
              </td>
              <td>{s.teams[a.teamId]?.name ?? '—'}</td>
              {/* A done action needs no date any more: it says it is done rather than a row of dashes. */}
              <td>{gap.noDue ? <strong className="rp-flag">{W.noDueYet}</strong> : a.dueDate ? formatDay(a.dueDate) : a.status === 'done' ? W.actionDone : '—'}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export const workshopSummaryEntries: SummaryEntry[] = [
  {
    id: 'top-pains',
    order: 20,
    heading: W.reportTopPains,
    render: (s) => {
      const top = topVotedPains(s);
      if (!top.length) return null;
      return (
        <ol className="rp-list">
          {top.map((p, i) => (
            <li key={i} dir="auto">
              {p.text}{' '}
              <span className="rp-muted">
                ({p.stage} · {W.dotsOn(p.dots)})
              </span>
            </li>
          ))}
        </ol>
      );
    },
  },
  {
    id: 'open-actions',
    order: 20,
    figures: (s) => {
      const n = openActions(s).length;
      return Object.keys(s.actionItems).length ? [{ value: n, label: W.actionsFigure(n) }] : [];
    },
    heading: W.reportOpenActions,
    render: (s) => {
      const list = openActions(s);
      return list.length ? <ActionTable snapshot={s} actions={list} /> : null;
    },
  },
];

/** Participants of every session, for the cover. */
export const workshopParticipants = (s: ProjectSnapshot): string[] =>
  Object.values(s.participants).map((p) => p.name);

function WorkshopReport({ snapshot: s }: { snapshot: ProjectSnapshot }) {
  const sessions = sessionsNewestFirst(Object.values(s.sessions));
  const trend = projectSessionScores(s);
  const latest = scoreChange(trend);
  const decisions = Object.values(s.decisions).sort((a, b) => a.createdAt - b.createdAt);
  const parked = Object.values(s.parkingLot).filter((p) => p.status === 'open');
  const actions = Object.values(s.actionItems).sort((a, b) =>
    a.status === b.status ? a.createdAt - b.createdAt : a.status === 'open' ? -1 : 1,
  );
  const count = (id: string) =>
    Object.values(s.participants).filter((p) => p.sessionId === id).length;
  return (
    <ReportSheet className="rp-workshop">
      <h2 className="rp-section-title">{W.reportWorkshop}</h2>
      {sessions.length > 0 && (
        <section>
          <h3>{W.reportSessions}</h3>
          <table className="rp-table">
            <thead>
              <tr>
                <th scope="col">{W.sessionDate}</th>
                <th scope="col">{W.sessionTitle}</th>
                <th scope="col" className="rp-num">
                  {W.participants}
                </th>
              </tr>
            </thead>
            <tbody>
              {sessions.map((x) => (
                <tr key={x.id}>
                  <td>{formatDay(x.date)}</td>
                  <td dir="auto">{x.title}</td>
                  <td className="rp-num">{count(x.id)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
      {latest && (
        <section>
          <h3>{W.reportScore}</h3>
          <p className="rp-small">
            {latest.current.sessionId ? `${latest.current.title}, ${formatDay(latest.current.date)}` : W.noSession}
            {' · '}
            {W.answeredWords(latest.current.score.overall.answered, latest.current.score.overall.total)}
            {latest.previous && latest.delta !== null && ` · ${W.changeSince(latest.delta, latest.previous.sessionId ? `${latest.previous.title}, ${formatDay(latest.previous.date)}` : W.noSession)}`}
          </p>
          <ScoreChart score={latest.current.score} className="rp-score" />
          {trend.length > 1 && (
            <table className="rp-table" data-testid="score-trend">
              <thead>
                <tr>
                  <th scope="col">{W.sessionDate}</th>
                  <th scope="col">{W.sessionTitle}</th>
                  <th scope="col" className="rp-num">
                    {W.overall}
                  </th>
                </tr>
              </thead>
              <tbody>
                {trend.map((t) => (
                  <tr key={t.sessionId}>
                    <td>{formatDay(t.date)}</td>
                    <td dir="auto">{t.sessionId ? t.title : W.noSession}</td>
                    <td className="rp-num">{pctText(t.score.overall.pct)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          <p className="rp-muted rp-small">{W.scoreHelp}</p>
        </section>
      )}
      {decisions.length > 0 && (
        <section>
          <h3>{W.reportDecisions}</h3>
          <ul className="rp-list">
            {decisions.map((d) => (
              <li key={d.id} dir="auto">
                {d.text}
              </li>
            ))}
          </ul>
        </section>
      )}
      {actions.length > 0 && (
        <section>
          <h3>{W.actionItems}</h3>
          <ActionTable snapshot={s} actions={actions} />
        </section>
      )}
      {parked.length > 0 && (
        <section>
          <h3>{W.reportParked}</h3>
          <ul className="rp-list">
            {parked.map((p) => (
              <li key={p.id} dir="auto">
                {p.text}
              </li>
            ))}
          </ul>
        </section>
      )}
    </ReportSheet>
  );
}

export const workshopReportSection: ReportSection = {
  id: 'workshop',
  order: 60,
  label: W.reportWorkshop,
  defaultOn: true,
  render: (s) => <WorkshopReport snapshot={s} />,
  isEmpty: (s) =>
    Object.keys(s.sessions).length === 0 &&
    Object.keys(s.actionItems).length === 0 &&
    Object.keys(s.decisions).length === 0 &&
    !Object.values(s.answers).some((a) => a.agreement !== ''),
};
