/**
 * In the room (issue 18): on the projected sample map in room mode, every word on the map reads
 * whole (stage headers and their badges, lane names, cards, handoff markers), in the light and
 * projector themes on a 1280x720 laptop and a 1920x1080 projector.
 */
import { viewSettled as settled } from './helpers';
import { expect, test, type Page } from '@playwright/test';
import { clippedText, openSampleWithTimer, pickTheme } from './room-helpers';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;
const THEMES = ['light', 'projector'] as const;

async function roomMode(page: Page, size: { width: number; height: number }, theme: 'light' | 'projector') {
  await page.setViewportSize(size);
  await openSampleWithTimer(page);
  await pickTheme(page, theme);
  await page.getByRole('button', { name: 'Room mode', exact: true }).click();
  await expect(page.locator('html')).toHaveClass(/room-mode/);
  await settled(page);
}

for (const size of SIZES)
  for (const theme of THEMES)
    test(`room mode at ${size.width}x${size.height}, ${theme}: no word on the sample map is clipped`, async ({ page }) => {
      await roomMode(page, size, theme);
      await expect(page.getByTestId('handoff-marker').first()).toBeVisible();
      const clipped = new Set<string>();
      const look = async () => (await clippedText(page)).forEach((c) => clipped.add(c));
      // Every stage a key away, then the lanes lower down: all the map's nodes are drawn once.
      const stages = await page.getByTestId('stage').count();
      await look();
      for (let i = 0; i < 7 && i < stages; i++) {
        await page.keyboard.press('PageDown');
        await settled(page);
        await look();
      }
      const pane = (await page.locator('.react-flow').boundingBox())!;
      await page.mouse.move(pane.x + pane.width / 2, pane.y + pane.height / 2);
      for (let i = 0; i < 3; i++) {
        await page.mouse.wheel(0, 400);
        await settled(page);
        await look();
      }
      for (let i = 0; i < 7 && i < stages; i++) {
        await page.keyboard.press('PageUp');
        await settled(page);
        await look();
      }
      expect([...clipped]).toEqual([]);
    });

/** Screen boxes of every card drawn now that overlaps the box of `selector` (none should). */
function cardsUnder(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const over = [...document.querySelectorAll<HTMLElement>(sel)].filter((e) => e.checkVisibility()).map((e) => e.getBoundingClientRect());
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    const out: string[] = [];
    for (const card of document.querySelectorAll<HTMLElement>('[data-testid="card"]')) {
      const c = card.getBoundingClientRect();
      const shown = { left: Math.max(c.left, pane.left), right: Math.min(c.right, pane.right), top: Math.max(c.top, pane.top), bottom: Math.min(c.bottom, pane.bottom) };
      if (shown.right <= shown.left || shown.bottom <= shown.top) continue; // off the pane
      for (const o of over)
        if (o.left < shown.right && o.right > shown.left && o.top < shown.bottom && o.bottom > shown.top)
          out.push(`${sel} over “${card.textContent?.slice(0, 30)}”`);
    }
    return out;
  }, selector);
}

function overlaps(page: Page, a: string, b: string): Promise<boolean> {
  return page.evaluate(
    ([x, y]) => {
      const r = document.querySelector(x!)?.getBoundingClientRect();
      const s = document.querySelector(y!)?.getBoundingClientRect();
      return !!r && !!s && r.width > 0 && s.width > 0 && r.left < s.right && r.right > s.left && r.top < s.bottom && r.bottom > s.top;
    },
    [a, b],
  );
}

for (const size of SIZES)
  for (const theme of THEMES)
    test(`at ${size.width}x${size.height}, ${theme}: the overview and the messages cover no card, nor the zoom controls`, async ({ page }) => {
      await page.setViewportSize(size);
      await openSampleWithTimer(page);
      await pickTheme(page, theme);
      // Outside room mode, fitted: the overview is away (the whole map shows, or the projector's
      // readable view steps through the stages), no card is under the zoom controls, and the
      // session's "started" message sits clear of "Fit map to screen".
      await expect(page.locator('.toast').first()).toBeVisible();
      await page.getByRole('button', { name: 'Fit map to screen' }).click();
      await settled(page);
      expect(await cardsUnder(page, '.map-overview-panel')).toEqual([]);
      expect(await cardsUnder(page, '.zoom-controls')).toEqual([]);
      expect(await overlaps(page, '.toasts', '.zoom-controls')).toBe(false);

      // Room mode: the session's "started" message and a copy's both sit clear of every card
      // (the Thoughts lane at the bottom included) and of the room bar; no overview in the corner.
      await page.getByRole('button', { name: 'Room mode', exact: true }).click();
      await expect(page.locator('html')).toHaveClass(/room-mode/);
      await settled(page);
      await page.getByTestId('card').nth(1).click();
      await page.keyboard.press('Control+c');
      await expect(page.locator('.toast').first()).toBeVisible();
      await page.mouse.move(size.width / 2, size.height / 2);
      await page.mouse.move(size.width / 2 + 10, size.height / 2 + 10);
      await expect(page.getByTestId('room-bar')).toHaveAttribute('data-shown', 'true');
      expect(await cardsUnder(page, '.toast')).toEqual([]);
      expect(await cardsUnder(page, '.map-overview-panel')).toEqual([]);
      expect(await overlaps(page, '.toasts', '.room-bar')).toBe(false);
    });
