/**
 * The in-app guide: the workshop method (after shared/DOMAIN.md, in our own words) and every
 * feature, one short topic each, searchable in Help. Defined as a string table (defineStrings: the
 * pseudo-locale rewrites it too) but fetched with the Help dialog, not registered with the home
 * screen's catalogue (~3 KB gzip; README, "What the home screen loads").
 */
import { defineStrings } from '../../i18n';
export interface GuideTopic {
  readonly id: string;
  readonly part: 'method' | 'features';
  readonly title: string;
  readonly body: readonly string[];
}

export const GUIDE: GuideTopic[] = defineStrings([
  // ---- The method ----
  {
    id: 'why',
    part: 'method',
    title: 'Why map the journey together',
    body: [
      'Marketing and sales often answer to different people, use different words and read different reports, so each side blames the other for lost leads.',
      'Buyers now do most of their research alone before they speak to a salesperson, so marketing carries them most of the way and the moment the lead changes hands has to be smooth.',
      'A meeting does not fix this; shared artefacts that both teams built and both trust do. Baton makes those artefacts: personas, the journey map, handoff contracts, shared KPIs and a glossary.',
    ],
  },
  {
    id: 'personas-method',
    part: 'method',
    title: 'Personas: who the customer is',
    body: [
      'Build each persona with both teams in the room: who the best customers are, how they buy (who decides, budget, timeline, channels they trust), which problems you solve, what changes for them, their goals, pains, objections and typical quotes.',
      'Each team can flag the sections it disagrees with. A persona is agreed when every team has signed off every filled-in section.',
    ],
  },
  {
    id: 'journey-method',
    part: 'method',
    title: 'The journey map: how the customer buys',
    body: [
      'One map per persona or segment, from first awareness through purchase to onboarding, retention and advocacy. Columns are the named stages of the buying cycle, each with what the buyer does there.',
      'Rows (lanes) are what the customer does, touchpoints, thoughts and feelings, the emotion curve, pain points, opportunities, the one message both teams give, who owns the step, backstage systems and the numbers watched there.',
    ],
  },
  {
    id: 'handoff-method',
    part: 'method',
    title: 'Handoffs and their contracts',
    body: [
      'A handoff is where a lead passes from one team to the next: marketing to sales (MQL to SQL), sales to customer success, or back to nurture.',
      'Write a contract for each: what makes a lead sales-ready (criteria and a lead score with its rules), how fast sales follows up and how often it tries, what happens to rejected leads and why, and what feedback flows back (which leads became revenue, from which campaign).',
    ],
  },
  {
    id: 'kpis-method',
    part: 'method',
    title: 'Shared goals, KPIs and the glossary',
    body: [
      'Agree on one set of numbers both teams are judged by: conversion per stage, how many sales-ready leads are needed and from where, acquisition cost, lifetime value, retention, win rate — each with a target, an actual and an owner.',
      'Define every stage name, lead status and piece of jargon once in the glossary, so neither side uses a word the other does not understand.',
    ],
  },
  {
    id: 'workshop-method',
    part: 'method',
    title: 'Running the workshop',
    body: [
      'Work through the question sets one at a time (customer profiles, same language, buyer behaviour, leads, social and content), recording each team’s answer and whether they agree. Disagreements become work.',
      'Then map the journey, mark the handoffs and write their contracts, set shared KPIs, dot-vote on the biggest pain points and assign actions with an owner and a due date.',
      'Afterwards keep the rhythm: a weekly cross-team check-in, a monthly roundtable and a quarterly review, each re-opening the same map.',
    ],
  },
  // ---- The features ----
  {
    id: 'projects',
    part: 'features',
    title: 'Projects and journey maps',
    body: [
      'The home screen lists your projects. Create one from the B2B template (seven stages, the usual lanes) or blank; rename, duplicate or delete it from its menu (deleting can be undone).',
      'A project can hold several journey maps: the sidebar lists them, with New journey map below.',
    ],
  },
  {
    id: 'editor',
    part: 'features',
    title: 'Editing the map',
    body: [
      'Double-click a cell, or move there with the arrow keys and press Enter, to add a card; type and press Enter. F2 edits a card, Delete removes it, Alt+arrows move it to the next cell. Home and End jump to the first or last stage (with Ctrl or Cmd, the map’s first or last cell), and the map follows the cursor; deep in a big map the stage and lane names stay along the top and left edges. Drag cards between cells, and drag stage or lane headers to reorder them.',
      'Right-click (or Shift+F10) on a card, stage, lane, persona or handoff shows what you can do with it. Drop a picture on a card to show it there.',
      'Every change is saved at once, and Ctrl+Z undoes it. The emotion curve has one point per stage: drag it or use the arrow keys on it.',
    ],
  },
  {
    id: 'palette',
    part: 'features',
    title: 'The command palette and shortcuts',
    body: [
      'Ctrl+K (⌘K on a Mac) opens the command palette: type a few letters of any command, card, persona, glossary term, map or handoff and press Enter.',
      'Press ? to see every keyboard shortcut. No shortcut fires while you type in a field.',
    ],
  },
  {
    id: 'personas',
    part: 'features',
    title: 'Personas',
    body: [
      'Personas (sidebar) shows every persona as a card. Open one to fill in its sections; each team marks agree or disagree per section with a comment. Drop a picture on it, or choose one.',
      'On a map, “Add a persona to this map” draws the map for that persona, with its own emotion curve.',
    ],
  },
  {
    id: 'alignment',
    part: 'features',
    title: 'Teams, ownership, handoffs, KPIs and glossary',
    body: [
      'Teams (sidebar) names the teams with their colours. Under each stage’s name, choose its owner; the alignment check shows stages nobody owns or several teams claim.',
      'A stage’s handoff menu adds a handoff after it; the contract opens in the side panel. KPIs and funnel holds the shared numbers and the funnel calculator; Glossary holds the terms, which then show on the cards that use them.',
      'Alignment overview lists what is still open: unsigned contracts, disputed terms, KPIs off target.',
    ],
  },
  {
    id: 'workshop',
    part: 'features',
    title: 'Workshop sessions',
    body: [
      'Workshop (sidebar) plans a session from an agenda template, with a timer per item, the questionnaire, dot voting on the map, the parking lot and action items.',
      'The presenter view is made for the projector: large type and strong contrast. The projector theme (Help › Display settings, or the Theme menu) gives every screen the same look.',
    ],
  },
  {
    id: 'live',
    part: 'features',
    title: 'Live sessions in the room',
    body: [
      'In the desktop app, Start live session lets laptops and phones in the room join by a code or a QR code, with no internet. Everyone keeps a full copy, so a dropped Wi-Fi only delays the merge.',
      'Participants on a phone see the participant view: add cards, vote and follow the agenda.',
    ],
  },
  {
    id: 'files',
    part: 'features',
    title: 'Files, backups and version history',
    body: [
      'Save a copy writes the project as a .baton file; open one (or drop it on the window) to add it, or to merge it into the same project here.',
      'Save writes the project back to the file it came from (“Edited” in the header until then); Save as… picks a new file. Baton asks before replacing a file someone changed.',
      'Version history keeps automatic and named versions; preview one and restore it, or undo the restore.',
    ],
  },
  {
    id: 'report',
    part: 'features',
    title: 'The leadership report and exports',
    body: [
      'Leadership report builds a clean PDF for leadership: choose the sections, the paper and the orientation.',
      'Export (in the header) saves the open map as PNG or SVG, every card as CSV and the project as JSON. Long exports show their progress and can be cancelled.',
    ],
  },
  {
    id: 'display',
    part: 'features',
    title: 'Themes, colours and languages',
    body: [
      'The Theme menu switches between the computer’s light or dark setting, light, dark, and the projector theme for the back of the room. Baton remembers your choice on this computer.',
      'Card colours always come with their name for screen readers, and Display settings can show the name on every card too.',
      'Dates and numbers follow this computer’s language settings.',
    ],
  },
]);
