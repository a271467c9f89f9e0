/**
 * A team server in a real browser (issue 16, item 4): a person connects a project to the stock
 * @y/websocket-server (its own server.js, started by the test on 127.0.0.1) with an access
 * token; the server lets a wrong token in too, and the panel warns that it accepts anyone.
 * Behind the token check of scripts/team-server.mjs, the panel says the server checks tokens.
 */
import { expect, test, type Page } from '@playwright/test';
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { startTeamServer } from '../../scripts/team-server.mjs';
import { createProject } from './helpers';

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

async function connectToTeamServer(page: Page, url: string, token: string) {
  await createProject(page, 'Team project');
  await page.getByRole('button', { name: 'Start live session' }).click();
  const form = page.getByRole('form', { name: 'Connect to a team server' });
  await form.getByLabel('Server address').fill(url);
  await form.getByLabel('Access token (if the server asks for one)').fill(token);
  await form.getByLabel('Your name').fill('Ana');
  await form.getByRole('button', { name: 'Connect' }).click();
}

test('the stock y-websocket server accepts anyone, and the panel says so', async ({ page }) => {
  const port = await freePort();
  const child = spawn(process.execPath, ['node_modules/@y/websocket-server/src/server.js'], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  try {
    await new Promise<void>((resolve) => child.stdout!.on('data', (c: Buffer) => c.toString().includes('running at') && resolve()));
    await connectToTeamServer(page, `ws://127.0.0.1:${port}`, 'our-team-token-0123456789');
    const panel = page.getByRole('dialog', { name: 'Live session' });
    await expect(panel.getByRole('status')).toContainText('Live');
    await expect(panel.getByTestId('team-door-warning')).toContainText('this team server accepts anyone');
  } finally {
    child.kill();
  }
});

test('behind a token check, the panel says the server checks tokens', async ({ page }) => {
  const server = await startTeamServer({ token: 'our-team-token-0123456789', host: '127.0.0.1', port: 0 });
  try {
    await connectToTeamServer(page, `ws://127.0.0.1:${server.port}`, 'our-team-token-0123456789');
    const panel = page.getByRole('dialog', { name: 'Live session' });
    await expect(panel.getByRole('status')).toContainText('Live');
    await expect(panel.getByText('This team server checks tokens')).toBeVisible();
    await expect(panel.getByTestId('team-door-warning')).toHaveCount(0);
  } finally {
    await server.close();
  }
});
