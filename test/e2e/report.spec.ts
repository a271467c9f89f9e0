import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { createProject, renameStage } from './helpers';
import { addCardAt, choosePaper, expectPaper, flat, openReport, printToPdfFile, readPdf } from './report-helpers';

const B2B_STAGES = ['Awareness', 'Consideration', 'Evaluation', 'Purchase', 'Onboarding', 'Retention', 'Advocacy'];

test('a facilitator maps a B2B journey and prints the leadership report on A4 portrait and Letter landscape', async ({ page }) => {
  await createProject(page, 'Acme alignment', 'b2b');
  await page.getByRole('button', { name: 'Fit map to screen' }).click();
  await addCardAt(page, 0, 0, 'Reads an analyst report');
  await addCardAt(page, 1, 1, 'Webinar & LinkedIn ads');
  await addCardAt(page, 3, 4, 'Procurement takes six weeks');
  await addCardAt(page, 2, 4, '<script>alert(1)</script> Demo too generic');
  // The customer feels worst at Purchase.
  await page.getByRole('slider', { name: 'Emotion at Purchase' }).focus();
  await page.keyboard.press('Home');
  await expect(page.getByRole('slider', { name: 'Emotion at Purchase' })).toHaveAttribute('aria-valuenow', '-2');

  await openReport(page);
  await choosePaper(page, 'A4', 'Portrait');
  // The live preview follows the choice: seven stages do not fit across portrait A4.
  const preview = page.getByRole('region', { name: 'Print preview' });
  await expect(preview.getByRole('heading', { name: 'Customer journey (continued)' })).toBeVisible();
  await expect(preview.getByText('Purchase (−2)')).toBeVisible();

  const a4 = readPdf(await printToPdfFile(page));
  // Cover, briefing, summary, and the map in two pages of 4 + 3 stages.
  expect(a4).toHaveLength(5);
  a4.forEach((p, i) => {
    expectPaper(p, 'A4', false);
    expect(p.text.trim().length).toBeGreaterThan(0);
    expect(p.text).toContain('Acme alignment');
    expect(flat(p.text)).toContain(`Page ${i + 1} of 5`);
  });
  expect(flat(a4[0]!.text)).toContain('Leadership report');
  expect(flat(a4[1]!.text)).toContain('Executive briefing');
  expect(flat(a4[2]!.text)).toContain('Executive summary');
  expect(flat(a4[2]!.text)).toContain('Purchase (−2)');
  const [part1, part2] = [flat(a4[3]!.text), flat(a4[4]!.text)];
  for (const s of B2B_STAGES.slice(0, 4)) expect(part1).toContain(s);
  for (const s of B2B_STAGES.slice(4)) expect(part2).toContain(s);
  expect(part1).not.toContain('Onboarding');
  expect(part2).toContain('Customer journey (continued)');
  for (const lane of ['Customer actions', 'Touchpoints and channels', 'Pain points', 'Backstage systems']) {
    expect(part1).toContain(lane);
    expect(part2).toContain(lane);
  }
  const all = flat(a4.map((p) => p.text).join(' '));
  for (const card of ['Reads an analyst report', 'Webinar & LinkedIn ads', 'Procurement takes six weeks', '<script>alert(1)</script> Demo too generic']) {
    expect(all.replace(/ /g, '')).toContain(card.replace(/ /g, ''));
  }

  // Back to the settings: Letter, landscape, with the appendix.
  await page.getByRole('link', { name: /Back to the report settings/ }).click();
  await expect(page.getByRole('heading', { name: 'Leadership report' })).toBeVisible();
  await choosePaper(page, 'Letter', 'Landscape');
  await page.getByRole('checkbox', { name: /Appendix/ }).check();
  const letter = readPdf(await printToPdfFile(page));
  // Cover, briefing, summary, the whole map on one page, the appendix.
  expect(letter).toHaveLength(5);
  letter.forEach((p, i) => {
    expectPaper(p, 'Letter', true);
    expect(p.text).toContain('Acme alignment');
    expect(flat(p.text)).toContain(`Page ${i + 1} of 5`);
  });
  for (const s of B2B_STAGES) expect(flat(letter[3]!.text)).toContain(s);
  expect(letter[3]!.text).not.toContain('(continued)');
  expect(flat(letter[4]!.text)).toContain('Appendix: all cards by stage');
  expect(flat(letter[4]!.text)).toContain('Procurement takes six weeks');
});

test('a map of twelve stages continues on a second page with the lane names repeated', async ({ page }) => {
  await createProject(page, 'Wide map', 'blank');
  for (let i = 2; i <= 12; i++) {
    await page.getByRole('button', { name: '+ Add stage' }).click();
    // The canvas draws only what is on screen: fit the map to see every stage.
    await page.getByRole('button', { name: 'Fit map to screen' }).click();
    await expect(page.getByTestId('stage')).toHaveCount(i);
  }
  await renameStage(page, 0, 'Kickoff');
  await renameStage(page, 6, 'Midpoint');
  await renameStage(page, 11, 'Renewal');
  await addCardAt(page, 0, 0, 'First call booked');

  await openReport(page);
  await choosePaper(page, 'A4', 'Portrait');
  await page.getByRole('checkbox', { name: 'Cover page' }).uncheck();
  await page.getByRole('checkbox', { name: /Executive briefing/ }).uncheck();
  const pages = readPdf(await printToPdfFile(page));
  // Summary, then the map in two pages of six stages each.
  expect(pages).toHaveLength(3);
  pages.forEach((p, i) => {
    expectPaper(p, 'A4', false);
    expect(p.text).toContain('Wide map');
    expect(flat(p.text)).toContain(`Page ${i + 1} of 3`);
  });
  const [first, second] = [flat(pages[1]!.text), flat(pages[2]!.text)];
  expect(first).toContain('Kickoff');
  expect(first).toContain('Stages 1–6 of 12');
  expect(first).not.toContain('Renewal');
  expect(second).toContain('(continued)');
  expect(second).toContain('Stages 7–12 of 12');
  expect(second).toContain('Midpoint');
  expect(second).toContain('Renewal');
  expect(first).toContain('Customer actions');
  expect(second).toContain('Customer actions');
});

test('in a browser, "Print or save as PDF" opens the print view and prints only once it is ready', async ({ page }) => {
  await page.addInitScript(() => {
    const w = window as unknown as { printCalls: string[] };
    w.printCalls = [];
    window.print = () => {
      w.printCalls.push(`${document.body.dataset.reportReady}|${location.hash}|${document.querySelector('.rp-doc') ? 'doc' : 'none'}`);
    };
  });
  await createProject(page, 'Print flow', 'b2b');
  await openReport(page);
  await page.getByRole('button', { name: 'Print or save as PDF' }).click();
  await expect.poll(() => page.evaluate(() => (window as unknown as { printCalls: string[] }).printCalls)).toHaveLength(1);
  const [call] = await page.evaluate(() => (window as unknown as { printCalls: string[] }).printCalls);
  expect(call).toMatch(/^true\|#\/p\/[^/]+\/report\/print-auto\|doc$/);
  // When the print window closes, the facilitator is back at the settings.
  await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
  await expect(page).toHaveURL(/\/report$/);
  await expect(page.getByRole('heading', { name: 'Leadership report' })).toBeVisible();
});

test('the whole map exports as PNG and SVG, every card as CSV, the project as JSON', async ({ page }) => {
  await createProject(page, 'Exports & co', 'b2b');
  await page.getByRole('button', { name: 'Fit map to screen' }).click();
  await addCardAt(page, 0, 0, 'Reads <b>reviews</b> & asks peers');
  await addCardAt(page, 2, 4, '=HYPERLINK("http://x")');
  await addCardAt(page, 3, 1, 'Price, terms and "legal"');

  const download = async (item: string) => {
    await page.getByRole('button', { name: 'Export', exact: true }).click();
    const [d] = await Promise.all([page.waitForEvent('download'), page.getByRole('menuitem', { name: item }).click()]);
    return { name: d.suggestedFilename(), bytes: readFileSync((await d.path())!) };
  };

  const svg = await download('This map as a drawing (SVG)');
  expect(svg.name).toBe('Exports & co - Customer journey.svg');
  const svgText = svg.bytes.toString('utf8');
  expect(svgText).toContain('<svg xmlns="http://www.w3.org/2000/svg"');
  expect(svgText).toContain('&lt;b&gt;reviews&lt;/b&gt;');
  expect(svgText).not.toContain('<b>');
  for (const s of B2B_STAGES) expect(svgText).toContain(`>${s}<`);
  expect(svgText).toContain('Advocacy'); // beyond what the screen shows at this zoom, the whole map is drawn
  // The SVG is a valid image the browser can draw.
  const parsed = await page.evaluate((text) => {
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    return { error: doc.querySelector('parsererror')?.textContent ?? null, texts: doc.documentElement.textContent ?? '' };
  }, svgText);
  expect(parsed.error).toBeNull();
  expect(parsed.texts.replace(/\s+/g, '')).toContain('Reads<b>reviews</b>&askspeers');

  const png = await download('This map as an image (PNG)');
  expect(png.name).toBe('Exports & co - Customer journey.png');
  expect(png.bytes.subarray(0, 8)).toEqual(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
  const pngWidth = png.bytes.readUInt32BE(16);
  const svgWidth = Number(/width="(\d+)"/.exec(svgText)![1]);
  expect(pngWidth).toBe(svgWidth * 2);

  const csv = await download('All cards as a spreadsheet (CSV)');
  expect(csv.name).toBe('Exports & co cards.csv');
  const lines = csv.bytes.toString('utf8').replace(/^\uFEFF/, '').split('\r\n');
  expect(lines[0]).toBe('Map,Stage,Lane,Text,Colour,Owner,Votes');
  expect(lines.slice(1, 4)).toEqual([
    'Customer journey,Awareness,Customer actions,Reads <b>reviews</b> & asks peers,Yellow,,',
    `Customer journey,Evaluation,Pain points,"'=HYPERLINK(""http://x"")",Yellow,,`,
    'Customer journey,Purchase,Touchpoints and channels,"Price, terms and ""legal""",Yellow,,',
  ]);
  expect(lines[4]).toBe('');

  const json = await download('All project data (JSON)');
  const data = JSON.parse(json.bytes.toString('utf8'));
  expect(data.info.title).toBe('Exports & co');
  expect(Object.values(data.cards as Record<string, { text: string }>).map((c) => c.text).sort()).toEqual(
    ['=HYPERLINK("http://x")', 'Price, terms and "legal"', 'Reads <b>reviews</b> & asks peers'].sort(),
  );
});

test('on the desktop, "Save as PDF…" hands the print view to the shell, shows progress and can be cancelled', async ({ page, context }) => {
  // A stand-in for the desktop shell's preload: records each request and lets the test decide when it ends.
  await context.addInitScript(() => {
    const w = window as unknown as { pdfRequests: unknown[]; finishPdf?: (saved: boolean) => void; baton: unknown };
    w.pdfRequests = [];
    w.baton = {
      version: 'test',
      platform: 'linux',
      saveFile: async () => true,
      openFile: async () => null,
      onMenuCommand: () => () => undefined,
      onOpenFile: () => () => undefined,
      openExternal: async () => undefined,
      printToPdf: (req: unknown) => {
        w.pdfRequests.push(req);
        return new Promise<boolean>((resolve) => {
          w.finishPdf = resolve;
        });
      },
    };
  });
  await createProject(page, 'Desk top', 'b2b');
  const id = /#\/p\/([^/]+)/.exec(page.url())![1]!;
  await openReport(page);
  await choosePaper(page, 'Letter', 'Portrait');
  const requests = () => page.evaluate(() => (window as unknown as { pdfRequests: unknown[] }).pdfRequests);

  // The first one is abandoned: Cancel gives the button back at once, and the late answer is ignored.
  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Preparing the PDF…' })).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.getByText('The PDF was not saved.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save as PDF…' })).toBeVisible();
  await page.evaluate(() => (window as unknown as { finishPdf: (b: boolean) => void }).finishPdf(true));
  await page.waitForTimeout(300);
  // (A plain count, not a retrying assertion: a toast would vanish by itself within seconds.)
  expect(await page.getByText('PDF saved.').count()).toBe(0);

  // The second one goes through.
  await page.getByRole('button', { name: 'Save as PDF…' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Preparing the PDF…' })).toBeVisible();
  const expected = { pageSize: 'Letter', landscape: false, suggestedName: 'Desk top - Leadership report.pdf', route: `#/p/${id}/report/print` };
  await expect.poll(requests).toEqual([expected, expected]);
  // The shell's hidden window opens the route afresh: it finds the same choices in the database.
  const hidden = await context.newPage();
  await hidden.goto(`/${`#/p/${id}/report/print`}`);
  await hidden.waitForSelector('body[data-report-ready="true"]');
  await expect(hidden.getByTestId('report-document')).toHaveAttribute('data-paper', 'Letter');
  await expect(hidden.getByTestId('report-document')).toHaveAttribute('data-orientation', 'portrait');
  await hidden.close();
  await page.evaluate(() => (window as unknown as { finishPdf: (b: boolean) => void }).finishPdf(true));
  await expect(page.getByText('PDF saved.')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Save as PDF…' })).toBeVisible();
});

test('an axe scan of the report settings and the print view finds no serious or critical violations', async ({ page }) => {
  await createProject(page, 'Accessible report', 'b2b');
  await addCardAt(page, 0, 0, 'Reads an analyst report');
  await openReport(page);
  const serious = async () =>
    (await new AxeBuilder({ page }).analyze()).violations
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => `${v.id}: ${v.help} (${v.nodes.length}) ${v.nodes[0]?.target.join(' ')}`);
  expect(await serious()).toEqual([]);
  await page.evaluate(() => {
    location.hash = location.hash + '/print';
  });
  await page.waitForSelector('body[data-report-ready="true"]');
  expect(await serious()).toEqual([]);
});
