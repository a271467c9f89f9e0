/**
 * Help's words: the Help and Theme menus and the palette button in the headers, the guide's
 * dialog, About, display settings. Part of the one catalogue through the module (`help`); the
 * guide's topics are in guide.ts. The commands that open these (app.help, app.about…) are the
 * mechanism's and keep their names in i18n/ui.ts.
 */
import { defineStrings } from '../../i18n';
import { plural } from '../../i18n/format';

export const HP = defineStrings({
  // Header buttons
  header: {
    help: 'Help',
    palette: 'Search and commands',
    paletteShort: 'Search',
  },
  help: {
    title: 'Help',
    search: 'Search the guide',
    searchPlaceholder: 'Search: handoff, vote, timer, PDF…',
    noMatch: (q: string) => `No topic mentions “${q}”.`,
    method: 'The workshop method',
    features: 'Baton, feature by feature',
    openShortcuts: 'See every keyboard shortcut',
    openTour: 'Take the five-step tour again',
    openAbout: 'About Baton and its licences',
    topics: (n: number) => plural(n, 'topic', 'topics'),
  },
  about: {
    title: 'About Baton',
    version: (v: string) => `Version ${v}`,
    tagline: 'Customer journey mapping and marketing-to-sales alignment workshops, on your own computers.',
    licence: 'Baton is free software under the MIT licence.',
    dependencies: 'Software inside Baton',
    dependenciesIntro: (n: number) => `Baton is built on ${plural(n, 'open-source package', 'open-source packages')}. Each keeps its own licence:`,
    package: 'Package',
    packageVersion: 'Version',
    packageLicence: 'Licence',
    licenceFile: 'Licence file',
    none: '—',
  },
  theme: {
    label: 'Theme',
    system: 'Follow the computer',
    light: 'Light',
    dark: 'Dark',
    projector: 'Projector (high contrast, large type)',
    switched: (name: string) => `Theme: ${name}.`,
  },
  settings: {
    title: 'Display settings',
    colourLabels: 'Show colour names on cards (for colour-blind readers and black-and-white prints)',
    pseudo: 'Test longer words: lengthen every text by 40% (for translators and testers; reloads the window)',
    direction: 'Right-to-left layout (for testing Arabic, Hebrew, Persian…)',
    language: 'Language',
    languageNote: 'Baton speaks English for now. Dates and numbers follow this computer’s settings.',
  },
});
