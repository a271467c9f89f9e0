/** A card's picture, from its context menu or the palette. */
import type { Command } from '../../commands/types';
import { oneCard, onMap } from '../../commands/targets';
import { ES } from './strings';
import { pickPictureForCard, removePictureFromCard } from '../../canvas/cardPicture';

export const EDITOR_COMMANDS: readonly Command[] = [
  {
    id: 'card.addImage',
    label: () => ES.addCardImage,
    keywords: () => ES.imageKeywords,
    group: 'card',
    icon: 'image',
    targets: ['card'],
    enabled: (ctx) => onMap(ctx) && !!oneCard(ctx),
    run: (ctx) => {
      const id = oneCard(ctx);
      if (ctx.doc && id) pickPictureForCard(ctx.doc, id);
    },
  },
  {
    id: 'card.removeImage',
    label: () => ES.removeCardImage,
    keywords: () => ES.imageKeywords,
    group: 'card',
    icon: 'image',
    targets: ['card'],
    enabled: (ctx) => {
      const id = onMap(ctx) ? oneCard(ctx) : undefined;
      return !!(id && ctx.snapshot?.cards[id]?.imageHash);
    },
    run: (ctx) => {
      const id = oneCard(ctx);
      if (ctx.doc && id) removePictureFromCard(ctx.doc, id);
    },
  },
];
