/**
 * The built-in commands that are no feature's: the palette, help and shortcuts, themes, new
 * project and map, undo and redo, zoom. The map's own commands are in mapCommands.ts; features
 * add theirs through their modules (features/<name>/module.ts).
 */
import { addMap } from '../document/actions';
import { redo, undo } from '../document/history';
import { U } from '../i18n/ui';
import { S } from '../strings';
import { openOverlay } from '../ui/overlays';
import { navigate } from '../ui/router';
import { setColourLabels, setThemeChoice, themeState } from '../ui/theme/theme';
import { leaveRoom, roomState, toggleRoom } from '../canvas/room';
import type { ThemeChoice } from '../ui/theme/palettes';
import { report } from '../ui/toasts';
import { inProject } from './targets';
import type { Command } from './types';

function themeCommand(choice: ThemeChoice, label: () => string): Command {
  return {
    id: `theme.${choice}`,
    label,
    keywords: () => (choice === 'projector' ? `${U.keywords.theme} ${U.keywords.projector}` : U.keywords.theme),
    group: 'view',
    icon: choice === 'dark' ? 'moon' : choice === 'projector' ? 'projector' : 'sun',
    enabled: () => themeState.getState().choice !== choice,
    run: () => setThemeChoice(choice),
  };
}

export const APP_COMMANDS: readonly Command[] = [
  {
    id: 'app.palette',
    menu: 'command-palette',
    label: () => U.cmd.palette,
    keywords: () => U.keywords.palette,
    group: 'app',
    icon: 'search',
    keys: ['Mod+K'],
    enabled: () => true,
    run: () => openOverlay('palette'),
  },
  {
    id: 'app.shortcuts',
    menu: 'shortcuts',
    label: () => U.cmd.shortcuts,
    keywords: () => U.keywords.shortcuts,
    group: 'help',
    icon: 'keyboard',
    keys: ['?'],
    enabled: () => true,
    run: () => openOverlay('shortcuts'),
  },
  {
    id: 'app.help',
    menu: 'help',
    label: () => U.cmd.help,
    keywords: () => U.keywords.help,
    group: 'help',
    icon: 'help',
    keys: ['F1'],
    enabled: () => true,
    run: () => openOverlay('help'),
  },
  {
    id: 'app.about',
    label: () => U.cmd.about,
    keywords: () => U.keywords.about,
    group: 'help',
    icon: 'info',
    enabled: () => true,
    run: () => openOverlay('about'),
  },
  {
    id: 'app.settings',
    label: () => U.cmd.settings,
    keywords: () => U.keywords.theme,
    group: 'view',
    icon: 'sun',
    enabled: () => true,
    run: () => openOverlay('settings'),
  },
  themeCommand('system', () => U.cmd.themeSystem),
  themeCommand('light', () => U.cmd.themeLight),
  themeCommand('dark', () => U.cmd.themeDark),
  themeCommand('projector', () => U.cmd.themeProjector),
  {
    id: 'app.colourLabels',
    label: () => U.cmd.colourLabels,
    keywords: () => U.keywords.colour,
    group: 'view',
    icon: 'colour',
    enabled: () => true,
    run: () => setColourLabels(!themeState.getState().colourLabels),
  },
  {
    id: 'project.new',
    menu: 'new-project',
    label: () => U.cmd.newProject,
    keywords: () => U.keywords.newProject,
    group: 'file',
    icon: 'plus',
    keys: ['Mod+N'],
    keysDesktopOnly: true,
    enabled: () => true,
    run: () => {
      navigate({ name: 'home' });
      // The home screen with its title field ready to type in.
      requestAnimationFrame(() => requestAnimationFrame(() => document.getElementById('new-project-title')?.focus()));
    },
  },
  {
    id: 'go.home',
    label: () => U.cmd.allProjects,
    group: 'go',
    icon: 'back',
    enabled: (ctx) => ctx.route.name !== 'home',
    run: () => navigate({ name: 'home' }),
  },
  {
    id: 'map.new',
    label: () => U.cmd.newMap,
    group: 'file',
    icon: 'map',
    enabled: inProject,
    run: (ctx) => {
      if (!ctx.doc || !ctx.project) return;
      const r = addMap(ctx.doc, S.untitledMap, 'b2b');
      if (report(r) && r.ok) navigate({ name: 'map', projectId: ctx.project.projectId, mapId: r.value });
    },
  },
  {
    id: 'edit.undo',
    menu: 'undo',
    label: () => U.cmd.undo,
    group: 'edit',
    icon: 'undo',
    keys: ['Mod+Z'],
    enabled: (ctx) => ctx.canUndo,
    run: (ctx) => ctx.doc && void undo(ctx.doc),
  },
  {
    id: 'edit.redo',
    menu: 'redo',
    label: () => U.cmd.redo,
    group: 'edit',
    icon: 'redo',
    keys: ['Mod+Shift+Z'],
    otherKeys: ['Mod+Y'],
    enabled: (ctx) => ctx.canRedo,
    run: (ctx) => ctx.doc && void redo(ctx.doc),
  },
];

export const VIEW_COMMANDS: readonly Command[] = [
  {
    id: 'view.zoomIn',
    menu: 'zoom-in',
    label: () => U.cmd.zoomIn,
    group: 'view',
    icon: 'plus',
    keys: ['Mod+='],
    enabled: (ctx) => !!ctx.flow,
    run: (ctx) => ctx.flow?.zoomIn(),
  },
  {
    id: 'view.zoomOut',
    menu: 'zoom-out',
    label: () => U.cmd.zoomOut,
    group: 'view',
    icon: 'minus',
    keys: ['Mod+-'],
    enabled: (ctx) => !!ctx.flow,
    run: (ctx) => ctx.flow?.zoomOut(),
  },
  {
    id: 'view.fit',
    menu: 'zoom-reset',
    label: () => U.cmd.fitView,
    group: 'view',
    icon: 'fit',
    keys: ['Mod+0'],
    enabled: (ctx) => !!ctx.flow,
    // In room mode and the projector theme: the readable view (canvas/readable.ts), not the whole map.
    run: (ctx) => ctx.canvas?.fitReadable() || ctx.flow?.fitView(),
  },
  {
    id: 'view.room',
    menu: 'room-mode',
    label: () => U.cmd.roomMode,
    keywords: () => U.keywords.room,
    group: 'view',
    icon: 'room',
    keys: ['Shift+F'],
    enabled: (ctx) => !!ctx.canvas || roomState.getState().on,
    run: (ctx) => {
      toggleRoom();
      ctx.canvas?.focus();
    },
  },
  {
    id: 'view.leaveRoom',
    label: () => U.cmd.leaveRoom,
    group: 'view',
    icon: 'close',
    keys: ['Escape'],
    enabled: () => roomState.getState().on,
    run: () => leaveRoom(),
  },
  {
    id: 'view.nextStage',
    label: () => U.cmd.nextStage,
    group: 'view',
    icon: 'next',
    keys: ['PageDown'],
    // On the map or in room mode: elsewhere PageDown scrolls what it scrolls.
    enabled: (ctx) => !!ctx.canvas && (ctx.focusInCanvas || roomState.getState().on),
    run: (ctx) => ctx.canvas?.stepStage(1),
  },
  {
    id: 'view.previousStage',
    label: () => U.cmd.previousStage,
    group: 'view',
    icon: 'previous',
    keys: ['PageUp'],
    enabled: (ctx) => !!ctx.canvas && (ctx.focusInCanvas || roomState.getState().on),
    run: (ctx) => ctx.canvas?.stepStage(-1),
  },
  {
    id: 'app.contextMenu',
    label: () => U.cmd.contextMenu,
    group: 'app',
    icon: 'menu',
    keys: ['Shift+F10', 'ContextMenu'],
    enabled: () => true,
    // The menu host finds what has the focus (menus.ts); defined here so the key is in one place.
    run: () => window.dispatchEvent(new CustomEvent('baton:context-menu-key')),
  },
];
