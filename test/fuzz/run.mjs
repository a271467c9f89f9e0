#!/usr/bin/env node
// `npm run fuzz`: bundles the fuzzer's command line (TypeScript) with Vite's bundler and runs it.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'rolldown';

const cache = join(process.cwd(), 'node_modules/.cache');
mkdirSync(cache, { recursive: true });
const dir = mkdtempSync(join(cache, 'baton-fuzz-cli-'));
const file = join(dir, 'cli.mjs');
process.on('exit', () => rmSync(dir, { recursive: true, force: true }));
await build({
  // --live: the live-session fuzz (test/fuzz/live-cli.ts) instead of the .baton files; its
  // packages (ws, @y/websocket-server) load from node_modules, not from the bundle.
  input: process.argv.includes('--live') ? 'test/fuzz/live-cli.ts' : 'test/fuzz/cli.ts',
  platform: 'node',
  logLevel: 'silent',
  external: process.argv.includes('--live') ? [/^[^./]/] : ['rolldown'],
  output: { file, format: 'esm', codeSplitting: false },
  write: true,
});
await import(pathToFileURL(file).href);
