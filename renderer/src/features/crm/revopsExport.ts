/**
 * The RevOps specification (domain/crm/revops.ts) saved as two files, a CSV of properties and
 * rules and the same as JSON, from the Export menu and the palette. Configuration only: the
 * stages' CRM words, the handoffs' thresholds, rules and service levels; no CRM row.
 */
import type { ProjectSnapshot } from '../../document/projection';
import { revopsCsv, revopsJson, revopsSpec } from '../../domain/crm/revops';
import { safeFileName } from '../../domain/fileName';
import { platform } from '../../platform';
import { C } from './strings';

const utf8 = (s: string) => new TextEncoder().encode(s);

export async function exportRevopsSpec(snapshot: ProjectSnapshot): Promise<string | null> {
  const spec = revopsSpec(snapshot);
  const base = `${snapshot.info.title || C.untitled} RevOps specification`;
  const csv = safeFileName(base, 'csv');
  if (!(await platform.saveFile(csv, utf8(revopsCsv(spec)), 'text/csv;charset=utf-8', 'csv'))) return null;
  const json = safeFileName(base, 'json');
  if (!(await platform.saveFile(json, utf8(revopsJson(spec)), 'application/json', 'json'))) return C.revopsSaved([csv]);
  return C.revopsSaved([csv, json]);
}
