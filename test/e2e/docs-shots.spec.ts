/**
 * The README's pictures of room mode (docs/room-*.png), made from the sample map: run with
 * BATON_DOCS_SHOTS=1 (skipped otherwise, so a test run never rewrites the docs).
 */
import { expect, test } from '@playwright/test';
import { openSampleWithTimer, pickTheme } from './room-helpers';

const SHOTS = [
  { file: 'docs/room-1920-projector.png', size: { width: 1920, height: 1080 }, theme: 'projector' },
  { file: 'docs/room-1280-light.png', size: { width: 1280, height: 720 }, theme: 'light' },
] as const;

for (const shot of SHOTS)
  test(`README picture ${shot.file}`, async ({ page }) => {
    test.skip(!process.env.BATON_DOCS_SHOTS, 'set BATON_DOCS_SHOTS=1 to rewrite the docs pictures');
    await page.setViewportSize(shot.size);
    await openSampleWithTimer(page);
    await pickTheme(page, shot.theme);
    await page.getByRole('button', { name: 'Room mode', exact: true }).click();
    await expect(page.locator('html')).toHaveClass(/room-mode/);
    // The picture of what the room sees: the messages gone, the bar hidden again.
    for (const close of await page.locator('.toast-close').all()) await close.click();
    await expect(page.locator('.toast')).toHaveCount(0);
    await expect(page.getByTestId('room-bar')).toHaveAttribute('data-shown', 'false', { timeout: 8000 });
    await page.waitForTimeout(400);
    await page.screenshot({ path: shot.file });
  });
