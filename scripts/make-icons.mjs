#!/usr/bin/env node
// Renders every app icon from ONE source, assets/icon.svg (`npm run make-icons`):
//   build/icon.png        512×512, the generic icon
//   build/icons/N×N.png   16…1024, the Linux icon set (AppImage, deb)
//   build/icon.ico        Windows: 16…48 as 32-bit bitmaps (what every consumer, NSIS
//                         included, reads), 64…256 as PNG (Vista and later)
//   build/icon.icns       macOS: PNG entries, 16…1024
// Chromium (the system's, as for the end-to-end tests) draws the SVG onto a canvas at each
// size, so small sizes are rendered, not scaled down. The results are committed; run this
// again only when assets/icon.svg changes.
import { chromium } from '@playwright/test';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS, HOW_TO_GET_CHROMIUM, findChromium } from './browser.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const SOURCE = `${root}assets/icon.svg`;
const BUILD = `${root}build`;
const SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

/** Renders the SVG at each size; returns { png: Buffer, rgba: Buffer } per size. */
async function render(svg) {
  const executablePath = findChromium();
  if (!executablePath) {
    console.error(HOW_TO_GET_CHROMIUM);
    process.exit(1);
  }
  const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage();
    await page.setContent('<!doctype html><title>icons</title>');
    // Runs in the page: browser globals.
    /* global Image, document */
    const out = await page.evaluate(
      async ({ svg, sizes }) => {
        const img = new Image();
        img.src = `data:image/svg+xml;base64,${btoa(svg)}`;
        await img.decode();
        const result = {};
        for (const size of sizes) {
          const canvas = document.createElement('canvas');
          canvas.width = canvas.height = size;
          const ctx = canvas.getContext('2d');
          ctx.imageSmoothingQuality = 'high';
          ctx.drawImage(img, 0, 0, size, size);
          const rgba = Array.from(ctx.getImageData(0, 0, size, size).data);
          result[size] = { png: canvas.toDataURL('image/png').split(',')[1], rgba };
        }
        return result;
      },
      { svg, sizes: SIZES },
    );
    return Object.fromEntries(
      Object.entries(out).map(([size, { png, rgba }]) => [
        size,
        { png: Buffer.from(png, 'base64'), rgba: Buffer.from(rgba) },
      ]),
    );
  } finally {
    await browser.close();
  }
}

/** A 32-bit BMP (DIB) icon image: BITMAPINFOHEADER, BGRA rows bottom-up, an empty AND mask. */
function dib(size, rgba) {
  const maskRow = Math.ceil(size / 32) * 4;
  const header = Buffer.alloc(40);
  header.writeUInt32LE(40, 0); // biSize
  header.writeInt32LE(size, 4); // biWidth
  header.writeInt32LE(size * 2, 8); // biHeight: colour + mask
  header.writeUInt16LE(1, 12); // biPlanes
  header.writeUInt16LE(32, 14); // biBitCount
  header.writeUInt32LE(size * size * 4 + maskRow * size, 20); // biSizeImage
  const pixels = Buffer.alloc(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const src = ((size - 1 - y) * size + x) * 4;
      const dst = (y * size + x) * 4;
      pixels[dst] = rgba[src + 2];
      pixels[dst + 1] = rgba[src + 1];
      pixels[dst + 2] = rgba[src];
      pixels[dst + 3] = rgba[src + 3];
    }
  }
  return Buffer.concat([header, pixels, Buffer.alloc(maskRow * size)]);
}

function ico(images) {
  const entries = [16, 24, 32, 48, 64, 128, 256].map((size) => ({
    size,
    data: size <= 48 ? dib(size, images[size].rgba) : images[size].png,
  }));
  const header = Buffer.alloc(6);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // 1 = icon
  header.writeUInt16LE(entries.length, 4);
  let offset = 6 + 16 * entries.length;
  const dir = entries.map(({ size, data }) => {
    const e = Buffer.alloc(16);
    e.writeUInt8(size >= 256 ? 0 : size, 0); // 0 means 256
    e.writeUInt8(size >= 256 ? 0 : size, 1);
    e.writeUInt16LE(1, 4); // planes
    e.writeUInt16LE(32, 6); // bits per pixel
    e.writeUInt32LE(data.length, 8);
    e.writeUInt32LE(offset, 12);
    offset += data.length;
    return e;
  });
  return Buffer.concat([header, ...dir, ...entries.map((e) => e.data)]);
}

function icns(images) {
  // Apple's PNG-capable icon types: size in pixels for each.
  const types = [
    ['icp4', 16],
    ['icp5', 32],
    ['icp6', 64],
    ['ic07', 128],
    ['ic08', 256],
    ['ic09', 512],
    ['ic10', 1024], // 512@2x
    ['ic11', 32], // 16@2x
    ['ic12', 64], // 32@2x
    ['ic13', 256], // 128@2x
    ['ic14', 512], // 256@2x
  ];
  const chunks = types.map(([type, size]) => {
    const png = images[size].png;
    const head = Buffer.alloc(8);
    head.write(type, 0, 'ascii');
    head.writeUInt32BE(png.length + 8, 4);
    return Buffer.concat([head, png]);
  });
  const body = Buffer.concat(chunks);
  const head = Buffer.alloc(8);
  head.write('icns', 0, 'ascii');
  head.writeUInt32BE(body.length + 8, 4);
  return Buffer.concat([head, body]);
}

const svg = await readFile(SOURCE, 'utf8');
const images = await render(svg);
await mkdir(`${BUILD}/icons`, { recursive: true });
await writeFile(`${BUILD}/icon.png`, images[512].png);
for (const size of SIZES) await writeFile(`${BUILD}/icons/${size}x${size}.png`, images[size].png);
await writeFile(`${BUILD}/icon.ico`, ico(images));
await writeFile(`${BUILD}/icon.icns`, icns(images));
console.log(`Icons written to build/ from assets/icon.svg (${SIZES.join(', ')} px).`);
