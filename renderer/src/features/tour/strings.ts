/**
 * The first-run tour's words: its command, its bar and its five steps. Part of the one
 * catalogue through the module (`tour`).
 */
import { defineStrings } from '../../i18n';

export const TS = defineStrings({
  // The command (the palette, Help › Take the tour)
  cmd: 'Take the tour',
  keywords: 'start onboarding first steps introduction',

  label: 'Tour',
  step: (i: number, n: number) => `Step ${i} of ${n}`,
  next: 'Next step',
  skipStep: 'Skip this step',
  back: 'Previous step',
  skip: 'Skip the tour',
  finish: 'Finish the tour',
  done: 'Tour finished. Help › Take the tour shows it again.',
  steps: [
    {
      title: 'Create a project',
      body: 'A project holds one alignment effort: its maps, personas, handoffs and KPIs. Type a title on the home screen and choose New project.',
      waiting: 'Waiting for a project to open…',
      show: 'Type a project title',
    },
    {
      title: 'Add a card',
      body: 'Double-click a cell of the map (or move there with the arrow keys and press Enter) and type what the customer does there. Enter saves it.',
      waiting: 'Waiting for the first card…',
      show: 'Show me the map',
    },
    {
      title: 'Add a persona to the map',
      body: 'Whose journey is this? Choose “Add a persona to this map” above the stages and create one; both teams fill it in later.',
      waiting: 'Waiting for a persona on the map…',
      show: 'Show me the button',
    },
    {
      title: 'Mark a handoff after a stage',
      body: 'Where does marketing pass the lead to sales? Choose “Handoff after …” above the map, pick the two stages and the two teams, then write its contract.',
      waiting: 'Waiting for a handoff…',
      show: 'Show me the button',
    },
    {
      title: 'Help is always here',
      body: 'Help (top right) has the guide to the workshop method, every shortcut and this tour. Ctrl+K (⌘K on a Mac) finds any command, card or persona.',
      waiting: '',
      show: '',
    },
  ],
});
