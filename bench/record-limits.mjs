#!/usr/bin/env node
/**
 * How many records the editor handles smoothly (issue 16, W9): opens .baton files made by
 * bench/record-limits-files.ts in the built app (out/renderer) in Chromium, through the home
 * screen's "Open a .baton file", then opens the map in a fresh page and times it to the first
 * frame that shows it. Not part of `npm test`; the figures are in the README's Reliability section.
 *
 *   npx vite build && node_modules/.bin/jiti bench/record-limits-files.ts /tmp/baton-limits stages:1000 …
 *   PORT=5182 node bench/record-limits.mjs /tmp/baton-limits stages-1000 cards-10000 …
 */
import { chromium } from '@playwright/test';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHROMIUM_ARGS, findChromium } from '../scripts/browser.mjs';

const PORT = Number(process.env.PORT || 5182);
const BASE = `http://127.0.0.1:${PORT}`;
const LIMIT_MS = Number(process.env.LIMIT_MS || 120_000);
const [dir, ...names] = process.argv.slice(2);

const server = spawn('node', ['scripts/serve.mjs'], { env: { ...process.env, PORT: String(PORT) }, stdio: 'ignore' });
await new Promise((r) => setTimeout(r, 800));
process.on('SIGTERM', () => {
  server.kill();
  process.exit(1);
});
const browser = await chromium.launch({ executablePath: findChromium(), args: CHROMIUM_ARGS });
const results = [];
try {
  for (const name of names) {
    const meta = JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8'));
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const row = { name, bytes: meta.bytes, zoom: process.env.ZOOM1 ? 1 : 'fit' };
    try {
      const page = await context.newPage();
      await page.goto(`${BASE}/`);
      const chooser = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Open a .baton file' }).click();
      const t0 = Date.now();
      await (await chooser).setFiles(join(dir, `${name}.baton`));
      await page.getByRole('status').filter({ hasText: /Added the project|not|too|refused|broken/ }).first().waitFor({ timeout: LIMIT_MS });
      row.importMs = Date.now() - t0;
      row.importSaid = (await page.getByRole('status').first().innerText()).slice(0, 160);
      await page.close();
      if (/Added the project/.test(row.importSaid)) {
        let fresh = await context.newPage();
        const kind = name.split('-')[0];
        if (process.env.ZOOM1 && kind !== 'maps') {
          // As bench/ opens maps: a stored viewport at zoom 1 (the top left), rather than
          // "fit to screen", which a map opened for the first time gets and which shows every card.
          await fresh.goto(`${BASE}/#/`);
          await fresh.evaluate(
            (mapId) =>
              new Promise((resolve, reject) => {
                const req = indexedDB.open('baton');
                req.onsuccess = () => {
                  const tx = req.result.transaction('settings', 'readwrite');
                  tx.objectStore('settings').put({ key: `viewport:${mapId}`, value: { x: 0, y: 0, zoom: 1 } });
                  tx.oncomplete = () => resolve(undefined);
                  tx.onerror = () => reject(tx.error);
                };
                req.onerror = () => reject(req.error);
              }),
            meta.mapId,
          );
          await fresh.close();
          fresh = await context.newPage();
        }
        const hash = kind === 'maps' ? `#/p/${meta.projectId}` : `#/p/${meta.projectId}/m/${meta.mapId}`;
        await fresh.goto(`${BASE}/${hash}`);
        await fresh.waitForSelector(kind === 'maps' ? '.tile-list .tile' : '.react-flow__node', { timeout: LIMIT_MS });
        row.openMs = Math.round(await fresh.evaluate(() => new Promise((r) => requestAnimationFrame(() => r(performance.now())))));
        if (kind !== 'maps') {
          // A pan's p95 frame time, the editor's "smooth" (no CPU throttling here).
          const box = await fresh.locator('.react-flow__pane').boundingBox();
          await fresh.evaluate(() => {
            window.__f = [];
            let last = performance.now();
            const tick = () => {
              const now = performance.now();
              window.__f.push(now - last);
              last = now;
              if (window.__f.length < 400) requestAnimationFrame(tick);
            };
            requestAnimationFrame(tick);
          });
          const x = box.x + box.width - 60;
          const y = box.y + box.height - 40;
          await fresh.mouse.move(x, y);
          await fresh.mouse.down();
          for (let i = 0; i < 30; i++) await fresh.mouse.move(x - i * 15, y - i * 8);
          await fresh.mouse.up();
          const frames = await fresh.evaluate(() => window.__f.slice(2));
          frames.sort((a, b) => a - b);
          row.panP95Ms = Math.round(frames[Math.floor(frames.length * 0.95)] ?? NaN);
        }
      }
    } catch (err) {
      row.error = String(err?.message ?? err).split('\n')[0].slice(0, 200);
    } finally {
      await context.close().catch(() => undefined);
    }
    console.log(JSON.stringify(row));
    results.push(row);
  }
} finally {
  await browser.close();
  server.kill();
}
