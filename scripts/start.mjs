#!/usr/bin/env node
// `npm start` (and `npm run web`, which is `npm start -- --web`): runs Baton on a fresh clone.
//   1. a supported Node and the dependencies (scripts/bootstrap.mjs: fetches Node 22 and runs
//      `npm ci` when needed);
//   2. the desktop app where Electron's runtime is there or can be fetched, and a window can
//      open; otherwise the web app: built with Vite, served on 127.0.0.1 by scripts/serve.mjs and
//      opened in the system's browser, saying why in one sentence.
// Extra arguments go to the desktop app: `npm start -- path/to/project.baton`;
// `npm start -- --host [flags]` runs `npm run host` (scripts/host.mjs) instead.
// Only Node's built-ins are imported statically: this file runs before `npm ci`.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { get } from 'node:http';
import { createServer } from 'node:net';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ROOT, ensureDependencies, ensureSupportedNode } from './bootstrap.mjs';
import { findChromium } from './browser.mjs';
import { findElectronBinary } from './electron-binary.mjs';
import { browserOpener, noWindowReason, webSentence } from './launch.mjs';

ensureSupportedNode();
ensureDependencies();

const args = process.argv.slice(2);
const wantWeb = args.includes('--web') || process.env.BATON_WEB === '1';
const appArgs = args.filter((a) => a !== '--web');
const require = createRequire(import.meta.url);

/** A failed download is remembered for a day, so a closed network doesn't slow every start. */
const FAILED_MARK = join(ROOT, 'node_modules', '.cache', 'baton', 'electron-download-failed');

/** Electron 45 fetches its runtime on first use, not in `npm ci`: fetch it here, once. */
function fetchElectron() {
  if (process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) return false;
  if (existsSync(FAILED_MARK) && Date.now() - statSync(FAILED_MARK).mtimeMs < 24 * 3600 * 1000)
    return false;
  let install;
  try {
    install = join(dirname(require.resolve('electron/package.json')), 'install.js');
  } catch {
    return false;
  }
  console.log("Fetching Electron's runtime for the desktop app (once, about 100 MB)…");
  const r = spawnSync(process.execPath, [install], {
    cwd: ROOT,
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
    timeout: 10 * 60 * 1000,
  });
  if (r.status === 0) return true;
  const why =
    (r.stderr || '').split('\n').find((l) => l.trim()) ||
    (r.error ? String(r.error) : 'no reason given');
  console.log(`Electron's runtime could not be fetched (${why.trim().slice(0, 160)}).`);
  mkdirSync(dirname(FAILED_MARK), { recursive: true });
  writeFileSync(FAILED_MARK, `${new Date().toISOString()}\n`);
  return false;
}

/** The desktop app's Electron, or the reason it can't run here. */
function desktopRuntime() {
  if (wantWeb) return { reason: null };
  const noWindow = noWindowReason();
  if (noWindow) return { reason: noWindow };
  let electron = findElectronBinary();
  if (!electron && fetchElectron()) electron = findElectronBinary();
  if (!electron)
    return {
      reason:
        "Electron's runtime (the desktop app's) isn't installed and could not be fetched here",
    };
  const probe = spawnSync(electron, ['--version'], {
    env: { ...process.env, ELECTRON_RUN_AS_NODE: '1' },
    stdio: 'ignore',
    timeout: 30_000,
  });
  if (probe.status !== 0)
    return { reason: "Electron's runtime is installed but can't run on this machine" };
  return { electron };
}

function runDesktop(electron) {
  const electronVite = join(
    dirname(require.resolve('electron-vite/package.json')),
    'bin',
    'electron-vite.js',
  );
  const build = spawnSync(process.execPath, [electronVite, 'build'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);
  const app = spawn(electron, [ROOT, ...appArgs], { cwd: ROOT, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => app.kill(signal));
  app.on('close', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

/** `preferred` when it is free on 127.0.0.1, otherwise any free port. */
function freePort(preferred) {
  return new Promise((resolve) => {
    const tryPort = (port) => {
      const s = createServer();
      s.once('error', () => (port === 0 ? resolve(preferred) : tryPort(0)));
      s.listen(port, '127.0.0.1', () => {
        const p = s.address().port;
        s.close(() => resolve(p));
      });
    };
    tryPort(preferred);
  });
}

function waitForServer(url, ms) {
  const deadline = Date.now() + ms;
  return new Promise((resolve) => {
    const poll = () => {
      const req = get(url, (res) => {
        res.resume();
        resolve(true);
      });
      req.on('error', () => (Date.now() > deadline ? resolve(false) : setTimeout(poll, 200)));
    };
    poll();
  });
}

function hasCommand(name) {
  return spawnSync('sh', ['-c', `command -v ${name}`], { stdio: 'ignore' }).status === 0;
}

async function runWeb(reason) {
  console.log('Building the web app…');
  const vite = join(dirname(require.resolve('vite/package.json')), 'bin', 'vite.js');
  const build = spawnSync(process.execPath, [vite, 'build', '--logLevel', 'warn'], {
    cwd: ROOT,
    stdio: 'inherit',
  });
  if (build.status !== 0) process.exit(build.status ?? 1);

  const port = await freePort(Number(process.env.PORT || 5173));
  const host = process.env.HOST || '127.0.0.1';
  const url = `http://${host}:${port}/`;
  const server = spawn(process.execPath, [join(ROOT, 'scripts', 'serve.mjs')], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  // serve.mjs's own "running at" line would repeat what the sentence below says.
  server.stdout.setEncoding('utf8');
  server.stdout.on('data', (chunk) => {
    const rest = chunk
      .split('\n')
      .filter((l) => l && !/running at/i.test(l))
      .join('\n');
    if (rest) console.log(rest);
  });
  for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal));
  server.on('close', (code) => process.exit(code ?? 0));
  if (!(await waitForServer(url, 30_000))) {
    console.error(`The web app's server did not answer at ${url}.`);
    server.kill();
    process.exit(1);
  }

  const opener = process.env.BATON_NO_OPEN
    ? null
    : browserOpener({
        url,
        chromium: findChromium() ?? null,
        exists: existsSync,
        isRoot: process.getuid?.() === 0,
        hasCommand,
      });
  console.log(webSentence({ reason, url, opener }));
  if (opener) {
    const child = spawn(opener.cmd, opener.args, { detached: true, stdio: 'ignore' });
    child.on('error', () => console.log(`(${opener.name} did not open: go to ${url} yourself.)`));
    child.unref();
  }
}

// `npm start -- --host`: host a live session from this terminal instead (`npm run host`).
const runtime = args.includes('--host') ? null : desktopRuntime();
if (!runtime) await import('./host.mjs');
else if (runtime.electron) runDesktop(runtime.electron);
else await runWeb(runtime.reason);
