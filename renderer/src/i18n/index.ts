/**
 * The one catalogue: every sentence a person reads. The app's own parts (strings.ts, the
 * app-wide pieces in i18n/ui.ts, the templates' words) are built in; each feature contributes
 * its part through its module (`strings` in features/<name>/module.ts), and app/install.ts adds
 * them at start. The sentences for what actions say (i18n/refusals.ts) and the names actions
 * give new records (domain/defaultNames.ts) are built in too. Components keep importing
 * their own part (S, PS, A…): those are the same objects as here, and the pseudo-locale, a
 * later translation or a test walks all of them through `catalogue`. This folder imports no
 * feature.
 *
 * A feature's table is made with `defineStrings`, so the pseudo-locale rewrites it the moment it
 * is defined, before any component reads a word of it at load time (a sidebar label, say).
 *
 * Formatting of dates, numbers and lists by locale lives in i18n/format.ts.
 */
import { S } from '../strings';
import { pseudoLocalize } from './pseudo';
import { U } from './ui';
import { NOTICE_SENTENCES, REFUSAL_SENTENCES } from './refusals';
import { DEFAULT_NAMES } from '../domain/defaultNames';
import { LANE_KIND_LABELS, TEMPLATE_WORDS } from '../domain/templates';

export { formatAmount, formatDate, formatList, formatMoney, formatNumber, formatPercent, currentLocale, numberLocale, setFormatLocale } from './format';
export { U };

/** A part of the catalogue: a record (or list) of strings, sentences with values and nested parts. */
export type StringTable = object;

const BUILT_IN = {
  app: S,
  ui: U,
  templates: TEMPLATE_WORDS,
  laneKinds: LANE_KIND_LABELS,
  refusals: REFUSAL_SENTENCES,
  notices: NOTICE_SENTENCES,
  defaultNames: DEFAULT_NAMES,
} as const;

/** Every part by its name: the built-in ones, then what the features added (see addStrings). */
export const catalogue: Record<string, StringTable> = { ...BUILT_IN };

let pseudoOn = false;
/** What the pseudo-locale has rewritten already, tables and their nested parts (each once). */
const rewritten = new Set<unknown>();

function rewrite(table: StringTable): void {
  if (pseudoOn) pseudoLocalize(table as Record<string, unknown>, rewritten);
}

/**
 * A feature's table of strings, as it is defined (`export const PS = defineStrings({...})`):
 * returns the table itself, rewritten at once when the pseudo-locale is on.
 */
export function defineStrings<T extends StringTable>(table: T): T {
  rewrite(table);
  return table;
}

/**
 * Adds parts to the catalogue under their names (a feature's `strings`). A name holds one
 * table: adding another table under a name that is taken is a mistake and throws.
 */
export function addStrings(parts: Readonly<Record<string, StringTable>>): void {
  for (const [name, table] of Object.entries(parts)) {
    const had = catalogue[name];
    if (had && had !== table) throw new Error(`Two string tables are named "${name}"`);
    rewrite(table);
    catalogue[name] = table;
  }
}

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

/** Turns on the pseudo-locale (every string about 40% longer) before the first render. */
export function enablePseudoLocale(): void {
  if (pseudoOn) return;
  pseudoOn = true;
  for (const table of Object.values(catalogue)) rewrite(table);
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
