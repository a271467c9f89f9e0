/**
 * A session's agenda: its items, their order, titles, minutes and links.
 */
import type * as Y from 'yjs';
import { orderAt } from '../../../domain/ordering';
import { clampMinutes } from '../../../domain/workshop/readers';
import { WORKSHOP_LIMITS as L } from '../../../domain/workshop/records';
import { DEFAULT_NAMES } from '../../../domain/defaultNames';
import { change } from '../../history';
import { field, getRecord, newId, patch, putRecord } from '../../schema';
import { deleteRecords } from '../../cascade';
import { done, refused, type ActionResult } from '../result';
import { facilitatorOnly } from './guard';
import { agendaOf } from './sessions';
import { clean, truncated } from './text';

// ---- The agenda ----

export function addAgendaItem(
  doc: Y.Doc,
  sessionId: string,
  title: string = DEFAULT_NAMES.newAgendaItem,
  minutes = 10,
): ActionResult<string> {
  const no = facilitatorOnly(doc);
  if (no) return refused(no);
  if (!getRecord(doc, 'sessions', sessionId)) return refused({ code: 'workshop.sessionMissing' });
  const items = agendaOf(doc, sessionId);
  if (items.length >= L.agendaItems) return refused({ code: 'workshop.tooManyItems', max: L.agendaItems });
  const c = clean(title, L.title);
  const id = newId();
  change(doc, () =>
    putRecord(doc, 'agendaItems', id, {
      sessionId,
      title: c.ok ? c.value : DEFAULT_NAMES.newAgendaItem,
      minutes: clampMinutes(minutes),
      link: '',
      state: 'pending',
      order: orderAt(items, items.length),
    }),
  );
  return done(id);
}

export function renameAgendaItem(doc: Y.Doc, itemId: string, title: string): ActionResult {
  const no = facilitatorOnly(doc);
  if (no) return refused(no);
  const rec = getRecord(doc, 'agendaItems', itemId);
  if (!rec) return refused({ code: 'notFound' });
  const c = clean(title, L.title);
  if (!c.ok) return refused({ code: 'nameEmpty' });
  if (field(rec, 'title') !== c.value) change(doc, () => patch(rec, { title: c.value }));
  return done(undefined, truncated(c, L.title));
}

export function setAgendaMinutes(doc: Y.Doc, itemId: string, minutes: number): ActionResult {
  const no = facilitatorOnly(doc);
  if (no) return refused(no);
  const rec = getRecord(doc, 'agendaItems', itemId);
  if (!rec) return refused({ code: 'notFound' });
  if (!Number.isFinite(minutes)) return done(undefined);
  const m = clampMinutes(minutes);
  if (field(rec, 'minutes') !== m) change(doc, () => patch(rec, { minutes: m }));
  return done(undefined);
}

export function moveAgendaItem(doc: Y.Doc, itemId: string, toIndex: number): ActionResult {
  const no = facilitatorOnly(doc);
  if (no) return refused(no);
  const rec = getRecord(doc, 'agendaItems', itemId);
  if (!rec) return refused({ code: 'notFound' });
  const all = agendaOf(doc, String(field(rec, 'sessionId')));
  const from = all.findIndex((x) => x.id === itemId);
  const target = Math.max(0, Math.min(toIndex, all.length - 1));
  if (from === target) return done(undefined);
  change(doc, () =>
    rec.set(
      'order',
      orderAt(
        all.filter((x) => x.id !== itemId),
        target,
      ),
    ),
  );
  return done(undefined);
}

export function removeAgendaItem(doc: Y.Doc, itemId: string): ActionResult {
  const no = facilitatorOnly(doc);
  if (no) return refused(no);
  if (!getRecord(doc, 'agendaItems', itemId)) return refused({ code: 'notFound' });
  change(doc, () => deleteRecords(doc, 'agendaItems', [itemId]));
  return done(undefined);
}
