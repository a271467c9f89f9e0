import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** Opens the command palette with the keyboard, types, and runs the best match with Enter. */
export async function runFromPalette(page: Page, query: string, expectFirst?: RegExp | string) {
  await page.keyboard.press('ControlOrMeta+k');
  const input = page.getByRole('combobox', { name: /Type a command/ });
  await expect(input).toBeFocused();
  await page.keyboard.type(query);
  if (expectFirst) await expect(page.getByTestId('command-palette').getByRole('option').first()).toContainText(expectFirst);
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('command-palette')).toHaveCount(0);
}

/** Axe's colour-contrast rule only: the serious failures, readable. */
export async function contrastViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withRules(['color-contrast']).analyze();
  return results.violations.flatMap((v) => v.nodes.map((n) => `${n.target.join(' ')}: ${n.failureSummary?.split('\n')[1] ?? ''}`));
}

/** Elements wider than their box: what longer words would push out of sight. */
export function overflowing(page: Page, selectors: string[]) {
  return page.evaluate(
    (sels) =>
      sels.flatMap((s) =>
        Array.from(document.querySelectorAll<HTMLElement>(s))
          .filter((el) => el.scrollWidth > el.clientWidth + 1)
          .map((el) => `${s}: ${el.scrollWidth} > ${el.clientWidth}`),
      ),
    selectors,
  );
}

/** Skips the first-run tour when it is in the way of what a test does. */
export async function skipTour(page: Page) {
  const skip = page.getByRole('button', { name: 'Skip the tour' });
  if (await skip.isVisible()) await skip.click();
}
