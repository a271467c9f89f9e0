/**
 * The project header's Export menu: the leadership report, the open map as PNG or SVG (the
 * whole map, not just what is on screen), every card as CSV, and the project as JSON.
 */
import { useOpenProject } from '../project/ProjectContext';
import { Menu, type MenuItem } from '../../ui/Menu';
import { navigate, parseRoute, useHash } from '../../ui/router';
import { showToast } from '../../ui/toasts';
import { exportCardsCsv, exportMapPng, exportMapSvg, exportProjectJson } from './exports';
import { RS } from './strings';

export function ExportMenu() {
  const project = useOpenProject();
  const route = parseRoute(useHash());
  const mapId = route.name === 'map' ? route.mapId : undefined;
  const snap = () => project.store.getState();
  const run = (work: () => Promise<string | null>) => () => {
    work()
      .then((message) => message && showToast(message))
      .catch((err) => showToast(RS.exportFailed(String((err as Error)?.message ?? err)), { tone: 'error' }));
  };
  const items: MenuItem[] = [
    { label: RS.exportReport, run: () => navigate({ name: 'project', projectId: project.projectId, section: 'report' }) },
  ];
  if (mapId && snap().maps[mapId]) {
    items.push(
      {
        label: RS.exportPng,
        run: run(async () => {
          const r = await exportMapPng(snap(), mapId);
          if (r.reduced) showToast(RS.pngReduced);
          return r.message;
        }),
      },
      { label: RS.exportSvg, run: run(() => exportMapSvg(snap(), mapId)) },
    );
  }
  items.push(
    { label: RS.exportCsv, run: run(() => exportCardsCsv(snap())) },
    { label: RS.exportJson, run: run(() => exportProjectJson(snap())) },
  );
  return <Menu label={RS.exportMenu} icon={`⤓ ${RS.exportMenu}`} items={items} />;
}
