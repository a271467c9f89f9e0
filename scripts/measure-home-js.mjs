#!/usr/bin/env node
/**
 * What JavaScript the home screen loads, from the build's manifest (out/renderer/.vite/manifest.json,
 * written by `npx vite build`): the entry and every chunk it imports statically, each gzipped
 * (node zlib, level 9), and the chunks fetched on demand (a screen, a part, pptxgenjs) apart.
 * Prints a table; exits 1 when the home screen's sum is over the limit (default 250 KB gzip).
 *   node scripts/measure-home-js.mjs [outDir] [--limit-kb=250]
 * test/e2e/bundle.spec.ts checks the same limit from what the browser actually fetches.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const args = process.argv.slice(2);
const outDir = args.find((a) => !a.startsWith('--')) ?? 'out/renderer';
const limitKb = Number(args.find((a) => a.startsWith('--limit-kb='))?.split('=')[1] ?? 250);
const manifest = JSON.parse(readFileSync(join(outDir, '.vite/manifest.json'), 'utf8'));

const gz = (file) => gzipSync(readFileSync(join(outDir, file)), { level: 9 }).length;
const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);
if (!entryKey) throw new Error(`No entry in ${outDir}/.vite/manifest.json`);

// The entry and its static imports, transitively: all of it runs before the home screen renders.
const home = new Set();
const visit = (key) => {
  if (home.has(key)) return;
  home.add(key);
  for (const k of manifest[key].imports ?? []) visit(k);
};
visit(entryKey);

const rows = Object.entries(manifest)
  .filter(([, c]) => c.file.endsWith('.js'))
  .map(([key, c]) => ({ chunk: c.name ?? c.file, file: c.file, kb: gz(c.file) / 1024, home: home.has(key) }))
  .sort((a, b) => Number(b.home) - Number(a.home) || b.kb - a.kb);
const homeKb = rows.filter((r) => r.home).reduce((s, r) => s + r.kb, 0);
const lazyKb = rows.filter((r) => !r.home).reduce((s, r) => s + r.kb, 0);

console.log('| Chunk | Loaded | gzip KB |\n|---|---|---:|');
for (const r of rows) console.log(`| ${r.file} | ${r.home ? 'home screen' : 'on demand'} | ${r.kb.toFixed(1)} |`);
console.log(`\nHome screen: ${homeKb.toFixed(1)} KB gzip of JavaScript in ${rows.filter((r) => r.home).length} chunks (limit ${limitKb} KB); on demand: ${lazyKb.toFixed(1)} KB in ${rows.filter((r) => !r.home).length} chunks.`);
if (homeKb > limitKb) {
  console.error(`Over the limit: the home screen loads ${homeKb.toFixed(1)} KB gzip, at most ${limitKb} KB.`);
  process.exit(1);
}
