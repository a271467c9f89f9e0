/**
 * The words of the mechanisms themselves: the built-in commands, the command palette, the
 * shortcut sheet, context menus, progress, card pictures, the shells' headers, shared form
 * fields, empty maps. English first; part of the one catalogue (i18n/index.ts). A feature's
 * words, its commands' too, are in its own strings.ts (features/<name>/strings.ts), added
 * through its module; test/unit/polish-strings.test.ts checks that every word here is read
 * outside the features' folders.
 */
import { plural } from './format';

export const U = {
  // Command names (the palette, menus, the shortcut sheet)
  cmd: {
    palette: 'Search and run a command',
    shortcuts: 'Keyboard shortcuts',
    help: 'Help and guide',
    about: 'About Baton',
    settings: 'Display settings',
    themeSystem: 'Theme: follow the computer',
    themeLight: 'Theme: light',
    themeDark: 'Theme: dark',
    themeProjector: 'Theme: projector (high contrast, large type)',
    colourLabels: 'Show or hide colour names on cards',
    newProject: 'New project',
    allProjects: 'Go to all projects',
    goTo: (section: string) => `Go to ${section}`,
    newMap: 'New journey map',
    undo: 'Undo',
    redo: 'Redo',
    addStage: 'Add stage',
    addLane: 'Add lane',
    addCard: 'Add card',
    editCard: 'Edit card text',
    deleteCards: 'Delete selected cards',
    selectAll: 'Select every card',
    moveCards: (dir: string) => `Move selected cards ${dir}`,
    cardColour: (colour: string) => `Card colour: ${colour}`,
    connectCards: 'Connect the two selected cards',
    renameStage: 'Rename stage',
    describeStage: 'Describe the buyer at this stage',
    moveStageLeft: 'Move stage left',
    moveStageRight: 'Move stage right',
    deleteStage: 'Delete stage',
    renameLane: 'Rename lane',
    moveLaneUp: 'Move lane up',
    moveLaneDown: 'Move lane down',
    deleteLane: 'Delete lane',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fitView: 'Fit map to screen',
    roomMode: 'Room mode: the map fills the screen',
    leaveRoom: 'Leave room mode',
    nextStage: 'Next stage',
    previousStage: 'Previous stage',
    contextMenu: 'Open the menu of the focused item',
  },
  keywords: {
    palette: 'find search go jump command',
    shortcuts: 'keys keyboard cheat sheet hotkeys',
    help: 'manual guide documentation method workshop',
    about: 'version licence license credits',
    theme: 'colours dark light contrast appearance',
    projector: 'presentation beamer big room contrast',
    editCard: 'rename change text write add',
    deleteCards: 'remove erase',
    colour: 'color',
    newProject: 'create start',
    room: 'full screen fullscreen present projector presentation beamer room',
  },
  directions: { left: 'left', right: 'right', up: 'up', down: 'down' } as Record<string, string>,

  // Command palette
  palette: {
    title: 'Command palette',
    input: 'Type a command, or the name of a card, persona, term, map or handoff',
    placeholder: 'Type to search commands, cards, personas, terms…',
    results: 'Results',
    nothing: (q: string) => `Nothing matches “${q}”. Try fewer letters, or another word.`,
    groups: {
      command: 'Command',
      card: 'Card',
      map: 'Journey map',
    },
    emptyCard: 'Empty card',
    inMap: (map: string, stage: string) => `${map} · ${stage}`,
    disabledHint: 'Not available here',
    count: (n: number) => plural(n, 'result', 'results'),
    hint: 'Arrow keys to choose, Enter to run, Escape to close.',
  },

  // Shortcut sheet
  sheet: {
    title: 'Keyboard shortcuts',
    intro: 'Shortcuts work anywhere except while you type in a field. Ctrl is ⌘ (Cmd) on a Mac.',
    groups: {
      app: 'Everywhere',
      file: 'Files',
      edit: 'Editing',
      map: 'On the map',
      card: 'Cards',
      stage: 'Stages',
      lane: 'Lanes',
      view: 'View',
      go: 'Going places',
      help: 'Help',
    },
    mapKeys: 'Moving on the map',
    arrows: 'Move between cells and cards',
    homeEnd: 'To the first or last stage of the lane',
    modHomeEnd: 'To the first or the last cell of the map',
    shiftEnter: 'New line inside a card',
    escape: 'Stop editing; clear the selection',
    copyPaste: 'Copy, cut, paste cards (plain text pastes one card per line)',
    emotion: 'Change the emotion at a stage (on its point)',
    key: 'Keys',
    action: 'What it does',
  },

  colourTag: (colour: string) => `${colour} card`,

  // Context menus
  menu: {
    cardMenu: 'Card menu',
    stageMenu: (name: string) => `Menu of stage ${name}`,
    laneMenu: (name: string) => `Menu of lane ${name}`,
  },

  // Progress for long work
  progress: {
    cancel: 'Cancel',
    cancelled: (what: string) => `${what}: cancelled. Nothing was saved.`,
    picture: 'Preparing the picture',
    working: 'Working…',
    // While a screen or a part of one is fetched the first time it is opened (ui/lazyPart.tsx).
    loadingPart: (what: string) => `Loading ${what}…`,
  },

  // Card pictures
  picture: {
    added: 'Picture added to the card.',
    removed: 'Picture removed from the card.',
    alt: (text: string) => `Picture on the card “${text}”`,
    onlyOne: 'Only the first picture was used: a card shows one picture.',
    // Checking a picture (of a card or a persona) and storing it
    empty: (f: string) => `“${f}” is empty.`,
    tooLarge: (f: string, mb: string, max: number) => `“${f}” is ${mb} MB; a picture can be at most ${max} MB.`,
    notImage: (f: string) => `“${f}” is not a picture Baton can use. Choose a PNG, JPEG, WebP or GIF file.`,
    unreadable: (f: string) => `“${f}” looks like a picture but could not be read; it may be damaged.`,
    tooManyPixels: (f: string) => `“${f}” has too many pixels to open safely. Choose a smaller picture.`,
    storeFailed: 'The picture could not be saved on this computer.',
  },

  // Header
  header: {
    projectNav: 'Project',
    /** The phone's two header buttons (the sidebar and the header's buttons fold behind them). */
    sectionsMenu: 'Sections and maps',
    headerActionsMenu: 'Project actions',
    tagline: 'Map your customer’s journey with marketing and sales in one room.',
    projectTitlePlaceholder: 'e.g. Acme: marketing and sales alignment',
    projectActions: (title: string) => `Actions for project ${title}`,
    mapActions: (title: string) => `Actions for map ${title}`,
    mapCanvas: (help: string) => `Journey map. ${help}`,
    minimap: 'Overview of the whole map',
    stageGroup: (name: string) => `Stage ${name}`,
    laneGroup: (name: string) => `Lane ${name}`,
    emotionCurve: 'Emotion curve',
    withShortcut: (label: string, keys: string) => `${label} (${keys})`,
    close: 'Close',
  },



  // Shared form fields (renderer/src/shared/fields)
  /** The project's number format (shared/fields/NumberFormatSettings.tsx). */
  numberFormat: {
    title: 'Numbers and money',
    intro: 'How this project writes its figures: on every screen, in the report and its PDF, in the slide deck and in CSV files. Everyone who opens the project sees them the same way.',
    locale: 'Number format',
    currency: 'Currency',
    /** One choice: the language and region in words, then how it writes a number. */
    localeOption: (name: string, example: string) => `${name}: ${example}`,
    currencyOption: (name: string, code: string, sign: string) => (sign && sign !== code ? `${name} (${code}, ${sign})` : `${name} (${code})`),
    example: 'Figures read like this:',
  },

  fields: {
    noOwner: 'No owner',
    shared: 'Shared',
    /** `example` is a number written the reader's way ("1,234.5", "1.234,5"). */
    notANumber: (label: string, example: string) => `${label}: type a number like ${example} (or leave it empty).`,
    kept: (shown: string) => (shown ? `Still saved: ${shown}.` : 'Still saved: empty.'),
  },
};
