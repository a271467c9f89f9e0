/** Handoffs from the map: add one on a card or after a stage, open or delete it from its context menu. */
import type { Command } from '../../commands/types';
import { inProject, oneCard, onMap, targetOf, targetStage, undoToast } from '../../commands/targets';
import { addHandoff, deleteHandoff } from '../../document/actions/alignment';
import { report } from '../../ui/toasts';
import { openHandoffPanel } from './alignmentUi';
import { A } from './strings';

export const ALIGNMENT_COMMANDS: readonly Command[] = [
  {
    id: 'card.addHandoff',
    label: () => A.cmd.addOnCard,
    keywords: () => A.cmd.keywords,
    group: 'handoff',
    icon: 'handoff',
    targets: ['card'],
    enabled: (ctx) => onMap(ctx) && !!oneCard(ctx),
    run: (ctx) => {
      const id = oneCard(ctx);
      if (!ctx.doc || !ctx.mapId || !id) return;
      const r = addHandoff(ctx.doc, { mapId: ctx.mapId, cardId: id });
      if (report(r) && r.ok) openHandoffPanel(r.value);
    },
  },
  {
    id: 'stage.addHandoffAfter',
    label: () => A.cmd.addAfterStage,
    keywords: () => A.cmd.keywords,
    group: 'handoff',
    icon: 'handoff',
    targets: ['stage'],
    enabled: (ctx) => onMap(ctx) && !!targetStage(ctx),
    run: (ctx) => {
      const id = targetStage(ctx);
      if (!ctx.doc || !ctx.mapId || !id) return;
      const r = addHandoff(ctx.doc, { mapId: ctx.mapId, afterStageId: id });
      if (report(r) && r.ok) openHandoffPanel(r.value);
    },
  },
  {
    id: 'handoff.open',
    label: () => A.cmd.open,
    keywords: () => A.cmd.keywords,
    group: 'handoff',
    icon: 'handoff',
    targets: ['handoff'],
    enabled: (ctx) => onMap(ctx) && !!targetOf(ctx, 'handoff'),
    run: (ctx) => {
      const id = targetOf(ctx, 'handoff');
      if (id) openHandoffPanel(id);
    },
  },
  {
    id: 'handoff.delete',
    label: () => A.cmd.delete,
    group: 'handoff',
    icon: 'trash',
    targets: ['handoff'],
    danger: true,
    enabled: (ctx) => inProject(ctx) && !!targetOf(ctx, 'handoff'),
    run: (ctx) => {
      const id = targetOf(ctx, 'handoff');
      const name = (id && ctx.snapshot?.handoffs[id]?.name) || '';
      if (ctx.doc && id && report(deleteHandoff(ctx.doc, id))) undoToast(ctx, A.handoffDeleted(name));
    },
  },
];
