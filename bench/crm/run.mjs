/**
 * The CRM import's arm of `npm run bench` (BENCH_ONLY=crm; issue 20): a 100,000-row HubSpot-style
 * contacts export imported to its aggregates through the real worker in Chromium, against
 * papaparse alone parsing the same file in a worker, arms alternating over the repeats, medians.
 * Goals: the import at most 3 s, no main-thread task over 100 ms while it runs (PerformanceObserver
 * longtask), and at most 1.5x papaparse alone. Builds and serves its own page (bench/crm/), so
 * it shares nothing with the other arms but the browser and the `record` of bench/run.mjs.
 */
import { spawn, spawnSync } from 'node:child_process';

export const CRM_ROWS = Number(process.env.BENCH_CRM_ROWS || 100_000);

/** Runs the arm and records its figures with bench/run.mjs's `record`. */
export async function crmBench({ browser, port, repeats, record, median }) {
  console.log('Building the CRM bench page…');
  const build = spawnSync('npx', ['vite', 'build', '-c', 'bench/crm/vite.config.ts'], { stdio: 'inherit' });
  if (build.status !== 0) throw new Error('the CRM bench page did not build');
  const server = spawn('node', ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(port), BATON_WEB_ROOT: 'out/bench-crm' }, stdio: 'ignore' });
  try {
    await new Promise((r) => setTimeout(r, 800));
    const context = await browser.newContext({ viewport: { width: 1000, height: 700 } });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${port}/bench/crm/crm.html`);
    await page.waitForFunction(() => document.title === 'ready', null, { timeout: 60_000 });
    const bytes = await page.evaluate((rows) => window.__crm.prepare(rows), CRM_ROWS);
    const baton = [];
    const papa = [];
    // One of each first, not counted: the workers' code is fetched and compiled once.
    await page.evaluate(() => window.__crm.baton());
    await page.evaluate(() => window.__crm.papa());
    for (let i = 0; i < repeats; i++) {
      baton.push(await page.evaluate(() => window.__crm.baton()));
      papa.push(await page.evaluate(() => window.__crm.papa()));
    }
    await context.close();
    for (const r of [...baton, ...papa]) if (r.records !== CRM_ROWS) throw new Error(`read ${r.records} of ${CRM_ROWS} rows`);
    const rows = CRM_ROWS.toLocaleString('en-US');
    const mb = (bytes / 1e6).toFixed(1);
    const ms = (xs) => median(xs.map((r) => r.ms));
    console.log(`CRM import, ${rows} rows (${mb} MB): Baton ${baton.map((r) => Math.round(r.ms)).join(', ')} ms; papaparse alone ${papa.map((r) => Math.round(r.ms)).join(', ')} ms`);
    record('crm', `CRM import, ${rows}-row HubSpot contacts export (${mb} MB) to its aggregates, in the worker`, ms(baton), NaN, 3000, 'ms', 'absolute');
    record('crmtask', `CRM import, ${rows} rows: longest main-thread task (longtask)`, Math.max(...baton.map((r) => r.longestTaskMs)), NaN, 100, 'ms', 'absolute');
    record('crmratio', `CRM import, ${rows} rows: import vs papaparse alone (both in a worker)`, ms(baton), ms(papa), 1.5, 'ms');
  } finally {
    server.kill();
  }
}
