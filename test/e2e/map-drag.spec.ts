/**
 * Dragging a card on a big map (issue 21 item 3): React Flow is told only about the cards near
 * the view (canvas/cardWindow.ts), so these check what a person would notice if that window
 * were wrong: the card lands where it was dropped, its connector to a card far off screen
 * follows it, undo puts it back, the drop is one write of one card; and a selection of every
 * card stays whole however far the view moves.
 */
import { expect, test, type Page } from '@playwright/test';
import * as Y from 'yjs';
import { addCards, addConnector, addMap } from '../../renderer/src/document/actions';
import { initProject } from '../../renderer/src/document/actions/project';
import { buildBatonFile } from '../../renderer/src/document/file/format';
import { collection } from '../../renderer/src/document/schema';
import { openFileFromHome, toast } from './files-helpers';
import { waitSaved } from './helpers';
import { runFromPalette } from './polish-helpers';

const CARDS = 1500;

/** A map of `CARDS` cards, "Dragged card" first in the first cell, a connector from it to the map's last card. */
async function bigMapFile(): Promise<{ file: Buffer; stageNames: string[] }> {
  const doc = new Y.Doc();
  initProject(doc, 'drag-project', 'Drag map');
  const r = addMap(doc, 'Drag map', 'b2b');
  if (!r.ok) throw new Error('no map');
  const mapId = r.value;
  const ordered = (name: 'stages' | 'lanes') => {
    const out: { id: string; order: number; kind: unknown; name: unknown }[] = [];
    collection(doc, name).forEach((rec, id) => {
      if (rec.get('mapId') === mapId) out.push({ id, order: rec.get('order') as number, kind: rec.get('kind'), name: rec.get('name') });
    });
    return out.sort((a, b) => a.order - b.order);
  };
  const stages = ordered('stages');
  const lanes = ordered('lanes').filter((l) => l.kind !== 'emotion' && l.kind !== 'ownership');
  const perCell = Math.ceil(CARDS / (stages.length * lanes.length));
  let made = 0;
  let first = '';
  let last = '';
  for (const lane of lanes) {
    for (const stage of stages) {
      const n = Math.min(perCell, CARDS - made);
      if (n <= 0) break;
      const drafts = Array.from({ length: n }, (_, i) => ({ text: `Card ${made + i + 1}` }));
      if (made === 0) drafts[0] = { text: 'Dragged card' };
      const added = addCards(doc, { mapId, stageId: stage.id, laneId: lane.id }, drafts);
      if (!added.ok) throw new Error('cards refused');
      first ||= added.value[0]!;
      last = added.value.at(-1)!;
      made += n;
    }
  }
  if (!addConnector(doc, first, last).ok) throw new Error('connector refused');
  const file = Buffer.from(await buildBatonFile(doc, async () => undefined, { appVersion: 'test' }));
  return { file, stageNames: stages.map((s) => String(s.name)) };
}

async function openBigMap(page: Page): Promise<string[]> {
  const { file, stageNames } = await bigMapFile();
  await page.goto('/');
  await openFileFromHome(page, { name: 'Drag map.baton', buffer: file });
  await expect(toast(page)).toContainText('Added the project “Drag map” from the file.', { timeout: 30_000 });
  await page.getByTestId('project-row').getByRole('link').click();
  await page.getByRole('link', { name: 'Open map Drag map' }).first().click();
  await expect(page.getByRole('application', { name: /Journey map/ })).toBeVisible({ timeout: 30_000 });
  return stageNames;
}

const card = (page: Page, text: string) => page.getByTestId('card').filter({ has: page.locator('.card-text', { hasText: new RegExp(`^${text}$`) }) });

/** The texts of the cards on screen in one column (screen x of its middle), top to bottom. */
function columnTexts(page: Page, x: number) {
  return page.evaluate((x) => {
    const inColumn = [...document.querySelectorAll('[data-testid=card]')]
      .map((c) => ({ r: c.getBoundingClientRect(), text: c.querySelector('.card-text')?.textContent ?? '' }))
      .filter(({ r }) => r.left < x && r.right > x)
      .sort((a, b) => a.r.top - b.r.top);
    return inColumn.map((c) => c.text);
  }, x);
}

/** The connector's first point and the dragged card's source handle (its outer middle), on screen. */
function connectorStart(page: Page) {
  return page.evaluate(() => {
    const path = document.querySelector('.react-flow__edge-path') as SVGPathElement | null;
    const cardEl = [...document.querySelectorAll('[data-testid=card]')].find((c) => c.querySelector('.card-text')?.textContent === 'Dragged card');
    if (!path || !cardEl) return null;
    const m = path.getScreenCTM()!;
    const p = new DOMPoint(...(path.getAttribute('d')!.match(/-?\d+(\.\d+)?/g)!.slice(0, 2).map(Number) as [number, number])).matrixTransform(m);
    const h = cardEl.querySelector('.react-flow__handle.source')!.getBoundingClientRect();
    return { path: { x: p.x, y: p.y }, handle: { x: h.right, y: h.top + h.height / 2 } };
  });
}

/** Where the overview draws the map (its canvas is the map, placed within the overview's frame), on screen. */
async function mapInOverview(page: Page) {
  const box = (await page.getByTestId('map-overview').locator('canvas').boundingBox())!;
  expect(box.width, 'the overview draws the map').toBeGreaterThan(10);
  return box;
}

/** The stored log's rows since `after` (IndexedDB, as the app keeps it), as bytes. */
function updatesAfter(page: Page, after: number) {
  return page.evaluate(
    (after) =>
      new Promise<{ seq: number; update: number[] }[]>((resolve, reject) => {
        const name = localStorage.getItem('baton:database') || 'baton';
        const open = indexedDB.open(name);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const all = open.result.transaction('updates').objectStore('updates').getAll();
          all.onsuccess = () => {
            resolve((all.result as { seq: number; update: Uint8Array }[]).filter((r) => r.seq > after).map((r) => ({ seq: r.seq, update: [...r.update] })));
            open.result.close();
          };
        };
      }),
    after,
  );
}

test('a card dragged on a big map lands where it is dropped, its connector follows, undo puts it back, and the drop is one write of one card', async ({ page }) => {
  test.setTimeout(120_000);
  const stages = await openBigMap(page);
  await runFromPalette(page, 'Dragged card', 'Dragged card');
  const dragged = card(page, 'Dragged card');
  await expect(dragged).toBeVisible();
  await expect(dragged).toHaveAttribute('aria-label', new RegExp(`in ${stages[0]}`));
  await page.waitForTimeout(3500); // past the compaction after opening (3 s), so the log is still
  const from = (await dragged.boundingBox())!;
  // The cell to the right: its column's middle, and the cards on its top.
  const column = from.x + from.width / 2 + (await page.getByTestId('stage').nth(1).boundingBox())!.x - (await page.getByTestId('stage').nth(0).boundingBox())!.x;
  const before = await columnTexts(page, column);
  expect(before.length, `cards of the next cell on screen: ${before}`).toBeGreaterThanOrEqual(3);
  const boxes = await Promise.all(before.slice(0, 3).map(async (t) => (await card(page, t).boundingBox())!));
  // Drop it with its middle between the second and third cards of that cell.
  const grab = { x: 20, y: 20 };
  const to = { x: column - from.width / 2 + grab.x, y: (boxes[1]!.y + boxes[2]!.y) / 2 + grab.y };
  // The log as stored before the drop (the compaction after opening is done by now: it runs 3 s after).
  await waitSaved(page);
  const logBefore = await updatesAfter(page, 0);
  const seqBefore = Math.max(0, ...logBefore.map((r) => r.seq));

  await page.mouse.move(from.x + grab.x, from.y + grab.y);
  await page.mouse.down();
  await page.mouse.move(from.x + grab.x + 40, from.y + grab.y + 10, { steps: 5 });
  await page.mouse.move(to.x, to.y, { steps: 15 });
  // Mid-drag the connector's start is on the card's handle, where the card is now.
  const during = await connectorStart(page);
  expect(during, 'the connector and the dragged card are drawn').not.toBeNull();
  expect(Math.abs(during!.path.x - during!.handle.x) + Math.abs(during!.path.y - during!.handle.y), JSON.stringify(during)).toBeLessThan(1.5);
  expect(during!.handle.x - (from.x + from.width), 'the card moved with the pointer').toBeGreaterThan(100);
  await page.mouse.up();

  await expect(dragged).toHaveAttribute('aria-label', new RegExp(`in ${stages[1]}`));
  await expect.poll(() => columnTexts(page, column).then((t) => t.slice(0, 4))).toEqual([before[0], before[1], 'Dragged card', before[2]]);
  const landed = (await dragged.boundingBox())!;
  expect(Math.abs(landed.y - boxes[2]!.y), 'it took the third card’s place').toBeLessThan(2);
  const after = await connectorStart(page);
  expect(Math.abs(after!.path.x - after!.handle.x) + Math.abs(after!.path.y - after!.handle.y), `the connector starts on the dropped card: ${JSON.stringify(after)}`).toBeLessThan(1.5);

  // One row in the log, and in it one card's place: its stage and order (the same lane), nothing else.
  await expect.poll(async () => (await updatesAfter(page, seqBefore)).length).toBeGreaterThan(0);
  await page.waitForTimeout(500);
  const rows = await updatesAfter(page, seqBefore);
  expect(rows, 'rows written by the drop').toHaveLength(1);
  const docBefore = new Y.Doc();
  for (const r of logBefore) Y.applyUpdate(docBefore, new Uint8Array(r.update));
  const docAfter = new Y.Doc();
  Y.applyUpdate(docAfter, Y.encodeStateAsUpdate(docBefore));
  Y.applyUpdate(docAfter, new Uint8Array(rows[0]!.update));
  const changed: string[] = [];
  for (const name of ['cards', 'stages', 'lanes', 'connectors', 'maps'] as const) {
    const was = collection(docBefore, name);
    collection(docAfter, name).forEach((rec, id) => {
      const a = (was.get(id) as Y.Map<unknown> | undefined)?.toJSON() ?? {};
      const b = (rec as Y.Map<unknown>).toJSON();
      const keys = [...new Set([...Object.keys(a), ...Object.keys(b)])].filter((k) => JSON.stringify(a[k]) !== JSON.stringify(b[k]));
      if (keys.length) changed.push(`${name}/${String(b.text ?? b.name ?? id)}: ${keys.sort().join(',')}`);
    });
  }
  expect(changed, 'what the drop wrote').toEqual(['cards/Dragged card: order,stageId']);

  await page.getByRole('button', { name: /^Undo/ }).click();
  await expect(dragged).toHaveAttribute('aria-label', new RegExp(`in ${stages[0]}`));
  await expect.poll(() => columnTexts(page, column).then((t) => t.slice(0, 3))).toEqual(before.slice(0, 3));
  const back = (await dragged.boundingBox())!;
  expect(Math.abs(back.x - from.x) + Math.abs(back.y - from.y), 'back where it was').toBeLessThan(2);
});

test('every card of a big map selected stays selected as the view moves across the map: Delete removes them all', async ({ page }) => {
  test.setTimeout(120_000);
  await openBigMap(page);
  await runFromPalette(page, 'Dragged card', 'Dragged card');
  await expect(card(page, 'Dragged card')).toBeVisible();
  await page.locator('[data-canvas-root]').focus();
  await page.keyboard.press('ControlOrMeta+a');
  await expect(page.getByTestId('selection-toolbar')).toBeVisible();
  // Sweep the view across the map with the overview (the view follows the pressed pointer): the
  // window of cards React Flow knows moves many times, and ends far from where it started.
  const map = await mapInOverview(page);
  await page.mouse.move(map.x + map.width / 2, map.y + 4);
  await page.mouse.down();
  await page.mouse.move(map.x + map.width - 4, map.y + map.height / 3, { steps: 10 });
  await page.mouse.move(map.x + 4, map.y + (map.height * 2) / 3, { steps: 10 });
  await page.mouse.move(map.x + map.width / 2, map.y + map.height - 4, { steps: 10 });
  await page.mouse.up();
  const shown = page.locator('.react-flow__node-card');
  await expect(shown.first()).toBeVisible();
  await expect(card(page, 'Dragged card')).toHaveCount(0);
  // The cards in view now are selected too.
  expect(await shown.evaluateAll((els) => els.filter((e) => !e.classList.contains('selected')).length), 'cards in view not selected').toBe(0);
  await page.locator('[data-canvas-root]').focus();
  await page.keyboard.press('Delete');
  await expect(toast(page)).toContainText(`${CARDS} cards deleted.`);
  await expect(page.getByTestId('card')).toHaveCount(0);
});
