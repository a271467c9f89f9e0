/**
 * A Hocuspocus team server in real browsers (issue 22, item 4): the stock @hocuspocus/server as
 * scripts/hocuspocus-server.mjs runs it (its own process, started by the test on 127.0.0.1, a
 * token checked in onAuthenticate). Ana connects her project to it, choosing "Hocuspocus"; Ben,
 * in another browser with nothing of the project, opens the link for teammates, gets the
 * project and edits with her both ways. A wrong token is refused with a sentence, in the panel
 * and on a link.
 */
import { expect, test, type Page } from '@playwright/test';
import { spawn, type ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { addCardByDoubleClick, createProject } from './helpers';
import { card } from './live-helpers';

const TOKEN = 'our-team-token-0123456789';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const p = (s.address() as { port: number }).port;
      s.close(() => resolve(p));
    });
  });
}

/** The README's command, as a person runs it. */
async function startHocuspocus(): Promise<{ url: string; child: ChildProcess }> {
  const port = await freePort();
  const child = spawn(process.execPath, ['scripts/hocuspocus-server.mjs'], {
    env: { ...process.env, BATON_TEAM_TOKEN: TOKEN, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the Hocuspocus server did not start')), 15_000);
    child.stdout!.on('data', (c: Buffer) => {
      if (c.toString().includes('Baton team server (Hocuspocus) on')) {
        clearTimeout(timer);
        resolve();
      }
    });
  });
  return { url: `ws://127.0.0.1:${port}`, child };
}

async function connectToHocuspocus(page: Page, url: string, token: string) {
  await page.getByRole('button', { name: 'Start live session' }).click();
  const form = page.getByRole('form', { name: 'Connect to a team server' });
  await form.getByLabel('Server address').fill(url);
  await form.getByRole('group', { name: 'Kind of server' }).getByLabel('Hocuspocus').check();
  await form.getByLabel('Access token (if the server asks for one)').fill(token);
  await form.getByLabel('Your name').fill('Ana');
  await form.getByRole('button', { name: 'Connect' }).click();
  return page.getByRole('dialog', { name: 'Live session' });
}

test('two people co-edit a project through Hocuspocus; a teammate gets it by the link', async ({ page, browser }) => {
  const { url, child } = await startHocuspocus();
  try {
    await createProject(page, 'Hocuspocus project');
    await addCardByDoubleClick(page, 0, 0, 'Ana: the demo is too long');
    const panel = await connectToHocuspocus(page, url, TOKEN);
    await expect(panel.getByRole('status')).toContainText('Live');
    await expect(panel.getByText('This team server checks tokens')).toBeVisible();
    await expect(panel.getByTestId('team-door-warning')).toHaveCount(0);
    const link = await panel.getByTestId('team-share-link').inputValue();
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/#\/team\/[A-Za-z0-9_-]+\?server=ws%3A%2F%2F127\.0\.0\.1%3A\d+&kind=hocuspocus&token=our-team-token-0123456789$/);

    // Ben has nothing of the project; he opens the link and never chooses a kind.
    const ben = await browser.newContext();
    const benPage = await ben.newPage();
    await benPage.goto(link);
    await expect(benPage.getByRole('heading', { name: 'Join a team project' })).toBeVisible();
    await benPage.getByLabel('Your name').fill('Ben');
    await benPage.getByRole('button', { name: 'Join', exact: true }).click();
    await expect(benPage.getByRole('application', { name: /Journey map/ })).toBeVisible();
    await expect(benPage.getByRole('heading', { name: 'Hocuspocus project' })).toBeVisible();
    await expect(card(benPage, 'Ana: the demo is too long')).toBeVisible();
    await expect(benPage.getByTestId('live-status')).toHaveText('Live');

    // Both ways, and each sees the other in Who is here.
    await addCardByDoubleClick(benPage, 1, 0, 'Ben: pricing questions come late');
    await panel.getByRole('button', { name: 'Close' }).click();
    await expect(card(page, 'Ben: pricing questions come late')).toBeVisible();
    await addCardByDoubleClick(page, 2, 0, 'Ana: send the case study');
    await expect(card(benPage, 'Ana: send the case study')).toBeVisible();
    await page.getByRole('button', { name: 'Live session: people, link and settings' }).click();
    await expect(page.getByRole('dialog', { name: 'Live session' }).getByText('Ben')).toBeVisible();

    // Ben's copy is his own: on his home screen after a reload from IndexedDB.
    await benPage.goto(link.split('#')[0]!);
    await expect(benPage.getByText('Hocuspocus project')).toBeVisible();
    await ben.close();
  } finally {
    child.kill();
  }
});

test('a wrong token is refused with a sentence: in the panel, and on a link', async ({ page, browser }) => {
  const { url, child } = await startHocuspocus();
  try {
    await createProject(page, 'Locked out');
    const panel = await connectToHocuspocus(page, url, 'a-wrong-token-0123456789');
    // At once: Hocuspocus answers "permission denied" (not after the 8 s a silent server gets).
    await expect(panel.getByRole('status')).toContainText('Could not join', { timeout: 4000 });
    await expect(panel.getByTestId('team-refused')).toHaveText(
      'The team server did not let this project in. Check the address, the kind of server and the access token, then try again.',
    );
    await expect(panel.getByRole('button', { name: 'Try again' })).toBeVisible();
    // The project is still here and still editable: nothing was lost.
    await panel.getByRole('button', { name: 'Close' }).click();
    await addCardByDoubleClick(page, 0, 0, 'still mine');
    await expect(card(page, 'still mine')).toBeVisible();

    // A refused connection offers no link to pass on.
    await page.getByRole('button', { name: 'Live session: people, link and settings' }).click();
    await expect(page.getByRole('dialog', { name: 'Live session' }).getByTestId('team-share-link')).toHaveCount(0);

    // A link whose token is wrong gets no project, and says why.
    const link = `${new URL(page.url()).origin}/#/team/proj-eve?server=${encodeURIComponent(url)}&kind=hocuspocus&token=a-wrong-token-0123456789`;
    const eve = await browser.newContext();
    const evePage = await eve.newPage();
    await evePage.goto(link);
    await evePage.getByLabel('Your name').fill('Eve');
    await evePage.getByRole('button', { name: 'Join', exact: true }).click();
    await expect(evePage.getByRole('alert')).toHaveText(
      'The team server refused this link: its access token may be wrong or changed, or the server is not reachable from here. Ask your teammate for a new link.',
      { timeout: 4000 },
    );
    await expect(evePage.getByRole('application', { name: /Journey map/ })).toHaveCount(0);
    await eve.close();
  } finally {
    child.kill();
  }
});
