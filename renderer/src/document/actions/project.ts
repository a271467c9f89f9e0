import type * as Y from 'yjs';
import { cleanText, LIMITS } from '../../domain/limits';
import { DEFAULT_NAMES } from '../../domain/defaultNames';
import { change } from '../history';
import { DEFAULT_TEAMS } from '../../domain/templates';
import { metaMap, ORIGIN, putRecord, SCHEMA_VERSION } from '../schema';
import { canonicalCurrency, canonicalLocale, DEFAULT_NUMBER_FORMAT, type NumberFormatSpec } from '../../domain/numberFormat';
import { numberFormatOfMeta } from '../projection';
import { done, refused, type ActionResult } from './result';

/**
 * Stamps a brand-new document as a project (not undoable: there is nothing before it), with the
 * number locale and currency its creator's machine writes (the caller reads them).
 */
export function initProject(doc: Y.Doc, projectId: string, title: string, numberFormat: NumberFormatSpec = DEFAULT_NUMBER_FORMAT): void {
  doc.transact(() => {
    const meta = metaMap(doc);
    meta.set('schemaVersion', SCHEMA_VERSION);
    meta.set('projectId', projectId);
    meta.set('title', cleanTitle(title));
    meta.set('numberLocale', canonicalLocale(numberFormat.locale) ?? DEFAULT_NUMBER_FORMAT.locale);
    meta.set('currency', canonicalCurrency(numberFormat.currency) ?? DEFAULT_NUMBER_FORMAT.currency);
    for (const t of DEFAULT_TEAMS) putRecord(doc, 'teams', t.id, t);
  }, ORIGIN.migration);
}

function cleanTitle(title: string): string {
  const c = cleanText(title, LIMITS.projectTitle, { singleLine: true });
  return c.ok ? c.value : DEFAULT_NAMES.untitledProject;
}

export function renameProject(doc: Y.Doc, title: string): ActionResult {
  const c = cleanText(title, LIMITS.projectTitle, { singleLine: true });
  if (!c.ok) return refused({ code: 'nameEmpty' });
  change(doc, () => metaMap(doc).set('title', c.value));
  return done(undefined, c.truncated ? { code: 'textTruncated', max: LIMITS.projectTitle } : undefined);
}

export function projectTitle(doc: Y.Doc): string {
  const t = metaMap(doc).get('title');
  return typeof t === 'string' ? t : DEFAULT_NAMES.untitledProject;
}

export function projectIdOf(doc: Y.Doc): string | undefined {
  const id = metaMap(doc).get('projectId');
  return typeof id === 'string' ? id : undefined;
}

/**
 * How the project writes numbers and money: a number locale (BCP 47, "de-DE") and a currency
 * (ISO 4217, "EUR"), either or both. One undo step; nothing is written (and no step made) when
 * both are what the project has already. A tag or code Intl does not know is refused by name.
 */
export function setNumberFormat(doc: Y.Doc, format: { locale?: string; currency?: string }): ActionResult<NumberFormatSpec> {
  const meta = metaMap(doc);
  const now = numberFormatOfMeta(meta);
  const locale = format.locale === undefined ? now.numberLocale : canonicalLocale(format.locale);
  if (!locale) return refused({ code: 'project.badLocale', locale: String(format.locale).slice(0, 40) });
  const currency = format.currency === undefined ? now.currency : canonicalCurrency(format.currency);
  if (!currency) return refused({ code: 'project.badCurrency', currency: String(format.currency).slice(0, 40) });
  const next = { locale, currency };
  if (meta.get('numberLocale') === locale && meta.get('currency') === currency) return done(next);
  change(doc, () => {
    if (meta.get('numberLocale') !== locale) meta.set('numberLocale', locale);
    if (meta.get('currency') !== currency) meta.set('currency', currency);
  });
  return done(next);
}
