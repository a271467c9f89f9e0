/**
 * Writes the .baton files that bench/record-limits.mjs opens in the built app: one project
 * whose one map holds N stages, N lanes or N cards (or a project of N maps), made with Baton's
 * own actions and exporter. `node_modules/.bin/jiti bench/record-limits-files.ts <dir> <kind:N>...`
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as Y from 'yjs';
import { addMap, initProject } from '../renderer/src/document/actions';
import { buildBatonFile } from '../renderer/src/document/file/format';
import { change } from '../renderer/src/document/history';
import { collection, newId, putRecord } from '../renderer/src/document/schema';

const [dir, ...specs] = process.argv.slice(2);
if (!dir) throw new Error('usage: record-limits-files.ts <dir> stages:1000 lanes:100 cards:10000 maps:100');
mkdirSync(dir, { recursive: true });

function idsOf(doc: Y.Doc, name: 'stages' | 'lanes', mapId: string, test: (r: Y.Map<unknown>) => boolean = () => true): string[] {
  const out: string[] = [];
  collection(doc, name).forEach((r, id) => {
    if (r.get('mapId') === mapId && test(r)) out.push(id);
  });
  return out;
}

for (const spec of specs) {
  const [kind, nText] = spec.split(':') as [string, string];
  const n = Number(nText);
  const doc = new Y.Doc();
  const projectId = `limits-${kind}-${n}`;
  initProject(doc, projectId, `Limits ${kind} ${n}`);
  const m = addMap(doc, `Map of ${n} ${kind}`, 'b2b');
  if (!m.ok) throw new Error(JSON.stringify(m));
  const mapId = m.value;
  change(doc, () => {
    if (kind === 'stages') {
      for (let i = 0; i < n; i++) putRecord(doc, 'stages', newId(), { mapId, name: `Stage ${i + 1}`, description: '', order: 100 + i });
    } else if (kind === 'lanes') {
      for (let i = 0; i < n; i++) putRecord(doc, 'lanes', newId(), { mapId, name: `Lane ${i + 1}`, kind: 'text', order: 100 + i });
    } else if (kind === 'maps') {
      for (let i = 1; i < n; i++) putRecord(doc, 'maps', newId(), { title: `Map ${i + 1}`, order: 100 + i, createdAt: 0 });
    }
  });
  if (kind === 'cards') {
    // Raw records past the editor's own 20,000-per-map limit (addCards stops there).
    const stages = idsOf(doc, 'stages', mapId);
    const lanes = idsOf(doc, 'lanes', mapId, (r) => r.get('kind') !== 'emotion');
    const cells = stages.flatMap((stageId) => lanes.map((laneId) => ({ stageId, laneId })));
    change(doc, () => {
      for (let i = 0; i < n; i++) {
        const cell = cells[i % cells.length]!;
        putRecord(doc, 'cards', newId(), { mapId, ...cell, text: `Card ${i + 1}: the buyer reads a comparison`, color: 'yellow', order: Math.floor(i / cells.length) + 1 });
      }
    });
  }
  const bytes = await buildBatonFile(doc, async () => undefined, { appVersion: 'limits' });
  writeFileSync(join(dir, `${kind}-${n}.baton`), bytes);
  writeFileSync(join(dir, `${kind}-${n}.json`), JSON.stringify({ projectId, mapId, bytes: bytes.length }));
  console.log(`${kind}-${n}.baton ${bytes.length} bytes`);
  doc.destroy();
}
