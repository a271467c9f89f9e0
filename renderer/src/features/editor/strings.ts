/**
 * The map editor's words: its toolbars, room mode's bar and a card's picture commands. Part
 * of the one catalogue through the module (`editor`).
 */
import { defineStrings } from '../../i18n';

export const ES = defineStrings({
  // Commands on a card (its context menu, the palette)
  addCardImage: 'Add a picture to the card…',
  removeCardImage: 'Remove the card’s picture',
  imageKeywords: 'picture photo image',

  // Toolbars
  mapTools: 'Map tools',
  roomBar: 'Room mode controls',
  roomTools: 'Personas, alignment and the vote',
  roomToolsShort: 'Map tools',
  roomModeShort: 'Room mode',
  moreTools: 'More',
  moreToolsLabel: 'More map tools',
  selectionTools: 'Selected cards',
  selectionHint: 'Select cards to colour, connect or delete them.',
  moreSelectionLabel: 'More tools for the selected cards',
  zoomControls: 'Zoom',
});
