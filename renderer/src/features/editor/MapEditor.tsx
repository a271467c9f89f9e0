import { ReactFlowProvider, type Viewport } from '@xyflow/react';
import { useEffect, useState } from 'react';
import { JourneyCanvas } from '../../canvas/JourneyCanvas';
import { MapStrip } from '../../canvas/slots';
import { resetEditor } from '../../canvas/editorState';
import { getSetting } from '../../storage/db';
import { S } from '../../strings';
import { MapToolbar } from './MapToolbar';

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
      <div className="map-editor">
        <MapToolbar mapId={mapId} />
        <MapStrip mapId={mapId} />
        <JourneyCanvas mapId={mapId} initialViewport={viewport} />
      </div>
    </ReactFlowProvider>
  );
}
