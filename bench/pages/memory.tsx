// The same editor rendered from a document built in memory (no IndexedDB): the floor that
// opening a project from IndexedDB is compared with.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import * as Y from 'yjs';
import '@xyflow/react/dist/style.css';
import '../../renderer/src/styles.css';
import { initProject } from '../../renderer/src/document/actions';
import { attachHistory } from '../../renderer/src/document/history';
import { createProjection } from '../../renderer/src/document/projection';
import { MapEditor } from '../../renderer/src/features/editor/MapEditor';
import { ProjectContext } from '../../renderer/src/shared/ProjectContext';
import type { OpenProject } from '../../renderer/src/storage/openProject';
import { putSetting } from '../../renderer/src/storage/db';
import { installFeatures } from '../../renderer/src/app/install';
import { fillMap } from './synthetic';

// The features plug their badges and strips into the map, as at the app's start.
installFeatures();

const buildStart = performance.now();
const cards = Number(new URLSearchParams(location.search).get('cards') ?? 2000);
const doc = new Y.Doc();
initProject(doc, 'memory', 'In memory');
const mapId = fillMap(doc, cards);
attachHistory(doc);
await putSetting(`viewport:${mapId}`, { x: 0, y: 0, zoom: 1 });
const project: OpenProject = {
  projectId: 'memory',
  doc,
  store: createProjection(doc).store,
  persistence: { flush: async () => undefined, pending: () => 0, destroy: () => undefined },
  close: async () => undefined,
};
// The clock starts here, after the document exists: what is measured is rendering it.
(window as unknown as { __buildMs: number }).__buildMs = performance.now() - buildStart;
createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <ProjectContext.Provider value={project}>
      <div style={{ height: '100vh', display: 'flex', flexDirection: 'column' }}>
        <MapEditor mapId={mapId} />
      </div>
    </ProjectContext.Provider>
  </StrictMode>,
);
