import { expect, test } from '@playwright/test';
import { createProject, waitSaved } from './helpers';
import { newPersona, openPersonas } from './personas-helpers';

test('a persona card placed on the canvas moves where it is dropped, survives a reload and opens the persona', async ({
  page,
}) => {
  await createProject(page, 'Persona on canvas', 'b2b');
  const mapUrl = page.url();
  await openPersonas(page);
  await newPersona(page, 'Dana Ortiz');
  await page.goto(mapUrl);
  await page.getByRole('button', { name: 'Add a persona to this map' }).click();
  await page.getByRole('menuitem', { name: 'Add Dana Ortiz' }).click();
  await page.getByRole('button', { name: 'Place Dana Ortiz’s card on the canvas' }).click();
  const pin = page.getByTestId('persona-pin');
  await expect(pin).toHaveCount(1);
  await expect(pin).toContainText('Dana Ortiz');
  // Once placed, the strip no longer offers to place it again.
  await expect(page.getByRole('button', { name: 'Place Dana Ortiz’s card on the canvas' })).toHaveCount(0);

  await page.getByRole('button', { name: 'Fit map to screen' }).click();
  const before = await pin.boundingBox();
  if (!before) throw new Error('the persona card is not visible');
  await page.mouse.move(before.x + 20, before.y + 10);
  await page.mouse.down();
  await page.mouse.move(before.x + 40, before.y + 30, { steps: 4 });
  await page.mouse.move(before.x + 120, before.y + 90, { steps: 8 });
  await page.mouse.up();
  const moved = await pin.boundingBox();
  expect(moved!.x - before.x).toBeGreaterThan(50);
  // Where the card sits relative to the first stage, in stage widths (independent of zoom).
  const relative = async () => {
    const a = (await pin.boundingBox())!;
    const s = (await page.getByTestId('stage').first().boundingBox())!;
    return (a.x - s.x) / s.width;
  };
  const placed = await relative();

  await waitSaved(page);
  await page.reload();
  await expect(pin).toHaveCount(1);
  await page.getByRole('button', { name: 'Fit map to screen' }).click();
  await expect.poll(relative).toBeCloseTo(placed, 1);
  await pin.getByRole('button', { name: 'Open' }).click();
  await expect(page.locator('.persona-title')).toHaveText('Dana Ortiz');
});
