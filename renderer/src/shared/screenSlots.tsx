/**
 * Places on the shell's and the alignment layer's screens where a feature adds a part of its
 * own without the screen knowing it (a feature never imports another): tools above the KPI
 * list, a part under each KPI, a part in a handoff's contract panel, a layer inside the
 * open project (a dialog that any of them, or a command, opens), parts of a persona's editor and
 * gallery card, and parts under an agenda item. A feature names them in its
 * module (`screenSlots`); app/install.ts adds them in the order of app/features.ts.
 */
import type { ComponentType } from 'react';

export interface ScreenSlots {
  /** Buttons and notes at the top of the KPI screen. */
  readonly kpiTools?: readonly ComponentType[];
  /** Under each KPI's fields (the KPI screen and the map's side panel). */
  readonly kpiParts?: readonly ComponentType<{ kpiId: string }>[];
  /** In a handoff's contract panel, after the service level. */
  readonly handoffParts?: readonly ComponentType<{ handoffId: string }>[];
  /** Rendered once inside the open project (its dialogs). */
  readonly projectLayers?: readonly ComponentType[];
  /** In a persona's editor, after its fields (what other features hold for this persona). */
  readonly personaParts?: readonly ComponentType<{ personaId: string }>[];
  /** At the bottom of a persona's card in the gallery (one line each). */
  readonly personaCardParts?: readonly ComponentType<{ personaId: string }>[];
  /** Under an agenda item of a session (each part decides from the item's link whether it shows). */
  readonly agendaItemParts?: readonly ComponentType<{ sessionId: string; link: string }>[];
}

type Lists = { -readonly [K in keyof ScreenSlots]-?: ComponentType<never>[] };
const slots: Lists = { kpiTools: [], kpiParts: [], handoffParts: [], projectLayers: [], personaParts: [], personaCardParts: [], agendaItemParts: [] };

export function addScreenSlots(add: ScreenSlots): void {
  for (const k of Object.keys(slots) as (keyof ScreenSlots)[]) {
    for (const c of add[k] ?? []) slots[k].push(c as ComponentType<never>);
  }
}

export function KpiTools() {
  return (
    <>
      {(slots.kpiTools as ComponentType[]).map((C, i) => (
        <C key={i} />
      ))}
    </>
  );
}

export function KpiParts({ kpiId }: { kpiId: string }) {
  return (
    <>
      {(slots.kpiParts as ComponentType<{ kpiId: string }>[]).map((C, i) => (
        <C key={i} kpiId={kpiId} />
      ))}
    </>
  );
}

export function HandoffParts({ handoffId }: { handoffId: string }) {
  return (
    <>
      {(slots.handoffParts as ComponentType<{ handoffId: string }>[]).map((C, i) => (
        <C key={i} handoffId={handoffId} />
      ))}
    </>
  );
}

export function ProjectLayers() {
  return (
    <>
      {(slots.projectLayers as ComponentType[]).map((C, i) => (
        <C key={i} />
      ))}
    </>
  );
}

export function PersonaParts({ personaId }: { personaId: string }) {
  return (
    <>
      {(slots.personaParts as ComponentType<{ personaId: string }>[]).map((C, i) => (
        <C key={i} personaId={personaId} />
      ))}
    </>
  );
}

export function PersonaCardParts({ personaId }: { personaId: string }) {
  return (
    <>
      {(slots.personaCardParts as ComponentType<{ personaId: string }>[]).map((C, i) => (
        <C key={i} personaId={personaId} />
      ))}
    </>
  );
}

export function AgendaItemParts({ sessionId, link }: { sessionId: string; link: string }) {
  return (
    <>
      {(slots.agendaItemParts as ComponentType<{ sessionId: string; link: string }>[]).map((C, i) => (
        <C key={i} sessionId={sessionId} link={link} />
      ))}
    </>
  );
}
