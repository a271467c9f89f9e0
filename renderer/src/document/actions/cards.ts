import type * as Y from 'yjs';
import { cleanText, LIMITS } from '../../domain/limits';
import { orderAt, sortByOrder } from '../../domain/ordering';
import { CARD_COLORS, type CardColor } from '../../domain/types';
import type { Refusal } from '../../domain/refusals';
import { change } from '../history';
import { collection, field, getRecord, newId, patch, putRecord, type YRecordOf } from '../schema';
import { deleteRecords } from '../cascade';
import { done, refused, type ActionResult } from './result';
import { cardsLockRefusal, cellTarget, lockRefusal, privateCardFields } from './workshop/guard';

export interface CellRef {
  readonly mapId: string;
  readonly stageId: string;
  readonly laneId: string;
}

function cardsInCell(doc: Y.Doc, cell: CellRef, exclude?: ReadonlySet<string>) {
  const list: { id: string; order: number }[] = [];
  collection(doc, 'cards').forEach((c, id) => {
    if (exclude?.has(id)) return;
    if (field(c, 'stageId') === cell.stageId && field(c, 'laneId') === cell.laneId && field(c, 'mapId') === cell.mapId) {
      const o = field(c, 'order');
      list.push({ id, order: typeof o === 'number' ? o : 0 });
    }
  });
  return sortByOrder(list);
}

function cardCount(doc: Y.Doc, mapId: string): number {
  let n = 0;
  collection(doc, 'cards').forEach((c) => {
    if (field(c, 'mapId') === mapId) n++;
  });
  return n;
}

/** Checks that the cell exists and can hold cards; returns the refusal when it can't. */
function cellProblem(doc: Y.Doc, cell: CellRef): Refusal | undefined {
  const stage = getRecord(doc, 'stages', cell.stageId);
  const lane = getRecord(doc, 'lanes', cell.laneId);
  if (!stage || !lane || field(stage, 'mapId') !== cell.mapId || field(lane, 'mapId') !== cell.mapId) {
    return { code: 'notFound' };
  }
  if (field(lane, 'kind') === 'emotion') return { code: 'cannotCardOnEmotionLane' };
  if (field(lane, 'kind') === 'ownership') return { code: 'cannotCardOnOwnershipLane' };
  return undefined;
}

const isColor = (c: unknown): c is CardColor => (CARD_COLORS as readonly unknown[]).includes(c);

export function addCard(
  doc: Y.Doc,
  cell: CellRef,
  text = '',
  opts: { color?: CardColor; index?: number } = {},
): ActionResult<string> {
  const problem = cellProblem(doc, cell);
  if (problem) return refused(problem);
  const locked = lockRefusal(doc, cellTarget(cell));
  if (locked) return refused(locked);
  if (cardCount(doc, cell.mapId) >= LIMITS.cardsPerMap) return refused({ code: 'tooManyCards', max: LIMITS.cardsPerMap });
  const c = cleanText(text, LIMITS.cardText, { allowEmpty: true });
  const value = c.ok ? c.value : '';
  const id = newId();
  change(doc, () => {
    const siblings = cardsInCell(doc, cell);
    putRecord(doc, 'cards', id, {
      ...cell,
      text: value,
      color: isColor(opts.color) ? opts.color : 'yellow',
      order: orderAt(siblings, opts.index ?? siblings.length),
      ...privateCardFields(doc, cell.mapId),
    });
  });
  return done(id, c.ok && c.truncated ? { code: 'textTruncated', max: LIMITS.cardText } : undefined);
}

/**
 * Sets a card's text. Typing calls this repeatedly with the same `mergeKey` (one per editing
 * session), so the whole edit is one undo step while each keystroke burst is saved at once.
 */
export function updateCardText(doc: Y.Doc, cardId: string, text: string, mergeKey?: string): ActionResult {
  const rec = getRecord(doc, 'cards', cardId);
  if (!rec) return refused({ code: 'notFound' });
  const locked = cardsLockRefusal(doc, [cardId]);
  if (locked) return refused(locked);
  const c = cleanText(text, LIMITS.cardText, { allowEmpty: true });
  const value = c.ok ? c.value : '';
  if (field(rec, 'text') === value) return done(undefined);
  change(doc, () => patch(rec, { text: value }), mergeKey);
  return done(undefined, c.ok && c.truncated ? { code: 'textTruncated', max: LIMITS.cardText } : undefined);
}

export function setCardColor(doc: Y.Doc, cardIds: readonly string[], color: CardColor): ActionResult {
  if (!isColor(color)) return refused({ code: 'notFound' });
  const recs = cardIds.map((id) => getRecord(doc, 'cards', id)).filter((r) => !!r);
  if (!recs.length) return refused({ code: 'notFound' });
  const locked = cardsLockRefusal(doc, cardIds);
  if (locked) return refused(locked);
  change(doc, () => recs.forEach((r) => patch(r, { color })));
  return done(undefined);
}

/** Shows a stored picture on a card (its hash in the assets table), or none (null). */
export function setCardImage(doc: Y.Doc, cardId: string, imageHash: string | null): ActionResult {
  const rec = getRecord(doc, 'cards', cardId);
  if (!rec) return refused({ code: 'notFound' });
  if (imageHash !== null && !/^[0-9a-f]{64}$/.test(imageHash)) return refused({ code: 'notFound' });
  const locked = cardsLockRefusal(doc, [cardId]);
  if (locked) return refused(locked);
  if ((field(rec, 'imageHash') ?? null) === imageHash) return done(undefined);
  change(doc, () => (imageHash ? patch(rec, { imageHash }) : rec.delete('imageHash')));
  return done(undefined);
}

/** Moves cards (in their current order) into a cell, starting at `index` among its cards. */
export function moveCards(doc: Y.Doc, cardIds: readonly string[], to: CellRef, index?: number): ActionResult {
  const problem = cellProblem(doc, to);
  if (problem) return refused(problem);
  const recs = cardIds
    .map((id) => ({ id, rec: getRecord(doc, 'cards', id) }))
    .filter((x): x is { id: string; rec: YRecordOf<'cards'> } => !!x.rec && field(x.rec, 'mapId') === to.mapId);
  if (!recs.length) return refused({ code: 'notFound' });
  const locked = cardsLockRefusal(doc, cardIds, cellTarget(to));
  if (locked) return refused(locked);
  change(doc, () => {
    const moving = new Set(recs.map((r) => r.id));
    const siblings = cardsInCell(doc, to, moving);
    let at = Math.max(0, Math.min(index ?? siblings.length, siblings.length));
    for (const { rec } of recs) {
      const order = orderAt(siblings, at);
      patch(rec, { stageId: to.stageId });
      patch(rec, { laneId: to.laneId });
      patch(rec, { order });
      siblings.splice(at, 0, { id: '', order });
      at++;
    }
  });
  return done(undefined);
}

export function deleteCards(doc: Y.Doc, cardIds: readonly string[]): ActionResult<number> {
  const locked = cardsLockRefusal(doc, cardIds);
  if (locked) return refused(locked);
  let n = 0;
  // Their connectors, handoffs and votes go with them (document/references.ts).
  change(doc, () => {
    n = deleteRecords(doc, 'cards', cardIds).deleted.cards ?? 0;
  });
  return done(n);
}

export interface CardDraft {
  readonly text: string;
  readonly color?: CardColor;
}

/** Adds several cards to one cell as one undo step (paste). */
export function addCards(doc: Y.Doc, cell: CellRef, drafts: readonly CardDraft[]): ActionResult<string[]> {
  const problem = cellProblem(doc, cell);
  if (problem) return refused(problem);
  const locked = lockRefusal(doc, cellTarget(cell));
  if (locked) return refused(locked);
  const room = LIMITS.cardsPerMap - cardCount(doc, cell.mapId);
  if (room <= 0) return refused({ code: 'tooManyCards', max: LIMITS.cardsPerMap });
  const ids: string[] = [];
  change(doc, () => {
    const siblings = cardsInCell(doc, cell);
    let order = orderAt(siblings, siblings.length);
    for (const d of drafts.slice(0, room)) {
      const c = cleanText(d.text, LIMITS.cardText, { allowEmpty: true });
      const id = newId();
      putRecord(doc, 'cards', id, {
        ...cell,
        text: c.ok ? c.value : '',
        color: isColor(d.color) ? d.color : 'yellow',
        order,
        ...privateCardFields(doc, cell.mapId),
      });
      order += 1;
      ids.push(id);
    }
  });
  return done(ids);
}
