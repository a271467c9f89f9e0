/**
 * Load what a screen needs (issue 21): the home screen fetches at most 250 KB of gzip JavaScript,
 * measured from what Chromium actually fetches (each script body gzipped with node zlib, as a
 * server would send it), and the screens split off (the open project, the report, personas,
 * the workshop, help) still open: their code comes when they are opened.
 * scripts/measure-home-js.mjs gives the same figure from the build's manifest, per chunk.
 */
import { expect, test, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { createProject } from './helpers';
import { openPersonas } from './personas-helpers';
import { openReport } from './report-helpers';
import { openWorkshop } from './workshop-helpers';

const HOME_LIMIT_KB = 250;

/** Every script the page fetches from now on, with its gzip size. */
function recordScripts(page: Page) {
  const scripts = new Map<string, number>();
  page.on('response', async (res) => {
    const url = res.url();
    if (res.request().resourceType() !== 'script' && !/\.m?js(\?|$)/.test(url)) return;
    const body = await res.body().catch(() => null);
    if (body) scripts.set(url, gzipSync(body, { level: 9 }).length);
  });
  return {
    files: () => [...scripts.keys()].map((u) => new URL(u).pathname.split('/').pop()!),
    kb: () => [...scripts.values()].reduce((s, n) => s + n, 0) / 1024,
  };
}

test('the home screen loads at most 250 KB of gzip JavaScript; the rest comes with the screen that needs it', async ({ page }) => {
  const scripts = recordScripts(page);
  await page.goto('/');
  await expect(page.getByRole('button', { name: '+ New project' })).toBeEnabled();
  await page.waitForLoadState('networkidle');
  const homeFiles = scripts.files();
  const homeKb = scripts.kb();
  test.info().annotations.push({ type: 'home JavaScript', description: `${homeKb.toFixed(1)} KB gzip in ${homeFiles.length} files` });
  expect(homeFiles.length).toBeGreaterThan(0);
  expect(homeKb, `home screen scripts: ${homeFiles.join(', ')}`).toBeLessThanOrEqual(HOME_LIMIT_KB);

  // Help is fetched the first time it is opened.
  await page.keyboard.press('F1');
  await expect(page.getByRole('dialog', { name: /Help/ })).toBeVisible();
  expect(scripts.files().length).toBeGreaterThan(homeFiles.length);
  await page.keyboard.press('Escape');
  await expect(page.getByRole('dialog', { name: /Help/ })).toBeHidden();

  // Opening a project fetches the editor (React Flow) and the features' parts, and the map works.
  const beforeProject = scripts.files();
  await createProject(page, 'Split by screen');
  const projectFiles = scripts.files().filter((f) => !beforeProject.includes(f));
  expect(projectFiles.length, 'the open project comes in chunks of its own').toBeGreaterThan(0);
  expect(scripts.kb()).toBeGreaterThan(homeKb);

  // Each screen split off still opens, with its content.
  await openReport(page);
  await openPersonas(page);
  await expect(page.getByRole('button', { name: '+ New persona' })).toBeVisible();
  await openWorkshop(page);
});
