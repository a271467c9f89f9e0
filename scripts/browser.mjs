// Finds a Chromium for the end-to-end tests: CHROMIUM_PATH, then the system's, then
// Playwright's own download; `npm test` installs one where it can (findOrInstallChromium) and
// otherwise prints how to get one. Node built-ins only: this runs before `npm ci`.
import { existsSync, readdirSync } from 'node:fs';
import { execFileSync, spawnSync } from 'node:child_process';
import { homedir } from 'node:os';
import { join } from 'node:path';

/** Chromium that `npx playwright install chromium` downloaded earlier, if any. */
function playwrightChromium() {
  const base =
    process.env.PLAYWRIGHT_BROWSERS_PATH ||
    (process.platform === 'darwin'
      ? join(homedir(), 'Library', 'Caches', 'ms-playwright')
      : process.platform === 'win32'
        ? join(process.env.LOCALAPPDATA || homedir(), 'ms-playwright')
        : join(homedir(), '.cache', 'ms-playwright'));
  let dirs;
  try {
    dirs = readdirSync(base)
      .filter((d) => /^chromium-\d+$/.test(d))
      .sort()
      .reverse();
  } catch {
    return undefined;
  }
  const inside = [
    'chrome-linux64/chrome',
    'chrome-linux/chrome',
    'chrome-mac-arm64/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
    'chrome-mac/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing',
    'chrome-mac/Chromium.app/Contents/MacOS/Chromium',
    'chrome-win64/chrome.exe',
    'chrome-win/chrome.exe',
  ];
  for (const d of dirs)
    for (const rel of inside) if (existsSync(join(base, d, rel))) return join(base, d, rel);
  return undefined;
}

export function findChromium() {
  const candidates = [
    process.env.CHROMIUM_PATH,
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/usr/bin/google-chrome',
    '/usr/bin/google-chrome-stable',
    '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome',
    '/Applications/Chromium.app/Contents/MacOS/Chromium',
  ].filter(Boolean);
  for (const c of candidates) if (existsSync(c)) return c;
  for (const name of ['chromium', 'chromium-browser', 'google-chrome']) {
    try {
      const p = execFileSync('which', [name], {
        encoding: 'utf8',
        stdio: ['ignore', 'pipe', 'ignore'],
      }).trim();
      if (p) return p;
    } catch {
      /* not on PATH */
    }
  }
  return playwrightChromium();
}

/**
 * findChromium(), and when there is none, installs one where that needs nobody's help: as root
 * (or with password-less sudo) on Debian/Ubuntu, `apt-get install chromium` (what .ci/run does);
 * elsewhere, Playwright's own build (`npx playwright install chromium`, a download). Returns the
 * path, or undefined (then print HOW_TO_GET_CHROMIUM).
 */
export function findOrInstallChromium() {
  const found = findChromium();
  if (found || process.env.BATON_NO_INSTALL) return found;
  const quiet = { stdio: ['ignore', 'ignore', 'ignore'] };
  if (
    process.platform === 'linux' &&
    spawnSync('sh', ['-c', 'command -v apt-get'], quiet).status === 0
  ) {
    const asRoot = process.getuid?.() === 0;
    const sudo = asRoot
      ? []
      : spawnSync('sudo', ['-n', 'true'], quiet).status === 0
        ? ['sudo']
        : null;
    if (sudo) {
      console.log(
        "No Chromium found for the end-to-end tests: installing Debian's (apt-get install chromium)…",
      );
      const apt = (args) =>
        spawnSync(sudo[0] || 'apt-get', sudo[0] ? ['apt-get', ...args] : args, {
          stdio: 'inherit',
          env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
        }).status === 0;
      if (
        apt(['update', '-qq']) &&
        apt(['install', '-y', '-qq', '--no-install-recommends', 'chromium'])
      ) {
        const got = findChromium();
        if (got) return got;
      }
    }
  }
  console.log(
    "No Chromium found for the end-to-end tests: downloading Playwright's own (npx playwright install chromium)…",
  );
  const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';
  spawnSync(npx, ['playwright', 'install', 'chromium'], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  return findChromium();
}

export const HOW_TO_GET_CHROMIUM = `No Chromium browser was found for the end-to-end tests.
Get one of these, then run npm test again:
  - Debian/Ubuntu:  sudo apt-get install chromium
  - macOS:          install Google Chrome, or set CHROMIUM_PATH to a Chromium binary
  - Any system:     npx playwright install chromium   (downloads Playwright's own build)
  - Or point to one: CHROMIUM_PATH=/path/to/chromium npm test`;

/** Flags for Chromium as root on a closed network (see README). */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
