/**
 * A team project by link (issue 22, item 4): Ana connects her project to a team server (the
 * stock @y/websocket-server behind scripts/team-server.mjs's token check, on 127.0.0.1) and
 * copies the project's link; Ben, on a fresh browser with no .baton file, opens it, gets the
 * project from the server and stays in sync both ways. A link with a wrong token gets nothing.
 */
import { expect, test } from '@playwright/test';
import { startTeamServer } from '../../scripts/team-server.mjs';
import { addCardByDoubleClick, createProject } from './helpers';
import { card } from './live-helpers';

const TOKEN = 'our-team-token-0123456789';

test('a teammate opens a team project’s link and gets the project, in sync both ways', async ({ page, browser }) => {
  const server = await startTeamServer({ token: TOKEN, host: '127.0.0.1', port: 0 });
  try {
    await createProject(page, 'Team project by link');
    await addCardByDoubleClick(page, 0, 0, 'Ana: the demo is too long');
    await page.getByRole('button', { name: 'Start live session' }).click();
    const form = page.getByRole('form', { name: 'Connect to a team server' });
    await form.getByLabel('Server address').fill(`ws://127.0.0.1:${server.port}`);
    await form.getByLabel('Access token (if the server asks for one)').fill(TOKEN);
    await form.getByLabel('Your name').fill('Ana');
    await form.getByRole('button', { name: 'Connect' }).click();
    const panel = page.getByRole('dialog', { name: 'Live session' });
    await expect(panel.getByRole('status')).toContainText('Live');
    const link = await panel.getByTestId('team-share-link').inputValue();
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#\/team\/[A-Za-z0-9_-]+\?server=ws%3A%2F%2F127\.0\.0\.1%3A\d+&kind=y-websocket&token=our-team-token-0123456789$/);

    // Ben has nothing of the project; he opens the link.
    const ben = await browser.newContext();
    const benPage = await ben.newPage();
    await benPage.goto(link);
    await expect(benPage.getByRole('heading', { name: 'Join a team project' })).toBeVisible();
    await benPage.getByLabel('Your name').fill('Ben');
    await benPage.getByRole('button', { name: 'Join', exact: true }).click();
    await expect(benPage.getByRole('application', { name: /Journey map/ })).toBeVisible();
    await expect(benPage.getByRole('heading', { name: 'Team project by link' })).toBeVisible();
    await expect(card(benPage, 'Ana: the demo is too long')).toBeVisible();
    await expect(benPage.getByTestId('live-status')).toHaveText('Live');

    // Both ways: Ben's card reaches Ana, Ana's reaches Ben.
    await addCardByDoubleClick(benPage, 1, 0, 'Ben: pricing questions come late');
    await panel.getByRole('button', { name: 'Close' }).click();
    await expect(card(page, 'Ben: pricing questions come late')).toBeVisible();
    await addCardByDoubleClick(page, 2, 0, 'Ana: send the case study');
    await expect(card(benPage, 'Ana: send the case study')).toBeVisible();

    // Ben's copy is his own: it is on his home screen after a reload from IndexedDB.
    await benPage.goto(link.split('#')[0]!);
    await expect(benPage.getByText('Team project by link')).toBeVisible();

    // A link with a wrong token gets no project.
    const eve = await browser.newContext();
    const evePage = await eve.newPage();
    await evePage.goto(link.replace(TOKEN, 'a-wrong-token-0123456789'));
    await evePage.getByLabel('Your name').fill('Eve');
    await evePage.getByRole('button', { name: 'Join', exact: true }).click();
    await expect(evePage.getByRole('alert')).toBeVisible();
    await expect(evePage.getByRole('application', { name: /Journey map/ })).toHaveCount(0);
    await ben.close();
    await eve.close();
  } finally {
    await server.close();
  }
});
