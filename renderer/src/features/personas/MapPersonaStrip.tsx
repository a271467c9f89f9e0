import { useState } from 'react';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { curveStyle, curveSurface } from '../../domain/curveStyle';
import type { Persona } from '../../domain/personas';
import { attachPersonaTakingOwnCurve, ownCurvePoints } from '../../document/actions/emotionCurves';
import { attachPersona, createPersonaOnMap, detachPersona, placePersonaOnCanvas } from '../../document/actions/personas';
import { PERSONA_LIMITS } from '../../domain/personas';
import { PERSONA_PIN } from './PersonaPinNode';
import { undo } from '../../document/history';
import { Dialog } from '../../ui/Dialog';
import { Menu } from '../../ui/Menu';
import { activeTheme, themeState } from '../../ui/theme/theme';
import { navigate } from '../../ui/router';
import { report, showToast } from '../../ui/toasts';
import { useProject, useProjectDoc } from '../../shared/ProjectContext';
import { PersonaAvatar } from './PersonaAvatar';
import { PS } from './strings';
import { personaName, useOrderedPersonas } from './usePersonas';

/** The personas a map is drawn for, above its stages; each chip is also its curve's legend. */
export function MapPersonaStrip({ mapId }: { mapId: string }) {
  const doc = useProjectDoc();
  const projectId = useProject((s) => s.info.projectId);
  const attachedIds = useProject(useShallow((s) => (s.maps[mapId]?.personaIds ?? []).filter((id) => !!s.personas[id])));
  const hasEmotionLane = useProject((s) => Object.values(s.lanes).some((l) => l.mapId === mapId && l.kind === 'emotion'));
  const all = useOrderedPersonas();
  const pinnedIds = useProject(
    useShallow((s) => Object.values(s.personaPins).filter((pin) => pin.mapId === mapId).map((pin) => pin.personaId)),
  );
  const pinned = new Set(pinnedIds);
  const attached = attachedIds.map((id) => all.find((p) => p.id === id)).filter((p) => !!p);
  const available = all.filter((p) => !attachedIds.includes(p.id));

  const surface = useStore(themeState, () => curveSurface(activeTheme()));
  // The first persona on a map whose own curve holds points: is that curve the persona's?
  const [asking, setAsking] = useState<Persona | null>(null);
  const add = (p: Persona) => {
    if (attached.length === 0 && ownCurvePoints(doc, mapId) > 0) setAsking(p);
    else report(attachPersona(doc, mapId, p.id));
  };

  // Creating one is always offered, and keeps you on the map: no trip to an empty gallery.
  const [creating, setCreating] = useState(false);
  const menuItems = [
    ...available.map((p) => ({ label: PS.attach(personaName(p)), run: () => add(p) })),
    ...(all.length && !available.length ? [{ label: PS.allAttached, run: () => undefined, disabled: true }] : []),
    { label: all.length ? PS.createAnotherPersona : PS.createPersona, run: () => setCreating(true) },
  ];

  return (
    <section className="map-persona-strip" aria-label={PS.mapPersonas} data-testid="map-persona-strip">
      <span className="strip-label">{PS.mapPersonas}:</span>
      {attached.length === 0 && <span className="hint">{PS.noMapPersonas}</span>}
      <ul className="persona-chips" aria-label={hasEmotionLane ? PS.curveLegend : PS.mapPersonas}>
        {attached.map((p, i) => {
          const name = personaName(p);
          return (
            <li key={p.id} className="persona-chip" data-testid="persona-chip" data-ctx-kind="persona" data-ctx-id={p.id}>
              <a href={`#/p/${projectId}/personas/${p.id}`} aria-label={PS.openPersona(name)} className="persona-chip-link">
                <PersonaAvatar persona={p} size={28} />
                <span dir="auto">{name}</span>
                {hasEmotionLane && (
                  <svg width="34" height="12" className="curve-swatch" role="img" aria-label={PS.curveOf(name)}>
                    <line
                      x1="2"
                      x2="32"
                      y1="6"
                      y2="6"
                      stroke={curveStyle(i, surface).color}
                      strokeWidth="3.5"
                      strokeDasharray={curveStyle(i, surface).dash || undefined}
                    />
                  </svg>
                )}
              </a>
              {!pinned.has(p.id) && (
                <button
                  type="button"
                  className="icon-button chip-pin"
                  aria-label={PS.placeOnCanvas(name)}
                  title={PS.placeOnCanvas(name)}
                  onClick={() => {
                    const r = placePersonaOnCanvas(doc, mapId, p.id, -PERSONA_PIN.w - 40, 150 + i * (PERSONA_PIN.h + 16));
                    if (report(r) && r.ok) showToast(PS.placedOnCanvas(name));
                  }}
                >
                  ⊕
                </button>
              )}
              <button
                type="button"
                className="icon-button chip-remove"
                aria-label={PS.detach(name)}
                title={PS.detach(name)}
                onClick={() => {
                  const r = detachPersona(doc, mapId, p.id);
                  if (report(r) && r.ok) {
                    showToast(PS.detached(name, r.value), { action: { label: PS.undo, run: () => undo(doc) } });
                  }
                }}
              >
                ×
              </button>
            </li>
          );
        })}
      </ul>
      <Menu label={PS.attachPersona} icon={`+ ${PS.attachPersona}`} items={menuItems} />
      {creating && <CreatePersonaDialog mapId={mapId} onClose={() => setCreating(false)} />}
      {asking && (
        <Dialog title={PS.adoptCurveTitle(personaName(asking))} onClose={() => setAsking(null)} testId="adopt-curve-dialog">
          <p>{PS.adoptCurveText(personaName(asking))}</p>
          <div className="row spread">
            <button type="button" onClick={() => setAsking(null)}>
              {PS.cancelAdd}
            </button>
            <button
              type="button"
              onClick={() => {
                report(attachPersona(doc, mapId, asking.id));
                setAsking(null);
              }}
            >
              {PS.keepOwnCurve}
            </button>
            <button
              type="button"
              className="primary"
              data-autofocus
              onClick={() => {
                const r = attachPersonaTakingOwnCurve(doc, mapId, asking.id);
                if (report(r) && r.ok) {
                  showToast(PS.curveAdopted(personaName(asking)), { action: { label: PS.undo, run: () => undo(doc) } });
                }
                setAsking(null);
              }}
            >
              {PS.adoptCurve(personaName(asking))}
            </button>
          </div>
        </Dialog>
      )}
    </section>
  );
}

/** Names a new persona and puts it on this map in one step; its page can be filled in later. */
function CreatePersonaDialog({ mapId, onClose }: { mapId: string; onClose: () => void }) {
  const doc = useProjectDoc();
  const projectId = useProject((s) => s.info.projectId);
  const [name, setName] = useState('');
  const create = () => {
    const r = createPersonaOnMap(doc, mapId, name.trim() || undefined);
    if (!report(r) || !r.ok) return;
    onClose();
    const shown = name.trim() || PS.unnamed;
    showToast(PS.createdOnMap(shown), {
      action: { label: PS.fillInPersona, run: () => navigate({ name: 'project', projectId, section: 'personas', itemId: r.value }) },
    });
  };
  return (
    <Dialog title={PS.createPersonaTitle} onClose={onClose} testId="create-persona-dialog">
      <form
        onSubmit={(e) => {
          e.preventDefault();
          create();
        }}
      >
        <label className="field">
          <span>{PS.fields.name}</span>
          <input
            type="text"
            value={name}
            maxLength={PERSONA_LIMITS.shortText}
            placeholder={PS.createPersonaPlaceholder}
            data-autofocus
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <p className="hint">{PS.createPersonaHint}</p>
        <div className="row spread">
          <button type="button" onClick={onClose}>
            {PS.cancelAdd}
          </button>
          <button type="submit" className="primary">
            {PS.createAndAdd}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
