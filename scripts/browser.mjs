// Finds a Chromium for the end-to-end tests: CHROMIUM_PATH, then the system's, then
// Playwright's own download. Prints how to get one when there is none.
import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

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
      const p = execFileSync('which', [name], { encoding: 'utf8' }).trim();
      if (p) return p;
    } catch {
      /* not on PATH */
    }
  }
  return undefined;
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
