/**
 * Room mode's one bar, at the bottom of the map: the agenda chip (a feature's, through the canvas
 * slot), the previous and next stage, zoom and the readable fit, the map's tools (personas, the
 * alignment check, the vote) in a panel that opens above it, and the way out. It hides after a
 * few quiet seconds and comes back with the pointer or the Tab key, so the map keeps the
 * whole window; a toast sits above it (styles: html.room-mode .toasts), never over it.
 */
import { useEffect, useRef, useState } from 'react';
import { CommandButton } from '../../commands/CommandButton';
import { MapStrip, RoomChips } from '../../canvas/slots';
import { U } from '../../i18n/ui';
import { S } from '../../strings';
import { ES } from './strings';
import { Icon } from '../../ui/icons';

/** How long the bar stays after the pointer last moved (ms). */
const HIDE_AFTER_MS = 2500;

export function RoomBar({ mapId }: { mapId: string }) {
  const [shown, setShown] = useState(true);
  const [toolsOpen, setToolsOpen] = useState(false);
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const hideLater = () => {
      clearTimeout(timer);
      timer = setTimeout(() => {
        // Not while the pointer is on it or the keyboard works in it.
        if (bar.current?.matches(':hover, :focus-within')) hideLater();
        else setShown(false);
      }, HIDE_AFTER_MS);
    };
    const wake = () => {
      setShown(true);
      hideLater();
    };
    // Tab brings it back before the focus moves (a hidden bar can't take the focus).
    const onKey = (e: KeyboardEvent) => e.key === 'Tab' && wake();
    hideLater();
    window.addEventListener('pointermove', wake, { passive: true });
    window.addEventListener('focusin', wake);
    window.addEventListener('keydown', onKey, true);
    return () => {
      clearTimeout(timer);
      window.removeEventListener('pointermove', wake);
      window.removeEventListener('focusin', wake);
      window.removeEventListener('keydown', onKey, true);
    };
  }, []);
  return (
    <div className="room-bar-host" data-shown={shown || toolsOpen ? 'true' : 'false'} data-testid="room-bar">
      {toolsOpen && (
        <div className="room-tools" role="region" aria-label={ES.roomTools}>
          <MapStrip mapId={mapId} />
        </div>
      )}
      <div ref={bar} className="room-bar" role="toolbar" aria-label={ES.roomBar}>
        <RoomChips mapId={mapId} />
        <div className="room-bar-group">
          <CommandButton id="view.previousStage" iconOnly />
          <CommandButton id="view.nextStage" iconOnly />
        </div>
        <div className="room-bar-group">
          <CommandButton id="view.zoomOut" iconOnly ariaLabel={S.zoomOut} />
          <CommandButton id="view.zoomIn" iconOnly ariaLabel={S.zoomIn} />
          <CommandButton id="view.fit">{S.fitView}</CommandButton>
        </div>
        <button type="button" aria-expanded={toolsOpen} title={ES.roomTools} onClick={() => setToolsOpen((o) => !o)}>
          <Icon name="more" /> {ES.roomToolsShort}
        </button>
        <CommandButton id="view.leaveRoom">
          <Icon name="close" /> {U.cmd.leaveRoom}
        </CommandButton>
      </div>
    </div>
  );
}
