import { ReactFlowProvider, useReactFlow, type Viewport } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { registerHost } from '../../commands/context';
import { JourneyCanvas } from '../../canvas/JourneyCanvas';
import { fitPadding } from '../../canvas/viewport';
import { MapStrip } from '../../canvas/slots';
import { resetEditor } from '../../canvas/editorState';
import { getSetting } from '../../storage/db';
import { S } from '../../strings';
import { MapToolbar, MapZoomControls, SelectionToolbar } from './MapToolbar';
import { SidePanels } from '../../shared/sidePanel';
import { useStore } from 'zustand';
import { leaveRoom, roomState } from '../../canvas/room';
import { RoomBar } from './RoomBar';

/** The map's zoom for the registry's View commands (toolbar, keys, the desktop menu's View › Zoom). */
function RegisterZoom() {
  const flow = useReactFlow();
  useEffect(
    () =>
      registerHost('flow', {
        zoomIn: () => void flow.zoomIn(),
        zoomOut: () => void flow.zoomOut(),
        fitView: () => void flow.fitView({ padding: fitPadding() }),
      }),
    [flow],
  );
  return null;
}

/** One journey map: its toolbar and canvas. The saved viewport is restored before the canvas mounts. */
export function MapEditor({ mapId }: { mapId: string }) {
  const [viewport, setViewport] = useState<Viewport | undefined | null>(null);
  const room = useStore(roomState, (s) => s.on);
  // Room mode is the map's: leaving the map (another screen, another project) leaves it.
  useEffect(() => () => leaveRoom(), []);
  useEffect(() => {
    resetEditor(mapId);
    let live = true;
    setViewport(null);
    getSetting<Viewport>(`viewport:${mapId}`)
      .catch(() => undefined)
      .then((vp) => live && setViewport(vp && Number.isFinite(vp.zoom) ? vp : undefined));
    return () => {
      live = false;
    };
  }, [mapId]);
  if (viewport === null) return <p className="loading">{S.loading}</p>;
  return (
    <ReactFlowProvider key={mapId}>
      <RegisterZoom />
      <div className={`map-editor${room ? ' in-room' : ''}`}>
        {!room && <MapToolbar mapId={mapId} />}
        {!room && <MapStrip mapId={mapId} />}
        <div className="map-editor-body">
          <div className="canvas-stack">
            <JourneyCanvas mapId={mapId} initialViewport={viewport} />
            {room && <SelectionToolbar mapId={mapId} />}
            {room && <RoomBar mapId={mapId} />}
          </div>
          <SidePanels mapId={mapId} />
        </div>
        {/* Under the canvas, always there (so selecting a card moves nothing and covers no card):
            the zoom and the selection's tools. */}
        {!room && (
          <div className="map-statusbar" data-testid="map-statusbar">
            <MapZoomControls />
            <SelectionToolbar mapId={mapId} />
          </div>
        )}
      </div>
    </ReactFlowProvider>
  );
}
