import { expect, test } from '@playwright/test';
import {
  addCardByDoubleClick,
  cardTexts,
  createProject,
  laneNames,
  renameLane,
  renameStage,
  stageNames,
  waitSaved,
} from './helpers';

test('a facilitator builds a map of four stages and three lanes, renames, reorders, undoes, reloads and finds it all', async ({
  page,
}) => {
  await createProject(page, 'Acme alignment', 'blank');
  await page.getByRole('button', { name: '+ Add stage' }).click();
  await page.getByRole('button', { name: '+ Add stage' }).click();
  await page.getByRole('button', { name: '+ Add stage' }).click();
  await page.getByRole('button', { name: '+ Add lane' }).click();
  await page.getByRole('button', { name: '+ Add lane' }).click();
  await page.getByRole('button', { name: 'Fit map to screen' }).click();
  await expect(page.getByTestId('stage')).toHaveCount(4);
  await expect(page.getByTestId('lane')).toHaveCount(3);

  await renameStage(page, 0, 'Awareness');
  await renameStage(page, 1, 'Consideration');
  await renameStage(page, 2, 'Evaluation');
  await renameStage(page, 3, 'Purchase');
  await renameLane(page, 1, 'Touchpoints');
  await renameLane(page, 2, 'Pain points');
  await expect.poll(() => stageNames(page)).toEqual(['Awareness', 'Consideration', 'Evaluation', 'Purchase']);
  await expect.poll(() => laneNames(page)).toEqual(['Customer actions', 'Touchpoints', 'Pain points']);

  await addCardByDoubleClick(page, 0, 0, 'Reads an analyst report');
  await addCardByDoubleClick(page, 2, 2, 'Demo was too generic');
  await addCardByDoubleClick(page, 1, 1, 'Webinar');
  await expect(page.getByTestId('card')).toHaveCount(3);

  // Reorder: move Purchase before Evaluation from the stage menu.
  await page.getByTestId('stage').nth(3).getByRole('button', { name: /Actions for stage/ }).click();
  await page.getByRole('menuitem', { name: 'Move stage left' }).click();
  await expect.poll(() => stageNames(page)).toEqual(['Awareness', 'Consideration', 'Purchase', 'Evaluation']);

  // Undo the move, then the last card; redo the card.
  await page.getByRole('button', { name: /Undo/ }).click();
  await expect.poll(() => stageNames(page)).toEqual(['Awareness', 'Consideration', 'Evaluation', 'Purchase']);
  await page.getByRole('button', { name: /Undo/ }).click();
  await page.getByRole('button', { name: /Undo/ }).click();
  await expect(page.getByTestId('card')).toHaveCount(2);
  await page.getByRole('button', { name: /Redo/ }).click();
  await page.getByRole('button', { name: /Redo/ }).click();
  await expect(page.getByTestId('card')).toHaveCount(3);

  await waitSaved(page);
  await page.reload();
  await expect(page.getByTestId('stage')).toHaveCount(4);
  await expect.poll(() => stageNames(page)).toEqual(['Awareness', 'Consideration', 'Evaluation', 'Purchase']);
  await expect.poll(() => laneNames(page)).toEqual(['Customer actions', 'Touchpoints', 'Pain points']);
  expect((await cardTexts(page)).sort()).toEqual(['Demo was too generic', 'Reads an analyst report', 'Webinar']);
  const card = page.getByTestId('card').filter({ hasText: 'Demo was too generic' });
  await expect(card).toHaveAttribute('aria-label', /Evaluation, Pain points/);
});

test('stages reorder by dragging their header, cards move between cells by dragging', async ({ page }) => {
  await createProject(page, 'Drag test', 'blank');
  await page.getByRole('button', { name: '+ Add stage' }).click();
  await page.getByRole('button', { name: 'Fit map to screen' }).click();
  await renameStage(page, 0, 'First');
  await renameStage(page, 1, 'Second');
  await addCardByDoubleClick(page, 0, 0, 'Moving card');

  const card = page.getByTestId('card').first();
  const target = await page.getByTestId('stage').nth(1).boundingBox();
  const from = await card.boundingBox();
  if (!target || !from) throw new Error('not visible');
  await page.mouse.move(from.x + 20, from.y + 20);
  await page.mouse.down();
  await page.mouse.move(from.x + 60, from.y + 25, { steps: 5 });
  await page.mouse.move(target.x + target.width / 2, from.y + 25, { steps: 10 });
  await page.mouse.up();
  await expect(card).toHaveAttribute('aria-label', /in Second/);

  const header = await page.getByTestId('stage').nth(1).boundingBox();
  const first = await page.getByTestId('stage').nth(0).boundingBox();
  if (!header || !first) throw new Error('not visible');
  await page.mouse.move(header.x + 30, header.y + header.height - 10);
  await page.mouse.down();
  await page.mouse.move(header.x, header.y + header.height - 10, { steps: 5 });
  await page.mouse.move(first.x + 10, first.y + header.height - 10, { steps: 10 });
  await page.mouse.up();
  await expect.poll(() => stageNames(page)).toEqual(['Second', 'First']);

  // One drag is one undo step.
  await page.getByRole('button', { name: /Undo/ }).click();
  await expect.poll(() => stageNames(page)).toEqual(['First', 'Second']);
  await expect(card).toHaveAttribute('aria-label', /in Second/);
});

test('the emotion curve is set with the keyboard and by dragging a point, and survives a reload', async ({ page }) => {
  await createProject(page, 'Emotion', 'b2b');
  const points = page.getByRole('slider', { name: /Emotion at/ });
  await expect(points).toHaveCount(7);
  await points.nth(0).focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(points.nth(0)).toHaveAttribute('aria-valuenow', '2');
  await points.nth(2).focus();
  await page.keyboard.press('ArrowDown');
  await expect(points.nth(2)).toHaveAttribute('aria-valuenow', '-1');

  const p = await points.nth(4).boundingBox();
  if (!p) throw new Error('point not visible');
  await page.mouse.move(p.x + p.width / 2, p.y + p.height / 2);
  await page.mouse.down();
  await page.mouse.move(p.x + p.width / 2, p.y + 200, { steps: 8 });
  await page.mouse.up();
  await expect(points.nth(4)).toHaveAttribute('aria-valuenow', '-2');

  await waitSaved(page);
  await page.reload();
  await expect(points.nth(0)).toHaveAttribute('aria-valuenow', '2');
  await expect(points.nth(2)).toHaveAttribute('aria-valuenow', '-1');
  await expect(points.nth(4)).toHaveAttribute('aria-valuenow', '-2');
  await expect(points.nth(4)).toHaveAttribute('aria-valuetext', 'very negative');
});

test('closing the page while typing keeps everything typed more than a second before', async ({ page, context }) => {
  await createProject(page, 'Crash test', 'blank');
  const url = page.url();
  await addCardByDoubleClick(page, 0, 0, 'First card');
  const stage = await page.getByTestId('stage').nth(0).boundingBox();
  const lane = await page.getByTestId('lane').nth(0).boundingBox();
  await page.mouse.dblclick(stage!.x + stage!.width / 2, lane!.y + lane!.height - 12);
  const editor = page.getByRole('textbox', { name: 'Card text' });
  await editor.pressSequentially('Typed before the crash', { delay: 20 });
  await page.waitForTimeout(1100);
  await editor.pressSequentially(' and more', { delay: 10 });
  await page.close({ runBeforeUnload: false });

  const again = await context.newPage();
  await again.goto(url);
  await expect(again.getByTestId('card')).toHaveCount(2);
  const texts = await cardTexts(again);
  expect(texts).toContain('First card');
  expect(texts.some((t) => t.startsWith('Typed before the crash'))).toBe(true);
});

test('the map is usable from the keyboard: move between cells, Enter to add and edit, Delete to remove', async ({
  page,
}) => {
  await createProject(page, 'Keyboard', 'b2b');
  const canvas = page.getByRole('application', { name: /Journey map/ });
  await canvas.focus();
  await page.keyboard.press('ArrowRight'); // first cell, then the next stage
  await page.keyboard.press('ArrowRight');
  await expect(page.getByTestId('cursor-announcer')).toHaveText(/Evaluation, Customer actions/);
  await page.keyboard.press('Enter');
  await page.keyboard.type('Asks for a demo');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('card')).toHaveText('Asks for a demo');
  await expect(canvas).toBeFocused();
  // Alt+Down moves the card to the next lane.
  await page.keyboard.press('Alt+ArrowDown');
  await expect(page.getByTestId('card')).toHaveAttribute('aria-label', /Evaluation, Touchpoints and channels/);
  await page.keyboard.press('Enter');
  await page.keyboard.press('End');
  await page.keyboard.type(' today');
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('card')).toHaveText('Asks for a demo today');
  await page.keyboard.press('Delete');
  await expect(page.getByTestId('card')).toHaveCount(0);
  await page.keyboard.press('Control+z');
  await expect(page.getByTestId('card')).toHaveCount(1);
});

test('pasting text makes one card per line; copying cards pastes them into another map', async ({ page }) => {
  await createProject(page, 'Paste', 'b2b');
  const canvas = page.getByRole('application', { name: /Journey map/ });
  await canvas.focus();
  await page.keyboard.press('ArrowRight');
  await canvas.evaluate((el) => {
    const dt = new DataTransfer();
    dt.setData('text/plain', 'Reads reviews\n\n  Asks a peer  \nDownloads a guide');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true }));
  });
  await expect(page.getByTestId('card')).toHaveCount(3);
  expect(await cardTexts(page)).toEqual(['Reads reviews', 'Asks a peer', 'Downloads a guide']);

  // Clipboard content that is neither text nor cards gets a message and changes nothing.
  await canvas.evaluate((el) => {
    const dt = new DataTransfer();
    dt.setData('text/html', '<img src=x>');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true }));
  });
  await expect(page.getByRole('status')).toContainText('Nothing to paste');
  await expect(page.getByTestId('card')).toHaveCount(3);

  // Copy all three and paste them into a second map.
  await canvas.focus();
  await page.keyboard.press('Control+a');
  const copied = await canvas.evaluate((el) => {
    const dt = new DataTransfer();
    el.dispatchEvent(new ClipboardEvent('copy', { clipboardData: dt, bubbles: true, cancelable: true }));
    return dt.getData('application/x-baton-cards+json');
  });
  expect(JSON.parse(copied).cards).toHaveLength(3);
  await page.getByRole('button', { name: '+ New journey map' }).click();
  await expect(page.getByTestId('card')).toHaveCount(0);
  await canvas.focus();
  await page.keyboard.press('ArrowDown');
  await canvas.evaluate((el, json) => {
    const dt = new DataTransfer();
    dt.setData('application/x-baton-cards+json', json);
    dt.setData('text/plain', 'ignored when cards are present');
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true }));
  }, copied);
  await expect(page.getByTestId('card')).toHaveCount(3);
  await expect(page.getByTestId('card').first()).toHaveAttribute('aria-label', /Touchpoints and channels/);
});

test('long, empty, emoji and right-to-left names get sensible answers', async ({ page }) => {
  await createProject(page, 'Names', 'blank');
  await renameStage(page, 0, 'x'.repeat(10000));
  await expect(page.getByRole('status')).toContainText('longer than 80 characters');
  expect((await stageNames(page))[0]).toHaveLength(80);
  await renameStage(page, 0, '   ');
  await expect(page.getByRole('status')).toContainText('can’t be empty');
  expect((await stageNames(page))[0]).toHaveLength(80);
  await renameStage(page, 0, 'وعي 🚀 Awareness');
  await expect.poll(() => stageNames(page)).toEqual(['وعي 🚀 Awareness']);
  // The refusals' toasts sit over the cell until they go (4 s); a faster page reaches the double-click before that.
  await expect(page.locator('.toast')).toHaveCount(0, { timeout: 10_000 });
  await addCardByDoubleClick(page, 0, 0, 'مرحبا 👋');
  expect(await cardTexts(page)).toEqual(['مرحبا 👋']);
});

test('the overview in the corner draws the map, follows new cards and takes the view where it is pressed', async ({ page }) => {
  await createProject(page, 'Overview');
  const overview = page.getByTestId('map-overview');
  // The whole small map shows: the overview stays out of the corner's cards until there is more.
  await expect(page.getByTestId('card').first().or(page.getByTestId('stage').first())).toBeVisible();
  await expect(overview).toBeHidden();
  /** How many pixels of the overview's drawing have the cards' colour. */
  const cardPixels = () =>
    overview.locator('canvas').evaluate((c: HTMLCanvasElement) => {
      const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
      let n = 0;
      for (let i = 0; i < d.length; i += 4) if (d[i] === 0xe0 && d[i + 1] === 0xb4 && d[i + 2] === 0x00) n++;
      return n;
    });
  const before = await cardPixels();
  await addCardByDoubleClick(page, 3, 1, 'Asks procurement for a quote');
  await expect.poll(cardPixels).toBeGreaterThan(before);

  // Zoom in so the view is a small part of the map, then press the overview's bottom right corner.
  const plus = page.getByRole('button', { name: /Zoom in/ });
  for (let i = 0; i < 4; i++) await plus.click();
  await expect(overview).toBeVisible();
  /** Where the map's origin sits on screen. */
  const transform = () =>
    page.locator('.react-flow__viewport').evaluate((el) => {
      const m = new DOMMatrixReadOnly(getComputedStyle(el).transform);
      return `${m.e},${m.f}`;
    });
  const frame = () => overview.locator('.map-overview-view').evaluate((el) => (el as HTMLElement).style.transform);
  const [t0, f0] = [await transform(), await frame()];
  const box = (await overview.boundingBox())!;
  await page.mouse.click(box.x + box.width - 20, box.y + box.height - 20);
  await expect.poll(transform).not.toBe(t0);
  await expect.poll(frame).not.toBe(f0);
  // The view went down and to the right: the map's origin now sits further up and to the left.
  const [x, y] = (await transform()).split(',').map(Number);
  const [x0, y0] = t0.split(',').map(Number);
  expect(x).toBeLessThan(x0!);
  expect(y).toBeLessThan(y0!);
});

test('the view follows the keyboard: walking past the edge pans the map, a card opened there can be seen and typed into, Home and End jump', async ({
  page,
}) => {
  await createProject(page, 'Follow the keys', 'b2b');
  // Zoomed in, only the top left corner of the map is on screen.
  const plus = page.getByRole('button', { name: /Zoom in/ });
  for (let i = 0; i < 4; i++) await plus.click();
  const pane = (await page.locator('.react-flow').boundingBox())!;
  /** Whether the one thing `selector` finds is drawn, whole (a tall cell: its top), inside the pane. */
  const inPane = async (selector: string) => {
    const found = page.locator(selector);
    if ((await found.count()) !== 1) return false;
    const b = await found.boundingBox();
    return !!b && b.x >= pane.x && b.y >= pane.y && b.x + b.width <= pane.x + pane.width && b.y + Math.min(b.height, 100) <= pane.y + pane.height;
  };
  const cursorInView = () => inPane('.cell-cursor, .card.at-cursor');
  const canvas = page.getByRole('application', { name: /Journey map/ });
  await canvas.focus();
  await page.keyboard.press('ArrowRight');
  for (let i = 0; i < 5; i++) {
    await page.keyboard.press('ArrowRight');
    await expect.poll(cursorInView, `after ${i + 2} steps right`).toBe(true);
  }
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press('ArrowDown');
    await expect.poll(cursorInView, `after ${i + 1} steps down`).toBe(true);
  }
  await expect(page.getByTestId('cursor-announcer')).toHaveText(/^Advocacy, /);
  // Enter opens a new card in that far cell: its field is on screen and takes the keys.
  await page.keyboard.press('Enter');
  const editor = page.getByRole('textbox', { name: 'Card text' });
  await expect(editor).toBeFocused();
  await expect.poll(() => inPane('.card-editor')).toBe(true);
  await page.keyboard.type('Tells a peer about us');
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('card').filter({ hasText: 'Tells a peer about us' })).toHaveAttribute('aria-label', /Advocacy/);
  await expect.poll(cursorInView).toBe(true);
  // Home goes back along the lane, Ctrl+End to the map's last cell, Ctrl+Home to its first.
  const announcer = page.getByTestId('cursor-announcer');
  await page.keyboard.press('Home');
  await expect(announcer).toHaveText(/^Awareness, /);
  await expect.poll(cursorInView).toBe(true);
  await page.keyboard.press('Control+End');
  await expect(announcer).toHaveText(/^Advocacy, Backstage/);
  await expect.poll(cursorInView).toBe(true);
  await page.keyboard.press('Control+Home');
  await expect(announcer).toHaveText(/^Awareness, Customer actions/);
  await expect.poll(cursorInView).toBe(true);
});

test('deep in a big map, frozen stage and lane names say where the cursor is', async ({ page }) => {
  await createProject(page, 'Frozen names', 'b2b');
  const plus = page.getByRole('button', { name: /Zoom in/ });
  for (let i = 0; i < 4; i++) await plus.click();
  const strip = page.locator('.frozen-stages');
  const laneNames = page.locator('.frozen-lane:visible');
  const canvas = page.getByRole('application', { name: /Journey map/ });
  await canvas.focus();
  // Ctrl+Home shows the map's corner, stage and lane names included: nothing frozen.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('Control+Home');
  await expect(strip).toBeHidden();
  await expect(laneNames).toHaveCount(0);
  await expect(page.locator('.stage-name', { hasText: 'Awareness' })).toBeInViewport();
  await expect(page.locator('.lane-name', { hasText: 'Customer actions' })).toBeInViewport();
  await page.keyboard.press('Control+End');
  await expect(page.getByTestId('cursor-announcer')).toHaveText(/^Advocacy, Backstage/);
  const cell = page.locator('.cell-cursor');
  await expect(strip).toBeVisible();
  // The stage named above the cursor's column is its own, and the cell is not under the strip.
  await expect
    .poll(async () => {
      const c = (await cell.boundingBox())!;
      const s = (await strip.boundingBox())!;
      const names: string[] = [];
      for (const el of await page.locator('.frozen-stage').all()) {
        const b = await el.boundingBox();
        if (b && b.width > 0 && b.x < c.x + c.width / 2 && b.x + b.width > c.x + c.width / 2) names.push((await el.textContent()) ?? '');
      }
      return { names, clear: c.y >= s.y + s.height };
    })
    .toEqual({ names: ['Advocacy'], clear: true });
  // The column cut by the pane's left edge keeps its name in sight (moved to cut it mid-name).
  const pane = (await page.locator('.react-flow').boundingBox())!;
  await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height - 60);
  await page.mouse.down();
  await page.mouse.move(pane.x + pane.width / 2 + 60, pane.y + pane.height - 60, { steps: 5 });
  await page.mouse.up();
  expect(
    await page.evaluate(() => {
      const left = document.querySelector('.react-flow')!.getBoundingClientRect().left;
      return [...document.querySelectorAll('.frozen-stage')]
        .filter((el) => {
          const r = el.getBoundingClientRect();
          return r.left < left - 40 && r.right > left + 40;
        })
        .map((el) => {
          const range = document.createRange();
          range.selectNodeContents(el);
          return range.getBoundingClientRect().left >= left;
        });
    }),
  ).toEqual([true]);
  // The cursor's lane is named at the left edge, level with its row.
  const backstage = page.locator('.frozen-lane:visible', { hasText: 'Backstage' });
  await expect(backstage).toBeVisible();
  const tag = (await backstage.boundingBox())!;
  const c = (await cell.boundingBox())!;
  expect(Math.abs(tag.x - pane.x)).toBeLessThan(2);
  expect(tag.y + tag.height).toBeGreaterThan(c.y);
  expect(tag.y).toBeLessThan(c.y + c.height);
  // Up to the first lane: the real stage names come back into view, the strip goes.
  for (let i = 0; i < 9; i++) await page.keyboard.press('ArrowUp');
  await expect(page.getByTestId('cursor-announcer')).toHaveText(/^Advocacy, Customer actions/);
  await expect(strip).toBeHidden();
  await expect(page.locator('.stage-name', { hasText: 'Advocacy' })).toBeInViewport();
  await page.keyboard.press('Control+Home');
  await expect(laneNames).toHaveCount(0);
});
