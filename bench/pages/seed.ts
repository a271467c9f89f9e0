// Seeds IndexedDB with a synthetic project (`?cards=N`), or only puts a map's saved view back
// at zoom 1 in the top left (`?view=<mapId>`: a pan moves it, and the next open starts there).
import { putSetting } from '../../renderer/src/storage/db';
import { createProject, withProjectDoc } from '../../renderer/src/storage/projects';
import { fillMap } from './synthetic';

const params = new URLSearchParams(location.search);
const view = params.get('view');
if (view) {
  await putSetting(`viewport:${view}`, { x: 0, y: 0, zoom: 1 });
} else {
  const cards = Number(params.get('cards') ?? 2000);
  const { projectId } = await createProject(`Bench ${cards}`, 'none');
  const mapId = await withProjectDoc(projectId, (doc) => fillMap(doc, cards));
  await putSetting(`viewport:${mapId}`, { x: 0, y: 0, zoom: 1 });
  (window as unknown as { __seeded: unknown }).__seeded = { projectId, mapId };
}
document.title = 'seeded';
