#!/usr/bin/env node
/**
 * `npm run bench`: Baton against bare React Flow (and against itself), in one run, as ratios.
 * Arms alternate (Baton, baseline, Baton, …) over several repeats and medians are reported,
 * because absolute timings on these machines are noisy. Writes bench/results/latest.json,
 * bench/results/chart.html and bench/results/chart.png, and prints a table.
 */
import { chromium } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { CHROMIUM_ARGS, findChromium } from '../scripts/browser.mjs';

const REPEATS = Number(process.env.BENCH_REPEATS || 3);
const PORT = Number(process.env.BENCH_PORT || 5190);
const BASE = `http://127.0.0.1:${PORT}`;
const only = process.env.BENCH_ONLY?.split(',');
/** `node bench/run.mjs --redraw`: only redraw the table and chart from bench/results/latest.json. */
const redraw = process.argv.includes('--redraw');
const CPU_SLOWDOWN = Number(process.env.BENCH_CPU_SLOWDOWN || 4);

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? (s[Math.floor((s.length - 1) / 2)] + s[Math.ceil((s.length - 1) / 2)]) / 2 : NaN;
};
const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))] : NaN;
};
const round = (x, d = 2) => Math.round(x * 10 ** d) / 10 ** d;

let server;
let browser;
if (!redraw) {
  console.log('Building the bench pages…');
  const build = spawnSync('npx', ['vite', 'build', '-c', 'bench/vite.bench.config.ts'], { stdio: 'inherit' });
  if (build.status !== 0) process.exit(1);
  server = spawn('node', ['scripts/serve.mjs'], {
    env: { ...process.env, PORT: String(PORT), BATON_WEB_ROOT: 'out/bench' },
    stdio: 'ignore',
  });
  await new Promise((r) => setTimeout(r, 800));
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
}
const VIEWPORT = { width: 1400, height: 900 };

async function newPage() {
  const context = await browser.newContext({ viewport: VIEWPORT });
  const page = await context.newPage();
  return { context, page };
}

/** Opens Baton on a freshly seeded project of `cards` cards, at zoom 1. */
async function openBaton(cards) {
  const { context, page } = await newPage();
  await page.goto(`${BASE}/bench/pages/seed.html?cards=${cards}`);
  await page.waitForFunction(() => document.title === 'seeded', null, { timeout: 300_000 });
  const { projectId, mapId } = await page.evaluate(() => window.__seeded);
  await page.goto(`${BASE}/renderer/index.html#/p/${projectId}/m/${mapId}`);
  await page.waitForSelector('[data-testid=card]', { timeout: 120_000 });
  await page.waitForTimeout(500);
  return { context, page, projectId, mapId };
}

async function openBaseline(cards) {
  const { context, page } = await newPage();
  await page.goto(`${BASE}/bench/pages/baseline.html?cards=${cards}`);
  await page.waitForSelector('.react-flow__node', { timeout: 120_000 });
  await page.waitForTimeout(500);
  return { context, page };
}

/** p95 of the time between requestAnimationFrame callbacks while `action` runs. */
async function frameP95(page, action) {
  // A 4x slower CPU, so that differences show above the 16.7 ms frame budget.
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: CPU_SLOWDOWN });
  await page.evaluate(() => {
    window.__frames = [];
    window.__rec = true;
    // The clock is read in the callback, not taken from rAF's argument: that argument is the
    // frame's vsync time, a multiple of 16.7 ms however late the frame's work started, and the
    // browser trace (the cross-check below) showed it hiding late frames.
    let last = performance.now();
    const loop = () => {
      const t = performance.now();
      window.__frames.push(t - last);
      last = t;
      if (window.__rec) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
  });
  await action();
  const deltas = await page.evaluate(() => {
    window.__rec = false;
    return window.__frames.slice(2);
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  return pct(deltas, 95);
}

/** A point of the empty canvas (no node, no panel) near the bottom right, where a drag pans. */
async function panePoint(page) {
  const p = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane');
    const r = pane.getBoundingClientRect();
    for (let y = r.bottom - 40; y > r.top + 380; y -= 5) {
      for (let x = r.right - 240; x > r.left + 500; x -= 5) {
        const el = document.elementFromPoint(x, y);
        if (el && el.closest('.react-flow__pane') === pane && !el.closest('.react-flow__node, .react-flow__panel')) return { x, y };
      }
    }
    return null;
  });
  if (!p) throw new Error('no empty spot of the canvas to pan from');
  return p;
}

const viewportTransform = (page) => page.evaluate(() => getComputedStyle(document.querySelector('.react-flow__viewport')).transform);

/** Drags the empty canvas up and to the left; fails if the map did not move (a card was dragged instead). */
async function pan(page) {
  const { x, y } = await panePoint(page);
  const before = await viewportTransform(page);
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) {
    await page.mouse.move(x - i * 8, y - i * 6);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  if ((await viewportTransform(page)) === before) throw new Error('the pan did not move the map');
}

/** Drags the first card (node) down and to the right; fails if it did not move. */
async function drag(page, selector) {
  // The card nearest the top left of the canvas that is wholly on screen (after a pan, the
  // first card of the page may be off it).
  const index = await page.evaluate((sel) => {
    const pane = document.querySelector('.react-flow__pane').getBoundingClientRect();
    let best = -1;
    let bestScore = Infinity;
    document.querySelectorAll(sel).forEach((el, i) => {
      const r = el.getBoundingClientRect();
      const inside = r.left >= pane.left && r.top >= pane.top && r.right <= pane.right - 320 && r.bottom <= pane.bottom - 200;
      const hit = document.elementFromPoint(r.left + 30, r.top + 20);
      if (inside && hit && el.contains(hit) && r.left + r.top < bestScore) {
        best = i;
        bestScore = r.left + r.top;
      }
    });
    return best;
  }, selector);
  if (index < 0) throw new Error('no card wholly on screen to drag');
  const node = page.locator(selector).nth(index);
  const box = await node.boundingBox();
  const x = box.x + 30;
  const y = box.y + 20;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) {
    await page.mouse.move(x + i * 5, y + i * 3);
    await page.waitForTimeout(16);
  }
  const during = await node.boundingBox();
  // The drop (one write, one relayout) is inside the measurement, as a person would feel it.
  await page.mouse.up();
  if (!during || Math.abs(during.x - box.x) < 100) throw new Error('the drag did not move the card');
}

async function heapMB(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  await page.waitForTimeout(200);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  return usedSize / 1024 / 1024;
}

/** Keystroke-to-next-frame latencies (ms) and keystroke-to-IndexedDB-commit latencies. */
async function typing(page, chars = 25, spacingMs = 120) {
  const canvas = page.locator('[data-canvas-root]');
  await canvas.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForSelector('textarea.card-editor');
  await page.evaluate(() => {
    window.__paint = [];
    window.__commit = [];
    window.__pendingCommit = [];
    document.addEventListener(
      'input',
      () => {
        const t0 = window.__lastKey;
        requestAnimationFrame(() => setTimeout(() => window.__paint.push(performance.now() - t0), 0));
        window.__pendingCommit.push(performance.now());
      },
      true,
    );
    document.addEventListener('keydown', () => (window.__lastKey = performance.now()), true);
    window.addEventListener('baton:saved', (e) => {
      for (const t of window.__pendingCommit) window.__commit.push(e.detail.at - t);
      window.__pendingCommit = [];
    });
  });
  for (let i = 0; i < chars; i++) {
    await page.keyboard.press(String.fromCharCode(97 + (i % 26)));
    await page.waitForTimeout(spacingMs);
  }
  await page.waitForTimeout(600);
  return page.evaluate(() => ({ paint: window.__paint, commit: window.__commit }));
}

async function openTime(kind, cards, seeded) {
  const { context, page } = await newPage();
  if (kind === 'baton') {
    // Same origin, fresh page: the project is already in this context's IndexedDB? No — a
    // new context has an empty database, so seed first, then measure a fresh navigation.
    await page.goto(`${BASE}/bench/pages/seed.html?cards=${cards}`);
    await page.waitForFunction(() => document.title === 'seeded', null, { timeout: 300_000 });
    const { projectId, mapId } = await page.evaluate(() => window.__seeded);
    const fresh = await context.newPage();
    await page.close();
    await fresh.goto(`${BASE}/renderer/index.html#/p/${projectId}/m/${mapId}`);
    await fresh.waitForSelector('[data-testid=card]', { timeout: 120_000 });
    const t = await fresh.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(performance.now()))));
    await context.close();
    return t;
  }
  await page.goto(`${BASE}/bench/pages/memory.html?cards=${cards}`);
  await page.waitForSelector('[data-testid=card]', { timeout: 120_000 });
  const t = await page.evaluate(
    () => new Promise((r) => requestAnimationFrame(() => r(performance.now() - window.__buildMs))),
  );
  void seeded;
  await context.close();
  return t;
}

const figures = [];
function record(id, label, baton, baseline, goal, unit, kind = 'ratio') {
  const ratio = kind === 'ratio' ? baton / baseline : baton;
  const pass = ratio <= goal;
  figures.push({ id, label, baton: round(baton), baseline: round(baseline), ratio: round(ratio), goal, unit, kind, pass });
  console.log(`${pass ? 'PASS' : 'FAIL'}  ${label}: Baton ${round(baton)} ${unit}, baseline ${round(baseline)} ${unit}, ${kind === 'ratio' ? `ratio ${round(ratio)} (goal ≤ ${goal})` : `goal ≤ ${goal}`}`);
}
const want = (id) => !redraw && (!only || only.includes(id));

// --- pan and drag at 2,000 cards vs bare React Flow --------------------------------------
if (want('pan') || want('drag')) {
  const b = { pan: [], drag: [] };
  const r = { pan: [], drag: [] };
  for (let i = 0; i < REPEATS; i++) {
    const baton = await openBaton(2000);
    b.pan.push(await frameP95(baton.page, () => pan(baton.page)));
    b.drag.push(await frameP95(baton.page, () => drag(baton.page, '[data-testid=card]')));
    await baton.context.close();
    const base = await openBaseline(2000);
    r.pan.push(await frameP95(base.page, () => pan(base.page)));
    r.drag.push(await frameP95(base.page, () => drag(base.page, '.react-flow__node')));
    await base.context.close();
  }
  record('pan', 'Pan, 2,000 cards: p95 frame time', median(b.pan), median(r.pan), 1.1, 'ms');
  record('drag', 'Drag a card, 2,000 cards: p95 frame time', median(b.drag), median(r.drag), 1.1, 'ms');
}

// --- the rAF measure cross-checked once with a browser trace ------------------------------
// requestAnimationFrame deltas are what every frame figure above uses; here the browser's own
// trace of the same pan says how far apart its main-thread frames began. The two should agree.
if (want('pan')) {
  const baton = await openBaton(2000);
  await browser.startTracing(baton.page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline.frame'] });
  const rafP95 = await frameP95(baton.page, () => pan(baton.page));
  const traceBuf = await browser.stopTracing();
  if (process.env.BENCH_KEEP_TRACE) writeFileSync(process.env.BENCH_KEEP_TRACE, traceBuf);
  const { traceEvents } = JSON.parse(traceBuf.toString());
  const begins = traceEvents
    .filter((e) => e.name === 'BeginMainThreadFrame')
    .map((e) => e.ts / 1000)
    .sort((a, b) => a - b);
  const intervals = begins.slice(1).map((t, i) => t - begins[i]);
  const dropped = traceEvents.filter((e) => e.name === 'DroppedFrame').length;
  await baton.context.close();
  if (intervals.length < 20) throw new Error('the trace holds too few frames to cross-check');
  record('trace', `Cross-check: pan at 2,000 cards, p95 frame interval, browser trace (${dropped} partial frames) vs rAF`, pct(intervals, 95), rafP95, 1.25, 'ms');
}

// --- 10,000 cards vs Baton's own 1,000 ---------------------------------------------------
if (want('scale')) {
  const big = { pan: [], drag: [] };
  const small = { pan: [], drag: [] };
  for (let i = 0; i < REPEATS; i++) {
    const s = await openBaton(1000);
    small.pan.push(await frameP95(s.page, () => pan(s.page)));
    small.drag.push(await frameP95(s.page, () => drag(s.page, '[data-testid=card]')));
    await s.context.close();
    const l = await openBaton(10000);
    big.pan.push(await frameP95(l.page, () => pan(l.page)));
    big.drag.push(await frameP95(l.page, () => drag(l.page, '[data-testid=card]')));
    await l.context.close();
  }
  record('scale', 'Pan, 10,000 cards vs Baton at 1,000: p95 frame time', median(big.pan), median(small.pan), 3, 'ms');
  record('scaledrag', 'Drag a card, 10,000 cards vs Baton at 1,000: p95 frame time', median(big.drag), median(small.drag), 3, 'ms');
}

// --- typing and durability ----------------------------------------------------------------
if (want('typing') || want('durability')) {
  const full = [];
  const empty = [];
  const commits = [];
  for (let i = 0; i < REPEATS; i++) {
    const f = await openBaton(2000);
    const tf = await typing(f.page);
    full.push(median(tf.paint));
    commits.push(...tf.commit);
    await f.context.close();
    const e = await openBaton(1);
    const te = await typing(e.page);
    empty.push(median(te.paint));
    commits.push(...te.commit);
    await e.context.close();
    console.log(`  typing, repeat ${i + 1}: 2,000 cards ${round(full[i])} ms, 1 card ${round(empty[i])} ms`);
  }
  record('typing', 'Typing in a card, 2,000 cards vs 1 card: keystroke to paint', median(full), median(empty), 1.2, 'ms');
  record('durability', 'Durability: edit to IndexedDB commit, p95', pct(commits, 95), NaN, 250, 'ms', 'absolute');
}

// --- opening from IndexedDB vs rendering from memory --------------------------------------
if (want('open')) {
  const idb = [];
  const mem = [];
  for (let i = 0; i < REPEATS; i++) {
    idb.push(await openTime('baton', 2000));
    mem.push(await openTime('memory', 2000));
  }
  record('open', 'Open 2,000 cards from IndexedDB vs from memory: to first paint', median(idb), median(mem), 1.5, 'ms');
}

// --- heap ---------------------------------------------------------------------------------
if (want('heap')) {
  const b = [];
  const r = [];
  for (let i = 0; i < REPEATS; i++) {
    const baton = await openBaton(2000);
    b.push(await heapMB(baton.page));
    await baton.context.close();
    const base = await openBaseline(2000);
    r.push(await heapMB(base.page));
    await base.context.close();
  }
  record('heap', 'JavaScript heap, 2,000 cards', median(b), median(r), 1.5, 'MB');
}

// --- the leadership PDF of a 500-card map ---------------------------------------------------
if (want('pdf')) {
  const times = [];
  const peaks = [];
  for (let i = 0; i < REPEATS; i++) {
    const baton = await openBaton(500);
    const cdp = await baton.page.context().newCDPSession(baton.page);
    await cdp.send('Performance.enable');
    let peak = 0;
    let sampling = true;
    const sample = (async () => {
      while (sampling) {
        const { metrics } = await cdp.send('Performance.getMetrics').catch(() => ({ metrics: [] }));
        const total = metrics.find((m) => m.name === 'JSHeapTotalSize')?.value ?? 0;
        peak = Math.max(peak, total);
        await new Promise((r) => setTimeout(r, 100));
      }
    })();
    const t0 = Date.now();
    await baton.page.goto(`${BASE}/renderer/index.html#/p/${baton.projectId}/report/print`);
    await baton.page.waitForSelector('body[data-report-ready="true"]', { timeout: 120_000 });
    const pdf = await baton.page.pdf({ preferCSSPageSize: true, printBackground: true });
    times.push((Date.now() - t0) / 1000);
    sampling = false;
    await sample;
    peaks.push(peak / 1024 / 1024);
    if (pdf.length < 1000) throw new Error('the PDF is empty');
    await baton.context.close();
  }
  record('pdf', 'Leadership PDF of a 500-card map: time', median(times), NaN, 10, 's', 'absolute');
  record('pdfmem', 'Leadership PDF of a 500-card map: peak JS heap', median(peaks), NaN, 1024, 'MB', 'absolute');
}

await browser?.close();
server?.kill();

// --- Node-side: live sessions and .baton files ---------------------------------------------
if (want('live') || want('files')) {
  const r = spawnSync('npx', ['vitest', 'run', '--config', 'bench/vitest.bench.config.ts'], {
    stdio: 'inherit',
    env: { ...process.env, BENCH_REPEATS: String(REPEATS) },
  });
  if (r.status !== 0) console.error('The Node-side benchmarks failed.');
  const read = (f) => {
    try {
      return JSON.parse(readFileSync(f, 'utf8'));
    } catch {
      return null;
    }
  };
  const live = read('bench/results/live.tmp.json');
  if (live && want('live')) record('live', 'Live session, 20 clients: p95 edit to every client', live.baton, live.plain, 1.3, 'ms');
  const files = read('bench/results/files.tmp.json');
  if (files && want('files')) {
    record('export', '.baton export of 2,000 cards', files.exportMs, NaN, 1000, 'ms', 'absolute');
    record('import', '.baton import (validated) of 2,000 cards', files.importMs, NaN, 2000, 'ms', 'absolute');
  }
}

// --- results --------------------------------------------------------------------------------
mkdirSync('bench/results', { recursive: true });
let result = { at: new Date().toISOString(), repeats: REPEATS, figures };
if (redraw) {
  result = JSON.parse(readFileSync('bench/results/latest.json', 'utf8'));
  figures.push(...result.figures);
} else {
  writeFileSync('bench/results/latest.json', JSON.stringify(result, null, 2));
}

const rows = figures
  .map((f) => `| ${f.label} | ${f.baton} ${f.unit} | ${f.baseline == null || Number.isNaN(f.baseline) ? '—' : `${f.baseline} ${f.unit}`} | ${f.kind === 'ratio' ? f.ratio : '—'} | ≤ ${f.goal}${f.kind === 'ratio' ? '×' : ` ${f.unit}`} | ${f.pass ? 'pass' : 'FAIL'} |`)
  .join('\n');
const table = `| Figure | Baton | Baseline | Ratio | Goal | Result |\n| --- | --- | --- | --- | --- | --- |\n${rows}`;
writeFileSync('bench/results/latest.md', table + '\n');
console.log('\n' + table);

const W = 1100;
const LABEL_W = 470;
const barH = 34;
const H = 60 + figures.length * (barH + 16);
const scale = (v) => Math.min(1, v / 3) * (W - LABEL_W - 60);
const esc = (t) => t.replace(/&/g, '&amp;').replace(/</g, '&lt;');
/** The label on one or two lines, so it never runs into its bar. */
function labelLines(text, max = 62) {
  if (text.length <= max) return [text];
  const cut = text.lastIndexOf(' ', max);
  const second = text.slice(cut + 1);
  return [text.slice(0, cut), second.length > max ? `${second.slice(0, max - 1)}…` : second];
}
const bars = figures
  .map((f, i) => {
    const v = f.kind === 'ratio' ? f.ratio : f.ratio / f.goal;
    const g = f.kind === 'ratio' ? f.goal : 1;
    const y = 40 + i * (barH + 16);
    const lines = labelLines(f.label);
    const label = lines
      .map((l, k) => `<tspan x="10" y="${y + (lines.length === 1 ? 22 : 14 + k * 16)}">${esc(l)}</tspan>`)
      .join('');
    return `<text font-size="13">${label}</text>
<rect x="${LABEL_W}" y="${y}" width="${scale(v)}" height="${barH}" fill="${f.pass ? '#2b8a3e' : '#c92a2a'}"/>
<line x1="${LABEL_W + scale(g)}" x2="${LABEL_W + scale(g)}" y1="${y - 4}" y2="${y + barH + 4}" stroke="#111" stroke-width="2" stroke-dasharray="4 3"/>
<text x="${LABEL_W + 4 + scale(v)}" y="${y + 22}" font-size="13">${round(v)}${f.kind === 'ratio' ? '×' : ' of goal'}</text>`;
  })
  .join('\n');
const html = `<!doctype html><meta charset="utf-8"><title>Baton benchmarks</title>
<body style="font-family: DejaVu Sans, sans-serif; margin: 20px">
<h1 style="font-size:20px">Baton benchmarks — ${result.at} (${result.repeats} repeats, medians)</h1>
<p style="font-size:13px">Bars: Baton ÷ baseline (or ÷ goal for absolute figures). Dashed line: the goal. Green passes.</p>
<svg width="${W}" height="${H}" xmlns="http://www.w3.org/2000/svg">${bars}</svg>
</body>`;
writeFileSync('bench/results/chart.html', html);
const b2 = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const p = await b2.newPage({ viewport: { width: W + 40, height: H + 120 } });
await p.setContent(html);
await p.screenshot({ path: 'bench/results/chart.png', fullPage: true });
await b2.close();
console.log('\nWrote bench/results/latest.json, latest.md, chart.html and chart.png');
process.exit(figures.every((f) => f.pass) ? 0 : 1);
