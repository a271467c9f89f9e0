/**
 * Exports carry the alignment layer (issue 19 item 2), through the real UI on the sample
 * project: the SVG read back names the handoff, the stage owners and the persona of each curve;
 * the PNG is that drawing; the PDF's map page (pdftotext) names the handoff and each curve's
 * persona; the CSVs hold data in every column.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { choosePaper, flat, openReport, printToPdfFile, readPdf } from './report-helpers';
import { readCsv } from '../csv';

/** Where the pictures of the exports go, to look at them (PNG of the PDF's pages and the PNG export). */
const SHOTS = 'test-results/report-exports-layer';

const unescape = (s: string) =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
/** What a reader of the SVG sees: its text pieces, joined by spaces. */
const svgText = (svg: string) =>
  unescape(
    Array.from(svg.matchAll(/<(?:tspan|text)[^>]*>([^<]*)(?=<)/g))
      .map((m) => m[1])
      .join(' '),
  ).replace(/\s+/g, ' ');

async function openSample(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample project' }).click();
  await expect(page.getByRole('application', { name: /Journey map/ })).toBeVisible();
}

async function download(page: Page, item: string) {
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
  return { name: d.suggestedFilename(), bytes: readFileSync((await d.path())!) };
}


/** The sample map is drawn for Dana Ortiz; Sam Patel joins it and the room scores his hardest moment. */
async function secondPersonaOnTheMap(page: Page) {
  await page.getByRole('button', { name: 'Add a persona to this map' }).click();
  await page.getByRole('menuitem', { name: 'Add Sam Patel' }).click();
  const point = page.getByRole('slider', { name: 'Emotion of Sam Patel at Purchase' });
  await point.focus();
  await page.keyboard.press('Home');
  await expect(point).toHaveAttribute('aria-valuenow', '-2');
}

test('the map’s SVG, PNG and PDF page show the handoff, the stage owners, each persona’s curve and the dots', async ({ page }) => {
  test.setTimeout(120_000);
  mkdirSync(SHOTS, { recursive: true });
  await openSample(page);
  await secondPersonaOnTheMap(page);

  // SVG: the drawing names the handoff, both teams, every owner and the persona of each curve.
  const svg = await download(page, 'This map as a drawing (SVG)');
  expect(svg.name).toMatch(/\.svg$/);
  const markup = svg.bytes.toString('utf8');
  const text = svgText(markup);
  expect(text).toContain('MQL to SQL');
  expect(text).toContain('MQL → SQL');
  for (const team of ['Marketing', 'Sales', 'Customer success']) expect(text).toContain(team);
  for (const persona of ['Dana Ortiz', 'Sam Patel']) {
    expect(text).toContain(persona);
    expect(markup).toContain(`aria-label="Emotion curve: ${persona}"`);
  }
  expect(text).toContain('6 dots');
  expect(text).not.toContain('Not scored yet');

  // PNG: the same drawing, as a picture.
  const png = await download(page, 'This map as an image (PNG)');
  expect(png.name).toMatch(/\.png$/);
  expect(png.bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  writeFileSync(`${SHOTS}/map.png`, png.bytes);

  // The PDF: the map's page names the handoff and each curve's persona.
  await openReport(page);
  await choosePaper(page, 'Letter', 'Landscape');
  // The preview on screen shows the same layer (a picture to look at, at 1280×720 and 1920×1080).
  const preview = page.getByRole('region', { name: 'Print preview' });
  await preview.locator('.rp-map-page').first().scrollIntoViewIfNeeded();
  await expect(preview.locator('.rp-map-page').first().getByText('⇆ MQL to SQL')).toBeVisible();
  for (const [w, h] of [[1280, 720], [1920, 1080]] as const) {
    await page.setViewportSize({ width: w, height: h });
    await preview.locator('.rp-handoff-mark').first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: `${SHOTS}/preview-${w}.png` });
  }
  const file = await printToPdfFile(page);
  writeFileSync(`${SHOTS}/report.pdf`, readFileSync(file));
  const pages = readPdf(file);
  // The map's pages: the one with its title, and those its table continues on (they repeat the stage headers).
  const start = pages.findIndex((p) => flat(p.text).includes('Dana’s journey: from first read to referral 7 stages'));
  expect(start).toBeGreaterThan(0);
  const mapPages = [pages[start]!, ...pages.slice(start + 1).filter((p) => flat(p.text).includes('Awareness Notices a problem'))];
  expect(mapPages.length).toBeGreaterThan(0);
  const mapText = flat(mapPages.map((p) => p.text).join(' '));
  expect(mapText).toContain('MQL to SQL');
  for (const persona of ['Dana Ortiz', 'Sam Patel']) expect(mapText).toContain(persona);
  for (const team of ['Marketing', 'Sales', 'Customer success']) expect(mapText).toContain(team);
  expect(mapText).toContain('6 dots');
  expect(mapText).not.toContain('Not scored yet');
  // The summary's hardest moment reads the persona curves (Sam at Purchase, −2).
  expect(flat(pages.map((p) => p.text).join(' '))).toContain('Purchase (−2)');
  const first = pages.indexOf(mapPages[0]!) + 1;
  execFileSync('pdftoppm', ['-png', '-r', '110', '-f', String(first), '-l', String(first + mapPages.length - 1), file, `${SHOTS}/pdf-map`]);
});

test('the sample project’s spreadsheets hold data in every column: cards with owners and votes, actions and decisions', async ({ page }) => {
  await openSample(page);
  const cards = await download(page, 'All cards as a spreadsheet (CSV)');
  const [head, ...rows] = readCsv(cards.bytes.toString('utf8'));
  expect(head).toEqual(['Map', 'Stage', 'Lane', 'Text', 'Colour', 'Owner', 'Votes']);
  expect(rows.length).toBe(66);
  head!.forEach((h, i) => expect(rows.filter((r) => r[i] !== '').length, `column ${h}`).toBeGreaterThan(0));
  // Every stage of the sample has an owner; the vote's 15 dots are on the pain points.
  expect(rows.filter((r) => r[5] === '')).toEqual([]);
  expect(new Set(rows.map((r) => r[5]))).toEqual(new Set(['Marketing', 'Sales', 'Customer success']));
  expect(rows.reduce((n, r) => n + Number(r[6] || 0), 0)).toBe(15);
  expect(rows.find((r) => r[3] === 'Two different price pages')?.[6]).toBe('6');

  const agreed = await download(page, 'Actions and decisions as a spreadsheet (CSV)');
  expect(agreed.name).toMatch(/actions and decisions\.csv$/);
  await expect(page.getByText(/Saved “.*actions and decisions\.csv”/)).toBeVisible();
  const [h2, ...lines] = readCsv(agreed.bytes.toString('utf8'));
  expect(h2).toEqual(['Kind', 'Text', 'Owner', 'Team', 'Due', 'Status', 'Date', 'Session', 'Source']);
  h2!.forEach((h, i) => expect(lines.filter((r) => r[i] !== '').length, `column ${h}`).toBeGreaterThan(0));
  expect(lines.find((r) => r[1] === 'Call every MQL within one business day')?.slice(2, 4)).toEqual(['Luis Romero', 'Sales']);
  expect(lines.filter((r) => r[0] === 'Decision').map((r) => r[1])).toContain('Marketing and sales share one pipeline report, reviewed every Monday.');
  // No cell a spreadsheet would run as a formula.
  expect([...rows, ...lines].flat().filter((c) => /^[=+\-@]/.test(c))).toEqual([]);
});
