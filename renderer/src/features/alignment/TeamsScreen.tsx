/** The project's teams: add, rename, recolour, remove (saying first what refers to the team). */
import { useState } from 'react';
import { addTeam, referencesToTeam, removeTeam, renameTeam, setTeamColor } from '../../document/actions/teams';
import { endStep, undo } from '../../document/history';
import type { TeamReferences } from '../../domain/alignment';
import type { Team } from '../../domain/types';
import { noticeSentence } from '../../i18n/refusals';
import { S } from '../../strings';
import { report, showToast } from '../../ui/toasts';
import { useProjectDoc } from '../../shared/ProjectContext';
import { TextField, useTeams } from '../../shared/fields';
import { A } from './strings';

export function TeamsScreen() {
  const doc = useProjectDoc();
  const teams = useTeams();
  const [name, setName] = useState('');
  return (
    <section className="al-screen" aria-labelledby="al-teams-title">
      <h2 id="al-teams-title">{A.teamsSection}</h2>
      <p className="al-intro">{A.teamsIntro}</p>
      <ul className="al-team-list">
        {teams.map((t) => (
          <TeamRow key={t.id} team={t} />
        ))}
      </ul>
      <form
        className="al-row al-add-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (report(addTeam(doc, name))) setName('');
        }}
      >
        <label className="al-field">
          <span>{A.newTeamName}</span>
          <input type="text" value={name} onChange={(e) => setName(e.target.value)} />
        </label>
        <button type="submit" className="primary">
          + {A.addTeam}
        </button>
      </form>
    </section>
  );
}

function TeamRow({ team }: { team: Team }) {
  const doc = useProjectDoc();
  const [asking, setAsking] = useState<TeamReferences | null>(null);
  return (
    <li className="al-team-row" data-testid="team-row">
      <input
        type="color"
        value={team.color}
        aria-label={A.teamColor(team.name)}
        title={A.teamColor(team.name)}
        onChange={(e) => report(setTeamColor(doc, team.id, e.target.value, `color:${team.id}`))}
        onBlur={() => endStep(doc)}
      />
      <TextField value={team.name} label={A.renameTeam(team.name)} hideLabel onSave={(v, k) => renameTeam(doc, team.id, v, k)} />
      {asking ? (
        <div className="al-confirm" role="alertdialog" aria-label={A.removeTeam(team.name)}>
          <p>{asking.total ? A.removeTeamWhat(team.name, asking) : A.removeTeamNothing(team.name)}</p>
          <button
            type="button"
            className="danger"
            autoFocus
            onClick={() => {
              const r = removeTeam(doc, team.id);
              if (r.ok) showToast(noticeSentence(r.notice ?? { code: 'alignment.teamRemoved', name: team.name, total: r.value.total }), { action: { label: S.undoAction, run: () => undo(doc) } });
              else report(r);
              setAsking(null);
            }}
          >
            {A.confirmRemove}
          </button>
          <button type="button" onClick={() => setAsking(null)}>
            {S.cancel}
          </button>
        </div>
      ) : (
        <button type="button" className="danger" onClick={() => setAsking(referencesToTeam(doc, team.id))}>
          {A.removeTeam(team.name)}
        </button>
      )}
    </li>
  );
}
