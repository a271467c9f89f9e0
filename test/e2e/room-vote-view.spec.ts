/**
 * In the room (issue 18 item 6): when a vote opens, the view brings the voted lanes into sight,
 * in room mode and outside it, on a 1280x720 laptop and a 1920x1080 projector.
 */
import { expect, test, type Page } from '@playwright/test';
import { openSampleWithTimer, pickTheme } from './room-helpers';

/** How much of the lane named `name` (its band, from its label) shows in the map's pane, 0..1. */
function laneShown(page: Page, name: string) {
  return page.evaluate((n) => {
    const pane = document.querySelector('.react-flow')!.getBoundingClientRect();
    const lane = [...document.querySelectorAll<HTMLElement>('[data-testid="lane"]')].find((l) => l.querySelector('.lane-name')?.textContent === n);
    if (!lane) return 0;
    const r = lane.getBoundingClientRect();
    const shown = Math.min(r.bottom, pane.bottom) - Math.max(r.top, pane.top);
    return Math.max(0, shown) / Math.min(r.height, pane.height);
  }, name);
}

async function startVote(page: Page) {
  // The sample's old vote, closed: its dots off the map first.
  await page.getByTestId('vote-controls').getByRole('button', { name: 'Results' }).click();
  await page.getByRole('button', { name: 'Take the dots off the map' }).click();
  await page.getByRole('button', { name: /Start a dot vote/ }).click();
  await page.getByRole('button', { name: 'Start the vote' }).click();
  await expect(page.getByTestId('voter-step')).toBeVisible();
}

for (const { size, theme, room } of [
  { size: { width: 1280, height: 720 }, theme: 'light', room: false },
  { size: { width: 1920, height: 1080 }, theme: 'projector', room: true },
  { size: { width: 1280, height: 720 }, theme: 'projector', room: true },
] as const)
  test(`at ${size.width}x${size.height}, ${theme}${room ? ', room mode' : ''}: a vote that opens brings its lanes into sight`, async ({ page }) => {
    await page.setViewportSize(size);
    await openSampleWithTimer(page);
    await pickTheme(page, theme);
    if (room) {
      await page.getByRole('button', { name: 'Room mode', exact: true }).click();
      await expect(page.locator('html')).toHaveClass(/room-mode/);
      await page.waitForTimeout(600);
      await page.getByRole('button', { name: 'Map tools' }).click();
    } else {
      // Zoomed in on the top of the map until the pains lane is below the pane (a step of 200 zooms
      // by 2^0.4; how many it takes depends on the canvas's height under its bars). Not further: the
      // lane must still fit the pane at that zoom.
      const pane = (await page.locator('.react-flow').boundingBox())!;
      await page.mouse.move(pane.x + 300, pane.y + 60);
      for (let step = 0; step < 8 && (await laneShown(page, 'Pain points')) >= 0.5; step++) {
        await page.mouse.wheel(0, -200);
        await page.waitForTimeout(400);
      }
    }
    expect(await laneShown(page, 'Pain points'), 'off screen before').toBeLessThan(0.5);
    await startVote(page);
    await expect.poll(() => laneShown(page, 'Pain points')).toBeGreaterThanOrEqual(0.99);
  });
