/**
 * Opening a big map mounts only the cards on screen (issue 21): React Flow draws every node whose
 * handles it has not measured yet, so unless the canvas hands them over up front, opening a
 * 3,000-card map mounts 3,000 cards and then removes all but the visible few (a task of seconds).
 * And the handles handed over must be where the card draws them: a connector to a card off screen
 * ends on them, and must not jump when that card comes into view and React Flow measures it.
 */
import { expect, test, type Page } from '@playwright/test';
import * as Y from 'yjs';
import { addCards, addConnector, addMap } from '../../renderer/src/document/actions';
import { initProject } from '../../renderer/src/document/actions/project';
import { buildBatonFile } from '../../renderer/src/document/file/format';
import { collection } from '../../renderer/src/document/schema';
import { openFileFromHome, toast } from './files-helpers';
import { runFromPalette } from './polish-helpers';

const CARDS = 3000;

/** A project whose one map holds `CARDS` cards, with a connector from the first card to the first of the last stage. */
async function bigProjectFile(): Promise<Buffer> {
  const doc = new Y.Doc();
  initProject(doc, 'big-map-project', 'Big map');
  const r = addMap(doc, 'Big map', 'b2b');
  if (!r.ok) throw new Error('no map');
  const mapId = r.value;
  const order = (name: 'stages' | 'lanes') => {
    const out: { id: string; order: number; kind?: unknown }[] = [];
    collection(doc, name).forEach((rec, id) => {
      if (rec.get('mapId') === mapId) out.push({ id, order: rec.get('order') as number, kind: rec.get('kind') });
    });
    return out.sort((a, b) => a.order - b.order);
  };
  const stages = order('stages').map((s) => s.id);
  const lanes = order('lanes')
    .filter((l) => l.kind !== 'emotion' && l.kind !== 'ownership')
    .map((l) => l.id);
  const perCell = Math.ceil(CARDS / (stages.length * lanes.length));
  const firsts: string[] = [];
  let made = 0;
  for (const laneId of lanes) {
    for (const stageId of stages) {
      const n = Math.min(perCell, CARDS - made);
      if (n <= 0) break;
      const drafts = Array.from({ length: n }, (_, i) => ({ text: `Card ${made + i + 1} of the big map` }));
      if (made === 0) drafts[0] = { text: 'Where the arrow starts' };
      if (firsts.length === stages.length - 1) drafts[0] = { text: 'Where the arrow ends' };
      const added = addCards(doc, { mapId, stageId, laneId }, drafts);
      if (!added.ok) throw new Error('cards refused');
      firsts.push(added.value[0]!);
      made += n;
    }
  }
  if (!addConnector(doc, firsts[0]!, firsts[stages.length - 1]!).ok) throw new Error('connector refused');
  return Buffer.from(await buildBatonFile(doc, async () => undefined, { appVersion: 'test' }));
}

/** From before the app's first script: the most `.react-flow__node` elements mounted at once. */
function countMountedNodes() {
  const w = window as unknown as { __mostNodes: number };
  w.__mostNodes = 0;
  new MutationObserver(() => {
    w.__mostNodes = Math.max(w.__mostNodes, document.getElementsByClassName('react-flow__node').length);
  }).observe(document, { childList: true, subtree: true });
}
const mostNodes = (page: Page) => page.evaluate(() => (window as unknown as { __mostNodes: number }).__mostNodes);

test('a 3,000-card map reopens with only the cards on screen mounted, and its connector ends on the cards’ handles', async ({ page }) => {
  test.setTimeout(120_000);
  await page.goto('/');
  await openFileFromHome(page, { name: 'Big map.baton', buffer: await bigProjectFile() });
  await expect(toast(page)).toContainText('Added the project “Big map” from the file.', { timeout: 30_000 });
  await page.getByTestId('project-row').getByRole('link').click();
  await page.getByRole('link', { name: 'Open map Big map' }).first().click();
  await expect(page.getByRole('application', { name: /Journey map/ })).toBeVisible({ timeout: 30_000 });
  // Where a person would work: zoomed in on a card near the top left (the view is kept per map).
  await runFromPalette(page, 'Where the arrow starts', 'Where the arrow starts');
  await expect(page.locator('[data-testid=card]', { hasText: 'Where the arrow starts' })).toBeVisible();
  await page.waitForTimeout(1000); // the view is saved when it stops moving

  await page.addInitScript(countMountedNodes);
  await page.reload();
  const start = page.locator('[data-testid=card]', { hasText: 'Where the arrow starts' });
  await expect(start).toBeVisible({ timeout: 30_000 });
  await page.waitForTimeout(1000);
  const most = await mostNodes(page);
  const now = await page.locator('.react-flow__node').count();
  expect(now, 'nodes on screen after opening').toBeLessThan(300);
  expect(most, `the most nodes mounted at once while opening (${now} on screen at the end)`).toBeLessThanOrEqual(now + 20);

  // The connector to a card off screen ends where React Flow will measure that card's handle:
  // bring the card into view (it mounts and is measured) and the arrow's end stays put.
  const end = page.locator('[data-testid=card]', { hasText: 'Where the arrow ends' });
  await expect(end).toHaveCount(0);
  const before = await edgeEnds(page);
  const from = await handleEnd(page, 'Where the arrow starts', 'source');
  await runFromPalette(page, 'Where the arrow ends', 'Where the arrow ends');
  await expect(end).toBeVisible();
  await page.waitForTimeout(500);
  const after = await edgeEnds(page);
  const to = await handleEnd(page, 'Where the arrow ends', 'target');
  const says = `before ${JSON.stringify(before)}, after ${JSON.stringify(after)}, handles ${JSON.stringify({ from, to })}`;
  const near = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.max(Math.abs(a.x - b.x), Math.abs(a.y - b.y));
  expect(near(before.from, from), `the arrow starts on its card's handle: ${says}`).toBeLessThan(0.6);
  expect(near(after.to, to), `the arrow ends on its card's handle: ${says}`).toBeLessThan(0.6);
  expect(near(before.to, after.to), `the arrow's end did not move when its card came into view: ${says}`).toBeLessThan(0.6);
});

/** The first and last point of the connector's path, in flow coordinates. */
function edgeEnds(page: Page) {
  return page.evaluate(() => {
    const nums = document.querySelector('.react-flow__edge-path')!.getAttribute('d')!.match(/-?\d+(\.\d+)?/g)!.map(Number);
    return { from: { x: nums[0]!, y: nums[1]! }, to: { x: nums.at(-2)!, y: nums.at(-1)! } };
  });
}

/** The outer edge of a card's source or target handle (its middle), in flow coordinates. */
function handleEnd(page: Page, text: string, kind: 'source' | 'target') {
  return page.evaluate(
    ({ text, kind }) => {
      const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
      const vp = new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform);
      const card = [...document.querySelectorAll('[data-testid=card]')].find((c) => c.textContent?.includes(text))!;
      const r = card.querySelector(`.react-flow__handle.${kind}`)!.getBoundingClientRect();
      const x = kind === 'source' ? r.right : r.left;
      return { x: (x - pane.left - vp.e) / vp.a, y: (r.top + r.height / 2 - pane.top - vp.f) / vp.d };
    },
    { text, kind },
  );
}
