// The decisions `npm start` makes, as plain functions (unit-tested in test/unit/setup-scripts.test.ts):
// whether the desktop app can open a window here, and how to open the web app in a browser.
// Node built-ins only: this runs before `npm ci` has installed anything.
import { basename } from 'node:path';

/** Why the desktop app can't open a window on this machine, or null when nothing says so. */
export function noWindowReason({ platform = process.platform, env = process.env } = {}) {
  if (platform === 'linux' && !env.DISPLAY && !env.WAYLAND_DISPLAY) {
    return "there is no display here for the desktop app's window";
  }
  return null;
}

const MAC_BROWSERS = [
  ['Google Chrome', '/Applications/Google Chrome.app'],
  ['Microsoft Edge', '/Applications/Microsoft Edge.app'],
  ['Chromium', '/Applications/Chromium.app'],
];

/**
 * How to open `url` in a browser: a Chromium-based one where there is one (Baton's web app is
 * made for Chromium, Chrome and Edge), otherwise the system's default (xdg-open / open / start).
 * Returns { cmd, args, name } or null when this machine has no screen to open it on.
 */
export function browserOpener({
  url,
  platform = process.platform,
  env = process.env,
  chromium = null,
  exists = () => false,
  isRoot = false,
  hasCommand = () => false,
}) {
  if (platform === 'darwin') {
    for (const [name, app] of MAC_BROWSERS) {
      if (exists(app)) return { cmd: 'open', args: ['-a', name, url], name };
    }
    return { cmd: 'open', args: [url], name: 'your default browser' };
  }
  if (platform === 'win32') {
    return { cmd: 'cmd', args: ['/c', 'start', '""', url], name: 'your default browser' };
  }
  if (!env.DISPLAY && !env.WAYLAND_DISPLAY) return null;
  if (chromium) {
    const name = /chrome/i.test(basename(chromium)) ? 'Google Chrome' : 'Chromium';
    return {
      cmd: chromium,
      args: [...(isRoot ? ['--no-sandbox'] : []), '--new-window', url],
      name,
    };
  }
  if (hasCommand('xdg-open')) return { cmd: 'xdg-open', args: [url], name: 'your default browser' };
  return null;
}

/** The one sentence `npm start` says when it runs the web app instead of the desktop app. */
export function webSentence({ reason, url, opener }) {
  const lead = reason
    ? `${reason[0].toUpperCase()}${reason.slice(1)}, so Baton runs`
    : 'Baton runs';
  const how = opener
    ? `and opens in ${opener.name}`
    : '— open that address in Chromium, Chrome or Edge';
  return `${lead} as a web app at ${url} ${how}; press Ctrl+C to stop it.`;
}
