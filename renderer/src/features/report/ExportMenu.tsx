/**
 * The project header's Export menu: the leadership report, the features' files (the slide
 * deck), the open map as PNG or SVG (the whole map, not just what is on screen), every card as
 * CSV, and the project as JSON.
 */
import { useOpenProject } from '../../shared/ProjectContext';
import { Menu, type MenuItem } from '../../ui/Menu';
import { navigate, parseRoute, useHash } from '../../ui/router';
import { showToast } from '../../ui/toasts';
import { exportCardsCsv, exportMapPng, exportMapSvg, exportProjectJson } from './exports';
import { RS } from './strings';
import { breathe, withProgress } from '../../ui/progress';
import { U } from '../../i18n/ui';
import { Icon } from '../../ui/icons';
import { exportItems } from '../../shared/report';

export function ExportMenu() {
  const project = useOpenProject();
  const route = parseRoute(useHash());
  const mapId = route.name === 'map' ? route.mapId : undefined;
  const snap = () => project.store.getState();
  // Long exports (a big map as PNG) show their progress after a second, with Cancel.
  const run = (label: string, work: () => Promise<string | null>) => () => {
    withProgress(label, async (p) => {
      await breathe();
      p.check();
      return work();
    })
      .then((r) => (r.ok ? r.value && showToast(r.value) : showToast(U.progress.cancelled(label))))
      .catch((err) => showToast(RS.exportFailed(String((err as Error)?.message ?? err)), { tone: 'error' }));
  };
  const items: MenuItem[] = [
    { label: RS.exportReport, run: () => navigate({ name: 'project', projectId: project.projectId, section: 'report' }) },
    // Files the features make (the slide deck…), each with its own progress words.
    ...exportItems().map((x) => ({ label: x.label, run: run(x.progress, () => x.run(snap())) })),
  ];
  if (mapId && snap().maps[mapId]) {
    items.push(
      {
        label: RS.exportPng,
        run: run(RS.exportingPng, async () => {
          const r = await exportMapPng(snap(), mapId);
          if (r.reduced) showToast(RS.pngReduced);
          return r.message;
        }),
      },
      { label: RS.exportSvg, run: run(RS.exportingSvg, () => exportMapSvg(snap(), mapId)) },
    );
  }
  items.push(
    { label: RS.exportCsv, run: run(RS.exportingCsv, () => exportCardsCsv(snap())) },
    { label: RS.exportJson, run: run(RS.exportingJson, () => exportProjectJson(snap())) },
  );
  return (
    <Menu
      label={RS.exportMenu}
      icon={
        <>
          <Icon name="download" /> <span className="header-label">{RS.exportMenu}</span>
        </>
      }
      items={items}
    />
  );
}
