/**
 * The one catalogue: every sentence a person reads, gathered from the app's catalogue
 * (strings.ts), each feature's strings.ts and the app-wide pieces (i18n/ui.ts). Components keep
 * importing their own part (S, PS, A…) — those are the same objects as here — and the
 * pseudo-locale, a later translation or a test walks all of them through `catalogue`.
 *
 * Formatting of dates, numbers and lists by locale lives in i18n/format.ts.
 */
import { S } from '../strings';
import { A, HUBSPOT_LABELS } from '../features/alignment/strings';
import { FILE_ERROR_MESSAGES, FS } from '../features/files/strings';
import { HS } from '../features/history/strings';
import { LS } from '../features/live/strings';
import { PS } from '../features/personas/strings';
import { RS } from '../features/report/strings';
import { W } from '../features/workshop/strings';
import { RQ } from '../features/requests/strings';
import { GUIDE } from '../features/help/guide';
import { pseudoLocalize } from './pseudo';
import { U } from './ui';
import { LANE_KIND_LABELS, TEMPLATE_WORDS } from '../domain/templates';

export { formatDate, formatList, formatNumber, currentLocale, setFormatLocale } from './format';
export { U };

export const catalogue = {
  app: S,
  ui: U,
  guide: GUIDE,
  alignment: A,
  hubspot: HUBSPOT_LABELS,
  files: FS,
  fileErrors: FILE_ERROR_MESSAGES,
  history: HS,
  live: LS,
  personas: PS,
  report: RS,
  workshop: W,
  requests: RQ,
  templates: TEMPLATE_WORDS,
  laneKinds: LANE_KIND_LABELS,
} as const;

type Leaf = string | ((...args: never[]) => string);

/**
 * A sentence by its path, e.g. t('app.addStage') or t('ui.palette.nothing', 'xyz'): for code
 * that only knows a key (tests, data-driven lists). Unknown keys come back as the key itself,
 * so a missing sentence shows up instead of crashing.
 */
export function t(path: string, ...args: unknown[]): string {
  let at: unknown = catalogue;
  for (const part of path.split('.')) {
    if (at && typeof at === 'object' && part in (at as object)) at = (at as Record<string, unknown>)[part];
    else return path;
  }
  const leaf = at as Leaf | undefined;
  if (typeof leaf === 'string') return leaf;
  if (typeof leaf === 'function') return (leaf as (...a: unknown[]) => string)(...args);
  return path;
}

let pseudoOn = false;

/** Turns on the pseudo-locale (every string about 40% longer) before the first render. */
export function enablePseudoLocale(): void {
  if (pseudoOn) return;
  pseudoOn = true;
  pseudoLocalize(catalogue as unknown as Record<string, unknown>);
}

export const isPseudoLocale = () => pseudoOn;

export const PSEUDO_KEY = 'baton.pseudoLocale';

/** Whether the pseudo-locale was asked for: `?pseudo` in the address, or the toggle in Display settings. */
export function wantsPseudoLocale(): boolean {
  try {
    if (new URLSearchParams(location.search).has('pseudo')) return true;
    return localStorage.getItem(PSEUDO_KEY) === '1';
  } catch {
    return false;
  }
}
