#!/usr/bin/env node
/**
 * Two builds' open and heap at one map size, alternating in one run (issue 21: timings on this
 * shared machine vary up to 3x, so a before/after is only fair side by side). Each build is
 * served on its own origin (so its own IndexedDB), seeded once by its own code, then opened
 * old, new, old, new, … `AB_REPEATS` times, each open timed as `npm run bench` times it (from
 * navigation to the first frame with a card on screen or the end of the last long task before
 * 500 ms without one, whichever is later; and the longest task), then its heap read as the bench
 * reads it. The first open of each build is also printed apart: it is the one that reads the
 * project as its seeding stored it.
 *
 *   AB_OLD=/tmp/old/out/bench AB_NEW=out/bench AB_CARDS=10000 AB_REPEATS=5 node bench/ab-open-heap.mjs
 */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { CHROMIUM_ARGS, findChromium } from '../scripts/browser.mjs';
import { median } from './frames.mjs';

const CARDS = Number(process.env.AB_CARDS || 10000);
const REPEATS = Number(process.env.AB_REPEATS || 5);
const ARMS = [
  { name: 'old', root: process.env.AB_OLD, port: Number(process.env.AB_OLD_PORT || 15206) },
  { name: 'new', root: process.env.AB_NEW || 'out/bench', port: Number(process.env.AB_NEW_PORT || 5206) },
];
if (!ARMS[0].root) throw new Error('AB_OLD: the out/bench directory of the old build');
const CARD = '[data-testid=card]';

const servers = ARMS.map((a) =>
  spawn('node', ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(a.port), BATON_WEB_ROOT: a.root }, stdio: 'ignore' }),
);
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

function watchOpening(selector) {
  window.__longtasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, end: e.startTime + e.duration });
  }).observe({ type: 'longtask', buffered: true });
  const look = () => {
    if (document.querySelector(selector)) window.__firstFrame = performance.now();
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
}

async function interactive(page) {
  for (let waited = 0; ; waited += 100) {
    const s = await page.evaluate(() => ({ first: window.__firstFrame, tasks: window.__longtasks, now: performance.now() }));
    if (s.first != null) {
      const busyUntil = Math.max(s.first, ...s.tasks.map((t) => t.end));
      if (s.now - busyUntil >= 500) return { ms: busyUntil, longestTask: Math.max(0, ...s.tasks.map((t) => t.end - t.start)) };
    }
    if (waited > 300_000) throw new Error('the page never became interactive');
    await page.waitForTimeout(100);
  }
}

async function heapMB(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await page.waitForTimeout(200);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize / 1024 / 1024;
}

for (const a of ARMS) {
  a.base = `http://127.0.0.1:${a.port}`;
  a.context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await a.context.addInitScript(watchOpening, CARD);
  const page = await a.context.newPage();
  await page.goto(`${a.base}/bench/pages/seed.html?cards=${CARDS}`);
  await page.waitForFunction(() => document.title === 'seeded', null, { timeout: 600_000 });
  a.ids = await page.evaluate(() => window.__seeded);
  await page.close();
  a.open = [];
  a.task = [];
  a.heap = [];
}

const round = (x) => Math.round(x * 10) / 10;
for (let r = 0; r < REPEATS; r++) {
  for (const a of ARMS) {
    const reset = await a.context.newPage();
    await reset.goto(`${a.base}/bench/pages/seed.html?view=${a.ids.mapId}`);
    await reset.waitForFunction(() => document.title === 'seeded');
    await reset.close();
    const page = await a.context.newPage();
    await page.goto(`${a.base}/renderer/index.html#/p/${a.ids.projectId}/m/${a.ids.mapId}`);
    await page.waitForSelector(CARD, { timeout: 300_000 });
    const o = await interactive(page);
    const heap = await heapMB(page);
    a.open.push(o.ms);
    a.task.push(o.longestTask);
    a.heap.push(heap);
    console.log(`repeat ${r + 1} ${a.name}: open ${round(o.ms)} ms, longest task ${round(o.longestTask)} ms, heap ${heap.toFixed(2)} MB`);
    // As the bench: the page closes once measured (the open's compaction, 3 s in, may not have run).
    await page.close();
  }
}
for (const a of ARMS) {
  console.log(
    `${a.name} (${CARDS} cards, medians of ${REPEATS}): open ${round(median(a.open))} ms, longest task ${round(median(a.task))} ms, heap ${median(a.heap).toFixed(2)} MB; first open ${round(a.open[0])} ms / ${round(a.task[0])} ms`,
  );
}
await browser.close();
for (const s of servers) s.kill();
