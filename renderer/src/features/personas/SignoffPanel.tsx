import { setSignoffComment, signOffSection } from '../../document/actions/personas';
import type { SectionStatus, TeamSignoffStatus } from '../../domain/personas';
import type { Team } from '../../domain/types';
import { report } from '../../ui/toasts';
import { useProjectDoc } from '../../shared/ProjectContext';
import { TypingInput } from '../../shared/fields';
import { PS } from './strings';

const SECTION_STATE: Record<SectionStatus['state'], { icon: string; text: string }> = {
  agreed: { icon: '✓', text: PS.sectionAgreed },
  disagreed: { icon: '✗', text: PS.sectionDisagreed },
  open: { icon: '…', text: PS.sectionOpen },
  empty: { icon: '○', text: PS.sectionEmpty },
};

export function teamStateText(t: TeamSignoffStatus): { icon: string; text: string } {
  switch (t.state) {
    case 'agrees':
      return { icon: '✓', text: PS.teamAgrees };
    case 'disagrees':
      return { icon: '✗', text: PS.teamDisagrees };
    case 'reopened':
      return { icon: '↻', text: PS.teamReopened(t.signoff?.verdict === 'agree' ? PS.agree : PS.disagree) };
    default:
      return { icon: '○', text: PS.teamOpen };
  }
}

/** Each team's word on one section: agree / disagree (pressing again withdraws it) and a comment. */
export function SignoffPanel({
  personaId,
  status,
  label,
  teams,
}: {
  personaId: string;
  status: SectionStatus;
  label: string;
  teams: readonly Team[];
}) {
  const doc = useProjectDoc();
  const head = SECTION_STATE[status.state];
  const teamsList = (
    <ul className="signoff-teams">
          {status.teams.map((t) => {
            const team = teams.find((x) => x.id === t.teamId);
            if (!team) return null;
            const st = teamStateText(t);
            const set = (v: 'agree' | 'disagree') => {
              const pressed = (v === 'agree' && t.state === 'agrees') || (v === 'disagree' && t.state === 'disagrees');
              report(signOffSection(doc, personaId, status.section, t.teamId, pressed ? null : v));
            };
            return (
              <li key={t.teamId} className={`signoff-team team-${t.state}`} data-testid="signoff-team" data-state={t.state}>
                <div className="signoff-team-row">
                  <span className="team-name">
                    <span className="team-dot" style={{ background: team.color }} aria-hidden />
                    {team.name}
                  </span>
                  <span className="team-state">
                    <span aria-hidden className="state-icon">
                      {st.icon}
                    </span>{' '}
                    {st.text}
                  </span>
                  <span className="signoff-buttons">
                    <button
                      type="button"
                      className="verdict verdict-agree"
                      aria-pressed={t.state === 'agrees'}
                      aria-label={PS.agreeLabel(team.name, label)}
                      title={PS.agreeLabel(team.name, label)}
                      onClick={() => set('agree')}
                    >
                      ✓ {PS.agree}
                    </button>
                    <button
                      type="button"
                      className="verdict verdict-disagree"
                      aria-pressed={t.state === 'disagrees'}
                      aria-label={PS.disagreeLabel(team.name, label)}
                      title={PS.disagreeLabel(team.name, label)}
                      onClick={() => set('disagree')}
                    >
                      ✗ {PS.disagree}
                    </button>
                  </span>
                </div>
                {t.signoff && (
                  <TypingInput
                    value={t.signoff.comment}
                    label={PS.commentLabel(team.name, label)}
                    placeholder={PS.commentPlaceholder}
                    className="signoff-comment"
                    onSave={(text, key) => report(setSignoffComment(doc, personaId, status.section, t.teamId, text, key))}
                  />
                )}
              </li>
            );
          })}
        </ul>
  );
  return (
    <div
      className={`signoff signoff-${status.state}`}
      role="group"
      aria-label={PS.signoffOf(label)}
      data-testid="signoff"
      data-state={status.state}
    >
      <p className="signoff-state">
        <span aria-hidden className="state-icon">
          {head.icon}
        </span>{' '}
        {head.text}
      </p>
      {status.state === 'empty' ? (
        <details className="signoff-details">
          <summary>{PS.showSignoff}</summary>
          {teamsList}
        </details>
      ) : (
        teamsList
      )}
    </div>
  );
}
