/**
 * Killed mid-work: a facilitator types in cards (new and existing) and drags cards between
 * stages, and at a random (seeded) moment the page dies — Chromium's real renderer crash
 * (CDP Page.crash) in some rounds, a close without beforeunload in others. The project is
 * reopened and checked against what the person did: everything done more than one second
 * before the crash is there (each keystroke and each drop is timed), nothing appears that
 * nobody did, and the stored document is valid (it loads, migrates, every record reads, every
 * card points at a stage, lane and map of the project).
 *
 * 20 rounds in `npm test` (two tests of 10, run in parallel); a longer run:
 *   CRASH_ROUNDS=100 BATON_WEB_ROOT=… E2E_PORT=… npx playwright test test/e2e/hardening-crash.spec.ts
 * CRASH_SEED=n changes the random stream (the seed of a failing round is in its message).
 */
import { expect, test, type Page } from '@playwright/test';
import * as Y from 'yjs';
import { migrate } from '../../renderer/src/document/migrations';
import { readSnapshot, type ProjectSnapshot } from '../../renderer/src/document/projection';
import { COLLECTIONS, collection, fieldsOf, readers } from '../../renderer/src/document/schema';
import { sortByOrder } from '../../renderer/src/domain/ordering';
import { mulberry32, type Rng } from '../fuzz/rng';
import { createProject } from './helpers';
import { storedUpdates } from './hardening-helpers';

const ROUNDS = Number(process.env.CRASH_ROUNDS || 20);
const SEED = Number(process.env.CRASH_SEED || 20250115);
const ROUNDS_PER_TEST = 10;
/** The promise: what was done this long before the crash is on disk. */
const DURABLE_AFTER_MS = 1000;

interface CardState {
  text: string;
  stageId: string;
  laneId: string;
}
/** `seen`: for a drop, where the pane and the view were as the drag began (read if it fails). */
type Timed<T> = { t: number; value: T; seen?: string };
/** What the person did in one round, each step with the time it reached the page. */
interface RoundLog {
  /** Cards made by a double-click, by id, from the moment their editor showed. */
  created: { id: string; t: number; typed: Timed<string>[]; key: string }[];
  /** Double-clicks whose card id could not be read before the crash. */
  unidentified: number;
  edits: Map<string, Timed<string>[]>;
  moves: Map<string, Timed<string>[]>;
}

/** Reads the project as stored, checks that it is a valid document, returns its cards. */
function validStoredProject(updates: Uint8Array[], projectId: string): { snap: ProjectSnapshot; cards: Map<string, CardState> } {
  expect(updates.length, 'the project has stored updates').toBeGreaterThan(0);
  const doc = new Y.Doc();
  Y.applyUpdate(doc, Y.mergeUpdates(updates));
  expect(doc.store.pendingStructs, 'no update waits for a missing one').toBeNull();
  expect(migrate(doc).ok, 'the stored document migrates').toBe(true);
  const snap = readSnapshot(doc);
  expect(snap.info.projectId).toBe(projectId);
  for (const name of COLLECTIONS) {
    const read = readers[name] as (id: string, f: Record<string, unknown>) => { id: string };
    collection(doc, name).forEach((rec, id) => {
      expect(rec, `${name}/${id} is a record`).toBeInstanceOf(Y.Map);
      expect(read(id, fieldsOf(rec)).id).toBe(id);
    });
  }
  const cards = new Map<string, CardState>();
  for (const c of Object.values(snap.cards)) {
    expect(snap.maps[c.mapId], `card ${c.id} is on a map`).toBeDefined();
    expect(snap.stages[c.stageId]?.mapId, `card ${c.id} is in a stage of its map`).toBe(c.mapId);
    expect(snap.lanes[c.laneId]?.mapId, `card ${c.id} is in a lane of its map`).toBe(c.mapId);
    cards.set(c.id, { text: c.text, stageId: c.stageId, laneId: c.laneId });
  }
  doc.destroy();
  return { snap, cards };
}

// Texts are compared trimmed: a card's text is stored without leading or trailing spaces.

/** The last value set at or before `limit`, or `base`; and every value that may follow it. */
function allowed<T>(base: T, log: readonly Timed<T>[] | undefined, limit: number): { confirmed: T; possible: T[] } {
  const entries = log ?? [];
  const lastConfirmed = entries.filter((e) => e.t <= limit).pop();
  const confirmed = lastConfirmed ? lastConfirmed.value : base;
  const after = entries.filter((e) => e.t > limit).map((e) => e.value);
  return { confirmed, possible: [confirmed, ...after] };
}

function checkRound(before: Map<string, CardState>, after: Map<string, CardState>, log: RoundLog, crashAt: number, where: string) {
  const limit = crashAt - DURABLE_AFTER_MS;
  // Cards that were there: still there, their text and stage as confirmed (or later).
  for (const [id, base] of before) {
    const now = after.get(id);
    expect(now, `${where}: card "${base.text}" survives`).toBeDefined();
    const edits = log.edits.get(id);
    const text = allowed(base.text, edits, limit);
    const final = edits?.length ? edits[edits.length - 1]!.value : base.text;
    expect(now!.text.startsWith(text.confirmed.trim()), `${where}: "${now!.text}" keeps what was typed before ${DURABLE_AFTER_MS} ms ("${text.confirmed}")`).toBe(true);
    expect(final.trim().startsWith(now!.text), `${where}: "${now!.text}" is something the person typed ("${final}")`).toBe(true);
    const stage = allowed(base.stageId, log.moves.get(id), limit);
    const moves = (log.moves.get(id) ?? []).map((m) => `${m.value.slice(0, 8)} at ${m.t - crashAt} ms${m.seen ? ` [${m.seen}]` : ''}`).join(', ');
    expect(stage.possible, `${where}: card "${base.text}" is where it was dropped (from ${base.stageId.slice(0, 8)}: ${moves})`).toContain(now!.stageId);
    expect(now!.laneId).toBe(base.laneId);
  }
  // New cards: each one made in time is there, with its confirmed text; no other card appears.
  const made = new Set(log.created.map((c) => c.id));
  const strangers = [...after.keys()].filter((id) => !before.has(id) && !made.has(id));
  expect(strangers.length, `${where}: no card appears that nobody made`).toBeLessThanOrEqual(log.unidentified);
  for (const c of log.created) {
    const now = after.get(c.id);
    const final = c.typed.length ? c.typed[c.typed.length - 1]!.value : '';
    if (now) {
      const confirmed = allowed('', c.typed, limit).confirmed;
      expect(final.trim().startsWith(now.text), `${where}: new card "${now.text}" is something the person typed ("${final}")`).toBe(true);
      expect(now.text.startsWith(confirmed.trim()), `${where}: new card "${now.text}" keeps "${confirmed}"`).toBe(true);
    } else {
      expect(c.t, `${where}: the card ${c.key}, made ${crashAt - c.t} ms before the crash, survives`).toBeGreaterThan(limit);
    }
  }
}

async function openMap(page: Page, url: string) {
  await page.goto(url);
  try {
    // The map opens where it was last looked at (a drag that missed its card pans it), so
    // fit it to the screen before looking for stages.
    await expect(page.getByRole('application', { name: /Journey map/ })).toBeVisible();
    await page.getByRole('button', { name: 'Fit map to screen' }).click();
    await expect(page.getByTestId('stage').first()).toBeVisible();
  } catch (err) {
    const body = await page.locator('body').innerText().catch(() => '?');
    throw new Error(`the map did not open: ${body.slice(0, 500)}`, { cause: err });
  }
  await page.getByRole('button', { name: 'Fit map to screen' }).click();
  await page.waitForTimeout(150);
}

/** Keys about to be typed while no card editor had the focus, and when. Before the crash each
 * one is a bug; once the page is being killed its focus may go anywhere. */
const focusLosses: { t: number; what: string }[] = [];

/** Types `text` one key at a time, logging the full text after each key. */
async function typeTimed(page: Page, rng: Rng, start: string, text: string, into: Timed<string>[]) {
  let sofar = start;
  for (const ch of text) {
    // Keys typed outside the editor would start another card (type-ahead): stop, it is a bug.
    // Where the focus is instead, and whether an editor is on the page at all, say which bug it is.
    const away = await page.evaluate(() => {
      const el = document.activeElement;
      if (el?.tagName === 'TEXTAREA') return null;
      const name = el ? `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? `.${el.className.split(' ').join('.')}` : ''}` : 'nothing';
      return `${name}; ${document.querySelectorAll('.card-editor').length} card editor(s) on the page`;
    });
    if (away) {
      focusLosses.push({ t: Date.now(), what: `before "${ch}" of "${text}" the focus was on ${away}` });
      throw new Error('the card editor lost the focus');
    }
    // Logged before it is sent: a key can reach the page and the page die before Playwright
    // hears back. Until then the key is possible (t = Infinity) but not owed; once the page
    // has it, it is owed from then on.
    sofar += ch;
    const key = { t: Number.POSITIVE_INFINITY, value: sofar };
    into.push(key);
    await page.keyboard.type(ch);
    key.t = Date.now();
    await page.waitForTimeout(rng.int(15, 70));
  }
}

const WORDS = ['asks', 'for', 'a', 'demo', 'reads', 'the', 'report', 'calls', 'sales', 'compares', 'prices', 'signs'];

/** One round of work: new cards, edits and drags, until the page dies under it. */
async function work(page: Page, rng: Rng, snap: ProjectSnapshot, mapId: string, round: number, log: RoundLog) {
  const stages = sortByOrder(Object.values(snap.stages).filter((s) => s.mapId === mapId));
  const lanes = sortByOrder(Object.values(snap.lanes).filter((l) => l.mapId === mapId && l.kind !== 'emotion' && l.kind !== 'ownership'));
  const cards = Object.values(snap.cards).filter((c) => c.mapId === mapId);
  const used = new Set(cards.map((c) => `${c.stageId}|${c.laneId}`));
  const steps = rng.int(2, 5);
  for (let s = 0; s < steps; s++) {
    // A card left in editing is finished first, as a person's first click would: that click
    // re-lays the map out, and a double-click's second click would land elsewhere.
    if (await page.getByRole('textbox', { name: 'Card text' }).count()) {
      await page.keyboard.press('Escape');
      await expect(page.getByRole('textbox', { name: 'Card text' })).toHaveCount(0);
      await page.waitForTimeout(50);
    }
    const kind = cards.length < 2 ? 'new' : rng.pick(['new', 'new', 'edit', 'move', 'move']);
    if (kind === 'new') {
      const free = stages.flatMap((st) => lanes.map((l) => ({ st, l }))).filter(({ st, l }) => !used.has(`${st.id}|${l.id}`));
      if (!free.length) continue;
      const { st, l } = rng.pick(free);
      used.add(`${st.id}|${l.id}`);
      const stageBox = await page.getByTestId('stage').filter({ has: page.locator('.stage-name', { hasText: new RegExp(`^${st.name}$`) }) }).boundingBox();
      const laneBox = await page.getByTestId('lane').filter({ has: page.locator('.lane-name', { hasText: new RegExp(`^${l.name}$`) }) }).boundingBox();
      if (!stageBox || !laneBox) continue;
      log.unidentified++;
      await page.mouse.dblclick(stageBox.x + stageBox.width / 2, laneBox.y + laneBox.height - 10);
      const t = Date.now();
      const editor = page.getByRole('textbox', { name: 'Card text' });
      await expect(editor).toBeFocused({ timeout: 2000 });
      const id = await page.getByTestId('card').filter({ has: editor }).getAttribute('data-card-id');
      if (!id || cards.some((c) => c.id === id) || (await editor.inputValue()) !== '') {
        // The double-click opened an existing card, not a new one: leave it as it was.
        log.unidentified--;
        await page.keyboard.press('Escape');
        continue;
      }
      const key = `R${round}N${s}`;
      const entry = { id, t, typed: [] as Timed<string>[], key };
      log.created.push(entry);
      log.unidentified--;
      const text = `${key} ${Array.from({ length: rng.int(2, 6) }, () => rng.pick(WORDS)).join(' ')}`;
      await typeTimed(page, rng, '', text, entry.typed);
      if (rng.bool(0.7)) await page.keyboard.press('Enter');
    } else if (kind === 'edit') {
      const card = rng.pick(cards);
      log.unidentified++;
      await page.locator(`[data-testid="card"][data-card-id="${card.id}"]`).dblclick();
      const t = Date.now();
      const editor = page.getByRole('textbox', { name: 'Card text' });
      await expect(editor).toBeFocused({ timeout: 2000 });
      const id = await page.getByTestId('card').filter({ has: editor }).getAttribute('data-card-id');
      if (id !== card.id) {
        // The double-click missed the card (the map moved under the pointer) and made a new
        // card in the cell: that is what the person did, so it is logged like one.
        if (id && !cards.some((c) => c.id === id)) log.created.push({ id, t, typed: [], key: `R${round}M${s}` });
        log.unidentified--;
        await page.keyboard.press('Escape');
        continue;
      }
      log.unidentified--;
      const typed = log.edits.get(card.id) ?? [];
      log.edits.set(card.id, typed);
      const start = typed.length ? typed[typed.length - 1]!.value : card.text;
      await page.keyboard.press('End');
      await typeTimed(page, rng, start, ` +${rng.pick(WORDS)}${round}`, typed);
      await page.keyboard.press('Enter');
    } else {
      const card = rng.pick(cards);
      const box = await page.locator(`[data-testid="card"][data-card-id="${card.id}"]`).boundingBox();
      const moves = log.moves.get(card.id) ?? [];
      const current = moves.length ? moves[moves.length - 1]!.value : card.stageId;
      const targets = stages.filter((x) => x.id !== current && !used.has(`${x.id}|${card.laneId}`));
      if (!box || !targets.length) continue;
      const target = rng.pick(targets);
      const tBox = await page.getByTestId('stage').filter({ has: page.locator('.stage-name', { hasText: new RegExp(`^${target.name}$`) }) }).boundingBox();
      if (!tBox) continue;
      // A person drags a card they can see to a stage they can see. Near the canvas's edge React
      // Flow pans the map under the pointer (the card then lands further on), and the zoom
      // controls and the overview cover the corners: those drags would not go where the log says.
      const reachable = await page.evaluate(
        ({ from, to, id }) => {
          const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
          const inside = (x: number, y: number) => x > pane.left + 80 && x < pane.right - 80 && y > pane.top + 80 && y < pane.bottom - 80;
          const onCard = document.elementFromPoint(from.x, from.y)?.closest('[data-testid="card"]')?.getAttribute('data-card-id') === id;
          const free = !document.elementFromPoint(to.x, to.y)?.closest('.zoom-controls, .react-flow__panel');
          return inside(from.x, from.y) && inside(to.x, to.y) && onCard && free;
        },
        { from: { x: box.x + box.width / 2, y: box.y + Math.min(12, box.height / 2) }, to: { x: tBox.x + tBox.width / 2, y: box.y + 14 }, id: card.id },
      );
      if (!reachable) continue;
      // Until the card shows in its new stage, the drop may or may not have happened: the
      // move is possible (t = Infinity) but not yet owed; once it shows, it is owed from then.
      // What the drag starts from, for the message if the card ends up elsewhere: the pane's box,
      // the view's transform and the pointer's path (a layout or view change mid-drag shows here).
      const seen = await page.evaluate(() => {
        const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
        const view = (document.querySelector('.react-flow__viewport') as HTMLElement | null)?.style.transform ?? '';
        return `pane ${Math.round(pane.left)},${Math.round(pane.top)} ${Math.round(pane.width)}x${Math.round(pane.height)}; view ${view}`;
      });
      const move: Timed<string> = {
        t: Number.POSITIVE_INFINITY,
        value: target.id,
        seen: `${seen}; from ${Math.round(box.x + box.width / 2)} to ${Math.round(tBox.x + tBox.width / 2)}`,
      };
      moves.push(move);
      log.moves.set(card.id, moves);
      const lane = lanes.find((l) => l.id === card.laneId);
      await page.mouse.move(box.x + box.width / 2, box.y + Math.min(12, box.height / 2));
      await page.mouse.down();
      await page.mouse.move(box.x + box.width / 2 + 30, box.y + 14, { steps: 4 });
      await page.mouse.move(tBox.x + tBox.width / 2, box.y + 14, { steps: rng.int(4, 12) });
      await page.mouse.up();
      await expect(page.locator(`[data-testid="card"][data-card-id="${card.id}"]`)).toHaveAttribute(
        'aria-label',
        new RegExp(`in ${target.name}, ${lane?.name ?? ''}`),
        { timeout: 2000 },
      );
      move.t = Date.now();
    }
  }
}

const tests = Math.ceil(ROUNDS / ROUNDS_PER_TEST);
for (let n = 0; n < tests; n++) {
  const from = n * ROUNDS_PER_TEST;
  const to = Math.min(ROUNDS, from + ROUNDS_PER_TEST);
  test(`killed mid-work, rounds ${from + 1}-${to} of ${ROUNDS}: everything older than a second survives and the document is valid`, async ({ context, page }) => {
    test.setTimeout(30_000 + (to - from) * 15_000);
    const rng = mulberry32(SEED + n);
    await createProject(page, `Crash rounds ${from + 1}-${to}`, 'b2b');
    const url = page.url();
    const projectId = /#\/p\/([^/]+)/.exec(url)![1]!;
    const mapId = /\/m\/([^/?#]+)/.exec(url)?.[1] ?? '';
    let current = page;
    let state = validStoredProject(await storedUpdates(current, projectId), projectId);
    const survived = { rounds: 0, crashes: 0, closes: 0, keys: 0, drops: 0, cards: 0 };
    for (let round = from; round < to; round++) {
      const where = `round ${round + 1} (seed ${SEED + n})`;
      // The page that checked the last round is where the person goes on working.
      if (round === from) await openMap(current, url);
      const resolvedMapId = mapId || Object.keys(state.snap.maps)[0]!;
      const log: RoundLog = { created: [], unidentified: 0, edits: new Map(), moves: new Map() };
      const busy = work(current, rng, state.snap, resolvedMapId, round, log).catch(() => undefined);
      await current.waitForTimeout(rng.int(300, 3000));
      const crash = rng.bool();
      const crashAt = Date.now();
      if (crash) {
        const cdp = await current.context().newCDPSession(current);
        const died = current.waitForEvent('crash', { timeout: 5000 });
        void cdp.send('Page.crash').catch(() => undefined);
        await died;
        survived.crashes++;
      } else {
        await current.close({ runBeforeUnload: false });
        survived.closes++;
      }
      await busy;
      if (!current.isClosed()) await current.close().catch(() => undefined);

      const reader = await context.newPage();
      await openMap(reader, url);
      const next = validStoredProject(await storedUpdates(reader, projectId), projectId);
      checkRound(state.cards, next.cards, log, crashAt, where);
      const lost = focusLosses.splice(0).filter((f) => f.t < crashAt).map((f) => `${f.what}, ${crashAt - f.t} ms before the ${crash ? 'crash' : 'close'}`);
      expect(lost, `${where}: the card editor kept the focus while typing`).toEqual([]);
      // What the person sees is the stored document.
      await expect(reader.getByTestId('card')).toHaveCount([...next.cards.values()].length);
      current = reader;
      survived.rounds++;
      survived.keys += [...log.created.map((c) => c.typed), ...log.edits.values()].flat().filter((k) => Number.isFinite(k.t)).length;
      survived.drops += [...log.moves.values()].reduce((a, m) => a + m.filter((x) => Number.isFinite(x.t)).length, 0);
      state = next;
    }
    survived.cards = state.cards.size;
    test.info().annotations.push({ type: 'crash-rounds', description: JSON.stringify(survived) });
    console.log(`crash rounds ${from + 1}-${to}: ${JSON.stringify(survived)}`);
  });
}
