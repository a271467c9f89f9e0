import { useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { createPersona, deletePersona, duplicatePersona, movePersona } from '../../document/actions/personas';
import { undo } from '../../document/history';
import { sortByOrder } from '../../domain/ordering';
import { matchesPersona, personaSummary, personaUsage, type Persona } from '../../domain/personas';
import { Menu } from '../../ui/Menu';
import { navigate } from '../../ui/router';
import { report, showToast } from '../../ui/toasts';
import { useProject, useProjectDoc } from '../../shared/ProjectContext';
import { ConfirmDialog } from './ConfirmDialog';
import { historyKeys, HistoryButtons } from '../../shared/HistoryButtons';
import { PersonaAvatar } from './PersonaAvatar';
import { StatusDetails } from './PersonaEditor';
import { progressLine } from './statusText';
import { PS } from './strings';
import { personaName, useOrderedPersonas, usePersonaStatus, useTeams } from './usePersonas';
import { PersonaCardParts } from '../../shared/screenSlots';

const DRAG_MIME = 'application/x-baton-persona';

/** The persona library: cards with picture, role, a line about them and where the teams stand. */
export function PersonaGallery() {
  const doc = useProjectDoc();
  const projectId = useProject((s) => s.info.projectId);
  const personas = useOrderedPersonas();
  const [query, setQuery] = useState('');
  const [deleting, setDeleting] = useState<Persona | null>(null);
  const [dropIndex, setDropIndex] = useState<number | null>(null);
  const shown = personas.filter((p) => matchesPersona(p, query));

  const create = () => {
    const r = createPersona(doc);
    if (report(r) && r.ok) navigate({ name: 'project', projectId, section: 'personas', itemId: r.value });
  };
  const move = (p: Persona, dir: -1 | 1) => {
    // Move past the next visible neighbour (searching hides some cards).
    const at = shown.findIndex((x) => x.id === p.id);
    const neighbour = shown[at + dir];
    if (!neighbour) return;
    report(movePersona(doc, p.id, personas.findIndex((x) => x.id === neighbour.id)));
  };

  return (
    <section className="personas-screen persona-gallery" aria-labelledby="personas-heading" onKeyDown={historyKeys(doc)}>
      <div className="toolbar persona-toolbar">
        <h2 id="personas-heading" className="screen-heading">
          {PS.heading}
        </h2>
        <button type="button" className="primary" onClick={create}>
          + {PS.newPersona}
        </button>
        <HistoryButtons />
        <input
          type="search"
          className="push-right persona-search"
          value={query}
          aria-label={PS.search}
          placeholder={PS.search}
          onChange={(e) => setQuery(e.target.value)}
        />
      </div>
      <p className="hint persona-intro">{PS.intro}</p>
      {personas.length === 0 && <p className="empty-state">{PS.noPersonas}</p>}
      {personas.length > 0 && shown.length === 0 && <p className="empty-state">{PS.noMatch(query.trim())}</p>}
      {shown.length > 1 && <p className="hint">{PS.dragHint}</p>}
      <ul className="persona-cards" data-testid="persona-cards">
        {shown.map((p, i) => (
          <li
            key={p.id}
            className={`persona-card-slot${dropIndex === i ? ' drop-before' : ''}`}
            draggable
            onDragStart={(e) => {
              e.dataTransfer.setData(DRAG_MIME, p.id);
              e.dataTransfer.effectAllowed = 'move';
            }}
            onDragOver={(e) => {
              if (!Array.from(e.dataTransfer.types).includes(DRAG_MIME)) return;
              e.preventDefault();
              setDropIndex(i);
            }}
            onDragLeave={() => setDropIndex((d) => (d === i ? null : d))}
            onDrop={(e) => {
              const id = e.dataTransfer.getData(DRAG_MIME);
              setDropIndex(null);
              if (!id || id === p.id) return;
              e.preventDefault();
              report(movePersona(doc, id, personas.findIndex((x) => x.id === p.id)));
            }}
            onDragEnd={() => setDropIndex(null)}
          >
            <PersonaCard
              persona={p}
              projectId={projectId}
              canLeft={i > 0}
              canRight={i < shown.length - 1}
              onMove={(dir) => move(p, dir)}
              onDuplicate={() => {
                const r = duplicatePersona(doc, p.id);
                report(r);
              }}
              onDelete={() => setDeleting(p)}
            />
          </li>
        ))}
      </ul>
      {deleting && <DeletePersonaDialog persona={deleting} onClose={() => setDeleting(null)} />}
    </section>
  );
}

function PersonaCard({
  persona,
  projectId,
  canLeft,
  canRight,
  onMove,
  onDuplicate,
  onDelete,
}: {
  persona: Persona;
  projectId: string;
  canLeft: boolean;
  canRight: boolean;
  onMove: (dir: -1 | 1) => void;
  onDuplicate: () => void;
  onDelete: () => void;
}) {
  const status = usePersonaStatus(persona);
  const teams = useTeams();
  const name = personaName(persona);
  const summary = personaSummary(persona);
  return (
    <article className="persona-card" data-testid="persona-card" aria-label={name} data-ctx-kind="persona" data-ctx-id={persona.id}>
      <div className="persona-card-top">
        <PersonaAvatar persona={persona} size={72} />
        <div className="persona-card-text">
          <a className="persona-card-name" href={`#/p/${projectId}/personas/${persona.id}`} aria-label={PS.openPersona(name)} dir="auto">
            {name}
          </a>
          {persona.role && (
            <span className="persona-card-role" dir="auto">
              {persona.role}
            </span>
          )}
        </div>
        <Menu
          label={PS.personaActions(name)}
          items={[
            { label: PS.duplicate, run: onDuplicate },
            { label: PS.moveLeft, run: () => onMove(-1), disabled: !canLeft },
            { label: PS.moveRight, run: () => onMove(1), disabled: !canRight },
            { label: PS.delete, run: onDelete, danger: true },
          ]}
        />
      </div>
      {summary && (
        <p className="persona-card-summary" dir="auto">
          {summary}
        </p>
      )}
      <PersonaCardParts personaId={persona.id} />
      {status && (
        <div className={`persona-card-status ${status.agreed ? 'is-agreed' : 'is-draft'}`} data-testid="persona-card-status">
          <p className="status-headline">
            <span aria-hidden className="state-icon">
              {status.agreed ? '✓' : '✎'}
            </span>{' '}
            {status.agreed ? PS.statusAgreed : PS.statusDraft}
          </p>
          {progressLine(status, teams) && (
            <p className="status-progress" data-testid="persona-card-progress">
              {progressLine(status, teams)}
            </p>
          )}
          <StatusDetails persona={persona} status={status} teams={teams} max={3} />
        </div>
      )}
    </article>
  );
}

function DeletePersonaDialog({ persona, onClose }: { persona: Persona; onClose: () => void }) {
  const doc = useProjectDoc();
  const maps = useProject(useShallow((s) => sortByOrder(Object.values(s.maps))));
  const emotions = useProject(useShallow((s) => Object.values(s.emotions).filter((e) => e.personaId === persona.id)));
  const usage = personaUsage(persona.id, maps, emotions);
  const name = personaName(persona);
  const message = usage.maps.length
    ? PS.deleteUsed(usage.maps.map((m) => `“${m.title}”`).join(', '), usage.maps.length, usage.emotionPoints)
    : PS.deleteUnused;
  return (
    <ConfirmDialog
      title={PS.deleteConfirmTitle(name)}
      message={message}
      confirmLabel={PS.confirmDelete}
      onClose={onClose}
      onConfirm={() => {
        if (report(deletePersona(doc, persona.id))) {
          showToast(PS.deleted(name), { action: { label: PS.undo, run: () => undo(doc) } });
        }
      }}
    />
  );
}
