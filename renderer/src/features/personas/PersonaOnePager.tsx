/**
 * One printable page per persona: real text, no controls, laid out for A4/Letter. Used by the
 * persona editor's one-page view and by the PDF report (reportSections.tsx). Reads the project
 * through useProject, so render it inside a project.
 */
import type { Persona } from '../../domain/personas';
import type { Team } from '../../domain/types';
import { teamStateText } from './SignoffPanel';
import { PersonaAvatar } from './PersonaAvatar';
import { progressLine, statusHeadline } from './statusText';
import { PS } from './strings';
import { personaName, sectionLabel, usePersona, usePersonaStatus, useTeams } from './usePersonas';
import type { PersonaStatus } from '../../domain/personas';

const LIST_SECTIONS = ['goals', 'pains', 'objections', 'problems', 'results', 'jobs', 'channels'] as const;

export function PersonaOnePager({ personaId }: { personaId: string }) {
  const persona = usePersona(personaId);
  const status = usePersonaStatus(persona);
  const teams = useTeams();
  if (!persona || !status) return null;
  return <PersonaPage persona={persona} status={status} teams={teams} />;
}

function PersonaPage({ persona, status, teams }: { persona: Persona; status: PersonaStatus; teams: readonly Team[] }) {
  const name = personaName(persona);
  const facts = [
    [PS.fields.role, persona.role],
    [PS.fields.company, persona.company],
    [PS.fields.segment, persona.segment],
    [PS.fields.priority, persona.priority],
  ].filter(([, v]) => v);
  const buying = [
    [PS.fields.decider, persona.decider],
    [PS.fields.influencers, persona.influencers],
    [PS.fields.budget, persona.budget],
    [PS.fields.timeline, persona.timeline],
  ].filter(([, v]) => v);
  const counted = status.sections.filter((s) => s.counted);
  return (
    <article className="persona-onepager" data-testid="persona-onepager" aria-label={PS.onePagerTitle(name)}>
      <header className="onepager-header">
        <PersonaAvatar persona={persona} size={112} />
        <div>
          <h2 dir="auto">{name}</h2>
          {facts.length > 0 && (
            <dl className="onepager-facts">
              {facts.map(([k, v]) => (
                <div key={k}>
                  <dt>{k}</dt>
                  <dd dir="auto">{v}</dd>
                </div>
              ))}
            </dl>
          )}
          <p className={`onepager-status${status.agreed ? ' onepager-agreed' : ''}`}>
            <span aria-hidden>{status.agreed ? '✓' : '✎'}</span>{' '}
            {statusHeadline(status, teams)}
          </p>
          {progressLine(status, teams) && <p className="onepager-progress">{progressLine(status, teams)}</p>}
        </div>
      </header>
      {persona.quote && (
        <blockquote className="onepager-quote" dir="auto">
          “{persona.quote}”
        </blockquote>
      )}
      <div className="onepager-grid">
        {LIST_SECTIONS.filter((f) => persona[f].length > 0).map((f) => (
          <section key={f} className="onepager-block">
            <h3>{PS.sections[f]}</h3>
            <ul>
              {persona[f].map((item, i) => (
                <li key={i} dir="auto">
                  {item}
                </li>
              ))}
            </ul>
          </section>
        ))}
        {(buying.length > 0 || persona.buyingSteps.length > 0) && (
          <section className="onepager-block">
            <h3>{PS.sections.buying}</h3>
            {buying.length > 0 && (
              <dl>
                {buying.map(([k, v]) => (
                  <div key={k}>
                    <dt>{k}</dt>
                    <dd dir="auto">{v}</dd>
                  </div>
                ))}
              </dl>
            )}
            {persona.buyingSteps.length > 0 && (
              <ol>
                {persona.buyingSteps.map((s, i) => (
                  <li key={i} dir="auto">
                    {s}
                  </li>
                ))}
              </ol>
            )}
          </section>
        )}
        {persona.extras
          .filter((x) => x.value)
          .map((x) => (
            <section key={x.id} className="onepager-block">
              <h3 dir="auto">{x.label}</h3>
              <p dir="auto">{x.value}</p>
            </section>
          ))}
      </div>
      {persona.tags.length > 0 && (
        <p className="onepager-tags">
          <strong>{PS.tags}:</strong> {persona.tags.join(', ')}
        </p>
      )}
      {counted.length > 0 && teams.length > 0 && (
        <table className="onepager-signoff">
          <caption>{PS.signoffSummary}</caption>
          <thead>
            <tr>
              <th scope="col">{PS.sectionColumn}</th>
              {teams.map((t) => (
                <th key={t.id} scope="col">
                  {t.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {counted.map((s) => (
              <tr key={s.section}>
                <th scope="row">{sectionLabel(persona, s.section)}</th>
                {teams.map((t) => {
                  const ts = s.teams.find((x) => x.teamId === t.id);
                  const st = ts ? teamStateText(ts) : { icon: '—', text: PS.notSigningCell };
                  return (
                    <td key={t.id}>
                      <span aria-hidden>{st.icon}</span> {ts?.state === 'reopened' ? PS.teamReopenedShort : st.text}
                      {ts?.signoff?.comment && ts.state !== 'open' ? <div className="onepager-comment">“{ts.signoff.comment}”</div> : null}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </article>
  );
}
