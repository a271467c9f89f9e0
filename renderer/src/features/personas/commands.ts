/** A persona's context menu: open, add to the open map, duplicate, delete. */
import type { Command } from '../../commands/types';
import { inProject, targetOf, undoToast } from '../../commands/targets';
import { attachPersona, deletePersona, duplicatePersona } from '../../document/actions/personas';
import { navigate } from '../../ui/router';
import { report } from '../../ui/toasts';
import { PS } from './strings';

export const PERSONA_COMMANDS: readonly Command[] = [
  {
    id: 'persona.open',
    label: () => PS.cmd.open,
    group: 'persona',
    icon: 'persona',
    targets: ['persona'],
    enabled: (ctx) => inProject(ctx) && !!targetOf(ctx, 'persona'),
    run: (ctx) => {
      const id = targetOf(ctx, 'persona');
      if (ctx.project && id) navigate({ name: 'project', projectId: ctx.project.projectId, section: 'personas', itemId: id });
    },
  },
  {
    id: 'persona.addToMap',
    label: () => PS.cmd.addToMap,
    group: 'persona',
    icon: 'map',
    targets: ['persona'],
    enabled: (ctx) => {
      const id = targetOf(ctx, 'persona');
      return !!(id && ctx.mapId && ctx.snapshot && !ctx.snapshot.maps[ctx.mapId]?.personaIds.includes(id));
    },
    run: (ctx) => {
      const id = targetOf(ctx, 'persona');
      if (ctx.doc && ctx.mapId && id) report(attachPersona(ctx.doc, ctx.mapId, id));
    },
  },
  {
    id: 'persona.duplicate',
    label: () => PS.cmd.duplicate,
    group: 'persona',
    targets: ['persona'],
    enabled: (ctx) => inProject(ctx) && !!targetOf(ctx, 'persona'),
    run: (ctx) => {
      const id = targetOf(ctx, 'persona');
      if (ctx.doc && id) report(duplicatePersona(ctx.doc, id));
    },
  },
  {
    id: 'persona.delete',
    label: () => PS.cmd.delete,
    group: 'persona',
    icon: 'trash',
    targets: ['persona'],
    danger: true,
    enabled: (ctx) => inProject(ctx) && !!targetOf(ctx, 'persona'),
    run: (ctx) => {
      const id = targetOf(ctx, 'persona');
      const name = (id && ctx.snapshot?.personas[id]?.name) || PS.unnamed;
      if (ctx.doc && id && report(deletePersona(ctx.doc, id))) undoToast(ctx, PS.deleted(name));
    },
  },
];
