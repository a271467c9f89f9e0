#!/usr/bin/env node
// `npm run host` (also `npm start -- --host`): hosts a live session from this terminal, for a
// facilitator who runs Baton in a browser. The host itself is live/terminal/host.ts (the desktop
// app's live/server/host.ts behind a page on 127.0.0.1); this file gets a supported Node and the
// dependencies (scripts/bootstrap.mjs), builds the web app when out/renderer is missing or older
// than its sources, builds live/terminal/cli.ts for Node when it changed, and runs it.
// Flags: --address <IP>, --port <n>, --app-port <n> (see live/terminal/cli.ts).
// Only Node's built-ins are imported statically: this file runs before `npm ci`.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ROOT, ensureDependencies, ensureSupportedNode } from './bootstrap.mjs';

ensureSupportedNode();
ensureDependencies();

const require = createRequire(import.meta.url);
const WEB_ROOT = join(ROOT, 'out', 'renderer');
const CLI_OUT = join(ROOT, 'out', 'host');

/** The newest modification time under `paths` (files or folders), 0 when none exist. */
export function newestMtime(paths) {
  let newest = 0;
  const walk = (p) => {
    let info;
    try {
      info = statSync(p);
    } catch {
      return;
    }
    if (info.isDirectory()) {
      for (const name of readdirSync(p)) if (name !== 'node_modules') walk(join(p, name));
    } else newest = Math.max(newest, info.mtimeMs);
  };
  for (const p of paths) walk(p);
  return newest;
}

const stale = (output, sources) => !existsSync(output) || statSync(output).mtimeMs < newestMtime(sources.map((s) => join(ROOT, s)));
const vite = join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');

if (stale(join(WEB_ROOT, 'index.html'), ['renderer', 'web', 'vite.config.ts', 'package.json'])) {
  console.log('Building the web app…');
  const r = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], { cwd: ROOT, stdio: 'inherit' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const cli = join(CLI_OUT, 'cli.mjs');
if (stale(cli, ['live', 'renderer/src', 'web', 'package.json'])) {
  // Node runs the TypeScript of live/ once Vite has bundled it (the dependencies stay external).
  const { build } = await import(pathToFileURL(require.resolve('vite')).href);
  await build({
    configFile: false,
    root: ROOT,
    logLevel: 'warn',
    build: {
      ssr: 'live/terminal/cli.ts',
      outDir: CLI_OUT,
      emptyOutDir: true,
      target: 'node20',
      rollupOptions: { output: { entryFileNames: 'cli.mjs' } },
    },
  });
}

const { main } = await import(pathToFileURL(cli).href);
await main(
  process.argv.slice(2).filter((a) => a !== '--host'),
  WEB_ROOT,
);
