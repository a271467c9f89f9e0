/**
 * In the room (issue 18): on the projected sample map in room mode, every word on the map reads
 * whole (stage headers and their badges, lane names, cards, handoff markers), in the light and
 * projector themes on a 1280x720 laptop and a 1920x1080 projector.
 */
import { expect, test, type Page } from '@playwright/test';
import { clippedText, openSampleWithTimer, pickTheme } from './room-helpers';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;
const THEMES = ['light', 'projector'] as const;

/** Waits until the map's view has stopped moving (the readable view is animated). */
async function settled(page: Page) {
  const transform = () => page.evaluate(() => getComputedStyle(document.querySelector('.react-flow__viewport')!).transform);
  let last = '';
  for (let i = 0; i < 20; i++) {
    await page.waitForTimeout(120);
    const now = await transform();
    if (now === last) return;
    last = now;
  }
}

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
