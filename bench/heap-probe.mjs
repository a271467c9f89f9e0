#!/usr/bin/env node
/**
 * What Baton's JS heap holds with a 10,000-card map open (issue 21: at most 2x culled React
 * Flow's), separate from `npm run bench`: seeds a project, opens its map as the bench does,
 * collects garbage, reads the heap size the bench reads (Runtime.getHeapUsage) and takes a heap
 * snapshot, then prints the constructors with the most self size (objects, bytes). Counts and
 * bytes do not depend on the machine's load, so two builds compare in any run.
 *
 *   npx vite build -c bench/vite.bench.config.ts && npx vite build --outDir ../out/bench/renderer
 *   HEAP_PORT=5206 HEAP_CARDS=10000 node bench/heap-probe.mjs
 *
 * Also `HEAP_ROOT` (default out/bench), `HEAP_TOP` (rows printed), `HEAP_SAVE` (a path for the
 * .heapsnapshot, to open in DevTools).
 */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { CHROMIUM_ARGS, findChromium } from '../scripts/browser.mjs';

const PORT = Number(process.env.HEAP_PORT || 5206);
const BASE = `http://127.0.0.1:${PORT}`;
const CARDS = Number(process.env.HEAP_CARDS || 10000);
const TOP = Number(process.env.HEAP_TOP || 40);

const server = spawn('node', ['scripts/serve.mjs'], {
  env: { ...process.env, PORT: String(PORT), BATON_WEB_ROOT: process.env.HEAP_ROOT || 'out/bench' },
  stdio: 'ignore',
});
await new Promise((r) => setTimeout(r, 800));
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
const seedPage = await context.newPage();
await seedPage.goto(`${BASE}/bench/pages/seed.html?cards=${CARDS}`);
await seedPage.waitForFunction(() => document.title === 'seeded', null, { timeout: 600_000 });
const { projectId, mapId } = await seedPage.evaluate(() => window.__seeded);
await seedPage.goto(`${BASE}/bench/pages/seed.html?view=${mapId}`);
await seedPage.waitForFunction(() => document.title === 'seeded');
await seedPage.close();

const page = await context.newPage();
await page.goto(`${BASE}/renderer/index.html#/p/${projectId}/m/${mapId}`);
await page.waitForSelector('[data-testid=card]', { timeout: 300_000 });
await page.waitForTimeout(6000); // past the open's compaction (3 s after it)
const cdp = await context.newCDPSession(page);
await cdp.send('HeapProfiler.collectGarbage');
await page.waitForTimeout(200);
await cdp.send('HeapProfiler.collectGarbage');
const { usedSize } = await cdp.send('Runtime.getHeapUsage');
const chunks = [];
cdp.on('HeapProfiler.addHeapSnapshotChunk', (e) => chunks.push(e.chunk));
await cdp.send('HeapProfiler.takeHeapSnapshot', { reportProgress: false });
const text = chunks.join('');
if (process.env.HEAP_SAVE) writeFileSync(process.env.HEAP_SAVE, text);
const snap = JSON.parse(text);
const meta = snap.snapshot.meta;
const F = meta.node_fields.length;
const iType = meta.node_fields.indexOf('type');
const iName = meta.node_fields.indexOf('name');
const iSize = meta.node_fields.indexOf('self_size');
const types = meta.node_types[0];
const by = new Map();
let total = 0;
for (let i = 0; i < snap.nodes.length; i += F) {
  const type = types[snap.nodes[i + iType]];
  const name = type === 'object' || type === 'closure' || type === 'native' ? snap.strings[snap.nodes[i + iName]] : `(${type})`;
  const size = snap.nodes[i + iSize];
  total += size;
  const k = `${name}`.slice(0, 60);
  const r = by.get(k) ?? { n: 0, bytes: 0 };
  r.n++;
  r.bytes += size;
  by.set(k, r);
}
console.log(`${CARDS} cards: heap used ${(usedSize / 1024 / 1024).toFixed(2)} MB (Runtime.getHeapUsage), snapshot self sizes ${(total / 1024 / 1024).toFixed(2)} MB`);
for (const [k, r] of [...by].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, TOP)) {
  console.log(`${(r.bytes / 1024 / 1024).toFixed(2).padStart(7)} MB ${String(r.n).padStart(8)}  ${k}`);
}
await browser.close();
server.kill();
