/**
 * The packaging configuration, checked the way electron-builder itself reads and checks
 * it (electron-builder cannot package here: it downloads Electron). A mistake in
 * electron-builder.yml otherwise shows only when someone runs `npm run dist`.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import type { Configuration, FileAssociation } from 'electron-builder';
import { beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');

// electron-builder's own loader and schema validator (internal modules of app-builder-lib,
// resolved from electron-builder so that the versions match).
const requireFromBuilder = createRequire(
  createRequire(import.meta.url).resolve('electron-builder/package.json'),
);
const builderConfig = requireFromBuilder('app-builder-lib/out/util/config/config.js') as {
  getConfig(projectDir: string): Promise<Configuration>;
  validateConfiguration(
    config: Configuration,
    debugLogger: { isEnabled: boolean; add(k: string, v: unknown): void },
  ): Promise<void>;
};

let config: Configuration;
beforeAll(async () => {
  config = await builderConfig.getConfig(ROOT);
});

/** electron-builder resolves resources against build/ first, then the project folder. */
function resourceExists(p: string): boolean {
  return [path.resolve(ROOT, 'build', p), path.resolve(ROOT, p)].some((f) => existsSync(f));
}

const targetsOf = (t: unknown): string[] =>
  (Array.isArray(t) ? t : [t]).map((x) =>
    typeof x === 'string' ? x : (x as { target: string }).target,
  );

describe('electron-builder configuration', () => {
  it('comes from electron-builder.yml (package.json has no "build" key, which would win)', () => {
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as Record<
      string,
      unknown
    >;
    expect(pkg.build).toBeUndefined();
    expect(existsSync(path.join(ROOT, 'electron-builder.yml'))).toBe(true);
    expect(config.appId).toBe('com.baton.app');
  });

  it("passes electron-builder's own schema validation", async () => {
    const logger = { isEnabled: false, add: () => undefined };
    await expect(builderConfig.validateConfiguration(config, logger)).resolves.toBeUndefined();
    // …which does catch mistakes:
    await expect(
      builderConfig.validateConfiguration(
        { ...config, linux: { ...config.linux, targett: 'deb' } } as Configuration,
        logger,
      ),
    ).rejects.toThrow(/Invalid configuration/);
  });

  it('names the app and its folders', () => {
    expect(config.productName).toBe('Baton');
    expect(config.directories).toMatchObject({ output: 'dist', buildResources: 'build' });
  });

  it('packages the build output, which holds the entry point package.json names', () => {
    // The loader normalises `files` to [{ filter: [...] }].
    const patterns = ([] as unknown[])
      .concat(config.files ?? [])
      .flatMap((f) =>
        typeof f === 'string'
          ? [f]
          : ([] as string[]).concat((f as { filter?: string | string[] }).filter ?? []),
      );
    expect(patterns).toContain('out/**');
    const pkg = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
      main: string;
    };
    expect(pkg.main).toMatch(/^out\//);
  });

  it('builds AppImage and deb, nsis, and dmg', () => {
    expect(targetsOf(config.linux?.target)).toEqual(expect.arrayContaining(['AppImage', 'deb']));
    expect(targetsOf(config.win?.target)).toContain('nsis');
    expect(targetsOf(config.mac?.target)).toContain('dmg');
  });

  it('associates .baton files with Baton as their editor', () => {
    const assocs = ([] as FileAssociation[]).concat(config.fileAssociations ?? []);
    const baton = assocs.find((a) => ([] as string[]).concat(a.ext).includes('baton'));
    expect(baton).toMatchObject({
      name: 'Baton project',
      role: 'Editor',
      mimeType: 'application/x-baton',
    });
  });

  it('finds every icon it refers to, of the right kind', () => {
    const icons = [
      config.win?.icon,
      config.mac?.icon,
      config.nsis?.installerIcon,
      config.nsis?.uninstallerIcon,
      config.dmg?.icon,
    ].filter((i): i is string => typeof i === 'string');
    expect(icons.length).toBeGreaterThanOrEqual(3);
    for (const icon of icons) expect(resourceExists(icon), icon).toBe(true);
    expect(config.win?.icon).toMatch(/\.ico$/);
    expect(config.mac?.icon).toMatch(/\.icns$/);
    // Linux: a folder of NxN.png files.
    const linuxIcons = config.linux?.icon as string;
    expect(statSync(path.join(ROOT, linuxIcons)).isDirectory()).toBe(true);
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      expect(
        existsSync(path.join(ROOT, linuxIcons, `${size}x${size}.png`)),
        `${size}x${size}.png`,
      ).toBe(true);
    }
    // File association icons: <name>.ico on Windows, <name>.icns on macOS.
    for (const a of ([] as FileAssociation[]).concat(config.fileAssociations ?? [])) {
      if (a.icon)
        for (const ext of ['.ico', '.icns'])
          expect(resourceExists(a.icon + ext), a.icon + ext).toBe(true);
    }
  });

  it('has the icon files in the formats the platforms expect', () => {
    const png = readFileSync(path.join(ROOT, 'build/icon.png'));
    expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
    expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([512, 512]);
    const ico = readFileSync(path.join(ROOT, 'build/icon.ico'));
    expect([ico.readUInt16LE(0), ico.readUInt16LE(2)]).toEqual([0, 1]);
    const sizes = Array.from(
      { length: ico.readUInt16LE(4) },
      (_, i) => ico.readUInt8(6 + 16 * i) || 256,
    );
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));
    const icns = readFileSync(path.join(ROOT, 'build/icon.icns'));
    expect(icns.subarray(0, 4).toString('ascii')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
  });

  it('flips the security fuses', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
    // Asar integrity and "only from asar" need the app inside an asar archive.
    expect(config.asar).not.toBe(false);
  });
});
