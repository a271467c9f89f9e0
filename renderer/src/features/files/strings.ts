/**
 * What people read about .baton files: opening, merging, saving a copy, recent files.
 * Plain words for the facilitator; every refused file gets one sentence that says what is
 * wrong and that nothing on this computer changed.
 */
import type { ProjectChanges } from '../../document/file/changes';
import { MAP_RECORD_LIMITS, RECORD_LIMITS, type FileErrorKind } from '../../document/file/limits';
import type { CollectionName } from '../../document/schema';
import { defineStrings } from '../../i18n';

import { plural } from '../../i18n/format';

/** How each collection is named in a sentence. */
// Every collection needs its words: typed against the schema so a new one can't be forgotten.
const NOUNS: Record<CollectionName, readonly [string, string]> = {
  maps: ['journey map', 'journey maps'],
  stages: ['stage', 'stages'],
  lanes: ['lane', 'lanes'],
  cards: ['card', 'cards'],
  connectors: ['connection', 'connections'],
  emotions: ['emotion point', 'emotion points'],
  teams: ['team', 'teams'],
  handoffs: ['handoff', 'handoffs'],
  kpis: ['KPI', 'KPIs'],
  kpiReadings: ['KPI reading', 'KPI readings'],
  glossary: ['glossary term', 'glossary terms'],
  funnels: ['funnel', 'funnels'],
  personas: ['persona', 'personas'],
  personaSignoffs: ['persona sign-off', 'persona sign-offs'],
  personaPins: ['persona card on a map', 'persona cards on maps'],
  sessions: ['workshop session', 'workshop sessions'],
  participants: ['participant', 'participants'],
  agendaItems: ['agenda item', 'agenda items'],
  questionSets: ['question set', 'question sets'],
  questions: ['question', 'questions'],
  answers: ['answer', 'answers'],
  voteRounds: ['vote', 'votes'],
  votes: ['dot', 'dots'],
  locks: ['lock', 'locks'],
  parkingLot: ['parked item', 'parked items'],
  decisions: ['decision', 'decisions'],
  actionItems: ['action item', 'action items'],
  sessionTemplates: ['agenda template', 'agenda templates'],
  contentRequests: ['content request', 'content requests'],
  requestRules: ['priority rule', 'priority rules'],
};
function noun(name: string, n: number): string {
  const [one, many] = NOUNS[name as CollectionName] ?? [name.replace(/s$/, ''), name];
  return plural(n, one, many);
}

/** "14 cards added, 3 changed, 1 stage renamed" */
export function describeChanges(c: ProjectChanges): string {
  const parts: string[] = [];
  if (c.titleChanged) parts.push('project renamed');
  for (const col of c.collections) {
    const counts = [
      [col.added, 'added'],
      [col.changed, 'changed'],
      [col.renamed, 'renamed'],
      [col.removed, 'removed'],
    ] as const;
    let first = true;
    for (const [n, verb] of counts) {
      if (!n) continue;
      parts.push(first ? `${noun(col.name, n)} ${verb}` : `${n} ${verb}`);
      first = false;
    }
  }
  return parts.join(', ');
}

export const FS = defineStrings({
  openFile: 'Open a .baton file',
  saveCopy: 'Save a copy',
  saveCopyOf: (title: string) => `Save a copy of ${title} as a .baton file`,
  dropHint: 'Drop a .baton file to open it',
  opening: (name: string) => `Opening “${name}”…`,
  added: (title: string) => `Added the project “${title}” from the file.`,
  restored: (title: string) => `The project “${title}” is back on this computer.`,
  openProjectAction: 'Open it',
  undoMerge: 'Undo the merge',
  merged: (title: string, what: string) => `Merged the file into “${title}”: ${what}.`,
  nothingNew: 'Nothing new: this file holds nothing that isn’t here already.',
  droppedPictures: (n: number) => `${plural(n, 'picture', 'pictures')} in the file could not be read and ${n === 1 ? 'was' : 'were'} left out.`,
  mergeUndone: 'The merge was undone; the project is as it was before.',
  saved: (name: string) => `Saved a copy as “${name}”.`,
  saveFailed: (detail: string) => `Baton could not save the copy (${detail}).`,
  noProjectOpen: 'Open a project first, then save a copy of it.',
  // Save and Save as… (save.ts), the file's name and the Edited marker in the header.
  save: 'Save',
  saveTo: (name: string) => `Save to ${name}`,
  fileGroup: 'Project file',
  edited: 'Edited',
  editedSince: (name: string) => `Changed since it was saved to ${name} or opened from it`,
  savedTo: (name: string) => `Saved to “${name}”.`,
  saveFailedFile: (detail: string) => `Baton could not save the file (${detail}). The project here is unchanged.`,
  cannotWrite: (name: string) => `Baton can’t write to “${name}”. Choose where to save the project.`,
  noProjectToSave: 'Open a project first, then save it.',
  conflictTitle: 'The file changed on disk',
  missingTitle: 'The file is no longer there',
  conflictChanged: (name: string) =>
    `“${name}” was changed outside Baton since Baton opened or saved it. Saving here would replace those changes. To keep both, save as a new file, then open the changed one to merge it in.`,
  conflictMissing: (name: string) => `“${name}” was moved, renamed or deleted since Baton opened or saved it.`,
  conflictSaveAs: 'Save as a new file…',
  conflictOverwrite: (name: string) => `Replace “${name}”`,
  conflictWriteAgain: (name: string) => `Save “${name}” there again`,
  conflictCancel: 'Cancel',
  notABatonName: (name: string) => `“${name}” is not a .baton file. Drop a file that Baton saved.`,
  importFailedStorage: (detail: string) => `Baton could not store the project from this file (${detail}). Nothing was changed.`,
  // Recent files
  recentFiles: 'Recent files',
  recentImported: 'opened',
  recentExported: 'saved',
  openRecent: (name: string) => `Open the project of ${name}`,
  recentMissing: (name: string) =>
    `The project of “${name}” is no longer on this computer. Open the file again to bring it back.`,
  // Safe start (storage/safeStart.ts)
  safeStartSkipped: (title: string | undefined, map: boolean) =>
    `Baton did not reopen ${map ? 'the journey map' : 'the project'} you had open${title ? ` in “${title}”` : ''}, because it did not finish opening last time (it may hold more than Baton can show).`,
  safeStartOpen: 'Open it anyway',
  safeStartDismiss: 'Stay here',

  // The commands (the palette, the desktop menu, the shortcut sheet) and their progress
  cmd: {
    open: 'Open a .baton file…',
    openKeywords: 'import load merge file',
    saveCopy: 'Save a copy of the project…',
    saveCopyKeywords: 'export backup download file',
    savingCopy: 'Saving a copy of the project',
    save: 'Save the project',
    saveAs: 'Save the project as…',
    saveKeywords: 'write file baton',
    savingProject: 'Saving the project',
    importing: (name: string) => `Opening “${name}”`,
  },
} as const);

/** One sentence per way a file can be refused. Each ends by saying nothing changed. */
export const FILE_ERROR_MESSAGES: Record<FileErrorKind, string> = defineStrings({
  'not-a-baton-file': 'This is not a Baton file, or it is damaged (for example cut short while copying). Nothing was changed.',
  'newer-version': 'This file was made with a newer version of Baton. Update Baton to open it; nothing was changed.',
  'migration-failed': 'This file comes from an older Baton and could not be brought up to date. Nothing was changed.',
  'invalid-records': 'This file’s project data is broken or has been tampered with, so Baton did not open it. Nothing was changed.',
  'too-large': 'This file is too large: a Baton file may hold at most 100 MB. Nothing was changed.',
  'too-many-entries': 'This file holds too many parts (more than 2,000) to be a Baton project. Nothing was changed.',
  'zip-bomb': 'This file unpacks to far more than its size, which is how harmful files are built. It was not opened; nothing was changed.',
  'too-deep': 'This file’s data is nested too deeply to be a Baton project. Nothing was changed.',
  'text-too-long': 'This file holds a text longer than 100,000 characters, more than any Baton project has. Nothing was changed.',
  'image-too-large': 'This file holds a picture larger than 10 MB, more than Baton accepts. Nothing was changed.',
  'too-many-records': `This file holds (or, merged into the project here, would make) more than Baton can show smoothly, such as more than ${MAP_RECORD_LIMITS.stages.toLocaleString('en')} stages, ${MAP_RECORD_LIMITS.lanes.toLocaleString('en')} lanes or ${MAP_RECORD_LIMITS.cards.toLocaleString('en')} cards on one map, or ${RECORD_LIMITS.maps.toLocaleString('en')} maps, so it was not opened. Nothing was changed.`,
  'parts-disagree': 'This file’s readable part (project.json) does not match the project inside it, so it may not hold what it shows; Baton did not open it. Nothing was changed.',
});
