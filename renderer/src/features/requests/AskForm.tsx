/**
 * "Ask for content": a sales lead types what they need and presses Enter (ten seconds). The
 * details are optional and folded away; the team is Sales unless changed, the impact 3. Who
 * asks (the name and the team) stays filled in for the next ask; everything else starts empty
 * again, so no hidden detail slips into the next request.
 */
import { useRef, useState } from 'react';
import { askForContent, salesTeamId } from '../../document/actions/requests';
import { DEFAULT_IMPACT } from '../../domain/requests';
import { report } from '../../ui/toasts';
import { useProjectDoc } from '../../shared/ProjectContext';
import { ImpactSelect, PersonaSelect, StageSelect, TeamSelect } from './fields';
import { RQ } from './strings';

export function AskForm() {
  const doc = useProjectDoc();
  const [what, setWhat] = useState('');
  const [why, setWhy] = useState('');
  const [stageId, setStageId] = useState('');
  const [personaId, setPersonaId] = useState('');
  const [channel, setChannel] = useState('');
  const [teamId, setTeamId] = useState(() => salesTeamId(doc));
  const [askedBy, setAskedBy] = useState('');
  const [dueDate, setDueDate] = useState('');
  const [impact, setImpact] = useState(DEFAULT_IMPACT);
  const whatRef = useRef<HTMLInputElement>(null);
  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    const r = askForContent(doc, { what, why, stageId, personaId, channel, teamId, askedBy, dueDate, impact });
    if (report(r)) {
      setWhat('');
      setWhy('');
      setStageId('');
      setPersonaId('');
      setChannel('');
      setDueDate('');
      setImpact(DEFAULT_IMPACT);
      whatRef.current?.focus();
    }
  };
  return (
    <form className="rq-ask panel" aria-labelledby="rq-ask-heading" onSubmit={submit} data-testid="ask-form">
      <h3 id="rq-ask-heading">{RQ.askHeading}</h3>
      <div className="rq-ask-main">
        <label className="rq-field rq-what">
          <span>{RQ.what}</span>
          <input ref={whatRef} type="text" value={what} placeholder={RQ.whatPlaceholder} onChange={(e) => setWhat(e.target.value)} dir="auto" />
        </label>
        <button type="submit" className="primary">
          {RQ.ask}
        </button>
      </div>
      <details className="rq-ask-details">
        <summary>{RQ.moreDetails}</summary>
        <div className="rq-grid">
          <label className="rq-field rq-wide">
            <span>{RQ.why}</span>
            <textarea value={why} rows={2} onChange={(e) => setWhy(e.target.value)} dir="auto" />
          </label>
          <StageSelect value={stageId} onChange={setStageId} />
          <PersonaSelect value={personaId} onChange={setPersonaId} />
          <label className="rq-field">
            <span>{RQ.channel}</span>
            <input type="text" value={channel} placeholder={RQ.channelPlaceholder} onChange={(e) => setChannel(e.target.value)} dir="auto" />
          </label>
          <TeamSelect value={teamId} onChange={setTeamId} />
          <label className="rq-field">
            <span>{RQ.askedBy}</span>
            <input type="text" value={askedBy} placeholder={RQ.askedByPlaceholder} onChange={(e) => setAskedBy(e.target.value)} dir="auto" />
          </label>
          <label className="rq-field">
            <span>{RQ.dueDate}</span>
            <input type="date" value={dueDate} onChange={(e) => setDueDate(e.target.value)} />
          </label>
          <ImpactSelect value={impact} onChange={setImpact} />
        </div>
      </details>
    </form>
  );
}
