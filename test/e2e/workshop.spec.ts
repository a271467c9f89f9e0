import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { createProject } from './helpers';
import {
  actAs,
  addCardIn,
  addParticipant,
  cardByText,
  createSession,
  dismissToasts,
  doubleClickCell,
  openWorkshop,
  toasts,
  workshopTab,
} from './workshop-helpers';

const Q1 = 'Did marketing and sales build the customer profiles together?';
const Q2 = 'Do both teams name the same customers as our best ones?';
const A2 = 'Make sure both teams name the same customers as our best ones';

// A tall window, so the map's lower lanes stay on screen under the workshop strip.
test.use({ viewport: { width: 1400, height: 1200 } });

test('a facilitator runs a short alignment workshop: questions, an action, a private dot vote, a lock, the presenter view, and the next session', async ({
  page,
}) => {
  await createProject(page, 'Acme workshop');
  // Two pains to vote on, written before the workshop.
  await addCardIn(page, 'Awareness', 'Pain points', 'Slow follow-up');
  await addCardIn(page, 'Consideration', 'Pain points', 'Pricing unclear');

  // A session from the alignment template, with two participants.
  await openWorkshop(page);
  await createSession(page, /^Alignment workshop/);
  await expect(page.getByTestId('agenda-item')).toHaveCount(10);
  await addParticipant(page, 'Ana', 'Marketing');
  await addParticipant(page, 'Ben', 'Sales');
  await page.getByRole('button', { name: 'Start session' }).click();
  await expect(page.getByTestId('session-status')).toHaveText('Running now');
  await page.getByRole('button', { name: 'Start “Customer profiles”' }).click();

  // The countdown runs in the header, on every screen; pause, extend.
  const widget = page.getByTestId('timer-widget');
  await expect(widget).toContainText('Customer profiles');
  await expect(page.getByTestId('header-countdown')).toHaveText(/^1[45]:\d\d$/);
  await widget.getByRole('button', { name: 'Add 5 minutes to “Customer profiles”' }).click();
  await expect(page.getByTestId('header-countdown')).toHaveText(/^(19|20):\d\d$/);
  await widget.getByRole('button', { name: 'Pause “Customer profiles”' }).click();
  await expect(page.getByTestId('header-countdown')).toContainText('(paused)');
  await widget.getByRole('button', { name: 'Resume “Customer profiles”' }).click();
  await expect(page.getByTestId('header-countdown')).not.toContainText('paused');

  // Two questions answered by two teams; one disagreement becomes an action in one step.
  await page
    .getByTestId('agenda-item')
    .first()
    .getByRole('button', { name: /Open the questions/ })
    .click();
  await expect(page.getByRole('heading', { name: 'Alignment questionnaire' })).toBeVisible();
  await page.getByRole('textbox', { name: `Marketing’s answer to “${Q1}”` }).fill('Yes, in March.');
  await page.getByRole('textbox', { name: `Sales’s answer to “${Q1}”` }).fill('Yes, together.');
  // Each team states its own agreement (a labelled choice), never the facilitator for them.
  await page.getByRole('radio', { name: `Marketing: Agree, on “${Q1}”` }).check();
  await page.getByRole('radio', { name: `Sales: Agree, on “${Q1}”` }).check();
  await page
    .getByRole('textbox', { name: `Marketing’s answer to “${Q2}”` })
    .fill('Heads of RevOps.');
  await page.getByRole('textbox', { name: `Sales’s answer to “${Q2}”` }).fill('CFOs who sign.');
  await page.getByRole('radio', { name: `Marketing: Agree, on “${Q2}”` }).check();
  await page.getByRole('radio', { name: `Sales: Disagree, on “${Q2}”` }).check();
  const q2 = page.getByTestId('question').filter({ hasText: Q2 });
  await expect(q2.getByTestId('verdict')).toHaveText('The teams see it differently.');
  await expect(page.getByTestId('score-answered')).toHaveText('2 of 20 questions answered · Overall: 75%');
  // "Make it an action" asks who owns it and by when (the action prompt), then adds it.
  await q2.getByRole('button', { name: `Make “${Q2}” an action` }).click();
  await q2.getByTestId('action-prompt').getByRole('button', { name: 'Add action' }).click();
  await expect(q2).toContainText('Action added');
  await expect(page.getByTestId('score-chart')).toHaveAttribute(
    'aria-label',
    /Customer profiles: 75%, 2 of 5 questions answered/,
  );
  await expect(page.getByTestId('score-chart')).toHaveAttribute(
    'aria-label',
    /Overall: 75%, 2 of 20 questions answered/,
  );
  await workshopTab(page, 'Actions and parking lot');
  await expect(
    page.getByTestId('open-actions').getByRole('textbox', { name: 'Action', exact: true }),
  ).toHaveValue(A2);

  // A private dot vote on the pains, two participants on one machine.
  await page.getByRole('link', { name: 'Open map Customer journey' }).first().click();
  await page.getByRole('button', { name: /Start a dot vote/ }).click();
  await expect(page.getByRole('checkbox', { name: 'Pain points' })).toBeChecked();
  await page.getByLabel('Dots per participant').fill('2');
  await page.getByRole('checkbox', { name: /Private/ }).check();
  await page.getByRole('button', { name: 'Start the vote' }).click();
  await expect(page.getByTestId('vote-controls')).toContainText(
    'Voting on Pain points · 2 dots each · private',
  );

  await actAs(page, 'Ana');
  await expect(page.getByTestId('identity-chip')).toContainText('Acting as Ana');
  await cardByText(page, 'Slow follow-up')
    .getByRole('button', { name: /Add a dot to “Slow follow-up” \(2 dots left\)/ })
    .click();
  await expect(page.getByTestId('dots-left')).toHaveText('You have 1 dot left');
  await addCardIn(page, 'Evaluation', 'Pain points', 'Demo is about features');
  await expect(cardByText(page, 'Demo is about features')).toHaveCount(1);

  await actAs(page, 'Ben');
  await expect(cardByText(page, 'Demo is about features')).toHaveCount(0);
  await expect(cardByText(page, 'Slow follow-up').getByTestId('vote-count')).toHaveAttribute(
    'aria-label',
    '0 dots',
  );
  await cardByText(page, 'Pricing unclear')
    .getByRole('button', { name: /Add a dot to “Pricing unclear”/ })
    .click();
  await cardByText(page, 'Slow follow-up')
    .getByRole('button', { name: /Add a dot to “Slow follow-up”/ })
    .click();
  await expect(page.getByTestId('dots-left')).toHaveText('You have 0 dots left');
  await expect(
    cardByText(page, 'Pricing unclear').getByRole('button', { name: /Add a dot/ }),
  ).toBeDisabled();

  await actAs(page, 'Facilitator');
  await expect(cardByText(page, 'Demo is about features')).toHaveCount(0);
  await expect(cardByText(page, 'Slow follow-up').getByTestId('vote-count')).toHaveAttribute(
    'aria-label',
    '0 dots',
  );
  await page.getByRole('button', { name: 'Reveal votes and cards' }).click();
  await expect(cardByText(page, 'Demo is about features')).toHaveCount(1);
  await expect(cardByText(page, 'Slow follow-up').getByTestId('vote-count')).toHaveAttribute(
    'aria-label',
    '2 dots',
  );
  await expect(cardByText(page, 'Pricing unclear').getByTestId('vote-count')).toHaveAttribute(
    'aria-label',
    '1 dot',
  );
  await page.getByRole('button', { name: 'Close the vote' }).click();
  await page.getByRole('button', { name: 'Results' }).click();
  await expect(page.getByTestId('result-line')).toHaveText([
    '1. Slow follow-up — 2 dots',
    '2. Pricing unclear — 1 dot',
  ]);
  await expect(cardByText(page, 'Slow follow-up').getByTestId('card-votes')).toContainText('#1');
  await page.getByRole('button', { name: 'Results' }).click();

  // The facilitator locks the pains lane; a participant can't add to it or change it.
  await page.getByRole('button', { name: 'Lock against participants’ changes' }).click();
  await page.getByRole('menuitem', { name: 'Lock lane Pain points' }).click();
  await expect(page.getByTestId('lock-chip')).toContainText('Locked: Pain points');
  await actAs(page, 'Ana');
  const before = await page.getByTestId('card').count();
  await dismissToasts(page);
  await doubleClickCell(page, 'Purchase', 'Pain points');
  await expect(toasts(page)).toContainText('The facilitator has locked the lane “Pain points”');
  await expect(page.getByRole('textbox', { name: 'Card text' })).toHaveCount(0);
  await expect(page.getByTestId('card')).toHaveCount(before);
  // Other lanes stay open to her.
  await addCardIn(page, 'Purchase', 'Customer actions', 'Ana adds an action');
  await page
    .getByTestId('identity-chip')
    .getByRole('button', { name: 'Back to facilitator' })
    .click();

  // The facilitator puts a stage in focus and opens the presenter view, which follows.
  await page
    .getByTestId('stage')
    .first()
    .getByRole('button', { name: /Focus this stage/ })
    .click();
  await expect(
    page
      .getByTestId('stage')
      .first()
      .getByRole('button', { name: /In focus/ }),
  ).toHaveAttribute('aria-pressed', 'true');
  const [presenter] = await Promise.all([
    page.waitForEvent('popup'),
    page
      .getByTestId('timer-widget')
      .getByRole('button', { name: 'Open the presenter view' })
      .click(),
  ]);
  await expect(presenter.getByTestId('presenter-item')).toHaveText('Customer profiles');
  await expect(presenter.getByTestId('presenter-clock')).toHaveText(/^\d+:\d\d/);
  await expect(presenter.getByTestId('presenter-stage')).toContainText('Awareness');
  await expect(presenter.getByTestId('presenter-stage')).toContainText('Slow follow-up');
  expect(
    await presenter.evaluate(() => document.documentElement.classList.contains('projector')),
  ).toBe(true);
  const contrast = await new AxeBuilder({ page: presenter })
    .withRules(['color-contrast'])
    .analyze();
  expect(contrast.violations.map((v) => v.nodes.map((n) => n.target.join(' ')))).toEqual([]);
  await page
    .getByTestId('timer-widget')
    .getByRole('button', { name: 'Skip “Customer profiles”' })
    .click();
  await expect(presenter.getByTestId('presenter-item')).toHaveText('Same language');
  await presenter.close();

  // End the session (the Workshop section lands on the running one); the next one opens with its open action.
  await openWorkshop(page);
  await expect(page.getByRole('heading', { name: 'Alignment workshop' })).toBeVisible();
  await page.getByRole('button', { name: 'End session' }).click();
  await expect(page.getByTestId('session-status')).toHaveText('Ended');
  await expect(page.getByTestId('timer-widget')).toHaveCount(0);
  await createSession(page, /^Weekly check-in/);
  await expect(page.getByTestId('participant')).toHaveCount(2);
  const previous = page.getByTestId('previous-actions');
  await expect(previous).toContainText('Open actions from “Alignment workshop”');
  await expect(previous).toContainText(A2);
  // …and the project's home lists it too.
  await page.getByRole('link', { name: /Journey maps/ }).count();
  await page.goto(
    page.url().replace(/#.*$/, '') + '#/p/' + page.url().split('#/p/')[1]!.split('/')[0],
  );
  await expect(page.getByTestId('home-open-actions')).toContainText(A2);
});

test('the sample project opens on first run with its map, and can be made again', async ({
  page,
}) => {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample project' }).click();
  await expect(page.getByRole('application', { name: /Journey map/ })).toBeVisible();
  await expect(page.getByTestId('stage')).toHaveCount(7);
  expect(await page.getByTestId('card').count()).toBeGreaterThan(40);
  // The past vote's results are on the pains.
  await expect(
    cardByText(page, 'Sales calls her five days after').getByTestId('vote-count'),
  ).toHaveAttribute('aria-label', /\d+ dots/);
  await openWorkshop(page);
  await expect(page.getByTestId('session-row')).toHaveCount(1);
  await expect(page.getByTestId('session-row')).toContainText('Ended');
  await page.getByRole('button', { name: /All projects/ }).click();
  await expect(page.getByTestId('project-row')).toHaveCount(1);
  await page.getByRole('button', { name: 'Create the sample project' }).click();
  await expect(page.getByRole('application', { name: /Journey map/ })).toBeVisible();
  await page.getByRole('button', { name: /All projects/ }).click();
  await expect(page.getByTestId('project-row')).toHaveCount(2);
});

test('at zero the countdown turns red and says so to screen readers', async ({ page }) => {
  await page.clock.install();
  await createProject(page, 'Timer');
  await openWorkshop(page);
  await createSession(page, /^Weekly check-in/);
  await page.getByRole('button', { name: 'Start “Open actions from last week”' }).click();
  await expect(page.getByTestId('header-countdown')).toHaveText(/^(10:00|9:5\d)$/);
  await page.clock.fastForward('10:05');
  await expect(page.getByTestId('timer-widget')).toHaveClass(/over/);
  await expect(page.getByTestId('timer-announcer')).toHaveText(
    'Time is up for “Open actions from last week”.',
  );
  await expect(page.getByTestId('header-countdown')).toContainText('−0:0');
});
