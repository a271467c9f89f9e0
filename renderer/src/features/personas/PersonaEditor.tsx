import { useEffect, useId, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { sortByOrder } from '../../domain/ordering';
import {
  addPersonaExtra,
  agreeWithOpenSections,
  removePersonaExtra,
  setPersonaColor,
  setPersonaPicture,
  setPersonaText,
  setTeamSigning,
  updatePersonaExtra,
} from '../../document/actions/personas';
import {
  extraSectionId,
  PERSONA_COLORS,
  SIGNOFF_SECTIONS,
  teamSigns,
  type Persona,
  type PersonaStatus,
  type PersonaTextField,
} from '../../domain/personas';
import { PICTURE_TYPES } from '../../domain/pictures';
import type { Team } from '../../domain/types';
import { report, showToast } from '../../ui/toasts';
import { useProject, useProjectDoc } from '../../shared/ProjectContext';
import { TypingInput } from '../../shared/fields';
import { historyKeys, HistoryButtons } from '../../shared/HistoryButtons';
import { ListEditor } from './ListEditor';
import { PersonaAvatar } from './PersonaAvatar';
import { PersonaOnePager } from './PersonaOnePager';
import { SignoffPanel } from './SignoffPanel';
import { PS } from './strings';
import { progressLine, statusHeadline } from './statusText';
import { usePicturePicker } from './usePicturePicker';
import { PersonaParts } from '../../shared/screenSlots';
import { personaName, sectionLabel, teamName, usePersona, usePersonaStatus, useTeams } from './usePersonas';

/** The persona editor: every section with each team's sign-off beside it, and the picture. */
export function PersonaEditor({ personaId }: { personaId: string }) {
  const doc = useProjectDoc();
  const projectId = useProject((s) => s.info.projectId);
  const persona = usePersona(personaId);
  const status = usePersonaStatus(persona);
  const teams = useTeams();
  const [view, setView] = useState<'edit' | 'page'>('edit');
  const [dragging, setDragging] = useState(false);
  const picker = usePicturePicker(personaId);
  const galleryHref = `#/p/${projectId}/personas`;
  // The maps it is on, in their order: a way back to where it was created or is used.
  const onMaps = useProject(
    useShallow((s) =>
      sortByOrder(Object.values(s.maps))
        .filter((m) => m.personaIds.includes(personaId))
        .map((m) => `${m.id}\u0000${m.title}`),
    ),
  ).map((x) => x.split('\u0000'));

  if (!persona || !status) {
    return (
      <section className="personas-screen">
        <p role="alert" className="empty-state">
          {PS.personaMissing}
        </p>
        <a href={galleryHref}>← {PS.backToGallery}</a>
      </section>
    );
  }
  const name = personaName(persona);

  if (view === 'page') {
    return (
      <section className="personas-screen persona-page-view">
        <div className="toolbar persona-toolbar no-print">
          <button type="button" onClick={() => setView('edit')}>
            ← {PS.backToEditing}
          </button>
          <button type="button" className="primary" onClick={() => window.print()}>
            {PS.print}
          </button>
        </div>
        <PrintScope />
        <PersonaOnePager personaId={personaId} />
      </section>
    );
  }

  const hasFiles = (e: React.DragEvent) => Array.from(e.dataTransfer.types).includes('Files');
  return (
    <section
      className={`personas-screen persona-editor${dragging ? ' drop-active' : ''}`}
      aria-label={PS.editorLabel(name)}
      onKeyDown={historyKeys(doc)}
      onDragOver={(e) => {
        if (!hasFiles(e)) return;
        e.preventDefault();
        e.dataTransfer.dropEffect = 'copy';
        setDragging(true);
      }}
      onDragLeave={(e) => {
        if (!e.currentTarget.contains(e.relatedTarget as Node | null)) setDragging(false);
      }}
      onDrop={(e) => {
        if (!hasFiles(e) && !e.dataTransfer.files.length) return;
        e.preventDefault();
        setDragging(false);
        void picker.accept(e.dataTransfer.files);
      }}
      data-testid="persona-editor"
    >
      <div className="toolbar persona-toolbar">
        <a href={galleryHref} className="back-link">
          ← {PS.backToGallery}
        </a>
        {onMaps.slice(0, 2).map(([mapId, title]) => (
          <a key={mapId} href={`#/p/${projectId}/m/${mapId}`} className="back-link" data-testid="back-to-map">
            ← {PS.backToMap(title ?? '')}
          </a>
        ))}
        <HistoryButtons />
        <button type="button" className="push-right" onClick={() => setView('page')}>
          {PS.onePageView}
        </button>
      </div>
      {dragging && (
        <div className="drop-overlay" aria-hidden>
          {PS.dropHere}
        </div>
      )}
      <div className="persona-editor-body">
        <header className="persona-header">
          <div className="persona-picture-zone">
            <PersonaAvatar persona={persona} size={128} />
            <div className="persona-picture-actions">
              <label className="button-like">
                <input
                  type="file"
                  className="visually-hidden"
                  accept={PICTURE_TYPES.join(',')}
                  aria-label={PS.choosePicture}
                  onChange={(e) => {
                    void picker.accept(e.target.files);
                    e.target.value = '';
                  }}
                />
                {PS.choosePicture}
              </label>
              {persona.imageHash && (
                <button type="button" onClick={() => report(setPersonaPicture(doc, personaId, null))}>
                  {PS.removePicture}
                </button>
              )}
              <p className="hint" aria-live="polite">
                {picker.busy ? PS.pictureAdding : PS.dropHint}
              </p>
            </div>
          </div>
          <div className="persona-title-block">
            <h2 className="persona-title" dir="auto">
              {name}
            </h2>
            {persona.role && (
              <p className="persona-subtitle" dir="auto">
                {persona.role}
              </p>
            )}
            <ColorPicker persona={persona} />
          </div>
          <StatusSummary persona={persona} status={status} teams={teams} />
        </header>

        {SIGNOFF_SECTIONS.map((sec) => {
          const label = PS.sections[sec.id] ?? sec.id;
          const st = status.sections.find((s) => s.section === sec.id);
          return (
            <SectionCard key={sec.id} id={sec.id} label={label}>
              <SectionFields persona={persona} section={sec.id} />
              {st && <SignoffPanel personaId={personaId} status={st} label={label} teams={teams} />}
            </SectionCard>
          );
        })}

        {persona.extras.map((x) => {
          const section = extraSectionId(x.id);
          const st = status.sections.find((s) => s.section === section);
          const label = sectionLabel(persona, section);
          return (
            <SectionCard key={x.id} id={section} label={label} extra>
              <div className="persona-fields">
                <label className="field">
                  <span>{PS.extraLabel}</span>
                  <TypingInput
                    value={x.label}
                    label={PS.extraLabelOf(x.label)}
                    onSave={(text, key, final) => {
                      if (!text.trim() && !final) return;
                      report(updatePersonaExtra(doc, personaId, x.id, { label: text }, key));
                    }}
                  />
                </label>
                <label className="field">
                  <span>{x.label}</span>
                  <TypingInput
                    value={x.value}
                    label={PS.extraValue(x.label)}
                    multiline
                    onSave={(text, key) => report(updatePersonaExtra(doc, personaId, x.id, { value: text }, key))}
                  />
                </label>
                <button type="button" className="danger" onClick={() => report(removePersonaExtra(doc, personaId, x.id))}>
                  {PS.removeExtra(x.label)}
                </button>
              </div>
              {st && <SignoffPanel personaId={personaId} status={st} label={label} teams={teams} />}
            </SectionCard>
          );
        })}

        <div className="persona-extra-add">
          <button type="button" onClick={() => report(addPersonaExtra(doc, personaId))}>
            + {PS.addExtra}
          </button>
        </div>

        <PersonaParts personaId={personaId} />

        <SectionCard id="tags" label={PS.tags}>
          <div className="persona-fields">
            <ListEditor personaId={personaId} field="tags" items={persona.tags} />
          </div>
          <p className="hint signoff-none">{PS.notSignedOff}</p>
        </SectionCard>
      </div>
    </section>
  );
}

/** While the one-page view is shown, printing shows only the page (see styles.css). */
function PrintScope() {
  useEffect(() => {
    document.body.classList.add('printing-persona');
    return () => document.body.classList.remove('printing-persona');
  }, []);
  return null;
}

function SectionCard({
  id,
  label,
  extra,
  children,
}: {
  id: string;
  label: string;
  extra?: boolean;
  children: React.ReactNode;
}) {
  const headingId = useId();
  return (
    <section
      className={`persona-section${extra ? ' persona-section-extra' : ''}`}
      aria-labelledby={headingId}
      data-testid={`section-${id}`}
    >
      <h3 id={headingId} className="persona-section-title" dir="auto">
        {label}
      </h3>
      <div className="persona-section-grid">{children}</div>
    </section>
  );
}

const TEXT_FIELDS_OF: Record<string, readonly PersonaTextField[]> = {
  profile: ['name', 'role', 'company', 'segment', 'priority'],
  quote: ['quote'],
  buying: ['decider', 'influencers', 'budget', 'timeline'],
};

function SectionFields({ persona, section }: { persona: Persona; section: string }) {
  const doc = useProjectDoc();
  const listId = useId();
  const texts = TEXT_FIELDS_OF[section] ?? [];
  const lists = SIGNOFF_SECTIONS.find((s) => s.id === section)?.fields.filter((f) => !texts.includes(f as PersonaTextField)) ?? [];
  return (
    <div className="persona-fields">
      {texts.map((f) => (
        <label key={f} className="field">
          <span>{PS.fields[f]}</span>
          <TypingInput
            value={persona[f]}
            label={PS.fields[f] ?? f}
            multiline={f === 'quote'}
            list={f === 'priority' ? listId : undefined}
            onSave={(text, key) => report(setPersonaText(doc, persona.id, f, text, key))}
          />
        </label>
      ))}
      {texts.includes('priority') && (
        <datalist id={listId}>
          {PS.priorities.map((p) => (
            <option key={p} value={p} />
          ))}
        </datalist>
      )}
      {lists.map((f) => (
        <div key={f} className="field">
          {(texts.length > 0 || lists.length > 1) && <span>{PS.fields[f]}</span>}
          <ListEditor personaId={persona.id} field={f as Exclude<typeof f, PersonaTextField>} items={persona[f as 'goals']} />
        </div>
      ))}
    </div>
  );
}

function ColorPicker({ persona }: { persona: Persona }) {
  const doc = useProjectDoc();
  return (
    <div className="persona-colors" role="radiogroup" aria-label={PS.color}>
      <span className="hint">{PS.color}</span>
      {PERSONA_COLORS.map((c, i) => (
        <button
          key={c}
          type="button"
          role="radio"
          aria-checked={persona.color === c}
          aria-label={PS.colorOption(i)}
          title={PS.colorOption(i)}
          className="persona-swatch"
          style={{ background: c }}
          onClick={() => report(setPersonaColor(doc, persona.id, c))}
        >
          {persona.color === c ? '✓' : ''}
        </button>
      ))}
    </div>
  );
}

/** Agreed or draft, each team's progress, who takes part, and where: disagreements, re-opened sign-offs, sections waiting. */
export function StatusSummary({ persona, status, teams }: { persona: Persona; status: PersonaStatus; teams: readonly Team[] }) {
  const doc = useProjectDoc();
  const headline = statusHeadline(status, teams);
  const progress = progressLine(status, teams);
  const signing = teams.filter((t) => teamSigns(persona, t.id));
  return (
    <div className={`persona-status ${status.agreed ? 'is-agreed' : 'is-draft'}`} data-testid="persona-status" data-agreed={status.agreed}>
      <p className="status-headline" data-testid="persona-status-headline">
        <span aria-hidden className="state-icon">
          {status.agreed ? '✓' : '✎'}
        </span>{' '}
        {headline}
      </p>
      {progress && (
        <p className="status-progress" aria-label={`${PS.progressLabel}: ${progress}`} data-testid="persona-status-progress">
          {progress}
        </p>
      )}
      <StatusDetails persona={persona} status={status} teams={teams} />
      {!status.agreed && status.counted > 0 && (
        <div className="row agree-all">
          {signing.map((t) => (
            <button
              key={t.id}
              type="button"
              onClick={() => {
                const r = agreeWithOpenSections(doc, persona.id, t.id);
                if (report(r) && r.ok) showToast(r.value ? PS.agreedAll(t.name, r.value) : PS.nothingToAgree(t.name));
              }}
            >
              <span className="team-dot" style={{ background: t.color }} aria-hidden /> {PS.agreeAll(t.name)}
            </button>
          ))}
        </div>
      )}
      {teams.length > 0 && (
        <fieldset className="who-signs" data-testid="who-signs">
          <legend>{PS.whoSigns}</legend>
          {teams.map((t) => (
            <label key={t.id} className="who-signs-team" title={PS.teamTakesPart(t.name)}>
              <input
                type="checkbox"
                checked={teamSigns(persona, t.id)}
                aria-label={PS.teamTakesPart(t.name)}
                onChange={(e) => report(setTeamSigning(doc, persona.id, t.id, e.target.checked))}
              />
              <span className="team-dot" style={{ background: t.color }} aria-hidden /> {t.name}
            </label>
          ))}
          <p className="hint">{PS.whoSignsHint}</p>
        </fieldset>
      )}
    </div>
  );
}

/** The lines under a status: shared by the editor and the gallery. */
export function StatusDetails({
  persona,
  status,
  teams,
  max = 20,
}: {
  persona: Persona;
  status: PersonaStatus;
  teams: readonly Team[];
  max?: number;
}) {
  const lines: { key: string; icon: string; text: string; kind: string }[] = [];
  for (const d of status.disagreements) {
    const who = teamName(teams, d.teamId);
    const text = PS.disagreesOn(who, sectionLabel(persona, d.section)) + (d.comment ? `: “${d.comment}”` : '');
    lines.push({ key: `d-${d.section}-${d.teamId}`, icon: '✗', text, kind: 'disagree' });
  }
  for (const r of status.reopened) {
    lines.push({
      key: `r-${r.section}-${r.teamId}`,
      icon: '↻',
      text: PS.reopenedOn(teamName(teams, r.teamId), sectionLabel(persona, r.section)),
      kind: 'reopened',
    });
  }
  if (!lines.length && status.waiting.length && !status.agreed) {
    lines.push({
      key: 'waiting',
      icon: '…',
      text: PS.waitingFor(status.waiting.map((s) => sectionLabel(persona, s)).join(', ')),
      kind: 'waiting',
    });
  }
  if (!lines.length) return null;
  const shown = lines.slice(0, max);
  return (
    <ul className="status-lines">
      {shown.map((l) => (
        <li key={l.key} className={`status-${l.kind}`}>
          <span aria-hidden className="state-icon">
            {l.icon}
          </span>{' '}
          {l.text}
        </li>
      ))}
      {lines.length > shown.length && <li className="hint">+{lines.length - shown.length}</li>}
    </ul>
  );
}
