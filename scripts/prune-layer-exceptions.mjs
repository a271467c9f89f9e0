#!/usr/bin/env node
// `node scripts/prune-layer-exceptions.mjs`: deletes the TEMPORARY LAYER EXCEPTIONS lines of
// eslint.config.js whose import is gone (the rule test/unit/layer-exceptions.test.ts checks).
// Then lower the ceiling in that test to the number it prints.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
const ROOT = process.cwd(); const R = path.join(ROOT, 'renderer/src');
const { LAYER_EXCEPTIONS } = await import(pathToFileURL(path.join(ROOT, 'eslint.config.js')).href);
function importsOf(file) {
  const src = readFileSync(file, 'utf8'); const out = new Set();
  for (const m of src.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g)) {
    const base = path.resolve(path.dirname(file), m[1]);
    for (const c of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) if (existsSync(c)) { out.add(path.relative(R, c)); break; }
  }
  return out;
}
let cfg = readFileSync('eslint.config.js', 'utf8'); let n = 0;
for (const [from, to] of LAYER_EXCEPTIONS) {
  const file = path.join(R, from);
  if (existsSync(file) && importsOf(file).has(to)) continue;
  const line = new RegExp(`^  \\['${from.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}', '${to.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}', [A-Z]+\\],\\n`, 'm');
  if (!line.test(cfg)) { console.error('no line for', from, to); continue; }
  cfg = cfg.replace(line, ''); n++;
}
writeFileSync('eslint.config.js', cfg);
console.log(`pruned ${n}, left ${LAYER_EXCEPTIONS.length - n}`);
