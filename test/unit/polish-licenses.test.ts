import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import licenses from '../../renderer/src/features/help/licenses.json';

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { dependencies: Record<string, string> };
const installed = (name: string) =>
  (JSON.parse(readFileSync(new URL(`../../node_modules/${name}/package.json`, import.meta.url), 'utf8')) as { version: string }).version;

describe('the About box’s licences (scripts/licenses.mjs → licenses.json)', () => {
  it('lists every production dependency of package.json at its installed version, with a licence', () => {
    for (const name of Object.keys(pkg.dependencies)) {
      const entry = licenses.packages.find((p) => p.name === name && p.version === installed(name));
      expect(entry, `${name}@${installed(name)} is missing: run node scripts/licenses.mjs`).toBeDefined();
      expect(entry!.license).not.toBe('UNKNOWN');
    }
  });

  it('names a licence for every bundled package (their own dependencies too) and lists no dev tool', () => {
    expect(licenses.packages.length).toBeGreaterThan(Object.keys(pkg.dependencies).length);
    for (const p of licenses.packages) expect(p.license, p.name).toMatch(/\w/);
    for (const dev of ['vitest', 'typescript', 'electron', '@playwright/test', 'eslint']) {
      expect(licenses.packages.some((p) => p.name === dev), dev).toBe(false);
    }
  });
});
