/**
 * `npm run host` (issue 22, item 3): a room hosted from a terminal, no desktop app. The test
 * starts the command's module (live/terminal/host.ts) on 127.0.0.1 with port 0, as the
 * terminal does; the facilitator opens the printed host link in a browser and starts the
 * session from the live panel; a laptop and a phone-sized browser join by the printed join
 * link and co-edit; the facilitator sees them, removes one, locks; Ctrl+C (close) stops both.
 */
import { expect, test } from '@playwright/test';
import { request as httpRequest } from 'node:http';
import { startTerminalHost, type TerminalHost } from '../../live/terminal/host';
import { addCardByDoubleClick, createProject } from './helpers';
import { card, joinAs, waitForMap, WEB_ROOT } from './live-helpers';

const status = (url: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}) =>
  new Promise<number | 'refused'>((resolve) => {
    const req = httpRequest(url, { method: init.method ?? 'GET', headers: init.headers ?? {} }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.on('error', () => resolve('refused'));
    req.end(init.body);
  });

test('a room hosted by `npm run host`: the facilitator hosts from a browser, a laptop and a phone join by the printed link and co-edit', async ({ browser }) => {
  const lines: string[] = [];
  let terminal: TerminalHost | null = await startTerminalHost({ webRoot: WEB_ROOT, address: '127.0.0.1', port: 0, appPort: 0, log: (t) => lines.push(t) });
  const printed = () => lines.join('\n');
  try {
    expect(printed()).toContain(`Your host page (this computer only): ${terminal.hostLink}`);
    expect(terminal.hostLink).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?key=[A-Za-z0-9_-]{32}$/);

    // The hosting API answers only the page that came through the host link.
    const api = `${terminal.appOrigin}/baton-host/current`;
    const json = { 'Content-Type': 'application/json', Origin: terminal.appOrigin };
    expect(await status(api, { method: 'POST', headers: json, body: '{}' })).toBe(401);
    expect(await status(`${terminal.appOrigin}/?key=wrong`)).toBe(403);

    // The facilitator opens the host link and hosts a project of their own from the live panel.
    const hostContext = await browser.newContext({ baseURL: terminal.appOrigin });
    const page = await hostContext.newPage();
    await page.goto(terminal.hostLink);
    await expect(page).toHaveURL(`${terminal.appOrigin}/`); // the key left the address bar
    await createProject(page, 'Terminal-hosted workshop');
    await page.getByRole('button', { name: 'Start live session' }).click();
    const form = page.getByRole('dialog', { name: 'Live session' }).getByRole('form', { name: 'Host a session in this room' });
    await form.getByLabel('Your name').fill('Fran');
    await form.getByRole('button', { name: 'Start the session' }).click();
    const hostPanel = page.getByRole('dialog', { name: 'Live session in this room' });
    await expect(hostPanel.getByTestId('live-people')).toContainText('Fran');

    // The terminal printed the join link, the code and a QR code; the page shows the same link.
    await expect.poll(() => /Join link: (\S+)/.exec(printed())?.[1]).toBeTruthy();
    const link = /Join link: (\S+)/.exec(printed())![1]!;
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?code=[A-Za-z0-9_-]{22}#\/join\//);
    expect(await hostPanel.getByTestId('live-join-link').inputValue()).toBe(link);
    expect(printed()).toContain(`Code:      ${new URL(link).searchParams.get('code')}`);
    expect(printed()).toMatch(/[▀▄█]{10}/);
    expect(printed()).toContain('Listening on this computer only (127.0.0.1)');

    // A laptop and a phone join by the printed link.
    const ana = await joinAs(browser, link, 'Ana');
    await waitForMap(ana.page);
    const pat = await joinAs(browser, link, 'Pat', { viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true });
    await expect(pat.page.getByTestId('phone-view')).toBeVisible();
    await expect(hostPanel.getByTestId('live-people')).toContainText('Ana');
    await expect(hostPanel.getByTestId('live-people')).toContainText('Pat');

    // They co-edit: a card typed on the laptop reaches the phone and the facilitator, and back.
    await hostPanel.getByRole('button', { name: 'Close' }).click();
    await addCardByDoubleClick(ana.page, 0, 0, 'Ana: the trial ends too soon');
    await expect(pat.page.getByTestId('phone-card').filter({ hasText: 'Ana: the trial ends too soon' })).toBeVisible();
    await expect(card(page, 'Ana: the trial ends too soon')).toBeVisible();
    await pat.page.getByLabel('Stage', { exact: true }).selectOption({ index: 1 });
    await pat.page.getByLabel('Your card').fill('Pat: nobody follows up');
    await pat.page.getByRole('button', { name: '+ Add card' }).click();
    await expect(card(ana.page, 'Pat: nobody follows up')).toBeVisible();
    await expect(card(page, 'Pat: nobody follows up')).toBeVisible();

    // Host powers from the browser: remove Pat (the code changes, printed again), lock.
    await page.getByRole('button', { name: 'Live session' }).click();
    await hostPanel.getByRole('button', { name: 'Remove Pat' }).click();
    await expect(pat.page.getByTestId('live-status')).toHaveText('Removed from the session');
    await expect(hostPanel.getByTestId('live-people')).not.toContainText('Pat');
    const newLink = await hostPanel.getByTestId('live-join-link').inputValue();
    expect(newLink).not.toBe(link);
    await expect.poll(() => printed().includes(`Join link: ${newLink}`)).toBe(true);
    await hostPanel.getByRole('button', { name: 'Lock: no one new can join' }).click();
    await expect(hostPanel.getByText('Locked: people already here')).toBeVisible();
    expect(await status(newLink.split('#')[0]!)).toBe(403);

    // Ctrl+C: the session and the host page stop listening.
    const livePort = new URL(link).port;
    await terminal.close();
    terminal = null;
    expect(await status(`http://127.0.0.1:${livePort}/`)).toBe('refused');
    expect(await status(api, { method: 'POST', headers: json, body: '{}' })).toBe('refused');
    await expect(ana.page.getByTestId('live-status')).not.toHaveText('Live');
    await ana.context.close();
    await pat.context.close();
    await hostContext.close();
  } finally {
    await terminal?.close();
  }
});

test('the host page of `npm run host` refuses other origins, wrong Host headers and strangers', async () => {
  const terminal = await startTerminalHost({ webRoot: WEB_ROOT, address: '127.0.0.1', port: 0, appPort: 0, log: () => undefined });
  try {
    const api = `${terminal.appOrigin}/baton-host/current`;
    const key = new URL(terminal.hostLink).searchParams.get('key')!;
    const cookie = `baton_host_${new URL(terminal.appOrigin).port}=${key}`;
    const ok = { 'Content-Type': 'application/json', Origin: terminal.appOrigin, Cookie: cookie };
    expect(await status(api, { method: 'POST', headers: ok, body: '{}' })).toBe(200);
    expect(await status(api, { method: 'POST', headers: { ...ok, Origin: 'http://evil.example' }, body: '{}' })).toBe(403);
    expect(await status(api, { method: 'POST', headers: { ...ok, Host: 'evil.example' }, body: '{}' })).toBe(403);
    expect(await status(api, { method: 'POST', headers: { ...ok, Cookie: `${cookie}x` }, body: '{}' })).toBe(401);
    expect(await status(api, { method: 'POST', headers: { ...ok, 'Content-Type': 'text/plain' }, body: '{}' })).toBe(415);
    expect(await status(api, { method: 'GET', headers: ok })).toBe(405);
    expect(await status(api, { method: 'POST', headers: ok, body: JSON.stringify({ arg: 'x'.repeat(5000) }) })).toBe(413);
    expect(await status(`${terminal.appOrigin}/baton-host/nothing`, { method: 'POST', headers: ok, body: '{}' })).toBe(404);
    // The live session does not listen before the facilitator starts it.
    expect(await terminal.live.current()).toBeNull();
  } finally {
    await terminal.close();
  }
});
