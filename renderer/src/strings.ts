/**
 * Every sentence a person reads, in one catalogue (English first). Plain words, written for
 * the facilitator in front of the room.
 */
import { DEFAULT_NAMES } from './domain/defaultNames';

export const S = {
  appName: 'Baton',
  // Home
  projects: 'Projects',
  newProject: 'New project',
  searchProjects: 'Search projects by title',
  noProjects: 'No projects yet. Create one to start mapping your customer’s journey.',
  noProjectsMatch: (q: string) => `No project’s title contains “${q}”.`,
  projectTitleLabel: 'Project title',
  untitledProject: DEFAULT_NAMES.untitledProject,
  renameProject: 'Rename project',
  duplicateProject: 'Duplicate project',
  deleteProject: 'Delete project',
  openProject: (t: string) => `Open project ${t}`,
  projectDeleted: (t: string) => `Project “${t}” deleted.`,
  copyOf: (t: string) => `Copy of ${t}`,
  lastChanged: 'Last change',
  mapsCount: (n: number) => `${n} ${n === 1 ? 'map' : 'maps'}`,
  cardsCount: (n: number) => `${n} ${n === 1 ? 'card' : 'cards'}`,
  templateLabel: 'Start from',
  create: 'Create',
  cancel: 'Cancel',
  save: 'Save',
  undoAction: 'Undo',
  close: 'Close',
  back: 'Back',
  allProjects: 'All projects',
  // Maps
  journeyMaps: 'Journey maps',
  newMap: 'New journey map',
  mapTitleLabel: 'Map title',
  untitledMap: DEFAULT_NAMES.untitledMap,
  renameMap: 'Rename map',
  duplicateMap: 'Duplicate map',
  deleteMap: 'Delete map',
  openMap: (t: string) => `Open map ${t}`,
  noMaps: 'This project has no journey map yet. Create one from the B2B template or a blank map.',
  mapDeleted: (t: string) => `Map “${t}” deleted.`,
  confirmDeleteMap: (t: string, cards: number) =>
    `Delete the map “${t}” and its ${cards} ${cards === 1 ? 'card' : 'cards'}? You can undo this.`,
  // Editor
  addStage: 'Add stage',
  addLane: 'Add lane',
  addCard: 'Add card',
  renameStage: 'Rename stage',
  editStageDescription: 'Describe the buyer at this stage',
  moveStageLeft: 'Move stage left',
  moveStageRight: 'Move stage right',
  deleteStage: 'Delete stage',
  renameLane: 'Rename lane',
  moveLaneUp: 'Move lane up',
  moveLaneDown: 'Move lane down',
  deleteLane: 'Delete lane',
  laneKind: 'Lane kind',
  stageActions: (n: string) => `Actions for stage ${n}`,
  laneActions: (n: string) => `Actions for lane ${n}`,
  cardLabel: (text: string, stage: string, lane: string) =>
    `Card “${text || 'empty'}” in ${stage}, ${lane}`,
  cellLabel: (stage: string, lane: string) => `${stage}, ${lane}: double-click or press Enter to add a card`,
  editCardText: 'Card text',
  cardColor: 'Card colour',
  colorName: {
    yellow: 'Yellow',
    blue: 'Blue',
    green: 'Green',
    pink: 'Pink',
    purple: 'Purple',
    orange: 'Orange',
    grey: 'Grey',
  } as Record<string, string>,
  deleteSelection: 'Delete selected',
  connectCards: 'Connect the two selected cards',
  undo: 'Undo',
  redo: 'Redo',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fitView: 'Fit map to screen',
  emotionPoint: (stage: string) => `Emotion at ${stage}`,
  personaEmotionPoint: (persona: string, stage: string) => `Emotion of ${persona} at ${stage}`,
  curveLegend: 'Emotion curves',
  ownCurve: 'The map’s own curve',
  curveOf: (n: string) => `${n}’s emotion curve`,
  emotionValue: (v: number) =>
    ['very negative', 'negative', 'neutral', 'positive', 'very positive'][v + 2] ?? String(v),
  stageDeleted: (n: string) => `Stage “${n}” deleted.`,
  laneDeleted: (n: string) => `Lane “${n}” deleted.`,
  deleteStageConfirm: (n: string, cards: number) =>
    `Delete the stage “${n}” and its ${cards} ${cards === 1 ? 'card' : 'cards'}? You can undo this.`,
  deleteLaneConfirm: (n: string, cards: number) =>
    `Delete the lane “${n}” and its ${cards} ${cards === 1 ? 'card' : 'cards'}? You can undo this.`,
  mapHelp:
    'Double-click a cell or press Enter to add a card. Arrow keys move between cells, Alt+arrows move a card, Delete removes it.',
  // Validation
  pastedCards: (n: number) => `Pasted ${n} ${n === 1 ? 'card' : 'cards'}.`,
  pasteNothing: 'Nothing to paste: the clipboard holds no text or Baton cards.',
  pasteNoCell: 'Pick a cell first (click it or move there with the arrow keys), then paste.',
  pasteLimited: (max: number) => `Only the first ${max} lines were pasted.`,
  copiedCards: (n: number) => `Copied ${n} ${n === 1 ? 'card' : 'cards'}.`,
  // Storage
  saved: 'Saved',
  saving: 'Saving…',
  storageQuota:
    'Baton could not save: this computer’s disk (or the browser’s storage quota) is full. Free some space, then choose Try again. Your latest changes are kept in this window until then.',
  storageBlocked:
    'Baton is open in another window with an older version and is blocking an upgrade. Close the other Baton windows, then choose Try again.',
  storageUnreadable:
    'Baton could not read its database on this computer. If a project is open, download a backup of it first; then choose Try again.',
  storageFailed: (detail: string) => `Baton could not save your latest change (${detail}).`,
  tryAgain: 'Try again',
  downloadBackup: 'Download a backup',
  storageClosed:
    'Baton was updated or reset in another window, so this window stopped saving to let it go ahead. Your latest changes are kept here: choose Try again to save them, or download a backup first.',
  startFresh: 'Start fresh (keep the old database)',
  startFreshNote:
    'Start fresh opens an empty database; the old one stays on this computer untouched, so nothing is deleted.',
  newerVersion:
    'This project was made with a newer version of Baton. Update Baton to open it; nothing was changed.',
  migrationFailed: 'This project could not be upgraded to this version of Baton; nothing was changed.',
  projectMissing: 'This project is not on this computer (it may have been deleted).',
  mapMissing: 'This map is not in the project (it may have been deleted).',
  sectionMissing: 'This part of the project does not exist.',
  loading: 'Opening…',
  // Version history labels written by storage (the rest of files/history: features/files, features/history)
  automaticVersion: 'Automatic: while editing',
  beforeImport: (fileName: string) => `Before importing “${fileName}”`,
} as const;
