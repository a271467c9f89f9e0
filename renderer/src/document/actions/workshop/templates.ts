/**
 * Agenda templates: save an agenda as one, rename, edit, remove, reset the built-in ones.
 */
import type * as Y from 'yjs';
import { clampMinutes } from '../../../domain/workshop/readers';
import { AGENDA_LINKS, WORKSHOP_LIMITS as L, type AgendaLink, type SessionTemplate, type TemplateItem } from '../../../domain/workshop/records';
import { BUILT_IN_TEMPLATES, QUESTION_SETS, questionSetId } from '../../../domain/workshop/templates';
import { change } from '../../history';
import { getRecord, newId, putRecord } from '../../schema';
import { deleteRecords } from '../../cascade';
import { done, refused, type ActionResult } from '../result';
import { readAll } from './guard';
import { agendaOf } from './sessions';
import { clean } from './text';

// ---- Agenda templates ----

function templatesById(doc: Y.Doc): Record<string, SessionTemplate> {
  const out: Record<string, SessionTemplate> = {};
  for (const t of readAll(doc, 'sessionTemplates')) out[t.id] = t;
  return out;
}

function findTemplate(doc: Y.Doc, templateId: string): SessionTemplate | undefined {
  const stored = templatesById(doc);
  if (stored[templateId]) return stored[templateId];
  const b = BUILT_IN_TEMPLATES.find((t) => t.id === templateId);
  return b ? { ...b, hidden: false, builtIn: true } : undefined;
}

const plainItems = (items: readonly TemplateItem[]) =>
  items.map((i) => ({
    title: i.title,
    minutes: i.minutes,
    link: i.link,
    ...(i.questionSet ? { questionSet: i.questionSet } : {}),
  }));

/** Writes a whole template (a built-in one becomes the project's edited copy under the same id). */
function writeTemplate(doc: Y.Doc, t: SessionTemplate): void {
  putRecord(doc, 'sessionTemplates', t.id, {
    name: t.name,
    items: plainItems(t.items),
    order: t.order,
    ...(t.hidden ? { hidden: true } : {}),
  });
}

export function saveAgendaAsTemplate(
  doc: Y.Doc,
  sessionId: string,
  name: string,
): ActionResult<string> {
  if (!getRecord(doc, 'sessions', sessionId)) return refused({ code: 'workshop.sessionMissing' });
  const c = clean(name, L.title);
  if (!c.ok) return refused({ code: 'nameEmpty' });
  const items = agendaOf(doc, sessionId);
  if (!items.length) return refused({ code: 'workshop.emptyAgenda' });
  const own = readAll(doc, 'sessionTemplates').filter((t) => !t.builtIn);
  if (own.length >= L.templates) return refused({ code: 'workshop.tooManyTemplates', max: L.templates });
  const sets = new Map(QUESTION_SETS.map((s) => [questionSetId(s.key), s.key]));
  const id = newId();
  const maxOrder = Math.max(BUILT_IN_TEMPLATES.length, ...own.map((t) => t.order));
  change(doc, () =>
    writeTemplate(doc, {
      id,
      name: c.value,
      order: maxOrder + 1,
      hidden: false,
      builtIn: false,
      items: items.map((i) => ({
        title: i.title,
        minutes: i.minutes,
        link: i.link,
        ...(sets.get(i.questionSetId) ? { questionSet: sets.get(i.questionSetId) } : {}),
      })),
    }),
  );
  return done(id, { code: 'workshop.templateSaved', name: c.value });
}

export function renameTemplate(doc: Y.Doc, templateId: string, name: string): ActionResult {
  const t = findTemplate(doc, templateId);
  if (!t) return refused({ code: 'workshop.templateMissing' });
  const c = clean(name, L.title);
  if (!c.ok) return refused({ code: 'nameEmpty' });
  if (c.value !== t.name) change(doc, () => writeTemplate(doc, { ...t, name: c.value }));
  return done(undefined);
}

/** Replaces a template's items (template editing is rare and by one person, so whole-list writes are fine). */
export function setTemplateItems(
  doc: Y.Doc,
  templateId: string,
  items: readonly TemplateItem[],
  mergeKey?: string,
): ActionResult {
  const t = findTemplate(doc, templateId);
  if (!t) return refused({ code: 'workshop.templateMissing' });
  const cleaned: TemplateItem[] = [];
  for (const i of items.slice(0, L.agendaItems)) {
    const c = clean(i.title, L.title);
    if (!c.ok) continue;
    cleaned.push({
      title: c.value,
      minutes: clampMinutes(i.minutes),
      link: (AGENDA_LINKS as readonly string[]).includes(i.link) ? (i.link as AgendaLink) : '',
      ...(i.questionSet ? { questionSet: i.questionSet } : {}),
    });
  }
  change(doc, () => writeTemplate(doc, { ...t, items: cleaned }), mergeKey);
  return done(undefined);
}

/** Removes a template from the list (a built-in one is hidden; "reset" brings it back). */
export function removeTemplate(doc: Y.Doc, templateId: string): ActionResult {
  const t = findTemplate(doc, templateId);
  if (!t) return refused({ code: 'workshop.templateMissing' });
  change(doc, () => {
    if (t.builtIn) writeTemplate(doc, { ...t, hidden: true });
    else deleteRecords(doc, 'sessionTemplates', [templateId]);
  });
  return done(undefined);
}

export function resetTemplate(doc: Y.Doc, templateId: string): ActionResult {
  if (!BUILT_IN_TEMPLATES.some((t) => t.id === templateId)) return refused({ code: 'workshop.templateMissing' });
  if (getRecord(doc, 'sessionTemplates', templateId))
    change(doc, () => deleteRecords(doc, 'sessionTemplates', [templateId]));
  return done(undefined);
}
