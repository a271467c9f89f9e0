#!/usr/bin/env node
/**
 * A probe for issue 21's "a drop writes one card and re-lays out only what moved", separate
 * from `npm run bench`: seeds a map of PROBE_CARDS cards, opens it, then drags a card on screen
 * 60 steps and drops it at PROBE_RATE x CPU slowdown with the CPU profiler on. Prints the main
 * thread's busy time from the pointer's release to the next quiet frame (the drop), the drag's
 * p95 frame, and the functions with the most self time during the drop (a figure that depends
 * less on the machine's load than wall-clock frames do: shares of one profile).
 *
 *   npx vite build -c bench/vite.bench.config.ts && npx vite build --outDir ../out/bench/renderer [--minify false]
 *   PROBE_PORT=5205 PROBE_CARDS=20000 PROBE_REPEATS=3 node bench/drop-probe.mjs
 *
 * PROBE_ROOTS=out/a,out/b alternates builds (each served on its own port) inside each repeat.
 */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { CHROMIUM_ARGS, findChromium } from '../scripts/browser.mjs';
import { median, pct } from './frames.mjs';

const PORT = Number(process.env.PROBE_PORT || 5205);
const CARDS = Number(process.env.PROBE_CARDS || 20000);
const REPEATS = Number(process.env.PROBE_REPEATS || 3);
const RATE = Number(process.env.PROBE_RATE || 4);
const ROOTS = (process.env.PROBE_ROOTS || 'out/bench').split(',');
const TOP = Number(process.env.PROBE_TOP || 25);
const SAVE = process.env.PROBE_SAVE;
const WARM = process.env.PROBE_WARM !== '0'; // a path prefix: the last profile of each root is written there

const servers = ROOTS.map((root, i) =>
  spawn('node', ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(PORT + i * 10), BATON_WEB_ROOT: root }, stdio: 'ignore' }),
);
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });

async function openMap(base) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const seedPage = await context.newPage();
  await seedPage.goto(`${base}/bench/pages/seed.html?cards=${CARDS}`);
  await seedPage.waitForFunction(() => document.title === 'seeded', null, { timeout: 600_000 });
  const { projectId, mapId } = await seedPage.evaluate(() => window.__seeded);
  await seedPage.close();
  const page = await context.newPage();
  await page.goto(`${base}/renderer/index.html#/p/${projectId}/m/${mapId}`);
  await page.waitForSelector('[data-testid=card]', { timeout: 300_000 });
  // Past the compaction that follows an open (3 s after it).
  await page.waitForTimeout(6000);
  return { context, page };
}

/** Drags a card on screen 60 steps, drops it; returns frame times and the drop's busy time. */
async function dragAndDrop(page, cdp) {
  const box = await page.evaluate(() => {
    const pane = document.querySelector('.react-flow__pane').getBoundingClientRect();
    let best = null;
    for (const el of document.querySelectorAll('[data-testid=card]')) {
      const r = el.getBoundingClientRect();
      const hit = document.elementFromPoint(r.left + 30, r.top + 20);
      const inside = r.left >= pane.left && r.top >= pane.top && r.right <= pane.right - 320 && r.bottom <= pane.bottom - 200;
      if (inside && hit && el.contains(hit) && (!best || r.left + r.top < best.x + best.y)) best = { x: r.left, y: r.top };
    }
    return best;
  });
  if (!box) throw new Error('no card on screen to drag');
  const x = box.x + 30;
  const y = box.y + 20;
  await page.evaluate(() => {
    window.__frames = [];
    window.__rec = true;
    let last = performance.now();
    const loop = () => {
      const t = performance.now();
      window.__frames.push({ at: t, d: t - last });
      last = t;
      if (window.__rec) requestAnimationFrame(loop);
    };
    requestAnimationFrame(loop);
    window.__tasks = [];
    if (!window.__watching) {
      window.__watching = true;
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) window.__tasks.push({ start: e.startTime, end: e.startTime + e.duration });
      }).observe({ type: 'longtask' });
    }
  });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: RATE });
  await cdp.send('Profiler.start');
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 60; i++) {
    await page.mouse.move(x + i * 5, y + i * 3);
    await page.waitForTimeout(16);
  }
  const upAt = await page.evaluate(() => performance.now());
  await page.mouse.up();
  await page.waitForTimeout(1200);
  const stopAt = await page.evaluate(() => performance.now());
  const { profile } = await cdp.send('Profiler.stop');
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 1 });
  const { frames, tasks } = await page.evaluate(() => {
    window.__rec = false;
    return { frames: window.__frames, tasks: window.__tasks };
  });
  const deltas = frames.slice(2).map((f) => f.d);
  const during = frames.filter((f) => f.at < upAt).slice(2).map((f) => f.d);
  // The drop: from the release to the end of the first frame after it that came within 50 ms.
  const after = frames.filter((f) => f.at > upAt);
  const settled = after.find((f, i) => i > 0 && f.d < 50) ?? after.at(-1);
  const dropTasks = tasks.filter((t) => t.end > upAt).map((t) => Math.round(t.end - Math.max(t.start, upAt)));
    // The profile's clock (µs) is not the page's; its end is (about) when `stopAt` was read.
  const fromUs = profile.endTime - (stopAt - upAt) * 1000;
  return { p95: pct(deltas, 95), p95Drag: pct(during, 95), drop: settled ? settled.at - upAt : NaN, dropTasks, profile, fromUs };
}

/** Self time (ms) per function in the profile's samples after `fromUs` (profile clock). */
function selfTimes(profile, fromUs, toUs = Infinity) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const out = new Map();
  let t = profile.startTime;
  let total = 0;
  for (let i = 0; i < profile.samples.length; i++) {
    t += profile.timeDeltas[i];
    if (t < fromUs || t > toUs) continue;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(profile.samples[i]);
    const f = node.callFrame;
    if (f.functionName === '(idle)' || f.functionName === '(program)') continue;
    const file = f.url.split('/').pop();
    const key = `${f.functionName || '(anonymous)'} ${file}:${f.lineNumber + 1}`;
    out.set(key, (out.get(key) ?? 0) + dt);
    total += dt;
  }
  return { total, top: [...out.entries()].sort((a, b) => b[1] - a[1]) };
}

const results = ROOTS.map(() => ({ p95: [], p95Drag: [], drop: [], busy: [], tops: [] }));
for (let r = 0; r < REPEATS; r++) {
  for (let i = 0; i < ROOTS.length; i++) {
    const base = `http://127.0.0.1:${PORT + i * 10}`;
    const { context, page } = await openMap(base);
    const cdp = await context.newCDPSession(page);
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
    // A first drag not measured: the first local edit of a project may take its automatic
    // version (storage/snapshots.ts, every 30 minutes), one encode of the whole document.
    if (WARM) await dragAndDrop(page, cdp);
    const d = await dragAndDrop(page, cdp);
    const st = selfTimes(d.profile, d.fromUs);
    const res = results[i];
    res.p95.push(d.p95);
    res.p95Drag.push(d.p95Drag);
    res.drop.push(d.drop);
    res.busy.push(st.total);
    res.tops.push(st.top);
    if (SAVE) writeFileSync(`${SAVE}-${i}.cpuprofile`, JSON.stringify(d.profile));
    console.log(
      `repeat ${r + 1}, ${ROOTS[i]}: drag+drop p95 ${d.p95.toFixed(1)} ms, drag only p95 ${d.p95Drag.toFixed(1)} ms, drop to quiet frame ${Math.round(d.drop)} ms, JS after release ${Math.round(st.total)} ms, long tasks ${JSON.stringify(d.dropTasks)}`,
    );
    await context.close();
  }
}
for (let i = 0; i < ROOTS.length; i++) {
  const res = results[i];
  console.log(
    `\n${ROOTS[i]} (${CARDS} cards, ${RATE}x, medians of ${REPEATS}): drag+drop p95 ${median(res.p95).toFixed(1)} ms, drag only ${median(res.p95Drag).toFixed(1)} ms, drop ${Math.round(median(res.drop))} ms, JS after release ${Math.round(median(res.busy))} ms`,
  );
  const last = res.tops.at(-1);
  for (const [k, v] of last.slice(0, TOP)) console.log(`  ${v.toFixed(1).padStart(7)} ms  ${k}`);
}
await browser.close();
for (const s of servers) s.kill();
