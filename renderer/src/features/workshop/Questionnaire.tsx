import { memo, useEffect, useMemo, useState } from 'react';
import { createStore, useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { addQuestion, addQuestionSet, addStandardQuestions, parkQuestion, questionToAction, removeQuestion, removeQuestionSet, renameQuestionSet, setAnswer, setTeamAgreement, startFromAnswersOf, updateQuestionText } from '../../document/actions/workshop/questionnaire';
import { sortByOrder } from '../../domain/ordering';
import { AGREEMENTS, type Agreement, type Question, type QuestionSet } from '../../domain/workshop/records';
import { projectScore, projectSessionScores, questionVerdict, scoreChange, startingPointFor, type ScoreSource } from '../../domain/workshop/score';
import { sessionsNewestFirst } from '../../domain/workshop/sessions';
import { answerId } from '../../domain/workshop/templates';
import type { ProjectSnapshot } from '../../document/projection';
import type { Team } from '../../domain/types';
import { InlineEdit } from '../../ui/InlineEdit';
import { Menu } from '../../ui/Menu';
import { report } from '../../ui/toasts';
import { useProject, useProjectDoc } from '../../shared/ProjectContext';
import { questionnaireFocus } from './Agenda';
import { ActionPrompt } from './ActionPrompt';
import { actionFromQuestion } from '../../domain/workshop/actionSentence';
import { TypingInput } from '../../shared/fields';
import { runningSessionOf, useTeams } from './hooks';
import { ScoreChart } from './ScoreChart';
import { formatDay } from './SessionList';
import { W } from './strings';
import { activeTheme, themeState } from '../../ui/theme/theme';
import { pctText } from '../../shared/briefingText';

/**
 * The session whose answers the questionnaire shows: the one picked on the screen, else the
 * running session, else the newest; '' (answers outside any session) when there is none.
 */
export const questionnaireSession = createStore<{ sessionId: string | null }>(() => ({ sessionId: null }));

function sessionInView(s: ProjectSnapshot, picked: string | null): string {
  if (picked !== null && (picked === '' ? Object.keys(s.sessions).length === 0 : s.sessions[picked])) return picked;
  return runningSessionOf(s)?.id ?? sessionsNewestFirst(Object.values(s.sessions))[0]?.id ?? '';
}

export function useSessionInView(): string {
  const picked = useStore(questionnaireSession, (x) => x.sessionId);
  return useProject((s) => sessionInView(s, picked));
}

/** "Alignment workshop, 18 Nov 2026", or the words for answers outside any session. */
export const sessionLabel = (s: { sessions: Readonly<Record<string, { title: string; date: string }>> }, sessionId: string) => {
  const x = s.sessions[sessionId];
  return x ? `${x.title}, ${formatDay(x.date)}` : W.noSession;
};

export function Questionnaire() {
  const doc = useProjectDoc();
  const sets = useProject(useShallow((s) => sortByOrder(Object.values(s.questionSets))));
  const teams = useTeams();
  const focusSet = useStore(questionnaireFocus, (s) => s.setId);
  useEffect(() => {
    if (!focusSet) return;
    document.getElementById(`set-${focusSet}`)?.scrollIntoView({ block: 'start' });
    questionnaireFocus.setState({ setId: '' });
  }, [focusSet]);
  return (
    <section className="workshop-screen questionnaire" aria-labelledby="questionnaire-heading">
      <h2 id="questionnaire-heading">{W.questionnaire}</h2>
      <p className="meta">{W.questionnaireHelp}</p>
      {sets.length === 0 ? (
        <div className="panel">
          <p className="empty-state">{W.noQuestions}</p>
          <button
            type="button"
            className="primary"
            onClick={() => report(addStandardQuestions(doc))}
          >
            {W.addStandardQuestions}
          </button>
        </div>
      ) : (
        <>
          <SessionPicker />
          <AlignmentScorePanel />
          {teams.length === 0 && <p className="empty-state">{W.noTeams}</p>}
          {sets.map((set) => (
            <QuestionSetBlock key={set.id} set={set} teams={teams} />
          ))}
          <button type="button" onClick={() => report(addQuestionSet(doc))}>
            + {W.addSet}
          </button>
        </>
      )}
    </section>
  );
}

/** Which session's answers are on screen, and last time's answers offered as a starting point. */
function SessionPicker() {
  const doc = useProjectDoc();
  const sessionId = useSessionInView();
  const options = useProject(
    useShallow((s) => sessionsNewestFirst(Object.values(s.sessions)).map((x) => `${x.id}\u0000${sessionLabel(s, x.id)}${x.status === 'running' ? ` (${W.sessionStatus.running})` : ''}`)),
  );
  const from = useProject((s) => startingPointFor(Object.values(s.sessions), Object.values(s.answers), sessionId));
  const fromLabel = useProject((s) => (from === null ? '' : sessionLabel(s, from)));
  const mine = useProject((s) => Object.values(s.answers).filter((a) => a.sessionId === sessionId && (a.agreement !== '' || a.text !== '')).length);
  return (
    <div className="panel row questionnaire-session" data-testid="questionnaire-session">
      {options.length > 0 ? (
        <label className="inline-label">
          <span>{W.answersOf}</span>
          <select
            value={sessionId}
            onChange={(e) => questionnaireSession.setState({ sessionId: e.target.value })}
          >
            {options.map((o) => {
              const [id, label] = o.split('\u0000');
              return (
                <option key={id} value={id}>
                  {label}
                </option>
              );
            })}
          </select>
        </label>
      ) : (
        <p className="meta">{W.noSessionHelp}</p>
      )}
      {from !== null && (
        <button
          type="button"
          className={mine === 0 ? 'primary' : undefined}
          onClick={() => report(startFromAnswersOf(doc, sessionId, from))}
        >
          {W.startFrom(fromLabel)}
        </button>
      )}
    </div>
  );
}

/** The parts of the snapshot the score reads, each a stable reference until it changes. */
export function useScoreSource(): ScoreSource {
  const sessions = useProject((s) => s.sessions);
  const questionSets = useProject((s) => s.questionSets);
  const questions = useProject((s) => s.questions);
  const answers = useProject((s) => s.answers);
  const teams = useProject((s) => s.teams);
  return useMemo(() => ({ sessions, questionSets, questions, answers, teams }), [sessions, questionSets, questions, answers, teams]);
}

export function AlignmentScorePanel() {
  const sessionId = useSessionInView();
  const source = useScoreSource();
  const score = useMemo(() => projectScore(source, sessionId), [source, sessionId]);
  const projector = useStore(themeState, () => activeTheme() === 'projector');
  const change = useMemo(() => {
    const c = scoreChange(projectSessionScores(source), sessionId);
    if (!c || c.delta === null || !c.previous) return '';
    return W.changeSince(c.delta, sessionLabel(source, c.previous.sessionId));
  }, [source, sessionId]);
  return (
    <section className="panel score-panel" aria-labelledby="score-heading">
      <h3 id="score-heading">{W.scoreTitle}</h3>
      <p className="score-answered" data-testid="score-answered">
        {W.answeredWords(score.overall.answered, score.overall.total)}
        {score.overall.pct !== null && ` · ${W.overall}: ${pctText(score.overall.pct)}`}
      </p>
      {change && (
        <p className="score-change" data-testid="score-change">
          {change}
        </p>
      )}
      <ScoreChart score={score} readable={projector} />
      <p className="meta">{W.scoreHelp}</p>
    </section>
  );
}

function QuestionSetBlock({ set, teams }: { set: QuestionSet; teams: readonly Team[] }) {
  const doc = useProjectDoc();
  const [renaming, setRenaming] = useState(false);
  const questions = useProject(
    useShallow((s) => sortByOrder(Object.values(s.questions).filter((q) => q.setId === set.id))),
  );
  return (
    <section
      className="panel question-set"
      id={`set-${set.id}`}
      aria-labelledby={`set-title-${set.id}`}
      data-testid="question-set"
    >
      <div className="row spread">
        <h3 id={`set-title-${set.id}`} dir="auto" onDoubleClick={() => setRenaming(true)}>
          <InlineEdit
            value={set.title}
            label={W.renameSet}
            editing={renaming}
            onCommit={(v) => report(renameQuestionSet(doc, set.id, v))}
            onDone={() => setRenaming(false)}
          />
        </h3>
        <Menu
          label={`${W.renameSet}: ${set.title}`}
          items={[
            { label: W.renameSet, run: () => setRenaming(true) },
            {
              label: W.removeSet(set.title),
              run: () => report(removeQuestionSet(doc, set.id)),
              danger: true,
            },
          ]}
        />
      </div>
      <ol className="question-list">
        {questions.map((q) => (
          <QuestionRow key={q.id} question={q} teams={teams} />
        ))}
      </ol>
      <button type="button" onClick={() => report(addQuestion(doc, set.id))}>
        + {W.addQuestion}
      </button>
    </section>
  );
}

const QuestionRow = memo(function QuestionRow({
  question: q,
  teams,
}: {
  question: Question;
  teams: readonly Team[];
}) {
  const doc = useProjectDoc();
  const sessionId = useSessionInView();
  const answers = useProject(
    useShallow((s) => teams.map((t) => s.answers[answerId(sessionId, q.id, t.id)]?.text ?? '')),
  );
  const stated = useProject(
    useShallow((s) => teams.map((t) => s.answers[answerId(sessionId, q.id, t.id)]?.agreement ?? '')),
  );
  const before = useProject((s) => startingPointFor(Object.values(s.sessions), Object.values(s.answers), sessionId));
  const lastTime = useProject(
    useShallow((s) =>
      before === null ? [] : teams.map((t) => s.answers[answerId(before, q.id, t.id)]?.agreement ?? ''),
    ),
  );
  const verdict = useProject(
    useShallow((s) => {
      const v = questionVerdict(Object.values(s.answers), q.id, { sessionId, teamIds: teams.map((t) => t.id) });
      return { value: v.value, split: v.split, open: v.open, n: v.stated.length };
    }),
  );
  const hasAction = useProject((s) =>
    Object.values(s.actionItems).some((a) => a.questionId === q.id && a.sessionId === sessionId),
  );
  const parked = useProject((s) =>
    Object.values(s.parkingLot).some((p) => p.questionId === q.id && p.sessionId === sessionId),
  );
  const [editing, setEditing] = useState(false);
  const [prompting, setPrompting] = useState(false);
  const band = verdict.value === null ? 'none' : verdict.value >= 0.75 ? 'agree' : verdict.value >= 0.5 ? 'partly' : 'disagree';
  const saidLastTime = lastTime.some((a) => a !== '');
  return (
    <li className={`question agreement-${band}`} data-testid="question">
      <div className="question-head">
        <p className="question-text" dir="auto" onDoubleClick={() => setEditing(true)}>
          <InlineEdit
            value={q.text}
            label={W.questionText}
            editing={editing}
            multiline
            onCommit={(v) => report(updateQuestionText(doc, q.id, v))}
            onDone={() => setEditing(false)}
          />
        </p>
        <Menu
          label={`${W.questionText}: ${q.text}`}
          items={[
            { label: W.questionText, run: () => setEditing(true) },
            { label: W.removeQuestion, run: () => report(removeQuestion(doc, q.id)), danger: true },
          ]}
        />
      </div>
      <div className="answers">
        {teams.map((t, i) => (
          <div key={t.id} className="answer" data-testid="team-answer">
            <span className="team-name">
              <span className="dot-swatch" style={{ background: t.color }} aria-hidden /> {t.name}
            </span>
            <TypingInput
              multiline
              rows={2}
              value={answers[i] ?? ''}
              label={W.answerOf(t.name, q.text)}
              onSave={(text, key) => report(setAnswer(doc, sessionId, q.id, t.id, text, key))}
            />
            <fieldset className="agreement-choice">
              <legend>{W.teamAgreementOf(t.name)}</legend>
              {AGREEMENTS.map((a) => (
                <label key={a} className={`agreement-option agreement-${a}`}>
                  <input
                    type="radio"
                    name={`agree-${q.id}-${t.id}`}
                    value={a}
                    checked={stated[i] === a}
                    aria-label={W.teamAgreementChoice(t.name, W.agreement[a] ?? a, q.text)}
                    onChange={() => report(setTeamAgreement(doc, sessionId, q.id, t.id, a))}
                  />
                  <span aria-hidden>{W.agreement[a]}</span>
                </label>
              ))}
              {stated[i] !== '' && (
                <button
                  type="button"
                  className="link-button"
                  aria-label={W.clearAgreementOf(t.name, q.text)}
                  onClick={() => report(setTeamAgreement(doc, sessionId, q.id, t.id, '' as Agreement | ''))}
                >
                  {W.clearAgreement}
                </button>
              )}
            </fieldset>
            {saidLastTime && lastTime[i] !== '' && (
              <span className="meta last-time">{W.lastTime(W.agreement[lastTime[i] ?? ''] ?? '')}</span>
            )}
          </div>
        ))}
      </div>
      <div className="row agreement-row">
        <span className="verdict" data-testid="verdict">
          {verdict.n === 0
            ? W.verdictNone
            : verdict.split
              ? W.verdictSplit
              : W.verdictAll[stated.find((a) => a !== '') ?? ''] ?? ''}
        </span>
        {verdict.open && (
          <>
            {hasAction ? (
              <span className="done-note">✓ {W.alreadyAction}</span>
            ) : (
              <button
                type="button"
                aria-expanded={prompting}
                aria-label={W.makeActionOf(q.text)}
                onClick={() => setPrompting((v) => !v)}
              >
                {W.makeAction}
              </button>
            )}
            {parked ? (
              <span className="done-note">✓ {W.alreadyParked}</span>
            ) : (
              <button type="button" onClick={() => report(parkQuestion(doc, q.id, sessionId))}>
                {W.parkIt}
              </button>
            )}
          </>
        )}
      </div>
      {prompting && !hasAction && (
        <ActionPrompt
          initialTitle={actionFromQuestion(q.text)}
          label={W.makeActionOf(q.text)}
          onSubmit={(draft) => {
            const ok = report(questionToAction(doc, q.id, sessionId, draft));
            if (ok) setPrompting(false);
            return ok;
          }}
          onCancel={() => setPrompting(false)}
        />
      )}
    </li>
  );
});
