import { expect, type Locator, type Page } from '@playwright/test';
import { deflateSync } from 'node:zlib';

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf: Buffer): number {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type: string, data: Buffer): Buffer {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const td = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(td));
  return Buffer.concat([len, td, crc]);
}

/** A real PNG of one colour (with a diagonal stripe so resizing has something to do). */
export function makePng(width: number, height: number, rgb: [number, number, number]): Buffer {
  const ihdr = Buffer.alloc(13);
  ihdr.writeUInt32BE(width, 0);
  ihdr.writeUInt32BE(height, 4);
  ihdr[8] = 8; // bit depth
  ihdr[9] = 2; // RGB
  const raw = Buffer.alloc((width * 3 + 1) * height);
  for (let y = 0; y < height; y++) {
    const row = y * (width * 3 + 1);
    for (let x = 0; x < width; x++) {
      const stripe = Math.abs(x - y) < 6;
      raw[row + 1 + x * 3] = stripe ? 255 : rgb[0];
      raw[row + 2 + x * 3] = stripe ? 255 : rgb[1];
      raw[row + 3 + x * 3] = stripe ? 255 : rgb[2];
    }
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** Drops a file on an element the way a file manager does (dragover, then drop). */
export async function dropFile(page: Page, target: Locator, name: string, mime: string, bytes: Buffer) {
  const dt = await page.evaluateHandle(
    ({ name, mime, data }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(data)], name, { type: mime }));
      return dt;
    },
    { name, mime, data: Array.from(bytes) },
  );
  await target.dispatchEvent('dragenter', { dataTransfer: dt });
  await target.dispatchEvent('dragover', { dataTransfer: dt });
  await target.dispatchEvent('drop', { dataTransfer: dt });
}

/** How many pictures the assets table of the real IndexedDB holds. */
export function assetCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('baton');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const db = open.result;
          const req = db.transaction('assets').objectStore('assets').count();
          req.onsuccess = () => {
            resolve(req.result);
            db.close();
          };
        };
      }),
  );
}

export async function openPersonas(page: Page) {
  await page.getByRole('link', { name: /Personas/ }).first().click();
  await expect(page.getByRole('heading', { name: 'Personas', level: 2 })).toBeVisible();
}

export async function newPersona(page: Page, name: string) {
  await page.getByRole('button', { name: '+ New persona' }).click();
  const field = page.getByRole('textbox', { name: 'Name', exact: true });
  await expect(field).toBeVisible();
  await field.fill(name);
  await field.press('Enter');
  await expect(page.locator('.persona-title')).toHaveText(name);
}

export async function addItems(page: Page, noun: string, items: string[]) {
  const input = page.getByRole('textbox', { name: `Add ${/^[aeiou]/i.test(noun) ? 'an' : 'a'} ${noun}` });
  for (const item of items) {
    await input.fill(item);
    await input.press('Enter');
    await expect(input).toHaveValue('');
  }
}

export const status = (page: Page) => page.getByTestId('persona-status');
