/** The shared glossary: terms, definitions, the team that proposed each, synonyms, agreed or disputed. */
import { useEffect, useId, useState } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { identityStore } from '../../document/identity';
import { glossaryView, type GlossarySort } from '../../domain/glossary';
import { addTerm, deleteTerm, setTermProposer, setTermStatus, setTermSynonyms, setTermText } from '../../document/actions/alignment';
import { undo } from '../../document/history';
import { sortByOrder } from '../../domain/ordering';
import type { GlossaryTerm, TermStatus } from '../../domain/types';
import { refusalSentence } from '../../i18n/refusals';
import { S } from '../../strings';
import { report, showToast } from '../../ui/toasts';
import { useProject, useProjectDoc } from '../../shared/ProjectContext';
import { OwnerSelect, SelectField, TextField, TypingInput, useTeams } from '../../shared/fields';
import { A } from './strings';

/** The proposer the last term was added with, per project: five Marketing terms in a row are picked once. */
const lastProposer = new Map<string, string>();

export function GlossaryScreen({ itemId }: { itemId?: string }) {
  const doc = useProjectDoc();
  const projectId = useProject((s) => s.info.projectId);
  const terms = useProject(useShallow((s) => sortByOrder(Object.values(s.glossary))));
  const teams = useTeams();
  const viewerTeam = useViewerTeam(projectId);
  const [draft, setDraft] = useState('');
  const [proposer, setProposer] = useState(() => viewerTeam || lastProposer.get(projectId) || '');
  const [askWho, setAskWho] = useState<string | null>(null);
  const [query, setQuery] = useState('');
  const [sort, setSort] = useState<GlossarySort>('order');
  const proposerId = useId();
  const teamName = (id: string) => teams.find((t) => t.id === id)?.name ?? '';
  const shown = glossaryView(terms, query, sort, teamName);
  useEffect(() => {
    if (!itemId) return;
    const el = document.getElementById(`term-${itemId}`);
    el?.scrollIntoView({ block: 'center' });
    el?.querySelector<HTMLElement>('select')?.focus();
  }, [itemId]);
  const validProposer = teams.some((t) => t.id === proposer) ? proposer : '';
  return (
    <section className="al-screen" aria-labelledby="al-glossary-title">
      <h2 id="al-glossary-title">{A.glossarySection}</h2>
      <p className="al-intro">{A.glossaryIntro}</p>
      <form
        className="al-row al-add-form"
        onSubmit={(e) => {
          e.preventDefault();
          // Who proposed it is asked, not assumed: a term starts as one team's proposal.
          if (draft.trim() && teams.length > 0 && !validProposer) {
            setAskWho(A.proposerRequired(draft.trim()));
            document.getElementById(proposerId)?.focus();
            return;
          }
          if (report(addTerm(doc, { term: draft, proposedByTeamId: validProposer }))) {
            setDraft('');
            setAskWho(null);
            if (validProposer) lastProposer.set(projectId, validProposer);
          }
        }}
      >
        <label className="al-field">
          <span>{A.newTerm}</span>
          <input type="text" value={draft} onChange={(e) => setDraft(e.target.value)} />
        </label>
        {teams.length > 0 && (
          <span className="al-field">
            <label htmlFor={proposerId}>{A.proposedBy}</label>
            <select
              id={proposerId}
              value={validProposer}
              aria-invalid={askWho ? true : undefined}
              aria-describedby={askWho ? `${proposerId}-ask` : undefined}
              onChange={(e) => {
                setProposer(e.target.value);
                setAskWho(null);
              }}
            >
              <option value="">{A.chooseTeam}</option>
              {teams.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name}
                </option>
              ))}
            </select>
          </span>
        )}
        <button type="submit" className="primary">
          + {A.addTerm}
        </button>
        {askWho && (
          <span id={`${proposerId}-ask`} className="al-error" role="alert">
            {askWho}
          </span>
        )}
      </form>
      {terms.length === 0 && <p className="empty-state">{A.noTerms}</p>}
      {terms.length > 0 && (
        <div className="al-row al-term-tools">
          <input
            type="search"
            className="al-term-search"
            value={query}
            aria-label={A.searchTerms}
            placeholder={A.searchTerms}
            onChange={(e) => setQuery(e.target.value)}
          />
          <SelectField<GlossarySort>
            value={sort}
            label={A.sortTerms}
            options={[
              { value: 'order', label: A.sortOrder },
              { value: 'az', label: A.sortAz },
              { value: 'status', label: A.sortStatus },
              { value: 'proposer', label: A.sortProposer },
            ]}
            onChange={setSort}
          />
          <span className="hint" role="status" data-testid="terms-shown">
            {query.trim() ? A.termsShown(shown.length, terms.length) : ''}
          </span>
        </div>
      )}
      {terms.length > 0 && shown.length === 0 && <p className="empty-state">{A.noTermMatch(query.trim())}</p>}
      <ul className="al-terms">
        {shown.map((t) => (
          <TermRow key={t.id} term={t} />
        ))}
      </ul>
    </section>
  );
}

/** The viewer's team when a participant is looking (their term proposals are their team's). */
function useViewerTeam(projectId: string): string {
  const identity = useStore(identityStore, (s) => s.byProject[projectId]);
  return useProject((s) => (identity?.role === 'participant' ? (s.participants[identity.participantId]?.teamId ?? '') : ''));
}

/** The term's status in words: who proposed it and what it waits for, agreed, or disputed. */
export function termStateWords(term: GlossaryTerm, teamName: (id: string) => string): string {
  const by = term.proposedByTeamId ? teamName(term.proposedByTeamId) : '';
  if (term.status === 'agreed') return A.termStateAgreed;
  if (term.status === 'disputed') return A.termStateDisputed(by);
  return by ? A.termStateProposed(by) : A.termStateProposedNobody;
}

function TermRow({ term }: { term: GlossaryTerm }) {
  const doc = useProjectDoc();
  const teams = useTeams();
  const teamName = (id: string) => teams.find((t) => t.id === id)?.name ?? '';
  const words = termStateWords(term, teamName);
  const stateId = useId();
  return (
    <li className={`al-term status-${term.status}${term.status === 'disputed' ? ' disputed' : ''}`} id={`term-${term.id}`} data-testid="term" data-status={term.status}>
      <fieldset aria-describedby={stateId}>
        <legend className="visually-hidden">{term.term}</legend>
        <p id={stateId} className={`al-term-state al-term-${term.status}`} data-testid="term-state">
          <span aria-hidden className="state-icon">
            {term.status === 'agreed' ? '✓' : term.status === 'disputed' ? '✗' : '✎'}
          </span>{' '}
          {words}
        </p>
        <div className="al-row">
          <TextField value={term.term} label={A.term} onSave={(v, k) => setTermText(doc, term.id, 'term', v, k)} />
          <SynonymsField term={term} />
          <OwnerSelect
            value={term.proposedByTeamId}
            label={A.proposedBy}
            teams={teams}
            noneLabel={A.chooseTeam}
            allowShared={false}
            onChange={(v) => report(setTermProposer(doc, term.id, v))}
          />
          <SelectField<TermStatus>
            value={term.status}
            label={A.termStatus}
            options={[
              { value: 'proposed', label: A.proposed },
              { value: 'agreed', label: A.agreed },
              { value: 'disputed', label: A.disputed },
            ]}
            onChange={(v) => report(setTermStatus(doc, term.id, v))}
          />
          <button
            type="button"
            className="danger"
            aria-label={A.deleteTerm(term.term)}
            title={A.deleteTerm(term.term)}
            onClick={() => {
              if (report(deleteTerm(doc, term.id))) showToast(A.termDeleted(term.term), { action: { label: S.undoAction, run: () => undo(doc) } });
            }}
          >
            ✕
          </button>
        </div>
        <TextField
          value={term.definition}
          label={A.definition}
          multiline
          placeholder={A.definitionPrompt}
          className={term.definition.trim() ? '' : 'al-definition-missing'}
          onSave={(v, k) => setTermText(doc, term.id, 'definition', v, k)}
        />
        {!term.definition.trim() && (
          <p className="al-prompt" data-testid="definition-missing">
            {A.definitionMissing}
          </p>
        )}
      </fieldset>
    </li>
  );
}

/** Synonyms are typed as one comma-separated line, saved while typing; a clash is said beside the field. */
function SynonymsField({ term }: { term: GlossaryTerm }) {
  const doc = useProjectDoc();
  const id = useId();
  const [error, setError] = useState<string | null>(null);
  return (
    <span className="al-field">
      <label htmlFor={id}>{A.synonyms}</label>
      <TypingInput
        id={id}
        value={term.synonyms.join(', ')}
        invalid={!!error}
        describedBy={error ? `${id}-error` : undefined}
        onSave={(text, key) => {
          const r = setTermSynonyms(doc, term.id, text, key);
          setError(r.ok ? null : refusalSentence(r.refusal));
        }}
      />
      {error && (
        <span id={`${id}-error`} className="al-error" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
