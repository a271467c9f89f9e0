#!/usr/bin/env node
// Writes renderer/src/features/help/licenses.json: every package Baton ships (the production
// dependency tree under node_modules, not the dev tools), with its version, the licence its
// package.json names and the name of its licence file. The About box lists them; a unit test
// (test/unit/polish-licenses.test.ts) checks every production dependency is listed. Run after
// changing dependencies: `node scripts/licenses.mjs`.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = join(root, 'renderer/src/features/help/licenses.json');

const readJson = (p) => JSON.parse(readFileSync(p, 'utf8'));

/** Node's lookup: <dir>/node_modules/<name> for the package's folder and each folder above it. */
function resolve(name, fromDir) {
  for (let dir = fromDir; ; dir = dirname(dir)) {
    if (basename(dir) !== 'node_modules') {
      const candidate = join(dir, 'node_modules', name);
      if (existsSync(join(candidate, 'package.json'))) return candidate;
    }
    if (dir === root || dirname(dir) === dir) return null;
  }
}

function licenceOf(pkg) {
  if (typeof pkg.license === 'string') return pkg.license;
  if (pkg.license && typeof pkg.license.type === 'string') return pkg.license.type;
  if (Array.isArray(pkg.licenses)) return pkg.licenses.map((l) => (typeof l === 'string' ? l : l.type)).filter(Boolean).join(' OR ');
  return 'UNKNOWN';
}

function licenceFile(dir) {
  try {
    return readdirSync(dir).find((f) => /^(licen[cs]e|copying|notice)(\.|-|$)/i.test(f)) ?? null;
  } catch {
    return null;
  }
}

const seen = new Map();
function walk(name, fromDir) {
  const dir = resolve(name, fromDir);
  if (!dir) return; // an optional dependency not installed on this platform
  const pkg = readJson(join(dir, 'package.json'));
  const key = `${pkg.name}@${pkg.version}`;
  if (seen.has(key)) return;
  seen.set(key, { name: pkg.name, version: pkg.version, license: licenceOf(pkg), licenseFile: licenceFile(dir) });
  for (const dep of Object.keys({ ...(pkg.dependencies ?? {}), ...(pkg.optionalDependencies ?? {}) })) walk(dep, dir);
}

const project = readJson(join(root, 'package.json'));
for (const dep of Object.keys(project.dependencies ?? {})) walk(dep, root);

const list = [...seen.values()].sort((a, b) => a.name.localeCompare(b.name) || a.version.localeCompare(b.version));
writeFileSync(out, JSON.stringify({ generatedFrom: 'package.json dependencies', packages: list }, null, 2) + '\n');
console.log(`${list.length} packages → ${relative(root, out)}`);
