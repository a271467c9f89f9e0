import { memo, useEffect, useState } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { addQuestion, addQuestionSet, addStandardQuestions, parkQuestion, questionToAction, removeQuestion, removeQuestionSet, renameQuestionSet, setAgreement, setAnswer, updateQuestionText } from '../../document/actions/workshop/questionnaire';
import { sortByOrder } from '../../domain/ordering';
import { AGREEMENTS, type Agreement, type Question, type QuestionSet } from '../../domain/workshop/records';
import { alignmentScore } from '../../domain/workshop/score';
import { answerId } from '../../domain/workshop/templates';
import type { Team } from '../../domain/types';
import { InlineEdit } from '../../ui/InlineEdit';
import { Menu } from '../../ui/Menu';
import { report } from '../../ui/toasts';
import { useProject, useProjectDoc } from '../../shared/ProjectContext';
import { questionnaireFocus } from './Agenda';
import { TypingInput } from '../../shared/fields';
import { useTeams } from './hooks';
import { ScoreChart } from './ScoreChart';
import { W } from './strings';

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

export function AlignmentScorePanel() {
  const sets = useProject((s) => s.questionSets);
  const questions = useProject((s) => s.questions);
  const score = alignmentScore(Object.values(sets), Object.values(questions));
  return (
    <section className="panel score-panel" aria-labelledby="score-heading">
      <h3 id="score-heading">{W.scoreTitle}</h3>
      <ScoreChart score={score} />
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
  const answers = useProject(
    useShallow((s) => teams.map((t) => s.answers[answerId(q.id, t.id)]?.text ?? '')),
  );
  const hasAction = useProject((s) =>
    Object.values(s.actionItems).some((a) => a.questionId === q.id),
  );
  const parked = useProject((s) => Object.values(s.parkingLot).some((p) => p.questionId === q.id));
  const [editing, setEditing] = useState(false);
  const disagreement = q.agreement === 'disagree' || q.agreement === 'partly';
  return (
    <li className={`question agreement-${q.agreement || 'none'}`} data-testid="question">
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
          <label key={t.id} className="answer">
            <span className="team-name">
              <span className="dot-swatch" style={{ background: t.color }} aria-hidden /> {t.name}
            </span>
            <TypingInput
              multiline
              rows={2}
              value={answers[i] ?? ''}
              label={W.answerOf(t.name, q.text)}
              onSave={(text, key) => report(setAnswer(doc, q.id, t.id, text, key))}
            />
          </label>
        ))}
      </div>
      <div className="row agreement-row">
        <label className="inline-label">
          <span className="visually-hidden">{W.agreementOf(q.text)}</span>
          <select
            aria-label={W.agreementOf(q.text)}
            value={q.agreement}
            className={`agreement-select agreement-${q.agreement || 'none'}`}
            onChange={(e) => report(setAgreement(doc, q.id, e.target.value as Agreement | ''))}
          >
            {(['', ...AGREEMENTS] as const).map((a) => (
              <option key={a} value={a}>
                {W.agreement[a]}
              </option>
            ))}
          </select>
        </label>
        {disagreement && (
          <>
            {hasAction ? (
              <span className="done-note">✓ {W.alreadyAction}</span>
            ) : (
              <button type="button" onClick={() => report(questionToAction(doc, q.id))}>
                {W.makeAction}
              </button>
            )}
            {parked ? (
              <span className="done-note">✓ {W.alreadyParked}</span>
            ) : (
              <button type="button" onClick={() => report(parkQuestion(doc, q.id))}>
                {W.parkIt}
              </button>
            )}
          </>
        )}
      </div>
    </li>
  );
});
