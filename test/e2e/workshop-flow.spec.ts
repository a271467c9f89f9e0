/**
 * The workshop's own flow (issue 23, items 3, 4, 8, 9, 10), as a facilitator clicks it: every
 * action gets an owner and a due date where it is made, the parking lot travels with the
 * cadence, handoffs are never made by accident, a shared copy leaves the room behind, and the
 * workshop's navigation lands where the facilitator is.
 */
import { expect, test, type Page } from '@playwright/test';
import { createProject, waitSaved } from './helpers';
import { openReport } from './report-helpers';
import { openFileFromHome, saveCopyFromHeader } from './files-helpers';
import { DEFAULT_TEAMS } from '../../renderer/src/domain/templates';
import { colourDistance, MIN_DELTA_E } from '../../renderer/src/domain/workshop/participantColors';
import { actAs, addCardIn, addParticipant, cardByText, createSession, dismissToasts, openWorkshop, workshopTab } from './workshop-helpers';

const SHOTS = 'test-results/workshop-flow';
const Q2 = 'Do both teams name the same customers as our best ones?';
const A2 = 'Make sure both teams name the same customers as our best ones';

test.use({ viewport: { width: 1280, height: 720 } });

/** A project with a running alignment session and two participants. */
async function runningWorkshop(page: Page, title: string) {
  await createProject(page, title);
  await openWorkshop(page);
  await createSession(page, /^Alignment workshop/);
  await addParticipant(page, 'Ana', 'Marketing');
  await addParticipant(page, 'Ben', 'Sales');
  await page.getByRole('button', { name: 'Start session' }).click();
  await expect(page.getByTestId('session-status')).toHaveText('Running now');
  await dismissToasts(page);
}

/** Ctrl+Z with nothing focused (in a field it would undo the field's typing). */
async function undoKey(page: Page) {
  await page.evaluate(() => (document.activeElement as HTMLElement | null)?.blur());
  await page.keyboard.press('Control+z');
}

test('every action is made through a prompt that asks who owns it and by when, with a sentence that reads like an action', async ({ page }) => {
  await runningWorkshop(page, 'Owned actions');

  // The questionnaire: a disagreement becomes an action through the prompt.
  await workshopTab(page, 'Questionnaire');
  await page.getByRole('radio', { name: `Marketing: Agree, on “${Q2}”` }).check();
  await page.getByRole('radio', { name: `Sales: Disagree, on “${Q2}”` }).check();
  const q2 = page.getByTestId('question').filter({ hasText: Q2 });
  await q2.getByRole('button', { name: `Make “${Q2}” an action` }).click();
  const prompt = q2.getByTestId('action-prompt');
  await expect(prompt.getByRole('textbox', { name: 'Action' })).toHaveValue(A2);
  await expect(prompt.getByRole('combobox', { name: 'Owner' })).toBeFocused();
  await prompt.getByRole('combobox', { name: 'Owner' }).selectOption({ label: 'Ana (Marketing)' });
  await prompt.getByLabel('Due').fill('2027-01-15');
  await prompt.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/action-prompt-1280.png` });
  await prompt.getByRole('button', { name: 'Add action' }).click();
  await expect(prompt).toHaveCount(0);
  await expect(q2).toContainText('Action added');

  await workshopTab(page, 'Actions and parking lot');
  const rows = page.getByTestId('open-actions').getByTestId('action-item');
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByRole('textbox', { name: 'Action', exact: true })).toHaveValue(A2);
  await expect(rows.first().getByRole('textbox', { name: `Owner: ${A2}` })).toHaveValue('Ana');
  await expect(rows.first().getByRole('combobox', { name: `Team: ${A2}` })).not.toHaveValue('');
  await expect(rows.first().getByLabel(`Due: ${A2}`)).toHaveValue('2027-01-15');
  await expect(rows.first().getByTestId('gap-owner')).toHaveCount(0);

  // One undo step takes the whole action back.
  await undoKey(page);
  await expect(rows).toHaveCount(0);

  // The actions screen's own form is the same prompt; "Decide later" is flagged, in words.
  const add = page.getByRole('form', { name: 'Add action' });
  await add.getByRole('textbox', { name: 'Action' }).fill('Send the pricing page to legal');
  await add.getByRole('button', { name: 'Add action' }).click();
  await expect(rows).toHaveCount(1);
  await expect(rows.first().getByTestId('gap-owner')).toHaveText('No owner yet');
  await expect(page.getByTestId('action-gaps')).toHaveText('1 action has no owner.');

  // The parking lot: a parked question becomes an owned action, the parked item says so.
  await page.getByLabel('Question or topic to park').fill('Who owns webinar leads?');
  await page.getByRole('button', { name: '+ Park it' }).click();
  const parked = page.getByTestId('parking-lot').getByTestId('parked-item');
  await parked.getByRole('button', { name: 'Make “Who owns webinar leads?” an action' }).click();
  const parkedPrompt = parked.getByTestId('action-prompt');
  await expect(parkedPrompt.getByRole('textbox', { name: 'Action' })).toHaveValue('Decide who owns webinar leads');
  await parkedPrompt.getByRole('combobox', { name: 'Owner' }).selectOption({ label: 'Ben (Sales)' });
  await parkedPrompt.getByLabel('Due').fill('2027-01-20');
  await parkedPrompt.getByRole('button', { name: 'Add action' }).click();
  await expect(parked.getByTestId('parked-reason')).toHaveText('Became the action “Decide who owns webinar leads”');
  await expect(rows).toHaveCount(2);

  // Persisted: after a reload the owners, dates and the flag are still there.
  await waitSaved(page);
  await page.reload();
  await expect(rows).toHaveCount(2);
  // Soonest due first: the legal action (due a week from today) before the webinar one.
  const webinar = rows.nth(1);
  await expect(webinar.getByRole('textbox', { name: 'Owner: Decide who owns webinar leads' })).toHaveValue('Ben');
  await expect(page.getByTestId('action-gaps')).toHaveText('1 action has no owner.');

  // The report flags the action without an owner in words, never a dash.
  await openReport(page);
  const legal = page.getByTestId('report-action').filter({ hasText: 'Send the pricing page to legal' }).first();
  await expect(legal).toContainText('No owner yet');
  await expect(page.getByTestId('report-action').filter({ hasText: 'Decide who owns webinar leads' }).first()).toContainText('Ben');
});

test('a voted card becomes an action through the same prompt', async ({ page }) => {
  await page.setViewportSize({ width: 1400, height: 1100 });
  await runningWorkshop(page, 'Voted actions');
  await page.getByRole('link', { name: 'Open map Customer journey' }).first().click();
  await addCardIn(page, 'Awareness', 'Pain points', 'Slow follow-up');
  await page.getByRole('button', { name: /Start a dot vote/ }).click();
  await page.getByLabel('Dots per participant').fill('1');
  await page.getByRole('button', { name: 'Start the vote' }).click();
  await actAs(page, 'Ana');
  await cardByText(page, 'Slow follow-up').getByRole('button', { name: /Add a dot to “Slow follow-up”/ }).click();
  await actAs(page, 'Facilitator');
  await page.getByRole('button', { name: 'Close the vote' }).click();
  await page.getByTestId('vote-controls').getByRole('button', { name: 'Results' }).click();
  const row = page.getByTestId('result-row').first();
  await row.getByRole('button', { name: 'Make “Slow follow-up” an action' }).click();
  const prompt = row.getByTestId('action-prompt');
  await expect(prompt.getByRole('textbox', { name: 'Action' })).toHaveValue('Fix: Slow follow-up');
  await prompt.getByRole('combobox', { name: 'Owner' }).selectOption({ label: 'Sales (the team)' });
  await prompt.getByRole('button', { name: 'Add action' }).click();
  await expect(row).toContainText('Action added');
  await openWorkshop(page);
  await workshopTab(page, 'Actions and parking lot');
  const action = page.getByTestId('open-actions').getByTestId('action-item');
  await expect(action.getByRole('textbox', { name: 'Action', exact: true })).toHaveValue('Fix: Slow follow-up');
  await expect(action.getByRole('combobox', { name: 'Team: Fix: Slow follow-up' })).not.toHaveValue('');
  await expect(action.getByTestId('gap-owner')).toHaveCount(0);
});

test('the parking lot travels with the cadence: the next session lists open parked items beside open actions, each becomes an action or is closed with a reason', async ({ page }) => {
  await runningWorkshop(page, 'Parked cadence');
  await workshopTab(page, 'Actions and parking lot');
  for (const topic of ['Who owns webinar leads?', 'Events budget for spring', 'Should success join the check-in?']) {
    await page.getByLabel('Question or topic to park').fill(topic);
    await page.getByRole('button', { name: '+ Park it' }).click();
  }
  await page.getByRole('form', { name: 'Add action' }).getByRole('textbox', { name: 'Action' }).fill('Shorten the guide’s form');
  await page.getByRole('form', { name: 'Add action' }).getByRole('button', { name: 'Add action' }).click();
  await page.getByRole('textbox', { name: 'Decision', exact: true }).fill('One pipeline report, every Monday');
  await page.getByRole('button', { name: '+ Record decision' }).click();

  // End the workshop (the Sessions tab lands on it); the weekly check-in opens with what it carries over.
  await workshopTab(page, 'Sessions');
  await expect(page.getByTestId('session-status')).toHaveText('Running now');
  await page.getByRole('button', { name: 'End session' }).click();
  await dismissToasts(page);
  await createSession(page, /^Weekly check-in/);
  const carried = page.getByTestId('previous-actions');
  await expect(carried.getByTestId('carried-actions')).toContainText('Shorten the guide’s form');
  const parked = carried.getByTestId('carried-parked');
  await expect(parked.getByRole('heading')).toHaveText('Open in the parking lot (3)');
  await expect(parked.getByTestId('parked-item')).toHaveCount(3);
  await expect(carried.getByTestId('carried-decisions')).toContainText('One pipeline report, every Monday');
  await page.screenshot({ path: `${SHOTS}/new-session-parked-1280.png` });
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.screenshot({ path: `${SHOTS}/new-session-parked-1920.png` });
  await page.setViewportSize({ width: 1280, height: 720 });

  // One becomes an action, with its owner and due date asked for.
  const webinar = parked.getByTestId('parked-item').filter({ hasText: 'Who owns webinar leads?' });
  await webinar.getByRole('button', { name: 'Make “Who owns webinar leads?” an action' }).click();
  const prompt = webinar.getByTestId('action-prompt');
  await expect(prompt.getByRole('textbox', { name: 'Action' })).toHaveValue('Decide who owns webinar leads');
  await prompt.getByRole('combobox', { name: 'Owner' }).selectOption({ label: 'Ben (Sales)' });
  await prompt.getByLabel('Due').fill('2027-02-01');
  await prompt.getByRole('button', { name: 'Add action' }).click();
  await expect(parked.getByTestId('parked-item')).toHaveCount(2);

  // One is closed with a reason, undone (one step), closed again.
  const events = parked.getByTestId('parked-item').filter({ hasText: 'Events budget for spring' });
  await events.getByRole('button', { name: 'Close “Events budget for spring” with a reason' }).click();
  await page.getByLabel('Why is it closed?').fill('Finance decides in March');
  await page.getByRole('button', { name: 'Close it', exact: true }).click();
  await expect(parked.getByTestId('parked-item')).toHaveCount(1);
  await undoKey(page);
  await expect(parked.getByTestId('parked-item')).toHaveCount(2);
  await events.getByRole('button', { name: 'Close “Events budget for spring” with a reason' }).click();
  await page.getByLabel('Why is it closed?').fill('Finance decides in March');
  await page.getByLabel('Why is it closed?').press('Enter');
  await expect(parked.getByRole('heading')).toHaveText('Open in the parking lot (1)');

  // Persisted, and the actions screen says what became of each.
  await waitSaved(page);
  await page.reload();
  await expect(parked.getByTestId('parked-item')).toHaveCount(1);
  await workshopTab(page, 'Actions and parking lot');
  const lot = page.getByTestId('parking-lot');
  await expect(lot.getByTestId('parked-reason')).toHaveText(['Closed: Finance decides in March', 'Became the action “Decide who owns webinar leads”']);
  const action = page.getByTestId('open-actions').getByTestId('action-item').filter({ has: page.getByRole('textbox', { name: 'Owner: Decide who owns webinar leads' }) });
  await expect(action.getByRole('textbox', { name: 'Owner: Decide who owns webinar leads' })).toHaveValue('Ben');
});

test('a copy saved during the workshop leaves the running timer and the open vote in the room', async ({ page, browser }) => {
  await page.setViewportSize({ width: 1400, height: 1000 });
  await runningWorkshop(page, 'Shared mid-workshop');
  await page.getByRole('button', { name: 'Start “Customer profiles”' }).click();
  await expect(page.getByTestId('header-countdown')).toHaveText(/^1[45]:\d\d$/);
  await page.getByRole('link', { name: 'Open map Customer journey' }).first().click();
  await page.getByRole('button', { name: /Start a dot vote/ }).click();
  await page.getByRole('button', { name: 'Start the vote' }).click();
  await expect(page.getByTestId('vote-controls')).toHaveAttribute('data-state', 'open');
  await waitSaved(page);

  const file = await saveCopyFromHeader(page);
  // The room keeps its clock and its vote.
  await expect(page.getByTestId('header-countdown')).not.toContainText('paused');
  await expect(page.getByTestId('vote-controls')).toHaveAttribute('data-state', 'open');

  // A colleague opens the copy on another computer: no countdown runs, no vote is open.
  const colleague = await (await browser.newContext({ viewport: { width: 1400, height: 1000 } })).newPage();
  await colleague.goto('/');
  await openFileFromHome(colleague, file.path);
  await expect(colleague.getByRole('status')).toContainText('Added the project “Shared mid-workshop” from the file.');
  await colleague.getByTestId('project-row').getByRole('link').click();
  await expect(colleague.getByTestId('header-countdown')).toContainText('(paused)');
  await colleague.getByRole('link', { name: 'Open map Customer journey' }).first().click();
  await expect(colleague.getByTestId('vote-controls')).toHaveAttribute('data-state', 'closed');
  const clock = await colleague.getByTestId('header-countdown').innerText();
  await colleague.waitForTimeout(2000);
  await expect(colleague.getByTestId('header-countdown')).toHaveText(clock);
  await colleague.context().close();
});

test('a handoff is added through a small dialog (which stages, which teams), never in one click, and undo takes it back', async ({ page }) => {
  await createProject(page, 'Deliberate handoffs');
  const markers = page.getByTestId('handoff-marker');
  await expect(markers).toHaveCount(0);
  await page.getByRole('button', { name: /Handoff after Awareness/ }).click();
  const dialog = page.getByTestId('add-handoff-dialog');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('heading', { name: 'Add a handoff' })).toBeVisible();
  // The click alone made nothing.
  await expect(markers).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/handoff-dialog-1280.png` });
  // Cancel leaves the map as it was.
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(markers).toHaveCount(0);

  await page.getByRole('button', { name: /Handoff after Awareness/ }).click();
  await dialog.getByLabel('Between which stages').selectOption({ label: 'Consideration → Evaluation' });
  await dialog.getByLabel('From team').selectOption({ label: 'Sales' });
  await dialog.getByLabel('To team').selectOption({ label: 'Sales' });
  await expect(dialog.getByRole('alert')).toContainText('choose two different teams');
  await expect(dialog.getByRole('button', { name: 'Add handoff' })).toBeDisabled();
  await dialog.getByLabel('From team').selectOption({ label: 'Marketing' });
  await dialog.getByRole('button', { name: 'Add handoff' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(markers).toHaveCount(1);
  await expect(markers.first()).toHaveAttribute('aria-label', /Marketing to Sales/);
  await expect(page.getByRole('combobox', { name: 'From team' })).toHaveValue(/./);
  await expect(page.getByRole('status')).toContainText('Handoff added: Marketing → Sales, Consideration → Evaluation.');

  // Undo is offered and takes the whole handoff back in one step.
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(markers).toHaveCount(0);
});

const hexOf = (rgb: string) =>
  '#' + (rgb.match(/\d+/g) ?? []).slice(0, 3).map((n) => Number(n).toString(16).padStart(2, '0')).join('');

test('the workshop lands on the running session, the timer chip’s controls are named and labelled, participants’ colours never look like a team’s', async ({ page }) => {
  await runningWorkshop(page, 'Where the room is');
  for (const [name, team] of [['Cleo', 'Customer success'], ['Dev', 'Marketing'], ['Eli', 'Sales'], ['Fay', 'Customer success']] as const)
    await addParticipant(page, name, team);
  // Every participant's dot colour is far from every team's colour, and from each other's.
  const colours = await page.getByTestId('participant').locator('.dot-swatch').evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
  const hexes = colours.map(hexOf);
  expect(hexes).toHaveLength(6);
  for (const c of hexes) for (const t of DEFAULT_TEAMS) expect(colourDistance(c, t.color), `${c} vs ${t.name}`).toBeGreaterThanOrEqual(MIN_DELTA_E);
  expect(new Set(hexes).size).toBe(6);

  await page.getByRole('button', { name: 'Start “Customer profiles”' }).click();
  const chip = page.getByTestId('timer-widget');
  const beep = chip.getByRole('checkbox', { name: 'Beep at zero' });
  await expect(beep).toBeVisible();
  await expect(chip.getByTestId('timer-beep')).toHaveAttribute('title', 'Beep at zero');
  const present = chip.getByRole('button', { name: 'Open the presenter view' });
  await expect(present).toHaveAttribute('title', 'Open the presenter view');
  await expect(present).toBeVisible();
  // Their short words show where the header has room to spare (a 1920 wide light header); a
  // narrower header, or the projector's larger type, keeps one row with the tooltips and names.
  await expect(chip.getByText('Beep', { exact: true })).toBeHidden();
  await page.setViewportSize({ width: 1920, height: 1080 });
  await expect(chip.getByText('Beep', { exact: true })).toBeVisible();
  await expect(present).toContainText('Presenter');
  await chip.screenshot({ path: `${SHOTS}/timer-chip.png` });
  await page.setViewportSize({ width: 1400, height: 900 });

  // From anywhere in the workshop, the Sessions tab lands on the running session.
  await workshopTab(page, 'Questionnaire');
  await workshopTab(page, 'Sessions');
  await expect(page.getByTestId('session-status')).toHaveText('Running now');
  await expect(page.getByRole('heading', { name: 'Alignment workshop' })).toBeVisible();
  await expect(page.getByTestId('workshop-tab-sessions')).toHaveAttribute('aria-current', 'page');
  // …and the sidebar's Workshop entry too; the list is one link away.
  await page.getByRole('link', { name: 'Open map Customer journey' }).first().click();
  await openWorkshop(page);
  await expect(page.getByTestId('session-status')).toHaveText('Running now');
  await page.getByRole('link', { name: '← All sessions' }).click();
  await expect(page.getByLabel('Agenda template')).toBeVisible();
  await expect(page.getByRole('link', { name: 'Open session Alignment workshop' })).toBeVisible();
});

test('the first-run tour fits a 1280x720 screen, says what each step waits for, and points at controls a person can click', async ({ page }) => {
  await page.goto('/');
  const tour = page.getByRole('region', { name: 'Tour' });
  await expect(tour).toContainText('Step 1 of 5');
  // Step 1 waits for a project: its primary button says so and takes you to the title field.
  await expect(tour.getByRole('button', { name: 'Next step' })).toHaveCount(0);
  await tour.getByRole('button', { name: 'Type a project title' }).click();
  await expect(page.getByLabel('Project title')).toBeFocused();
  await page.getByLabel('Project title').fill('Tour at 720');
  await page.getByRole('button', { name: '+ New project' }).click();
  await expect(tour).toContainText('Step 2 of 5');

  const fits = async () => {
    const box = (await tour.boundingBox())!;
    expect(box.y).toBeGreaterThanOrEqual(0);
    expect(box.y + box.height).toBeLessThanOrEqual(720);
    for (const b of await tour.getByRole('button').all()) await expect(b).toBeInViewport({ ratio: 1 });
  };
  await fits();
  await page.screenshot({ path: `${SHOTS}/tour-step2-1280.png` });
  await tour.getByRole('button', { name: 'Skip this step' }).click();
  await expect(tour).toContainText('Step 3 of 5');
  await fits();
  await tour.getByRole('button', { name: 'Skip this step' }).click();
  await expect(tour).toContainText('Step 4 of 5');
  await fits();
  // Step 4 outlines the toolbar's handoff button (a real target, not a glyph), and shows it.
  const target = page.locator('.tour-target');
  await expect(target).toHaveCount(1);
  await expect(target).toHaveAccessibleName(/Handoff after/);
  const tb = (await target.boundingBox())!;
  expect(tb.height).toBeGreaterThanOrEqual(24);
  expect(tb.width).toBeGreaterThanOrEqual(24);
  await tour.getByRole('button', { name: 'Show me the button' }).click();
  await expect(target).toBeFocused();
  await page.screenshot({ path: `${SHOTS}/tour-step4-1280.png` });
});
