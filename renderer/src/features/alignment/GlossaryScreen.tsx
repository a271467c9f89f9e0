/** The shared glossary: terms, definitions, the team that proposed each, synonyms, agreed or disputed. */
import { useEffect, useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
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

export function GlossaryScreen({ itemId }: { itemId?: string }) {
  const doc = useProjectDoc();
  const terms = useProject(useShallow((s) => sortByOrder(Object.values(s.glossary))));
  const [draft, setDraft] = useState('');
  useEffect(() => {
    if (!itemId) return;
    const el = document.getElementById(`term-${itemId}`);
    el?.scrollIntoView({ block: 'center' });
    el?.querySelector<HTMLElement>('select')?.focus();
  }, [itemId]);
  return (
    <section className="al-screen" aria-labelledby="al-glossary-title">
      <h2 id="al-glossary-title">{A.glossarySection}</h2>
      <p className="al-intro">{A.glossaryIntro}</p>
      <form
        className="al-row al-add-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (report(addTerm(doc, { term: draft }))) setDraft('');
        }}
      >
        <label className="al-field">
          <span>{A.newTerm}</span>
          <input type="text" value={draft} onChange={(e) => setDraft(e.target.value)} />
        </label>
        <button type="submit" className="primary">
          + {A.addTerm}
        </button>
      </form>
      {terms.length === 0 && <p className="empty-state">{A.noTerms}</p>}
      <ul className="al-terms">
        {terms.map((t) => (
          <TermRow key={t.id} term={t} />
        ))}
      </ul>
    </section>
  );
}

function TermRow({ term }: { term: GlossaryTerm }) {
  const doc = useProjectDoc();
  const teams = useTeams();
  return (
    <li className={`al-term${term.status === 'disputed' ? ' disputed' : ''}`} id={`term-${term.id}`} data-testid="term">
      <fieldset>
        <legend className="visually-hidden">{term.term}</legend>
        <div className="al-row">
          <TextField value={term.term} label={A.term} onSave={(v, k) => setTermText(doc, term.id, 'term', v, k)} />
          <SynonymsField term={term} />
          <OwnerSelect
            value={term.proposedByTeamId}
            label={A.proposedBy}
            teams={teams}
            noneLabel={A.nobody}
            allowShared={false}
            onChange={(v) => report(setTermProposer(doc, term.id, v))}
          />
          <SelectField<TermStatus>
            value={term.status}
            label={A.termStatus}
            options={[
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
        <TextField value={term.definition} label={A.definition} multiline onSave={(v, k) => setTermText(doc, term.id, 'definition', v, k)} />
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
