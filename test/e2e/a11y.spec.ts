/**
 * axe on every screen (issue 18 item 6): the home screen and a new project's editor, the sample
 * project's sections and workshop tabs, the map in room mode (light and projector), the map
 * during a dot vote with the voter step, the presenter view, the dialogs (palette, help, live
 * session), and a phone in a live session. WCAG 2.0/2.1/2.2 A and AA with target-size
 * (axe-helpers.ts): no serious or critical finding.
 */
import { expect, test, type Page } from '@playwright/test';
import { seriousAxe } from './axe-helpers';
import { createProject } from './helpers';
import { joinAs, startVotingSession } from './live-helpers';
import { openSampleWithTimer, pickTheme } from './room-helpers';

test('an axe scan of the home screen and the editor finds no serious or critical violations', async ({
  page,
}) => {
  await createProject(page, 'Accessible', 'b2b');
  expect(await seriousAxe(page)).toEqual([]);
  await page.getByRole('button', { name: /All projects/ }).click();
  await expect(page.getByTestId('project-row')).toHaveCount(1);
  expect(await seriousAxe(page)).toEqual([]);
});

/** Each screen's findings by name, so one failure shows them all. */
async function scan(page: Page, name: string, found: Record<string, string[]>, include?: string) {
  const v = await seriousAxe(page, include);
  if (v.length) found[name] = v;
}

test.describe('at 1280x720', () => {
  test.use({ viewport: { width: 1280, height: 720 } });

  test('axe finds nothing serious on the project’s screens', async ({ page }) => {
    test.setTimeout(240_000);
    const found: Record<string, string[]> = {};
    await openSampleWithTimer(page);
    await scan(page, 'map', found);
    const sections = page.getByRole('navigation', { name: 'Project' }).getByRole('link');
    const names = (await sections.allInnerTexts()).map((t) => t.trim()).filter(Boolean);
    for (const name of names) {
      await sections.filter({ hasText: name }).first().click();
      await page.waitForTimeout(300);
      await scan(page, `section ${name}`, found);
    }
    expect(found).toEqual({});
  });

  test('axe finds nothing serious on the workshop’s tabs and the dialogs', async ({ page }) => {
    test.setTimeout(240_000);
    const found: Record<string, string[]> = {};
    await openSampleWithTimer(page);
    await page
      .getByRole('navigation', { name: 'Project' })
      .getByRole('link', { name: /Workshop/ })
      .click();
    const tabs = page.getByRole('navigation', { name: 'Workshop screens' }).getByRole('link');
    for (const tab of await tabs.allInnerTexts()) {
      await tabs.filter({ hasText: tab }).first().click();
      await page.waitForTimeout(300);
      await scan(page, `workshop ${tab}`, found);
    }
    // Dialogs: the palette, help, the live session.
    await page.keyboard.press('Control+k');
    await expect(page.getByRole('dialog')).toBeVisible();
    await scan(page, 'palette', found);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Help', exact: true }).click();
    const help = page.getByRole('menu').or(page.getByRole('dialog'));
    await expect(help.first()).toBeVisible();
    await scan(page, 'help menu', found);
    await page.keyboard.press('Escape');
    await page.getByRole('button', { name: 'Start live session' }).click();
    await expect(page.getByRole('dialog', { name: 'Live session' })).toBeVisible();
    await scan(page, 'live session dialog', found);
    await page.keyboard.press('Escape');
    expect(found).toEqual({});
  });

  test('axe finds nothing serious in room mode, during a vote, and on the presenter view', async ({
    page,
  }) => {
    test.setTimeout(180_000);
    const found: Record<string, string[]> = {};
    await openSampleWithTimer(page);
    for (const theme of ['light', 'projector'] as const) {
      await pickTheme(page, theme);
      await page.getByRole('button', { name: 'Room mode', exact: true }).click();
      await expect(page.locator('html')).toHaveClass(/room-mode/);
      await page.mouse.move(640, 360);
      await page.waitForTimeout(400);
      await scan(page, `room mode ${theme}`, found);
      await page.keyboard.press('Escape');
      await expect(page.locator('html')).not.toHaveClass(/room-mode/);
    }
    await pickTheme(page, 'light');
    // A vote: the voter step and the dots on the cards.
    await page.getByTestId('vote-controls').getByRole('button', { name: 'Results' }).click();
    await scan(page, 'closed vote results', found);
    await page.getByRole('button', { name: 'Take the dots off the map' }).click();
    await page.getByRole('button', { name: /Start a dot vote/ }).click();
    await scan(page, 'start vote form', found);
    await page.getByRole('button', { name: 'Start the vote' }).click();
    await page
      .getByTestId('voter-step')
      .getByRole('button', { name: /^Maya Chen votes/ })
      .click();
    await scan(page, 'voting', found);
    await page.getByRole('button', { name: 'Room mode', exact: true }).click();
    await page.mouse.move(640, 360);
    await page.waitForTimeout(400);
    await scan(page, 'voting in room mode', found);
    await page.keyboard.press('Escape');
    await page
      .getByTestId('voter-step')
      .getByRole('button', { name: 'Back to facilitator' })
      .click();
    // The presenter view, opened from the header, with the open vote beside a stage in focus.
    // (The vote brought its lanes into view; the whole map again, so the first stage's header shows.)
    await page.getByRole('button', { name: 'Fit map to screen' }).click();
    await page
      .getByTestId('stage')
      .first()
      .getByRole('button', { name: /Focus this stage/ })
      .click();
    const [presenter] = await Promise.all([
      page.waitForEvent('popup'),
      page.getByTestId('timer-presenter').click(),
    ]);
    await expect(presenter.getByTestId('presenter-results')).toBeVisible();
    await scan(presenter, 'presenter', found);
    expect(found).toEqual({});
  });
});

test('axe finds nothing serious on a phone in a live session', async ({ browser }) => {
  const { server } = await startVotingSession();
  try {
    const phone = await joinAs(browser, server.url, 'Pat', {
      viewport: { width: 390, height: 844 },
      isMobile: true,
      hasTouch: true,
    });
    await expect(phone.page.getByTestId('phone-voting')).toBeVisible();
    const found: Record<string, string[]> = {};
    await scan(phone.page, 'phone', found);
    expect(found).toEqual({});
    await phone.context.close();
  } finally {
    await server.end();
  }
});
