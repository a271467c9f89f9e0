/**
 * The executive briefing page of the leadership report, read back from the real PDF
 * (Chromium's page.pdf, as the desktop shell prints it; poppler's pdftotext and pdftoppm): it
 * names the score, the verdict, every area with its status, the decisions and the next
 * meeting; its count of open points is the one the Alignment overview shows on screen; the
 * "Briefing only" preset prints one page; and on every paper and orientation no word leaves
 * the page and the cover lists every part.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/** The report's side margins in points (domain/reportLayout.ts PAGE_MARGIN_MM: 14 mm). */
const SIDE_MARGIN_PT = (14 / 25.4) * 72;

/**
 * Every word of the PDF with its box (pdftotext -bbox-layout), against its page's box: the
 * words whose box leaves the page, or runs into the side margins (the running header and
 * footer sit in the top and bottom margins, between the side ones), as
 * "page n: word (x0,y0–x1,y1 of w×h)".
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
      if (x0 < SIDE_MARGIN_PT - 1 || y0 < 0 || x1 > w - SIDE_MARGIN_PT + 1 || y1 > h + 0.5) out.push(`page ${i + 1}: ${m[5]} (${x0},${y0}–${x1},${y1} of ${w}×${h})`);
    }
  });
  return out;
}

/**
 * What the reader sees in the side margins: each page drawn by pdftoppm as a grey image (PGM),
 * and the pages where something darker than paper lies within 13 mm of the left or right edge
 * (a box, a border or a word past the 14 mm margin), as "page n: left/right".
 */
function inkInSideMargins(file: string): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'baton-margins-'));
  const dpi = 50;
  try {
    execFileSync('pdftoppm', ['-gray', '-r', String(dpi), file, join(dir, 'p')]);
    const out: string[] = [];
    for (const name of readdirSync(dir).sort()) {
      const bytes = readFileSync(join(dir, name));
      // P5 <w> <h> <max>\n then one byte a pixel.
      const head = /^P5\s+(\d+)\s+(\d+)\s+(\d+)\s/.exec(bytes.subarray(0, 40).toString('latin1'));
      if (!head) throw new Error(`not a PGM: ${name}`);
      const [w, h] = [Number(head[1]), Number(head[2])];
      const px = bytes.subarray(head[0].length);
      const edge = Math.floor((13 / 25.4) * dpi);
      const sides = new Set<string>();
      for (let y = 0; y < h; y++) {
        for (let x = 0; x < edge; x++) if (px[y * w + x]! < 200) sides.add('left');
        for (let x = w - edge; x < w; x++) if (px[y * w + x]! < 200) sides.add('right');
      }
      for (const side of sides) out.push(`page ${Number(/(\d+)\.pgm$/.exec(name)![1])}: ${side}`);
    }
    return out;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The content width of each paper in CSS pixels (domain/reportLayout.ts: the paper less 2 × 14 mm). */
const CONTENT_PX = { A4: { Portrait: 182, Landscape: 269 }, Letter: { Portrait: 187.9, Landscape: 251.4 }, A3: { Portrait: 269, Landscape: 392 } } as const;

/**
 * The print view laid out as the printer lays it out (print media, a window as wide as the
 * page's content): the parts that stick out past the right margin, or that cut their own
 * content off (overflow hidden with more inside than shows), as "class: text".
 */
async function clippedInPrintLayout(page: Page, paper: keyof typeof CONTENT_PX, orientation: 'Portrait' | 'Landscape'): Promise<string[]> {
  const before = page.viewportSize()!;
  await page.setViewportSize({ width: Math.floor((CONTENT_PX[paper][orientation] * 96) / 25.4), height: 900 });
  await page.emulateMedia({ media: 'print' });
  try {
    return await page.evaluate(() => {
      const doc = document.querySelector('.rp-doc')!;
      const right = doc.getBoundingClientRect().right;
      const out: string[] = [];
      const name = (el: Element) => `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}: ${(el.textContent ?? '').trim().slice(0, 40)}`;
      for (const el of Array.from(doc.querySelectorAll('*'))) {
        if ((el.closest('svg') && el.tagName.toLowerCase() !== 'svg') || el.classList.contains('rp-visually-hidden')) continue;
        const r = el.getBoundingClientRect();
        if (r.width === 0 && r.height === 0) continue;
        if (r.right > right + 1) out.push(`past the margin ${name(el)}`);
        const st = getComputedStyle(el);
        const clips = (v: string) => v === 'hidden' || v === 'clip';
        // A clamped list line (line-clamp) cuts on purpose, with an ellipsis.
        if (st.webkitLineClamp !== 'none' && st.webkitLineClamp !== '') continue;
        if ((clips(st.overflowX) && el.scrollWidth > el.clientWidth + 1) || (clips(st.overflowY) && el.scrollHeight > el.clientHeight + 1)) out.push(`cut off ${name(el)}`);
      }
      return out;
    });
  } finally {
    await page.emulateMedia({ media: null });
    await page.setViewportSize(before);
  }
}

/** A row's words as pdftotext finds them: without spaces (it breaks lines and columns its own way). */
const squash = (t: string) => t.replace(/\s+/g, '');

/**
 * Tables that leave a lonely row: each table of the print view (its rows' first words, from the
 * DOM), found page by page in the PDF's text, in document order; a table that spans pages must
 * keep at least two of its rows on every page it touches. "table n: pages 2 3 3 3".
 */
async function orphanRows(page: Page, pages: readonly PdfPage[]): Promise<string[]> {
  const tables = await page.evaluate(() =>
    Array.from(document.querySelectorAll('.rp-doc table.rp-table')).map((t) =>
      Array.from(t.querySelectorAll(':scope > tbody > tr')).map((tr) => (tr.querySelector('td, th')?.textContent ?? '').replace(/\s+/g, ' ').trim().slice(0, 28)),
    ),
  );
  const texts = pages.map((p) => squash(p.text));
  const out: string[] = [];
  let cursor = 0;
  tables.forEach((rows, n) => {
    if (rows.length < 2) return;
    const at: number[] = [];
    for (const key of rows) {
      const k = squash(key);
      if (!k) continue;
      let p = cursor;
      while (p < texts.length && !texts[p]!.includes(k)) p++;
      if (p === texts.length) continue;
      at.push(p);
      cursor = p;
    }
    const per = new Map<number, number>();
    for (const p of at) per.set(p, (per.get(p) ?? 0) + 1);
    if (per.size > 1 && [...per.values()].some((c) => c < 2)) out.push(`table ${n + 1} (${rows[0]}…): pages ${at.map((p) => p + 1).join(' ')}`);
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
  // Money in the project's currency, the reader's way (en-US: "$18,000", never "18,000 $").
  const all = flat(pages.map((p) => p.text).join(' '));
  expect(all).toContain('$18,000');
  expect(all).not.toMatch(/\d \$(?!\d)/);
  // An action nobody owns says so in words, not with dashes.
  expect(all).toMatch(/Agree what makes a good lead No owner yet/);
  expect(all).not.toContain('— — —');
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

test('on A4, Letter and A3, portrait and landscape: no word leaves the page or its margins, the cover lists every part, the briefing is one page', async ({ page }) => {
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
      expect(inkInSideMargins(file), `${paper} ${orientation}: ink in the side margins`).toEqual([]);
      expect(await orphanRows(page, pages), `${paper} ${orientation}: a lonely row`).toEqual([]);
      expect(await clippedInPrintLayout(page, paper, orientation), `${paper} ${orientation}: cut off or past the margin`).toEqual([]);
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
