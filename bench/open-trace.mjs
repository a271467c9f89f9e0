#!/usr/bin/env node
/**
 * What the long tasks of an open are made of (issue 21: no task over 200 ms while opening
 * 10,000 cards), separate from `npm run bench`: seeds a project in IndexedDB, opens its map in
 * a fresh page under a browser trace (timeline and CPU samples), and prints every main-thread
 * task over 50 ms with its largest trace events and the functions with the most self time in
 * it. `TRACE_OPENS` opens in a row (the first after seeding, then the next ones, after the
 * open's compaction has had time to run when TRACE_WAIT ms allow it).
 *
 *   npx vite build -c bench/vite.bench.config.ts && npx vite build --outDir ../out/bench/renderer
 *   TRACE_PORT=5206 TRACE_CARDS=10000 node bench/open-trace.mjs
 *
 * Also `TRACE_ROOT` (default out/bench): another build to trace, for before/after.
 */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { CHROMIUM_ARGS, findChromium } from '../scripts/browser.mjs';

const PORT = Number(process.env.TRACE_PORT || 5206);
const BASE = `http://127.0.0.1:${PORT}`;
const CARDS = Number(process.env.TRACE_CARDS || 10000);
const OPENS = Number(process.env.TRACE_OPENS || 2);
const WAIT = Number(process.env.TRACE_WAIT || 5000);
const MIN_TASK = Number(process.env.TRACE_MIN_TASK || 50);

const server = spawn('node', ['scripts/serve.mjs'], {
  env: { ...process.env, PORT: String(PORT), BATON_WEB_ROOT: process.env.TRACE_ROOT || 'out/bench' },
  stdio: 'ignore',
});
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });

const seedPage = await context.newPage();
await seedPage.goto(`${BASE}/bench/pages/seed.html?cards=${CARDS}`);
await seedPage.waitForFunction(() => document.title === 'seeded', null, { timeout: 600_000 });
const { projectId, mapId } = await seedPage.evaluate(() => window.__seeded);
await seedPage.close();

const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'blink.user_timing',
  'disabled-by-default-v8.cpu_profiler',
].join(',');

const shortUrl = (u) => (u ? u.replace(/^.*\/assets\//, '').replace(/^.*\/node_modules\//, 'nm/') : '');

function analyse(trace) {
  const events = trace.traceEvents;
  const names = new Map();
  for (const e of events) if (e.ph === 'M' && e.name === 'thread_name') names.set(`${e.pid}:${e.tid}`, e.args.name);
  // The page's main thread: the CrRendererMain that ran the app's scripts.
  const busy = new Map();
  for (const e of events) {
    const url = e.args?.data?.url ?? '';
    if (names.get(`${e.pid}:${e.tid}`) === 'CrRendererMain' && url.includes('/renderer/')) {
      const k = `${e.pid}:${e.tid}`;
      busy.set(k, (busy.get(k) ?? 0) + 1);
    }
  }
  const main = [...busy].sort((a, b) => b[1] - a[1])[0]?.[0];
  const onMain = events.filter((e) => `${e.pid}:${e.tid}` === main);
  const tasks = onMain.filter((e) => e.ph === 'X' && e.name === 'RunTask' && e.dur >= MIN_TASK * 1000).sort((a, b) => a.ts - b.ts);
  const t0 = Math.min(...onMain.filter((e) => e.ts > 0).map((e) => e.ts));
  // CPU samples (ProfileChunk events of the page's main thread).
  const nodes = new Map();
  const samples = [];
  let time = null;
  const profile = events.find((e) => e.name === 'Profile' && `${e.pid}:${e.tid}` === main);
  for (const e of events.filter((e) => e.name === 'Profile' || e.name === 'ProfileChunk').sort((a, b) => a.ts - b.ts)) {
    if (!profile || e.pid !== profile.pid || e.id !== profile.id) continue;
    if (e.name === 'Profile') {
      time = e.args.data.startTime;
      continue;
    }
    const p = e.args.data.cpuProfile ?? {};
    for (const n of p.nodes ?? []) nodes.set(n.id, n);
    const deltas = e.args.data.timeDeltas ?? [];
    (p.samples ?? []).forEach((id, i) => {
      time += deltas[i] ?? 0;
      samples.push({ id, ts: time });
    });
  }
  const out = [];
  for (const task of tasks) {
    const inside = onMain.filter((e) => e.ph === 'X' && e !== task && e.ts >= task.ts && e.ts + (e.dur ?? 0) <= task.ts + task.dur && e.dur >= 5000);
    const big = inside
      .filter((e) => !['RunTask', 'ThreadControllerImpl::RunTask'].includes(e.name))
      .sort((a, b) => b.dur - a.dur)
      .slice(0, 8)
      .map((e) => {
        const d = e.args?.data ?? e.args?.beginData ?? {};
        const what = d.url ? shortUrl(d.url) : d.functionName || d.type || d.name || '';
        return `${e.name}${what ? `(${what})` : ''} ${Math.round(e.dur / 1000)}`;
      });
    const self = new Map();
    for (const s of samples) {
      if (s.ts < task.ts || s.ts > task.ts + task.dur) continue;
      const n = nodes.get(s.id);
      if (!n) continue;
      const f = n.callFrame;
      const key = `${f.functionName || '(anon)'} ${shortUrl(f.url)}:${f.lineNumber}`;
      self.set(key, (self.get(key) ?? 0) + 1);
    }
    const count = [...self.values()].reduce((a, b) => a + b, 0) || 1;
    const top = [...self]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 10)
      .map(([k, v]) => `${Math.round((v / count) * 100)}% ${k}`);
    out.push({ at: Math.round((task.ts - t0) / 1000), ms: Math.round(task.dur / 1000), big, top });
  }
  return out;
}

for (let i = 0; i < OPENS; i++) {
  const reset = await context.newPage();
  await reset.goto(`${BASE}/bench/pages/seed.html?view=${mapId}`);
  await reset.waitForFunction(() => document.title === 'seeded');
  await reset.close();
  const page = await context.newPage();
  await browser.startTracing(page, { categories: CATEGORIES.split(',') });
  await page.goto(`${BASE}/renderer/index.html#/p/${projectId}/m/${mapId}`);
  await page.waitForSelector('[data-testid=card]', { timeout: 300_000 });
  await page.waitForTimeout(WAIT);
  const buf = await browser.stopTracing();
  const tasks = analyse(JSON.parse(buf.toString()));
  console.log(`\nopen ${i + 1} of ${CARDS} cards: ${tasks.length} tasks over ${MIN_TASK} ms, longest ${Math.max(0, ...tasks.map((t) => t.ms))} ms`);
  for (const t of tasks) {
    console.log(`- at ${t.at} ms: ${t.ms} ms`);
    console.log(`    events: ${t.big.join(', ')}`);
    for (const l of t.top) console.log(`    ${l}`);
  }
  await page.close();
}
await browser.close();
server.kill();
