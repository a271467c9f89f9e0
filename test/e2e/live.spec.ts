/**
 * Live sessions as people in a workshop room live them: the facilitator's server (started by
 * the test in Node, on 127.0.0.1) serves Baton; two people join from their own browsers, see
 * each other's cards, pointers and selections; one loses the network, both keep working, and
 * everything merges when it comes back; a phone votes in the facilitator's dot vote.
 */
import { expect, test } from '@playwright/test';
import { addCardByDoubleClick, createProject } from './helpers';
import { card, joinAs, startSession, startVotingSession, waitForMap, withDesktopHost } from './live-helpers';

test('two people co-edit a map; one goes offline, both edit, and both see both edits', async ({ browser }) => {
  const { server } = await startSession();
  try {
    const ana = await joinAs(browser, server.url, 'Ana');
    await waitForMap(ana.page);
    const ben = await joinAs(browser, server.url, 'Ben');
    await waitForMap(ben.page);
    await expect(ana.page.getByTestId('who-is-here')).toContainText('2 here');
    await expect(ben.page.getByTestId('who-is-here').getByText('Ana, Sales')).toBeAttached();

    // A card added by Ana appears on Ben's screen.
    await addCardByDoubleClick(ana.page, 0, 0, 'Ana: buyers compare us on price first');
    await expect(card(ben.page, 'Ana: buyers compare us on price first')).toBeVisible();

    // Ana's Wi-Fi drops. Both keep working.
    await ana.context.setOffline(true);
    await expect(ana.page.getByTestId('live-status')).toContainText('Offline');
    await addCardByDoubleClick(ana.page, 1, 1, 'Ana offline: webinar invite');
    await addCardByDoubleClick(ben.page, 2, 1, 'Ben online: demo request form');
    await expect(card(ana.page, 'Ben online: demo request form')).toHaveCount(0);
    await ben.page.waitForTimeout(300);
    await expect(card(ben.page, 'Ana offline: webinar invite')).toHaveCount(0);

    // Back online: both screens show both edits.
    await ana.context.setOffline(false);
    await expect(ana.page.getByTestId('live-status')).toHaveText('Live');
    for (const page of [ana.page, ben.page]) {
      await expect(card(page, 'Ana offline: webinar invite')).toBeVisible();
      await expect(card(page, 'Ben online: demo request form')).toBeVisible();
      await expect(card(page, 'Ana: buyers compare us on price first')).toBeVisible();
    }

    // Each browser kept its own copy: after a reload, the project is there from IndexedDB.
    await ben.page.reload();
    await expect(card(ben.page, 'Ana offline: webinar invite')).toBeVisible();
    await ana.context.close();
    await ben.context.close();
  } finally {
    await server.end();
  }
});

test('people see each other’s pointers and selected cards', async ({ browser }) => {
  const { server } = await startSession();
  try {
    const ana = await joinAs(browser, server.url, 'Ana');
    await waitForMap(ana.page);
    const ben = await joinAs(browser, server.url, 'Ben');
    await waitForMap(ben.page);
    await addCardByDoubleClick(ben.page, 0, 0, 'Ben’s card');
    await expect(card(ana.page, 'Ben’s card')).toBeVisible();

    // Ben points at the canvas: Ana sees his pointer with his name.
    const box = (await ben.page.getByRole('application', { name: /Journey map/ }).boundingBox())!;
    await ben.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await ben.page.mouse.move(box.x + box.width / 2 + 20, box.y + box.height / 2 + 10, { steps: 3 });
    await expect(ana.page.getByTestId('presence-pointer').filter({ hasText: 'Ben' })).toBeVisible();

    // Ben selects his card: Ana sees it framed in his colour, with his name.
    await card(ben.page, 'Ben’s card').click();
    await expect(ana.page.getByTestId('presence-selection').filter({ hasText: 'Ben' })).toBeVisible();
    await ana.context.close();
    await ben.context.close();
  } finally {
    await server.end();
  }
});

test('a phone joins into the participant view and adds a card the room sees', async ({ browser }) => {
  const { server } = await startSession();
  try {
    const laptop = await joinAs(browser, server.url, 'Ana');
    await waitForMap(laptop.page);
    const phone = await joinAs(browser, server.url, 'Pat', { viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true });
    await expect(phone.page.getByTestId('phone-view')).toBeVisible();
    await expect(phone.page.getByTestId('phone-agenda-empty')).toBeVisible();
    await phone.page.getByLabel('Stage', { exact: true }).selectOption({ index: 1 });
    await phone.page.getByLabel('Your card').fill('Pat: pricing page is confusing');
    await phone.page.getByRole('button', { name: '+ Add card' }).click();
    await expect(phone.page.getByTestId('phone-card').filter({ hasText: 'Pat: pricing page is confusing' })).toBeVisible();
    await expect(card(laptop.page, 'Pat: pricing page is confusing')).toBeVisible();
    await laptop.context.close();
    await phone.context.close();
  } finally {
    await server.end();
  }
});

test('a vote from the phone-sized view is counted, and the room sees it on the card', async ({ browser }) => {
  const { server } = await startVotingSession();
  try {
    const laptop = await joinAs(browser, server.url, 'Ana');
    await waitForMap(laptop.page);
    const phone = await joinAs(browser, server.url, 'Pat', { viewport: { width: 390, height: 800 }, isMobile: true, hasTouch: true });
    const voting = phone.page.getByTestId('phone-voting');
    await expect(voting).toBeVisible();
    await expect(voting).toContainText('2 dots left');
    await voting.getByRole('button', { name: /Add a dot to “Pricing page is confusing”/ }).click();
    // Pat has one dot left, and the room's copy of the card shows Pat's dot.
    await expect(voting).toContainText('1 dot left');
    await expect(voting.getByRole('button', { name: /Take a dot back from “Pricing page is confusing”/ })).toBeEnabled();
    await expect(card(laptop.page, 'Pricing page is confusing').getByTestId('vote-count')).toHaveAttribute('aria-label', '1 dot');
    await laptop.context.close();
    await phone.context.close();
  } finally {
    await server.end();
  }
});

test('the live server refuses pages without the join code', async ({ page }) => {
  const { server } = await startSession();
  try {
    const res = await page.goto(`http://127.0.0.1:${server.port}/`);
    expect(res?.status()).toBe(401);
    await expect(page.getByText('Open the join link')).toBeVisible();
  } finally {
    await server.end();
  }
});

test('the facilitator hosts from the app: link and QR code, people, remove, lock, end', async ({ browser, baseURL }) => {
  const hostContext = await browser.newContext();
  const host = await withDesktopHost(hostContext, new URL(baseURL!).origin);
  try {
    const page = await hostContext.newPage();
    await createProject(page, 'Workshop with sales');
    await page.getByRole('button', { name: 'Start live session' }).click();
    const panel = page.getByRole('dialog', { name: 'Live session' }).getByRole('form', { name: 'Host a session in this room' });
    await panel.getByLabel('Your name').fill('Fran');
    await panel.getByLabel('Address').selectOption('127.0.0.1');
    await panel.getByLabel('Port').fill('0');
    await panel.getByRole('button', { name: 'Start the session' }).click();
    const hostPanel = page.getByRole('dialog', { name: 'Live session in this room' });
    const link = await hostPanel.getByTestId('live-join-link').inputValue();
    expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?code=[A-Za-z0-9_-]{22}#\/join\//);
    await expect(hostPanel.getByRole('img', { name: /QR code of the join link/ })).toBeVisible();
    await expect(hostPanel.getByTestId('live-people')).toContainText('Fran');

    // Ana joins with the link and sees the host's map and cards.
    const ana = await joinAs(browser, link, 'Ana');
    await waitForMap(ana.page);
    await expect(hostPanel.getByTestId('live-people')).toContainText('Ana');

    // The host removes Ana: she is told, and the link changes.
    await hostPanel.getByRole('button', { name: 'Remove Ana' }).click();
    await expect(ana.page.getByTestId('live-status')).toHaveText('Removed from the session');
    await expect(hostPanel.getByTestId('live-people')).not.toContainText('Ana');
    const newLink = await hostPanel.getByTestId('live-join-link').inputValue();
    expect(newLink).not.toBe(link);

    // Locked: a newcomer with the new link can't join.
    await hostPanel.getByRole('button', { name: 'Lock: no one new can join' }).click();
    await expect(hostPanel.getByText('Locked: people already here')).toBeVisible();
    const late = await browser.newContext();
    const latePage = await late.newPage();
    const res = await latePage.goto(newLink);
    expect(res?.status()).toBe(403);

    // End: the host's window goes back to its own copy.
    await hostPanel.getByRole('button', { name: 'End the session' }).click();
    await expect(page.getByRole('button', { name: 'Start live session' })).toBeVisible();
    expect(await host.current()).toBeNull();
    await ana.context.close();
    await late.close();
  } finally {
    await host.end();
    await hostContext.close();
  }
});
