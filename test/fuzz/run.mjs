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
  input: 'test/fuzz/cli.ts',
  platform: 'node',
  logLevel: 'silent',
  external: ['rolldown'],
  output: { file, format: 'esm', codeSplitting: false },
  write: true,
});
await import(pathToFileURL(file).href);
