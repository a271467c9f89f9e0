/**
 * The slide deck through the real UI: the sample project's Export menu downloads a .pptx; it is
 * unzipped and read (slides, notes, native charts, the briefing's and the actions' words), then
 * LibreOffice Impress converts it to PDF and pdftotext finds every slide's title.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { expect, test } from '@playwright/test';

/** The text of every <a:t> run of a slide part, in order. */
const textOf = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map((m) => m[1]!.replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'")).join(' ');

test('the sample project downloads as a slide deck that LibreOffice opens', async ({ page }) => {
  test.setTimeout(180_000);
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample project' }).click();
  await expect(page.getByRole('application', { name: /Journey map/ })).toBeVisible();

  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: 'Download slide deck (.pptx)' }).click()]);
  expect(download.suggestedFilename()).toMatch(/\.pptx$/);
  const bytes = readFileSync((await download.path())!);
  await expect(page.getByText(/Slide deck saved/)).toBeVisible();

  const files = unzipSync(new Uint8Array(bytes));
  const names = Object.keys(files);
  const slides = names.filter((n) => /^ppt\/slides\/slide\d+\.xml$/.test(n)).sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]));
  // Title, three briefing slides, the map in two (4 + 3 stages), the contract, three KPI charts (%, leads, $), the actions.
  expect(slides).toHaveLength(11);
  expect(names.filter((n) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(n))).toHaveLength(slides.length);
  const charts = names.filter((n) => /^ppt\/charts\/chart\d+\.xml$/.test(n));
  expect(charts).toHaveLength(3);
  for (const c of charts) expect(strFromU8(files[c]!)).toContain('<c:barChart>');
  const text = slides.map((n) => textOf(strFromU8(files[n]!)));
  const all = text.join('\n');
  expect(text[1]).toContain('Where we stand');
  for (const area of ['Personas agreed', 'Shared language', 'Handoff and SLA', 'KPIs on target', 'Feedback loop', 'Meeting cadence']) expect(text[1]).toContain(area);
  expect(all).toContain('An MQL is a lead that meets the contract');
  expect(all).toContain('What we need from you');
  expect(all).toContain('Handoff contract: MQL to SQL');
  expect(all).toContain('Call every MQL within one business day');
  expect(all).toContain('Luis Romero');
  // The questionnaire's actions were made without an owner: flagged, not blank.
  expect(all).toContain('No owner yet');
  // Notes on every slide say something.
  for (const n of names.filter((x) => /^ppt\/notesSlides\/notesSlide\d+\.xml$/.test(x))) expect(textOf(strFromU8(files[n]!)).length).toBeGreaterThan(30);

  // LibreOffice Impress opens it (a profile of its own, so parallel runs don't clash).
  const dir = mkdtempSync(join(tmpdir(), 'baton-deck-'));
  try {
    const pptx = join(dir, 'deck.pptx');
    writeFileSync(pptx, bytes);
    execFileSync('soffice', [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, pptx], { timeout: 150_000, stdio: 'pipe' });
    const pdf = join(dir, 'deck.pdf');
    const pages = execFileSync('pdfinfo', [pdf]).toString().match(/Pages:\s+(\d+)/)![1];
    expect(Number(pages)).toBe(slides.length);
    if (process.env.DECK_PNG) execFileSync('pdftoppm', ['-png', '-r', '50', pdf, join(process.env.DECK_PNG, 'slide')]);
    const pdfText = execFileSync('pdftotext', ['-layout', pdf, '-']).toString();
    for (const title of ['Where we stand', 'Decisions and open points', 'What we need from you', 'Dana’s journey', 'Handoff contract: MQL to SQL', 'KPIs: target and actual', 'Open actions']) expect(pdfText).toContain(title);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
