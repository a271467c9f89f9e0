// Seeds IndexedDB with a synthetic project, then opens it in the real app at zoom 1.
import { putSetting } from '../../renderer/src/storage/db';
import { createProject, withProjectDoc } from '../../renderer/src/storage/projects';
import { fillMap } from './synthetic';

const params = new URLSearchParams(location.search);
const cards = Number(params.get('cards') ?? 2000);
const { projectId } = await createProject(`Bench ${cards}`, 'none');
const mapId = await withProjectDoc(projectId, (doc) => fillMap(doc, cards));
await putSetting(`viewport:${mapId}`, { x: 0, y: 0, zoom: 1 });
(window as unknown as { __seeded: unknown }).__seeded = { projectId, mapId };
document.title = 'seeded';
