/**
 * What the import remembers per project, on this computer only (the settings table, never the
 * document or a .baton file): the person's answers for values the CRM export holds that Baton
 * did not know (custom lifecycle stages, lead statuses), and the column mapping of a file it did
 * not recognise, by its header row. The next export of the same CRM reads without asking again.
 */
import type { ColumnMapping, ValueAnswers } from '../../domain/crm';
import { getSetting, putSetting } from '../../storage/db';

export interface Remembered {
  readonly answers: ValueAnswers;
  readonly mappings: Readonly<Record<string, ColumnMapping>>;
}

const key = (projectId: string) => `crmImport:${projectId}`;
export const headerKey = (headers: readonly string[]) => headers.map((h) => h.trim().toLowerCase()).join('\u0001');

export async function recall(projectId: string): Promise<Remembered> {
  try {
    const v = await getSetting<Remembered>(key(projectId));
    if (!v || typeof v !== 'object') return { answers: {}, mappings: {} };
    const answers = v.answers && typeof v.answers === 'object' ? Object.fromEntries(Object.entries(v.answers).filter(([, a]) => typeof a === 'string')) : {};
    const mappings = v.mappings && typeof v.mappings === 'object' ? v.mappings : {};
    return { answers: answers as ValueAnswers, mappings };
  } catch {
    return { answers: {}, mappings: {} };
  }
}

export async function remember(projectId: string, answers: ValueAnswers, mappings: Readonly<Record<string, ColumnMapping>>): Promise<void> {
  const before = await recall(projectId);
  await putSetting(key(projectId), { answers: { ...before.answers, ...answers }, mappings: { ...before.mappings, ...mappings } }).catch(() => undefined);
}
