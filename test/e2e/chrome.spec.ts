/**
 * The map's chrome outside room mode (issue 18): a facilitator with a session and its timer
 * running, on a 1280x720 laptop and a 1920x1080 projector, light and projector themes. The
 * header is one row with the title given room and no button's words broken over two lines.
 */
import { expect, test } from '@playwright/test';
import { headerRows, openSampleWithTimer, pickTheme } from './room-helpers';
import { wrappedLabels } from './chrome-helpers';

const SIZES = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
] as const;
const THEMES = ['light', 'projector'] as const;

for (const size of SIZES)
  for (const theme of THEMES)
    test(`outside room mode at ${size.width}x${size.height}, ${theme}: the header is one row, the title has room, no label wraps`, async ({ page }) => {
      await page.setViewportSize(size);
      await openSampleWithTimer(page);
      await pickTheme(page, theme);
      await expect(page.getByTestId('header-countdown')).toBeVisible();
      expect(await headerRows(page)).toBe(1);
      expect(await wrappedLabels(page, '.app-header')).toEqual([]);
      // The title: whole where the words of the buttons can give way for it; at 1920 always
      // more than a few letters (it was "S…" in the projector theme).
      const title = page.locator('.project-title');
      const { shown, full } = await title.evaluate((el) => ({ shown: el.clientWidth, full: el.scrollWidth }));
      if (size.width === 1920) expect(shown, 'title width on screen').toBeGreaterThanOrEqual(Math.min(full, 500));
      if (size.width === 1920 && theme === 'light') expect(shown).toBeGreaterThanOrEqual(full - 1);
      expect(shown).toBeGreaterThanOrEqual(Math.min(full, 60));
    });
