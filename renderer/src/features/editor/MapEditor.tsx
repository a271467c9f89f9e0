import { ReactFlowProvider, useReactFlow, type Viewport } from '@xyflow/react';
import { useCallback, useEffect, useState } from 'react';
import type { MenuCommand } from '../../platform/contract';
import { useMenuCommand } from '../project/useMenuCommands';
import { JourneyCanvas } from '../../canvas/JourneyCanvas';
import { MapStrip } from '../../canvas/slots';
import { resetEditor } from '../../canvas/editorState';
import { getSetting } from '../../storage/db';
import { S } from '../../strings';
import { MapToolbar } from './MapToolbar';
import { MapSidePanel } from '../alignment/MapSidePanel';

const ZOOM_COMMANDS: readonly MenuCommand[] = ['zoom-in', 'zoom-out', 'zoom-reset'];

/** The desktop menu's View › Zoom items act on the map, not on the page. */
function MenuZoom() {
  const flow = useReactFlow();
  const run = useCallback(
    (c: MenuCommand) => {
      if (c === 'zoom-in') void flow.zoomIn();
      else if (c === 'zoom-out') void flow.zoomOut();
      else void flow.fitView({ padding: 0.05 });
    },
    [flow],
  );
  useMenuCommand(ZOOM_COMMANDS, run);
  return null;
}

/** One journey map: its toolbar and canvas. The saved viewport is restored before the canvas mounts. */
export function MapEditor({ mapId }: { mapId: string }) {
  const [viewport, setViewport] = useState<Viewport | undefined | null>(null);
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
      <MenuZoom />
      <div className="map-editor">
        <MapToolbar mapId={mapId} />
        <MapStrip mapId={mapId} />
        <div className="map-editor-body">
          <JourneyCanvas mapId={mapId} initialViewport={viewport} />
          <MapSidePanel mapId={mapId} />
        </div>
      </div>
    </ReactFlowProvider>
  );
}
