#!/usr/bin/env node
/**
 * `npm run bench`: Baton against a fair floor — bare React Flow with the same cards at the same
 * places and sizes, culled as Baton culls (`onlyRenderVisibleElements`) — and against itself,
 * in one run, as ratios. React Flow's defaults (every node rendered) stay as a labelled
 * reference row. Arms alternate (Baton, floor, reference, Baton, …) over several repeats and
 * medians are reported, because absolute timings on these machines are noisy. Each part prints
 * how long it took; `BENCH_ONLY=canvas,typing,…` runs some (see PARTS). Writes
 * bench/results/latest.json, latest.md, chart.html and chart.png, and prints a table.
 */
import { chromium } from '@playwright/test';
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { CHROMIUM_ARGS, findChromium } from '../scripts/browser.mjs';
import { frameP95, median, pct } from './frames.mjs';

const REPEATS = Number(process.env.BENCH_REPEATS || 3);
const PORT = Number(process.env.BENCH_PORT || 5190);
const BASE = `http://127.0.0.1:${PORT}`;
const CPU_SLOWDOWN = Number(process.env.BENCH_CPU_SLOWDOWN || 4);
/** The parts, each a set of figures that share their page loads; `BENCH_ONLY` takes their names. */
const PARTS = ['pan', 'drag', 'open', 'heap', 'trace', 'home', 'typing', 'report', 'live', 'files', 'crm'];
const only = process.env.BENCH_ONLY?.split(',').map((s) => s.trim());
const unknown = only?.filter((p) => !PARTS.includes(p) && p !== 'canvas');
if (unknown?.length) {
  console.error(`Unknown part(s) ${unknown.join(', ')}; the parts are ${PARTS.join(', ')} (canvas = pan,drag,open,heap).`);
  process.exit(2);
}
/** `node bench/run.mjs --redraw`: only redraw the table and chart from bench/results/latest.json. */
const redraw = process.argv.includes('--redraw');
const want = (id) => !redraw && (!only || only.includes(id) || (only.includes('canvas') && ['pan', 'drag', 'open', 'heap'].includes(id)));

const round = (x, d = 2) => Math.round(x * 10 ** d) / 10 ** d;
const n = (cards) => cards.toLocaleString('en');
const started = Date.now();

let server;
let browser;
if (!redraw) {
  console.log('Building the bench pages and the app…');
  // The bench's pages first (that build empties out/bench), then the app with its own config,
  // chunked as shipped, beside them on the same origin.
  for (const args of [
    ['vite', 'build', '-c', 'bench/vite.bench.config.ts'],
    ['vite', 'build', '--logLevel', 'warn', '--outDir', '../out/bench/renderer'],
  ]) {
    const build = spawnSync('npx', args, { stdio: 'inherit' });
    if (build.status !== 0) process.exit(1);
  }
  server = spawn('node', ['scripts/serve.mjs'], {
    env: { ...process.env, PORT: String(PORT), BATON_WEB_ROOT: 'out/bench' },
    stdio: 'ignore',
  });
  await new Promise((r) => setTimeout(r, 800));
  browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
}
const VIEWPORT = { width: 1400, height: 900 };
const CARD = '[data-testid=card]';
const NODE = '.react-flow__node';

/**
 * Before any of a page's scripts run: records its long tasks (PerformanceObserver 'longtask')
 * and the time of the first animation frame in which `selector` is in the document.
 */
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

/**
 * Waits until the page is interactive: `selector` painted, then 500 ms without a long task.
 * Interactive is the later of that first frame and the end of the last long task before the
 * quiet; `from` (page clock) is where the clock starts. Also the longest task since `from`.
 */
async function interactive(page, from = 0) {
  for (let waited = 0; ; waited += 100) {
    const s = await page.evaluate(() => ({ first: window.__firstFrame, tasks: window.__longtasks, now: performance.now() }));
    if (s.first != null) {
      const tasks = s.tasks.filter((t) => t.end > from);
      const busyUntil = Math.max(s.first, ...tasks.map((t) => t.end));
      if (s.now - busyUntil >= 500) {
        return { ms: busyUntil - from, longestTask: Math.max(0, ...tasks.map((t) => t.end - Math.max(t.start, from))) };
      }
    }
    if (waited > 300_000) throw new Error('the page never became interactive');
    await page.waitForTimeout(100);
  }
}

async function newContext() {
  return browser.newContext({ viewport: VIEWPORT });
}

/** One IndexedDB per card count, seeded once per run: every open of that map is a fresh page. */
const seeded = new Map();
async function seededContext(cards) {
  if (seeded.has(cards)) return seeded.get(cards);
  const t0 = Date.now();
  const context = await newContext();
  await context.addInitScript(watchOpening, CARD);
  const page = await context.newPage();
  await page.goto(`${BASE}/bench/pages/seed.html?cards=${cards}`);
  await page.waitForFunction(() => document.title === 'seeded', null, { timeout: 600_000 });
  const ids = await page.evaluate(() => window.__seeded);
  await page.close();
  const s = { context, ...ids };
  seeded.set(cards, s);
  console.log(`  seeded ${n(cards)} cards in ${round((Date.now() - t0) / 1000, 1)} s`);
  return s;
}

/**
 * Opens Baton's map of `cards` cards from IndexedDB in a fresh page, at zoom 1 in the top left;
 * returns the page and the time from navigation to the first interactive frame.
 */
async function openBaton(cards) {
  const s = await seededContext(cards);
  const reset = await s.context.newPage();
  await reset.goto(`${BASE}/bench/pages/seed.html?view=${s.mapId}`);
  await reset.waitForFunction(() => document.title === 'seeded');
  await reset.close();
  const page = await s.context.newPage();
  await page.goto(`${BASE}/renderer/index.html#/p/${s.projectId}/m/${s.mapId}`);
  await page.waitForSelector(CARD, { timeout: 300_000 });
  const open = await interactive(page);
  return { page, close: () => page.close(), open, projectId: s.projectId, mapId: s.mapId };
}

/** Bare React Flow with the same cards, culled (`cull`) or with its defaults. */
async function openFloor(cards, cull) {
  const context = await newContext();
  await context.addInitScript(watchOpening, NODE);
  const page = await context.newPage();
  await page.goto(`${BASE}/bench/pages/baseline.html?cards=${cards}&cull=${cull ? 1 : 0}`);
  await page.waitForSelector(NODE, { timeout: 300_000 });
  const buildMs = await page.evaluate(() => window.__buildMs);
  const open = await interactive(page);
  // Rendering from memory: building the node objects is not part of it.
  open.ms -= buildMs;
  return { page, close: () => context.close(), open };
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
async function pan(page, back = false) {
  const { x, y } = await panePoint(page);
  const before = await viewportTransform(page);
  const sign = back ? -1 : 1;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) {
    await page.mouse.move(x - sign * i * 8, y - sign * i * 6);
    await page.waitForTimeout(16);
  }
  await page.mouse.up();
  if ((await viewportTransform(page)) === before) throw new Error('the pan did not move the map');
}

/** Drags a card (node) wholly on screen down and to the right; fails if it did not move. */
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
  await page.waitForTimeout(300);
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

/** Keystroke-to-next-frame latencies (ms) and keystroke-to-IndexedDB-commit latencies, at CPU slowdown `rate`. */
async function typing(page, rate, chars = 25, spacingMs = 120) {
  const cdp = await page.context().newCDPSession(page);
  const canvas = page.locator('[data-canvas-root]');
  await canvas.focus();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await page.waitForSelector('textarea.card-editor');
  await page.evaluate(() => {
    window.__paint = [];
    window.__commit = [];
    window.__pendingCommit = [];
    if (window.__typingWatched) return;
    window.__typingWatched = true;
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
  await cdp.send('Emulation.setCPUThrottlingRate', { rate });
  for (let i = 0; i < chars; i++) {
    await page.keyboard.press(String.fromCharCode(97 + (i % 26)));
    await page.waitForTimeout(spacingMs);
  }
  await page.waitForTimeout(600);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  await cdp.detach();
  await page.keyboard.press('Escape');
  return page.evaluate(() => ({ paint: window.__paint, commit: window.__commit }));
}

const figures = [];
/**
 * One figure. kind 'ratio': Baton ÷ baseline against `goal`; 'absolute': Baton against `goal`;
 * 'reference': a ratio printed for context (React Flow's defaults), with no goal.
 */
function record(id, label, baton, baseline, goal, unit, kind = 'ratio') {
  const ratio = kind === 'absolute' ? baton : baton / baseline;
  const pass = kind === 'reference' ? null : Number.isFinite(ratio) && ratio <= goal;
  figures.push({ id, label, baton: round(baton), baseline: round(baseline), ratio: round(ratio), goal, unit, kind, pass, at: new Date().toISOString() });
  const verdict = pass === null ? 'REF ' : pass ? 'PASS' : 'FAIL';
  const against = kind === 'absolute' ? `goal ≤ ${goal} ${unit}` : kind === 'ratio' ? `ratio ${round(ratio)} (goal ≤ ${goal})` : `ratio ${round(ratio)} (reference, no goal)`;
  console.log(`${verdict}  ${label}: Baton ${round(baton)} ${unit}${kind === 'absolute' ? '' : `, baseline ${round(baseline)} ${unit}`}, ${against}`);
}

/** Runs one part and says how long it took. */
const partTimes = {};
async function part(name, run) {
  const t0 = Date.now();
  console.log(`\n— ${name} —`);
  try {
    await run();
  } finally {
    partTimes[name] = round((Date.now() - t0) / 1000, 1);
    console.log(`  (${name}: ${partTimes[name]} s)`);
    // What is measured so far, so a run cut short can still be redrawn (--redraw).
    mkdirSync('bench/results', { recursive: true });
    writeFileSync('bench/results/latest.json', JSON.stringify(resultSoFar(), null, 2));
  }
}
/**
 * A run of some parts (BENCH_ONLY) updates their figures in the last results and keeps the
 * others, each figure with the time it was measured, so parts can be rerun one at a time.
 */
const previous = (() => {
  if (!only || redraw) return [];
  try {
    return JSON.parse(readFileSync('bench/results/latest.json', 'utf8')).figures ?? [];
  } catch {
    return [];
  }
})();
const resultSoFar = () => {
  const fresh = new Map(figures.map((f) => [f.id, f]));
  const kept = previous.map((f) => fresh.get(f.id) ?? f);
  const added = figures.filter((f) => !previous.some((g) => g.id === f.id));
  return { at: new Date().toISOString(), repeats: REPEATS, cpuSlowdown: CPU_SLOWDOWN, partSeconds: partTimes, figures: [...kept, ...added] };
};

// --- the canvas: pan, drag, open and heap, Baton against culled React Flow -------------------
// One loop of page loads serves all four: every open is timed, the heap is read once the page
// is interactive, then the same page pans and drags at 1x and at 4x CPU slowdown.
const FRAME_CARDS = [2000, 10000];
const RATES = [1, CPU_SLOWDOWN];
if (want('pan') || want('drag') || want('open') || want('heap')) {
  await part('canvas (pan, drag, open, heap)', async () => {
    const m = {};
    const put = (key, v) => (m[key] ??= []).push(v);
    /** Frames, heap and open of one page, under keys prefixed with `arm`. */
    const measure = async (arm, opened, selector, { frames = true, heap = false, cards }) => {
      if (want('open')) {
        put(`${arm}:open`, opened.open.ms);
        put(`${arm}:task`, opened.open.longestTask);
      }
      if (heap && want('heap')) put(`${arm}:heap`, await heapMB(opened.page));
      if (frames) {
        for (const rate of RATES) {
          if (want('pan')) {
            put(`${arm}:pan:${rate}`, await frameP95(opened.page, () => pan(opened.page, rate !== RATES[0]), rate));
          }
          if (want('drag')) put(`${arm}:drag:${rate}`, await frameP95(opened.page, () => drag(opened.page, selector), rate));
        }
      }
      await opened.close();
      console.log(`  ${arm} (${n(cards)}): ${Object.entries(m).filter(([k]) => k.startsWith(`${arm}:`)).map(([k, v]) => `${k.slice(arm.length + 1)} ${round(v[v.length - 1], 1)}`).join(', ')}`);
    };
    const framesWanted = want('pan') || want('drag');
    for (let i = 0; i < REPEATS; i++) {
      console.log(` repeat ${i + 1} of ${REPEATS}`);
      for (const cards of FRAME_CARDS) {
        if (!framesWanted && cards === 2000 && !want('open')) continue;
        const heap = cards === 10000;
        await measure(`baton${cards}`, await openBaton(cards), CARD, { frames: framesWanted, heap, cards });
        await measure(`floor${cards}`, await openFloor(cards, true), NODE, { frames: framesWanted, heap, cards });
        // React Flow's defaults, the old floor: a reference at 2,000 cards (and for the heap at 10,000).
        if (cards === 2000 && framesWanted) await measure('defaults2000', await openFloor(cards, false), NODE, { frames: true, cards });
        if (heap && want('heap')) await measure('defaults10000', await openFloor(cards, false), NODE, { frames: false, heap, cards });
      }
      // 20,000 cards: the drag (does it grow with the map?) and the open (does it grow linearly?).
      if (want('drag') || want('open')) {
        const big = await openBaton(20000);
        if (want('open')) {
          put('baton20000:open', big.open.ms);
          put('baton20000:task', big.open.longestTask);
        }
        if (want('drag')) put(`baton20000:drag:${CPU_SLOWDOWN}`, await frameP95(big.page, () => drag(big.page, CARD), CPU_SLOWDOWN));
        await big.close();
        console.log(`  baton20000: open ${round(big.open.ms)} ms, longest task ${round(big.open.longestTask)} ms${want('drag') ? `, drag ${round(m[`baton20000:drag:${CPU_SLOWDOWN}`].at(-1), 1)} ms` : ''}`);
      }
    }
    const med = (key) => median(m[key] ?? []);
    for (const what of ['pan', 'drag']) {
      if (!want(what)) continue;
      const verb = what === 'pan' ? 'Pan' : 'Drag a card';
      for (const cards of FRAME_CARDS) {
        for (const rate of RATES) {
          record(`${what}${cards}x${rate}`, `${verb}, ${n(cards)} cards, ${rate}x CPU: p95 frame vs culled React Flow`, med(`baton${cards}:${what}:${rate}`), med(`floor${cards}:${what}:${rate}`), 1.15, 'ms');
        }
      }
      record(`${what}defaults`, `Reference: ${verb.toLowerCase()}, 2,000 cards, ${CPU_SLOWDOWN}x CPU, vs React Flow's defaults (renders every node)`, med(`baton2000:${what}:${CPU_SLOWDOWN}`), med(`defaults2000:${what}:${CPU_SLOWDOWN}`), null, 'ms', 'reference');
    }
    if (want('drag')) {
      record('dragscale', `Drag a card, ${CPU_SLOWDOWN}x CPU: p95 frame at 20,000 cards vs 2,000`, med(`baton20000:drag:${CPU_SLOWDOWN}`), med(`baton2000:drag:${CPU_SLOWDOWN}`), 1.3, 'ms');
    }
    if (want('open')) {
      record('open', 'Open 10,000 cards from IndexedDB vs culled React Flow from memory: to the first interactive frame', med('baton10000:open'), med('floor10000:open'), 1.3, 'ms');
      record('open10k', 'Open 10,000 cards from IndexedDB: to the first interactive frame', med('baton10000:open') / 1000, NaN, 1.5, 's', 'absolute');
      record('openscale', 'Open 20,000 cards vs 2,000 (sublinear)', med('baton20000:open'), med('baton2000:open'), 1.5, 'ms');
      record('longtask', 'Longest main-thread task while opening 10,000 cards', med('baton10000:task'), NaN, 200, 'ms', 'absolute');
    }
    if (want('heap')) {
      record('heap', 'JavaScript heap, 10,000 cards, vs culled React Flow', med('baton10000:heap'), med('floor10000:heap'), 2, 'MB');
      record('heapdefaults', "Reference: JavaScript heap, 10,000 cards, vs React Flow's defaults", med('baton10000:heap'), med('defaults10000:heap'), null, 'MB', 'reference');
    }
  });
}

// --- the rAF measure cross-checked once with a browser trace ------------------------------
// requestAnimationFrame deltas are what every frame figure above uses; here the browser's own
// trace of the same pan says how far apart its main-thread frames began. The two should agree.
if (want('trace')) {
  await part('trace', async () => {
    const baton = await openBaton(2000);
    await browser.startTracing(baton.page, { categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline.frame'] });
    const rafP95 = await frameP95(baton.page, () => pan(baton.page), CPU_SLOWDOWN);
    const traceBuf = await browser.stopTracing();
    if (process.env.BENCH_KEEP_TRACE) writeFileSync(process.env.BENCH_KEEP_TRACE, traceBuf);
    const { traceEvents } = JSON.parse(traceBuf.toString());
    const begins = traceEvents
      .filter((e) => e.name === 'BeginMainThreadFrame')
      .map((e) => e.ts / 1000)
      .sort((a, b) => a - b);
    const intervals = begins.slice(1).map((t, i) => t - begins[i]);
    const dropped = traceEvents.filter((e) => e.name === 'DroppedFrame').length;
    await baton.close();
    if (intervals.length < 20) throw new Error('the trace holds too few frames to cross-check');
    record('trace', `Cross-check: pan at 2,000 cards, ${CPU_SLOWDOWN}x CPU, p95 frame interval, browser trace (${dropped} partial frames) vs rAF`, pct(intervals, 95), rafP95, 1.25, 'ms');
  });
}

// --- the home screen: what it loads and when it answers ----------------------------------------
if (want('home')) {
  await part('home', async () => {
    const HOME = 'form.create-project button[type=submit]';
    const home = [];
    const floor = [];
    const kb = [];
    for (let i = 0; i < REPEATS; i++) {
      const context = await newContext();
      await context.addInitScript(watchOpening, HOME);
      const page = await context.newPage();
      const scripts = new Map();
      page.on('response', async (res) => {
        if (res.request().resourceType() !== 'script') return;
        const body = await res.body().catch(() => null);
        if (body) scripts.set(res.url(), gzipSync(body, { level: 9 }).length);
      });
      await page.goto(`${BASE}/renderer/index.html`);
      await page.waitForSelector(HOME);
      home.push((await interactive(page)).ms);
      kb.push([...scripts.values()].reduce((s, b) => s + b, 0) / 1024);
      await context.close();
      const f = await openFloor(1, true);
      // From navigation, as the home screen's (no nodes to build worth subtracting).
      floor.push(f.open.ms);
      await f.close();
    }
    record('homejs', 'JavaScript before the home screen is interactive (gzip)', median(kb), NaN, 250, 'KB', 'absolute');
    record('home', 'Home screen interactive vs a bare React Flow page (1 node)', median(home), median(floor), 2, 'ms');
  });
}

// --- typing and durability ----------------------------------------------------------------
if (want('typing')) {
  await part('typing', async () => {
    const full = [];
    const empty = [];
    const commits = [];
    for (let i = 0; i < REPEATS; i++) {
      for (const [cards, out] of [
        [10000, full],
        [1, empty],
      ]) {
        const b = await openBaton(cards);
        out.push(median((await typing(b.page, CPU_SLOWDOWN)).paint));
        // Durability at full speed: the save delay a person relies on, not the slowed machine's.
        commits.push(...(await typing(b.page, 1)).commit);
        await b.close();
      }
      console.log(`  typing, repeat ${i + 1}: 10,000 cards ${round(full[i])} ms, 1 card ${round(empty[i])} ms`);
    }
    record('typing', `Typing in a card, ${CPU_SLOWDOWN}x CPU, 10,000 cards vs 1 card: keystroke to paint`, median(full), median(empty), 1.1, 'ms');
    record('durability', 'Durability: edit to IndexedDB commit, p95', pct(commits, 95), NaN, 250, 'ms', 'absolute');
  });
}

// --- the leadership report at scale -----------------------------------------------------------
if (want('report')) {
  await part('report', async () => {
    const preview = [];
    const previewTask = [];
    const pdfTimes = [];
    const peaks = [];
    for (let i = 0; i < REPEATS; i++) {
      // The preview of a 10,000-card project, from the open map to the report section's first
      // interactive frame (its code already fetched once, as after the first visit).
      const b = await openBaton(10000);
      for (const warm of [true, false]) {
        const from = await b.page.evaluate((hash) => {
          window.__firstFrame = undefined;
          const t = performance.now();
          location.hash = hash;
          const look = () => {
            if (document.querySelector('.report-preview [data-testid=report-document]')) window.__firstFrame = performance.now();
            else requestAnimationFrame(look);
          };
          requestAnimationFrame(look);
          return t;
        }, `#/p/${b.projectId}/report`);
        const r = await interactive(b.page, from);
        if (!warm) {
          preview.push(r.ms);
          previewTask.push(r.longestTask);
        }
        await b.page.evaluate((hash) => (location.hash = hash), `#/p/${b.projectId}/m/${b.mapId}`);
        await b.page.waitForSelector(CARD);
      }
      await b.close();

      // The PDF of a 20,000-card project, from "print" in the open project to the file's bytes.
      const big = await openBaton(20000);
      const cdp = await big.page.context().newCDPSession(big.page);
      await cdp.send('Performance.enable');
      let peak = 0;
      let sampling = true;
      const sample = (async () => {
        while (sampling) {
          const { metrics } = await cdp.send('Performance.getMetrics').catch(() => ({ metrics: [] }));
          peak = Math.max(peak, metrics.find((x) => x.name === 'JSHeapTotalSize')?.value ?? 0);
          await new Promise((r) => setTimeout(r, 100));
        }
      })();
      const t0 = Date.now();
      await big.page.evaluate((hash) => (location.hash = hash), `#/p/${big.projectId}/report/print`);
      await big.page.waitForSelector('body[data-report-ready="true"]', { timeout: 300_000 });
      const pdf = await big.page.pdf({ preferCSSPageSize: true, printBackground: true });
      pdfTimes.push((Date.now() - t0) / 1000);
      sampling = false;
      await sample;
      peaks.push(peak / 1024 / 1024);
      if (pdf.length < 1000) throw new Error('the PDF is empty');
      await big.close();
      console.log(`  report, repeat ${i + 1}: preview ${round(preview[i])} ms (longest task ${round(previewTask[i])} ms), PDF ${round(pdfTimes[i])} s, ${round(pdf.length / 1024 / 1024)} MB`);
    }
    record('preview', 'Report preview of 10,000 cards: to the first interactive frame', median(preview), NaN, 300, 'ms', 'absolute');
    record('pdf', 'Leadership PDF of 20,000 cards: print to file', median(pdfTimes), NaN, 4, 's', 'absolute');
    record('pdfmem', 'Leadership PDF of 20,000 cards: peak JS heap', median(peaks), NaN, 1024, 'MB', 'absolute');
  });
}

// --- the CRM import (issue 20): its own page, build and server, bench/crm/run.mjs -----------
if (want('crm')) {
  await part('crm', async () => {
    const { crmBench } = await import('./crm/run.mjs');
    await crmBench({ browser, port: PORT + 1, repeats: Math.max(REPEATS, 5), record, median });
  });
}

for (const s of seeded.values()) await s.context.close();
await browser?.close();
server?.kill();

// --- Node-side: live sessions and .baton files ---------------------------------------------
if (want('live') || want('files')) {
  await part('live, files', async () => {
    const r = spawnSync('npx', ['vitest', 'run', '--config', 'bench/vitest.bench.config.ts', ...(want('files') ? [] : ['bench/node/live']), ...(want('live') ? [] : ['bench/node/files'])], {
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
    if (live && want('live')) record('live', 'Live session, 20 clients: p95 edit to every client vs a plain y-websocket relay', live.baton, live.plain, 1.3, 'ms');
    const files = read('bench/results/files.tmp.json');
    if (files && want('files')) {
      record('export', '.baton export of 2,000 cards', files.exportMs, NaN, 1000, 'ms', 'absolute');
      record('import', '.baton import (validated) of 2,000 cards', files.importMs, NaN, 2000, 'ms', 'absolute');
    }
  });
}

// --- results --------------------------------------------------------------------------------
mkdirSync('bench/results', { recursive: true });
let result = resultSoFar();
if (redraw) result = JSON.parse(readFileSync('bench/results/latest.json', 'utf8'));
else writeFileSync('bench/results/latest.json', JSON.stringify(result, null, 2));
// The table and chart show every figure of the results, those kept from earlier runs too.
figures.splice(0, figures.length, ...result.figures);

const verdict = (f) => (f.kind === 'reference' ? 'reference' : f.pass ? 'pass' : 'FAIL');
const rows = figures
  .map((f) => `| ${f.label} | ${f.baton} ${f.unit} | ${f.baseline == null || Number.isNaN(f.baseline) ? '—' : `${f.baseline} ${f.unit}`} | ${f.kind === 'absolute' ? '—' : f.ratio} | ${f.goal == null ? '—' : `≤ ${f.goal}${f.kind === 'ratio' ? '×' : ` ${f.unit}`}`} | ${verdict(f)} |`)
  .join('\n');
const table = `| Figure | Baton | Baseline | Ratio | Goal | Result |\n| --- | --- | --- | --- | --- | --- |\n${rows}`;
writeFileSync('bench/results/latest.md', table + '\n');
console.log('\n' + table);
if (!redraw) console.log(`\nParts: ${Object.entries(partTimes).map(([k, s]) => `${k} ${s} s`).join(', ')}; total ${round((Date.now() - started) / 60000, 1)} min`);

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
    const v = f.kind === 'absolute' ? f.ratio / f.goal : f.ratio;
    const g = f.kind === 'absolute' ? 1 : f.goal;
    const y = 40 + i * (barH + 16);
    const lines = labelLines(f.label);
    const label = lines
      .map((l, k) => `<tspan x="10" y="${y + (lines.length === 1 ? 22 : 14 + k * 16)}">${esc(l)}</tspan>`)
      .join('');
    // A bar past 3x is cut at the edge, its figure written inside it.
    const clipped = Number.isFinite(v) && v > 3;
    const fill = f.kind === 'reference' ? '#868e96' : f.pass ? '#2b8a3e' : '#c92a2a';
    const goalLine =
      g == null
        ? ''
        : `<line x1="${LABEL_W + scale(g)}" x2="${LABEL_W + scale(g)}" y1="${y - 4}" y2="${y + barH + 4}" stroke="#111" stroke-width="2" stroke-dasharray="4 3"/>`;
    return `<text font-size="13">${label}</text>
<rect x="${LABEL_W}" y="${y}" width="${scale(Number.isFinite(v) ? v : 0)}" height="${barH}" fill="${fill}"/>
${goalLine}
<text x="${clipped ? W - 170 : LABEL_W + 4 + scale(Number.isFinite(v) ? v : 0)}" fill="${clipped ? '#fff' : '#111'}" y="${y + 22}" font-size="13">${Number.isFinite(v) ? round(v) : '—'}${f.kind === 'absolute' ? ' of goal' : '×'}</text>`;
  })
  .join('\n');
const html = `<!doctype html><meta charset="utf-8"><title>Baton benchmarks</title>
<body style="font-family: DejaVu Sans, sans-serif; margin: 20px">
<h1 style="font-size:20px">Baton benchmarks — ${result.at} (${result.repeats} repeat${result.repeats === 1 ? '' : 's'}, medians)</h1>
<p style="font-size:13px">Bars: Baton ÷ baseline (culled React Flow, or Baton itself at another size), or ÷ goal for absolute figures. Dashed line: the goal. Green passes, red fails, grey is a reference without a goal (React Flow's defaults, which render every node).</p>
<svg width="${W}" height="${H}" xmlns="http://www.w3.org/2000/svg">${bars}</svg>
</body>`;
writeFileSync('bench/results/chart.html', html);
const b2 = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const p = await b2.newPage({ viewport: { width: W + 40, height: H + 120 } });
await p.setContent(html);
await p.screenshot({ path: 'bench/results/chart.png', fullPage: true });
await b2.close();
console.log('\nWrote bench/results/latest.json, latest.md, chart.html and chart.png');
process.exit(figures.every((f) => f.pass !== false) ? 0 : 1);
