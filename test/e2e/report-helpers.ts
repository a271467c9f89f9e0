import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

/** Double-clicks a cell and types a card (after letting the toolbar settle from the last one). */
export async function addCardAt(page: Page, stageIndex: number, laneIndex: number, text: string) {
  await page.keyboard.press('Escape');
  await page.waitForTimeout(200);
  const stage = await page.getByTestId('stage').nth(stageIndex).boundingBox();
  const lane = await page.getByTestId('lane').nth(laneIndex).boundingBox();
  if (!stage || !lane) throw new Error('stage or lane not visible');
  await page.mouse.dblclick(stage.x + stage.width / 2, lane.y + lane.height - 12);
  const editor = page.getByRole('textbox', { name: 'Card text' });
  await expect(editor).toBeFocused();
  await editor.fill(text);
  await editor.press('Enter');
  await expect(editor).toHaveCount(0);
}

export function projectIdOf(page: Page): string {
  const m = /#\/p\/([^/]+)/.exec(page.url());
  if (!m) throw new Error(`not in a project: ${page.url()}`);
  return m[1]!;
}

export async function openReport(page: Page) {
  await page.getByRole('link', { name: /Leadership report/ }).click();
  await expect(page.getByRole('heading', { name: 'Leadership report' })).toBeVisible();
  await expect(page.getByTestId('report-document')).toBeVisible();
}

export async function choosePaper(page: Page, paper: 'A4' | 'Letter' | 'A3', orientation: 'Portrait' | 'Landscape') {
  await page.getByRole('radio', { name: paper, exact: true }).check();
  await page.getByRole('radio', { name: orientation, exact: true }).check();
}

/**
 * Opens the print view in this page (a hash change: the same window, as the app does), waits
 * for its ready signal and prints it to a PDF file the way the desktop shell does.
 */
export async function printToPdfFile(page: Page): Promise<string> {
  const id = projectIdOf(page);
  await page.evaluate((p) => {
    location.hash = `#/p/${p}/report/print`;
  }, id);
  await page.waitForSelector('body[data-report-ready="true"]');
  // No app chrome in the print view.
  await expect(page.locator('.app-header')).toBeHidden();
  await expect(page.locator('.sidebar')).toBeHidden();
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const file = join(mkdtempSync(join(tmpdir(), 'baton-report-')), 'report.pdf');
  writeFileSync(file, pdf);
  return file;
}

export interface PdfPage {
  readonly width: number;
  readonly height: number;
  readonly text: string;
}

/** Reads a PDF back with poppler: each page's size in points and its text. */
export function readPdf(file: string): PdfPage[] {
  const info = execFileSync('pdfinfo', ['-f', '1', '-l', '9999', file], { encoding: 'utf8' });
  const count = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
  const pages: PdfPage[] = [];
  for (let i = 1; i <= count; i++) {
    const size = new RegExp(`^Page\\s+${i} size:\\s+([\\d.]+) x ([\\d.]+) pts`, 'm').exec(info);
    if (!size) throw new Error(`no size for page ${i}`);
    const text = execFileSync('pdftotext', ['-f', String(i), '-l', String(i), '-raw', file, '-'], { encoding: 'utf8' });
    pages.push({ width: Number(size[1]), height: Number(size[2]), text });
  }
  return pages;
}

/** Paper sizes in PDF points (1/72 inch). */
export const PAPER_PT = {
  A4: { w: 595.28, h: 841.89 },
  Letter: { w: 612, h: 792 },
} as const;

export function expectPaper(page: PdfPage, paper: keyof typeof PAPER_PT, landscape: boolean) {
  const p = PAPER_PT[paper];
  const [w, h] = landscape ? [p.h, p.w] : [p.w, p.h];
  expect(Math.abs(page.width - w)).toBeLessThan(1.5);
  expect(Math.abs(page.height - h)).toBeLessThan(1.5);
}

/** Text with the line breaks and column gaps of the layout collapsed to single spaces. */
export const flat = (s: string) => s.replace(/\s+/g, ' ');
