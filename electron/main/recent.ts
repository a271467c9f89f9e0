/**
 * The list behind File › Open recent: the last project files opened or saved, newest
 * first, kept in a JSON file in the user data folder. (The operating system's own list,
 * app.addRecentDocument, is fed by index.ts as well; it is write-only, hence this one.)
 * No `electron` import.
 */
import { readFile } from 'node:fs/promises';
import { atomicWriteFile } from './files';

export const MAX_RECENT = 10;

/** `file` moved (or added) to the front; same path in another letter case on Windows and
 * macOS counts as the same file. */
export function addRecent(
  list: readonly string[],
  file: string,
  caseInsensitive: boolean,
  max = MAX_RECENT,
): string[] {
  const key = (p: string) => (caseInsensitive ? p.toLowerCase() : p);
  return [file, ...list.filter((p) => key(p) !== key(file))].slice(0, max);
}

export function removeRecent(list: readonly string[], file: string): string[] {
  return list.filter((p) => p !== file);
}

export function parseRecentList(json: unknown, max = MAX_RECENT): string[] {
  if (!Array.isArray(json)) return [];
  return json
    .filter((p): p is string => typeof p === 'string' && p.length > 0 && p.length < 4096)
    .slice(0, max);
}

export async function loadRecentList(file: string): Promise<string[]> {
  try {
    return parseRecentList(JSON.parse(await readFile(file, 'utf8')));
  } catch {
    return [];
  }
}

export function saveRecentList(file: string, list: readonly string[]): Promise<void> {
  return atomicWriteFile(file, JSON.stringify(list, null, 2));
}
