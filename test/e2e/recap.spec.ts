/**
 * The workshop recap through the real UI: a session is ended with its own button, the recap panel
 * appears, and the recap is copied (the real clipboard), saved as Markdown and as a calendar.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { openWorkshop } from './workshop-helpers';

test('ending a session offers its recap: copy, Markdown and a calendar', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample project' }).click();
  await expect(page.getByRole('application', { name: /Journey map/ })).toBeVisible();
  await openWorkshop(page);
  await page.getByRole('link', { name: 'Open session Alignment workshop' }).click();
  // The sample's session has ended: run it again, then end it, as a facilitator would.
  await page.getByRole('button', { name: 'Run it again' }).click();
  await expect(page.getByTestId('session-recap')).toHaveCount(0);
  await page.getByRole('button', { name: 'End session' }).click();
  const panel = page.getByTestId('session-recap');
  await expect(panel).toBeVisible();

  await panel.getByRole('button', { name: 'Copy recap' }).click();
  await expect(page.getByText('Recap copied.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toContain('# Recap: Alignment workshop');
  expect(copied).toContain('## Decisions');
  expect(copied).toContain('Marketing and sales share one pipeline report, reviewed every Monday.');
  expect(copied).toContain('Call every MQL within one business day — Luis Romero, due');
  expect(copied).toContain('**no owner yet**');
  expect(copied).toContain('## Vote winners');
  expect(copied).toMatch(/## Alignment score\n\n\d+%/);

  const [md] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Download recap (.md)' }).click()]);
  expect(md.suggestedFilename()).toMatch(/^Alignment workshop .*\.md$/);
  expect(readFileSync((await md.path())!, 'utf8')).toBe(copied);

  const [ics] = await Promise.all([page.waitForEvent('download'), panel.getByRole('button', { name: 'Download calendar (.ics)' }).click()]);
  expect(ics.suggestedFilename()).toMatch(/\.ics$/);
  const cal = readFileSync((await ics.path())!, 'utf8');
  expect(cal).toMatch(/^BEGIN:VCALENDAR/);
  expect(cal.match(/BEGIN:VEVENT/g)).toHaveLength(3);
  expect(cal.replace(/\r\n[ \t]/g, '')).toContain('SUMMARY:Due: Call every MQL within one business day (Luis Romero)');
  await page.screenshot({ path: 'test-results/recap-panel.png' });
});
