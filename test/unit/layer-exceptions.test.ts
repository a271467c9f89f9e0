/**
 * The layer rules' temporary exceptions (eslint.config.js, issue 17) only shrink: every line
 * names an import that still exists, says which change removes it, and there are never more
 * lines than the ceiling below. Lower the ceiling when you delete lines; it must reach zero.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';

/** 179 lines on the day the rules landed; 105 once ProjectContext left features/; 103 once the shared fields did; 78 once commands and project sections came from the modules; 60 once canvas slots and report parts did; 42 once actions spoke in codes; 41 once the side panels came from the modules; 40 once hidden cards did; 37 once the emotion curves' looks went to domain/; 25 once canvas node types, handoff and persona nodes came from the modules and the picture pipeline went to shared/; 18 once the undo buttons went to shared/, a persona's and an agenda item's parts and the tour's watcher came through screen slots and Help started the tour by its command; 16 once the running session went to shared/; 0 once the home screen, the project's header, sidebar, map view and overview, and the phone's agenda and vote became screen slots (shared/screenSlots.tsx). */
const CEILING = 0;

const ROOT = path.resolve(__dirname, '../..');
const R = path.join(ROOT, 'renderer/src');

type Exception = [from: string, to: string, reason: string];

async function loadConfig(): Promise<{ LAYER_EXCEPTIONS: Exception[]; LAYERS: Record<string, string[]> }> {
  const url = pathToFileURL(path.join(ROOT, 'eslint.config.js')).href;
  return (await import(/* @vite-ignore */ url)) as never;
}

/** The files a source file imports (relative specifiers only), resolved the way the linter does. */
function importsOf(file: string): Set<string> {
  const src = readFileSync(file, 'utf8');
  const out = new Set<string>();
  const re = /(?:\bfrom\s+|\bimport\s*\(\s*|\bimport\s+)['"](\.{1,2}\/[^'"]+)['"]/g;
  for (const m of src.matchAll(re)) {
    const base = path.resolve(path.dirname(file), m[1]!);
    for (const c of [base, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
      if (existsSync(c) && !c.endsWith('/')) {
        out.add(path.relative(R, c));
        break;
      }
    }
  }
  return out;
}

describe('temporary layer exceptions', () => {
  it('never grow past the ceiling (lower it as lines go; the goal is zero)', async () => {
    const { LAYER_EXCEPTIONS } = await loadConfig();
    expect(LAYER_EXCEPTIONS.length).toBeLessThanOrEqual(CEILING);
  });

  it('each say which change removes them, once', async () => {
    const { LAYER_EXCEPTIONS } = await loadConfig();
    const seen = new Set<string>();
    for (const [from, to, reason] of LAYER_EXCEPTIONS) {
      expect(reason, `${from} → ${to}`).toMatch(/^removed by .+ \(wip\/[a-z-]+\)$/);
      const key = `${from} → ${to}`;
      expect(seen.has(key), `${key} is listed twice`).toBe(false);
      seen.add(key);
    }
  });

  it('each name an import that still exists (delete the line when the import goes)', async () => {
    const { LAYER_EXCEPTIONS } = await loadConfig();
    const stale: string[] = [];
    for (const [from, to] of LAYER_EXCEPTIONS) {
      const file = path.join(R, from);
      if (!existsSync(file) || !importsOf(file).has(to)) stale.push(`${from} → ${to}`);
    }
    expect(stale, 'imports gone: `node scripts/prune-layer-exceptions.mjs` deletes their lines').toEqual([]);
  });

  it('domain imports nothing, even through an exception', async () => {
    const { LAYER_EXCEPTIONS, LAYERS } = await loadConfig();
    expect(LAYERS.domain).toEqual([]);
    expect(LAYER_EXCEPTIONS.filter(([from]) => from.startsWith('domain/'))).toEqual([]);
  });
});
