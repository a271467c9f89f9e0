/**
 * The executive briefing page of the leadership report, read back from the real PDF
 * (Chromium's page.pdf, as the desktop shell prints it; poppler's pdftotext and pdftoppm): it
 * names the score, the verdict, every area with its status, the decisions and the next
 * meeting; its count of open points is the one the Alignment overview shows on screen; the
 * "Briefing only" preset prints one page; and on every paper and orientation no word leaves
 * the page and the cover lists every part.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { openPoints } from './alignment-helpers';
import { createProject } from './helpers';
import { choosePaper, flat, openReport, printToPdfFile, readPdf, type PdfPage } from './report-helpers';
import { createSession, openWorkshop } from './workshop-helpers';

const AREAS = ['Personas agreed', 'Shared language', 'Handoff and SLA', 'KPIs on target', 'Feedback loop', 'Meeting cadence'];
const VERDICTS = [
  'The teams are aligned',
  'Mostly aligned',
  'Partly aligned: work to do',
  'The teams are far apart',
  'Not scored yet: run the questionnaire',
];
const SAMPLE_DECISIONS = ['Marketing and sales share one pipeline report, reviewed every Monday.', 'An MQL is a lead that meets the contract'];

async function openSample(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample project' }).click();
  await expect(page.getByRole('application', { name: /Journey map/ })).toBeVisible();
}

/** The briefing page of a printed report: the one that carries the score (the cover only names it). */
function briefingPage(pages: readonly PdfPage[]): { at: number; text: string } {
  const at = pages.findIndex((p) => flat(p.text).includes('Alignment score'));
  expect(at, 'a page names the alignment score').toBeGreaterThanOrEqual(0);
  return { at, text: flat(pages[at]!.text) };
}

/** What the briefing says the open points are: "Still open (n)". */
function openCountOf(text: string): number {
  const m = /Still open \((\d+)\)/.exec(text);
  expect(m, `"Still open (n)" in: ${text.slice(0, 400)}`).not.toBeNull();
  return Number(m![1]);
}

/** Back from the print view to the settings. */
async function backToSettings(page: Page) {
  await page.getByRole('link', { name: /Back to the report settings/ }).click();
  await expect(page.getByRole('heading', { name: 'Leadership report' })).toBeVisible();
}

/**
 * Every word of the PDF with its box (pdftotext -bbox-layout), against its page's box: the
 * words whose box leaves the page, as "page n: word (x0,y0–x1,y1 of w×h)".
 */
function wordsOffPage(file: string): string[] {
  const xml = execFileSync('pdftotext', ['-bbox-layout', file, '-'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  const out: string[] = [];
  const pages = xml.split(/<page /).slice(1);
  expect(pages.length).toBeGreaterThan(0);
  pages.forEach((p, i) => {
    const w = Number(/width="([\d.]+)"/.exec(p)![1]);
    const h = Number(/height="([\d.]+)"/.exec(p)![1]);
    for (const m of p.matchAll(/<word xMin="([-\d.]+)" yMin="([-\d.]+)" xMax="([-\d.]+)" yMax="([-\d.]+)">([^<]*)<\/word>/g)) {
      const [x0, y0, x1, y1] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
      if (x0 < 0 || y0 < 0 || x1 > w + 0.5 || y1 > h + 0.5) out.push(`page ${i + 1}: ${m[5]} (${x0},${y0}–${x1},${y1} of ${w}×${h})`);
    }
  });
  return out;
}

/** The labels of the parts the settings will print (checked and enabled), in order. */
async function partsToPrint(page: Page): Promise<string[]> {
  const boxes = page.getByRole('group', { name: 'What to include' }).locator('> div > label.report-check');
  const out: string[] = [];
  for (const label of await boxes.all()) {
    const box = label.getByRole('checkbox');
    if ((await box.isChecked()) && !(await box.isDisabled())) out.push(((await label.textContent()) ?? '').trim());
  }
  return out;
}

test('the sample project’s briefing names the score, the verdict, every area, the decisions and says what the overview says', async ({ page }) => {
  await openSample(page);
  const onScreen = await openPoints(page);
  await openReport(page);
  const pages = readPdf(await printToPdfFile(page));
  const { at, text } = briefingPage(pages);
  // The first page after the cover.
  expect(at).toBe(1);
  expect(text).toContain('Executive briefing');
  const score = /Alignment score (\d+|—)%?\s+(.+?) (No earlier score|[+−]\d+ points|No change)/.exec(text);
  expect(score, text.slice(0, 300)).not.toBeNull();
  expect(score![1]).toMatch(/^\d+$/);
  expect(VERDICTS.some((v) => score![2]!.startsWith(v))).toBe(true);
  for (const area of AREAS) expect(text).toMatch(new RegExp(`${area} (Green|Amber|Red) `));
  for (const d of SAMPLE_DECISIONS) expect(text).toContain(d);
  expect(text).toMatch(/Decided \(2\)/);
  // The sample has no meeting booked: the briefing says so, and asks for one.
  expect(text).toContain('Next meeting No next meeting booked');
  expect(text).toContain('Book the next alignment meeting');
  expect(openCountOf(text)).toBe(onScreen);
  // One page: the summary starts on the next.
  expect(flat(pages[at + 1]!.text)).toContain('Executive summary');
  expect(flat(pages[at + 1]!.text)).not.toContain('Alignment score');
});

test('a project built here: the briefing counts the overview’s open points, flags what nobody owns and names the next meeting', async ({ page }) => {
  await createProject(page, 'Built for the board', 'b2b');
  // A handoff after Consideration: with seven unowned stages, ten open points.
  await page.getByTestId('stage').nth(1).getByRole('button', { name: 'Owner, handoff and KPI of stage Consideration' }).click();
  await page.getByRole('menuitem', { name: 'Add handoff after this stage' }).click();
  await page.getByTestId('handoff-contract').getByLabel('Handoff name').fill('MQL to SQL');
  await page.keyboard.press('Escape');
  // A session booked: the next meeting.
  await openWorkshop(page);
  await createSession(page, /^Weekly check-in/);
  const meeting = ((await page.getByTestId('session-status').locator('xpath=..').getByRole('heading', { level: 2 }).textContent()) ?? '').trim();
  expect(meeting.length).toBeGreaterThan(0);

  const onScreen = await openPoints(page);
  expect(onScreen).toBe(10);
  await openReport(page);
  const { text } = briefingPage(readPdf(await printToPdfFile(page)));
  expect(openCountOf(text)).toBe(onScreen);
  expect(text).toContain('Stage “Awareness” (Customer journey) has no owner. — No owner yet');
  // The first point of each kind comes first: the contract's gaps are not hidden behind seven stages.
  expect(text).toContain('Handoff “MQL to SQL” has no service level. — Marketing and Sales');
  // More than the page holds: it says how many more follow.
  expect(text).toMatch(/\+ \d+ more in the pages that follow/);
  expect(text).toContain(`Next meeting ${meeting}`);
  expect(text).toContain('Not scored yet: run the questionnaire');
  for (const area of AREAS) expect(text).toMatch(new RegExp(`${area} (Green|Amber|Red) `));
});

test('the "Briefing only" preset prints the briefing on one page', async ({ page }) => {
  await openSample(page);
  await openReport(page);
  const whole = page.getByRole('button', { name: 'The whole report' });
  const only = page.getByRole('button', { name: 'Briefing only (one page)' });
  await expect(whole).toHaveAttribute('aria-pressed', 'true');
  await only.click();
  await expect(only).toHaveAttribute('aria-pressed', 'true');
  await expect(whole).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('checkbox', { name: 'Cover page' })).not.toBeChecked();
  for (const paper of ['A4', 'Letter'] as const) {
    await choosePaper(page, paper, 'Portrait');
    const pages = readPdf(await printToPdfFile(page));
    expect(pages).toHaveLength(1);
    expect(flat(pages[0]!.text)).toContain('Executive briefing');
    expect(flat(pages[0]!.text)).toContain('Page 1 of 1');
    await backToSettings(page);
  }
  // The choice is kept: a reload shows the same preset, and "The whole report" brings every part back.
  await page.reload();
  await expect(page.getByRole('button', { name: 'Briefing only (one page)' })).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'The whole report' }).click();
  await expect(page.getByRole('checkbox', { name: 'Cover page' })).toBeChecked();
});

test('on A4, Letter and A3, portrait and landscape: no word leaves the page, the cover lists every part, the briefing is one page', async ({ page }) => {
  test.setTimeout(240_000);
  await openSample(page);
  await openReport(page);
  // Every part, the appendix too.
  for (const box of await page.getByRole('group', { name: 'What to include' }).getByRole('checkbox').all()) {
    if (!(await box.isDisabled())) await box.check();
  }
  const shots = process.env.REPORT_PNG;
  for (const paper of ['A4', 'Letter', 'A3'] as const) {
    for (const orientation of ['Portrait', 'Landscape'] as const) {
      await choosePaper(page, paper, orientation);
      const parts = (await partsToPrint(page)).filter((p) => p !== 'Cover page');
      const file = await printToPdfFile(page);
      const pages = readPdf(file);
      expect(wordsOffPage(file), `${paper} ${orientation}`).toEqual([]);
      // The cover's contents: every part, numbered, none cut off.
      const cover = flat(pages[0]!.text);
      parts.forEach((label, i) => expect(cover, `${paper} ${orientation} contents`).toContain(`${i + 1}. ${label.replace(/ \(nothing to show yet\)$/, '')}`));
      const { at } = briefingPage(pages);
      expect(at).toBe(1);
      expect(flat(pages[2]!.text)).toContain('Executive summary');
      if (shots) {
        if (!existsSync(shots)) mkdirSync(shots, { recursive: true });
        execFileSync('pdftoppm', ['-png', '-r', '50', file, `${shots}/${paper}-${orientation}`]);
      }
      await backToSettings(page);
    }
  }
});
