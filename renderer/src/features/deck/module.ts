/** The slide deck: the briefing, the map by stages, the handoff contracts, KPI charts and the actions as a .pptx. */
import { inProject } from '../../commands/targets';
import type { Command } from '../../commands/types';
import type { FeatureModule } from '../../shared/featureModule';
import type { ExportItem } from '../../shared/report';
import { showToast } from '../../ui/toasts';
import { breathe, withProgress } from '../../ui/progress';
import { U } from '../../i18n/ui';
import type { ProjectSnapshot } from '../../document/projection';
import { BW } from '../../shared/briefingText';
import { DK } from './strings';

// The deck's model and pptxgenjs are fetched when a deck is made.
const exportDeck = (snap: ProjectSnapshot): Promise<string | null> => import('./exportDeck').then((m) => m.exportDeck(snap));

const deckExport: ExportItem = { id: 'deck', label: DK.download, progress: DK.making, run: exportDeck };

/** The palette's way to the same file as the Export menu's item (same progress, same words). */
const DECK_COMMANDS: readonly Command[] = [
  {
    id: 'file.downloadDeck',
    label: () => DK.download,
    keywords: () => DK.keywords,
    group: 'file',
    icon: 'download',
    enabled: inProject,
    unavailable: () => DK.noProject,
    run: (ctx) => {
      const snap = ctx.project?.store.getState();
      if (!snap) return;
      withProgress(DK.making, async (p) => {
        await breathe();
        p.check();
        return exportDeck(snap);
      })
        .then((r) => (r.ok ? r.value && showToast(r.value) : showToast(U.progress.cancelled(DK.making))))
        .catch((err) => showToast(String((err as Error)?.message ?? err), { tone: 'error' }));
    },
  },
];

export const deckModule: FeatureModule = {
  id: 'deck',
  strings: { deck: DK, briefing: BW },
  commands: DECK_COMMANDS,
  report: { exports: [deckExport] },
};
