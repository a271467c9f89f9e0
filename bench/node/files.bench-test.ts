/**
 * .baton export and import of a 2,000-card project, against encoding the same document's
 * Yjs state and its JSON snapshot (the floor any file format pays).
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { it } from 'vitest';
import * as Y from 'yjs';
import { initProject } from '../../renderer/src/document/actions';
import { buildBatonFile } from '../../renderer/src/document/file/format';
import { parseBatonFile } from '../../renderer/src/document/file/parse';
import { readSnapshot } from '../../renderer/src/document/projection';
import { fillMap } from '../pages/synthetic';

const REPEATS = Number(process.env.BENCH_REPEATS || 3);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;

it('.baton export and import of 2,000 cards', async () => {
  const doc = new Y.Doc();
  initProject(doc, 'bench-files', 'Bench files');
  fillMap(doc, 2000);
  const exportMs: number[] = [];
  const importMs: number[] = [];
  const floorMs: number[] = [];
  let bytes: Uint8Array = new Uint8Array();
  for (let i = 0; i < REPEATS; i++) {
    let t = performance.now();
    bytes = await buildBatonFile(doc, async () => undefined, { appVersion: 'bench' });
    exportMs.push(performance.now() - t);
    t = performance.now();
    const parsed = await parseBatonFile(bytes);
    if (!parsed.ok) throw new Error(String(parsed.error));
    importMs.push(performance.now() - t);
    t = performance.now();
    JSON.stringify(readSnapshot(doc));
    Y.encodeStateAsUpdate(doc);
    floorMs.push(performance.now() - t);
  }
  mkdirSync('bench/results', { recursive: true });
  writeFileSync(
    'bench/results/files.tmp.json',
    JSON.stringify({ exportMs: median(exportMs), importMs: median(importMs), floorMs: median(floorMs), bytes: bytes.length }),
  );
});
