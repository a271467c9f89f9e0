import { expect, test, type Page } from '@playwright/test';
import { createProject } from './helpers';
import { newPersona, openPersonas } from './personas-helpers';

const curveLines = (page: Page) => page.getByTestId('emotion-curve-line');
const legend = (page: Page) => page.getByTestId('curve-legend').getByTestId('curve-legend-item');

async function addToMap(page: Page, name: string) {
  await page.getByRole('button', { name: 'Add a persona to this map' }).click();
  await page.getByRole('menuitem', { name: `Add ${name}` }).click();
}

test('persona curves: the map’s own curve can become the first persona’s (one undo step), each curve has its own look and the legend names them', async ({
  page,
}) => {
  await createProject(page, 'Curves', 'b2b');
  const mapUrl = page.url();
  // The map's own curve gets a point before any persona is on the map.
  await page.getByRole('slider', { name: 'Emotion at Awareness' }).focus();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(page.getByRole('slider', { name: 'Emotion at Awareness' })).toHaveAttribute('aria-valuenow', '2');
  // One curve alone needs no legend.
  await expect(page.getByTestId('curve-legend')).toHaveCount(0);

  await openPersonas(page);
  await newPersona(page, 'Dana Ortiz');
  await page.getByRole('link', { name: /All personas/ }).click();
  await newPersona(page, 'Sam Lee');
  await page.goto(mapUrl);

  // The first persona: Baton asks whether the map's curve is hers.
  await addToMap(page, 'Dana Ortiz');
  const ask = page.getByTestId('adopt-curve-dialog');
  await expect(ask).toBeVisible();
  await expect(ask.getByRole('heading')).toHaveText('Is this map’s emotion curve Dana Ortiz’s?');
  await ask.getByRole('button', { name: 'Yes, it is Dana Ortiz’s curve' }).click();
  await expect(ask).toHaveCount(0);
  await expect(page.getByRole('slider', { name: 'Emotion of Dana Ortiz at Awareness' })).toHaveAttribute('aria-valuenow', '2');
  await expect(page.getByRole('slider', { name: /^Emotion at/ })).toHaveCount(0);
  await expect(legend(page)).toHaveText(['Dana Ortiz']);

  // One undo takes back both: Dana leaves the map and the map's own curve is back as it was.
  await page.getByRole('button', { name: 'Undo' }).first().click();
  await expect(page.getByTestId('persona-chip')).toHaveCount(0);
  await expect(page.getByRole('slider', { name: 'Emotion at Awareness' })).toHaveAttribute('aria-valuenow', '2');
  await expect(page.getByRole('slider', { name: /^Emotion of Dana/ })).toHaveCount(0);

  // Asked again, "No" keeps the map's own curve beside hers, both named in the legend.
  await addToMap(page, 'Dana Ortiz');
  await ask.getByRole('button', { name: 'No, keep it as the map’s own curve' }).click();
  await expect(page.getByRole('slider', { name: 'Emotion at Awareness' })).toHaveAttribute('aria-valuenow', '2');
  await expect(page.getByRole('slider', { name: 'Emotion of Dana Ortiz at Awareness' })).toHaveAttribute('aria-valuenow', '0');
  await expect(legend(page)).toHaveText(['The map’s own curve', 'Dana Ortiz']);

  // The second persona is not asked about: the map's curve was settled with the first.
  await addToMap(page, 'Sam Lee');
  await expect(ask).toHaveCount(0);
  await expect(legend(page)).toHaveText(['The map’s own curve', 'Dana Ortiz', 'Sam Lee']);
  await expect(curveLines(page)).toHaveCount(3);
  const looks = await curveLines(page).evaluateAll((els) =>
    els.map((el) => ({
      persona: el.getAttribute('data-persona'),
      color: getComputedStyle(el.querySelector('.emotion-path')!).stroke,
      dash: el.querySelector('.emotion-path')!.getAttribute('stroke-dasharray') ?? '',
    })),
  );
  // Three different colours and three different dash patterns (told apart in greyscale too).
  expect(new Set(looks.map((l) => l.color)).size).toBe(3);
  expect(new Set(looks.map((l) => l.dash)).size).toBe(3);
  // The legend's swatch is the curve's own colour.
  const legendColors = await legend(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-color')));
  const lineColors = await curveLines(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-color')));
  expect(legendColors).toEqual(lineColors);

  // The projector theme draws the same curves in its own (bright) colours, still all different.
  // It also settles the view on a zoom the back row can read: a screen that tall keeps the
  // emotion lane (and so the curves) in view at that zoom.
  await page.setViewportSize({ width: 2560, height: 2400 });
  await page.getByRole('button', { name: 'Theme', exact: true }).click();
  await page.getByRole('menuitemradio', { name: /projector/i }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'projector');
  await expect.poll(() => curveLines(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-color')))).not.toEqual(lineColors);
  const bright = await curveLines(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-color')));
  expect(new Set(bright).size).toBe(3);
  // The projector theme also settles the view on its readable zoom, and the legend is drawn again
  // there: wait for it rather than read it in the middle.
  await expect.poll(() => legend(page).evaluateAll((els) => els.map((el) => el.getAttribute('data-color')))).toEqual(bright);
});
