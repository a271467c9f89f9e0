#!/usr/bin/env node
/**
 * A probe for issue 21's "open without mounting what is off screen" and "drag that doesn't
 * grow", separate from `npm run bench`: for each map size, seeds a project in IndexedDB, opens
 * it on a fresh page and reports the most React Flow nodes mounted at once, how many were ever
 * added, the longest main-thread task and the time to the first frame with a card on screen;
 * then drags a card at 4x CPU slowdown and reports the p95 frame time.
 *
 *   npx vite build -c bench/vite.bench.config.ts && npx vite build --outDir ../out/bench/renderer
 *   PROBE_PORT=5216 PROBE_SIZES=2000,10000,20000 PROBE_REPEATS=3 node bench/open-drag-probe.mjs
 *
 * Sizes alternate inside each repeat and medians are printed: the machine is shared.
 */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { CHROMIUM_ARGS, findChromium } from '../scripts/browser.mjs';
import { frameP95, median } from './frames.mjs';

const PORT = Number(process.env.PROBE_PORT || 5216);
const BASE = `http://127.0.0.1:${PORT}`;
const SIZES = (process.env.PROBE_SIZES || '2000,10000').split(',').map(Number);
const REPEATS = Number(process.env.PROBE_REPEATS || 3);
const DRAG = process.env.PROBE_DRAG !== '0';
const OPEN = process.env.PROBE_OPEN !== '0';

const server = spawn('node', ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(PORT), BATON_WEB_ROOT: 'out/bench' }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

/** Counts mounted React Flow nodes and long tasks from before the app's first script runs. */
function watch() {
  const w = { maxNodes: 0, added: 0, longest: 0, tasks: [] };
  window.__probe = w;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      w.longest = Math.max(w.longest, e.duration);
      if (e.duration > 200) w.tasks.push(Math.round(e.duration));
    }
  }).observe({ type: 'longtask', buffered: true });
  const start = () => {
    new MutationObserver((records) => {
      for (const r of records) for (const n of r.addedNodes) if (n.nodeType === 1 && n.classList.contains('react-flow__node')) w.added++;
      w.maxNodes = Math.max(w.maxNodes, document.getElementsByClassName('react-flow__node').length);
    }).observe(document.documentElement, { childList: true, subtree: true });
  };
  if (document.documentElement) start();
  else document.addEventListener('readystatechange', start, { once: true });
}

async function seed(context, cards) {
  const page = await context.newPage();
  await page.goto(`${BASE}/bench/pages/seed.html?cards=${cards}`);
  await page.waitForFunction(() => document.title === 'seeded', null, { timeout: 600_000 });
  const seeded = await page.evaluate(() => window.__seeded);
  await page.close();
  return seeded;
}

async function open(cards) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const { projectId, mapId } = await seed(context, cards);
  const page = await context.newPage();
  await page.addInitScript(watch);
  await page.goto(`${BASE}/renderer/index.html#/p/${projectId}/m/${mapId}`);
  await page.waitForSelector('[data-testid=card]', { timeout: 300_000 });
  const t = await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(performance.now()))));
  // Long enough to include the compaction that follows an open (3 s after it).
  await page.waitForTimeout(4500);
  const w = await page.evaluate(() => ({ ...window.__probe, now: document.getElementsByClassName('react-flow__node').length }));
  return { context, page, open: t, ...w };
}

/** p95 frame time at 4x CPU slowdown while a card on screen is dragged 60 steps. */
async function dragP95(page) {
  const box = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane').getBoundingClientRect();
    for (const el of document.querySelectorAll('[data-testid=card]')) {
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + 30, r.top + 20);
      if (r.left >= pane.left && r.top >= pane.top && r.right <= pane.right - 320 && r.bottom <= pane.bottom - 200 && hit && el.contains(hit)) return { x: r.left, y: r.top };
    }
    return null;
  });
  if (!box) throw new Error('no card on screen to drag');
  const x = box.x + 30;
  const y = box.y + 20;
  return frameP95(
    page,
    async () => {
      await page.mouse.move(x, y);
      await page.mouse.down();
      for (let i = 1; i <= 60; i++) {
        await page.mouse.move(x + i * 5, y + i * 3);
        await page.waitForTimeout(16);
      }
      await page.mouse.up();
      await page.waitForTimeout(300);
    },
    4,
  );
}

const results = Object.fromEntries(SIZES.map((n) => [n, { open: [], maxNodes: [], added: [], longest: [], drag: [], tasks: [] }]));
for (let r = 0; r < REPEATS; r++) {
  for (const n of SIZES) {
    const o = await open(n);
    const res = results[n];
    if (OPEN) {
      res.open.push(o.open);
      res.maxNodes.push(o.maxNodes);
      res.added.push(o.added);
      res.longest.push(o.longest);
      res.tasks.push(o.tasks);
    }
    if (DRAG) res.drag.push(await dragP95(o.page));
    console.log(`repeat ${r + 1}, ${n} cards: open ${Math.round(o.open)} ms, max mounted ${o.maxNodes}, added ${o.added}, mounted now ${o.now}, longest task ${Math.round(o.longest)} ms ${JSON.stringify(o.tasks)}${DRAG ? `, drag p95 ${res.drag.at(-1).toFixed(1)} ms` : ''}`);
    await o.context.close();
  }
}
for (const n of SIZES) {
  const res = results[n];
  console.log(
    `${n} cards (medians of ${REPEATS}): open ${Math.round(median(res.open))} ms, max mounted ${median(res.maxNodes)}, added ${median(res.added)}, longest task ${Math.round(median(res.longest))} ms${DRAG ? `, drag p95 at 4x ${median(res.drag).toFixed(1)} ms` : ''}`,
  );
}
await browser.close();
server.kill();
