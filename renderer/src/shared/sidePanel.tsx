/**
 * The map editor's side panels: a feature registers a panel through its module (`sidePanels` in
 * features/<name>/module.ts) and the editor shows every registered panel beside the canvas. A
 * panel decides for itself when it is open (from its own UI state) and renders null otherwise;
 * `SidePanelFrame` gives every panel the same box, close button and keyboard handling: Escape
 * closes it, and keys typed inside never reach the map's shortcuts.
 */
import type { ComponentType, ReactNode } from 'react';

export interface SidePanel {
  /** Lower-case letters and dashes, e.g. 'alignment'. */
  readonly id: string;
  /** The panel for the open map: null while it is closed. */
  readonly render: ComponentType<{ mapId: string }>;
}

const panels: SidePanel[] = [];

/** Adds panels after those added before (app/install.ts, in the order of app/features.ts). */
export function addSidePanels(list: readonly SidePanel[]): void {
  for (const p of list) {
    if (panels.some((x) => x.id === p.id)) throw new Error(`Two side panels are named "${p.id}"`);
    panels.push(p);
  }
}

export const sidePanels = (): readonly SidePanel[] => panels;

/** Every registered panel of the open map (the map editor places this beside the canvas). */
export function SidePanels({ mapId }: { mapId: string }) {
  return (
    <>
      {panels.map(({ id, render: Panel }) => (
        <Panel key={id} mapId={mapId} />
      ))}
    </>
  );
}

/** The box of a side panel: its name for screen readers, a close button, Escape to close. */
export function SidePanelFrame(props: {
  readonly label: string;
  readonly closeLabel: string;
  readonly onClose: () => void;
  readonly className?: string;
  readonly testId?: string;
  readonly children: ReactNode;
}) {
  return (
    <aside
      className={props.className}
      aria-label={props.label}
      data-testid={props.testId}
      onKeyDown={(e) => {
        e.stopPropagation();
        if (e.key === 'Escape') props.onClose();
      }}
    >
      <button type="button" className="icon-button al-panel-close" aria-label={props.closeLabel} title={props.closeLabel} onClick={props.onClose}>
        ✕
      </button>
      {props.children}
    </aside>
  );
}
