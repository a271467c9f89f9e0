import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

/** Saves the open project's copy from the header and returns the downloaded file's path and name. */
export async function saveCopyFromHeader(page: Page): Promise<{ path: string; name: string }> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: /^Save a copy of / }).click();
  const d = await download;
  // Kept outside test-results (another run may clear it), under its own name, in a folder of
  // its own: a download vanishes with its browser context.
  const path = join(await mkdtemp(join(tmpdir(), 'baton-files-e2e-')), d.suggestedFilename());
  await d.saveAs(path);
  return { path, name: d.suggestedFilename() };
}

/** Opens a file (a path, or bytes under a name) through the home screen's button. */
export async function openFileFromHome(page: Page, file: string | { name: string; buffer: Buffer }) {
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Open a .baton file' }).click();
  await (await chooser).setFiles(typeof file === 'string' ? file : { ...file, mimeType: 'application/zip' });
}

export async function goHome(page: Page) {
  await page.getByRole('button', { name: /All projects/ }).click();
  await expect(page.getByRole('button', { name: 'Open a .baton file' })).toBeVisible();
}

export const toast = (page: Page) => page.getByRole('status');

/** Drops a file onto the window, as dragging it from the file manager does. */
export async function dropFile(page: Page, name: string, bytes: Buffer) {
  const dataTransfer = await page.evaluateHandle(
    ({ name, data }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([new Uint8Array(data)], name));
      return dt;
    },
    { name, data: Array.from(bytes) },
  );
  await page.dispatchEvent('body', 'dragenter', { dataTransfer });
  await page.dispatchEvent('body', 'drop', { dataTransfer });
}

/**
 * For Save and Save as… (files-save.spec.ts): the File System Access pickers answer with files
 * of the origin's private file system (navigator.storage.getDirectory()) instead of asking.
 * `showOpenFilePicker` hands out the file named by `openWithPicker`; `showSaveFilePicker` the one
 * named by `nextSaveName`, else the name Baton suggests. Installed per page, before it loads; the
 * home button's <input> file chooser (openFileFromHome) is untouched elsewhere.
 */
export async function stubFilePickers(page: Page) {
  await page.addInitScript(() => {
    const w = window as unknown as Record<string, unknown>;
    const picks: { open: string | null; save: string | null; saveCalls: string[] } = { open: null, save: null, saveCalls: [] };
    w.__picks = picks;
    w.showOpenFilePicker = async () => {
      const name = picks.open;
      picks.open = null;
      if (!name) throw new DOMException('The user aborted a request.', 'AbortError');
      return [await (await navigator.storage.getDirectory()).getFileHandle(name)];
    };
    w.showSaveFilePicker = async (o: { suggestedName?: string }) => {
      const name = picks.save ?? o.suggestedName ?? 'untitled.baton';
      picks.save = null;
      picks.saveCalls.push(o.suggestedName ?? '');
      return (await navigator.storage.getDirectory()).getFileHandle(name, { create: true });
    };
  });
}

/** Writes a file into the page's private file system, as someone else saving it would. */
export async function writePickerFile(page: Page, name: string, bytes: Buffer | Uint8Array) {
  await page.evaluate(
    async ({ name, data }) => {
      const handle = await (await navigator.storage.getDirectory()).getFileHandle(name, { create: true });
      const w = await handle.createWritable();
      await w.write(new Uint8Array(data));
      await w.close();
    },
    { name, data: Array.from(bytes) },
  );
}

export async function readPickerFile(page: Page, name: string): Promise<Buffer> {
  const data = await page.evaluate(async (name) => {
    const file = await (await (await navigator.storage.getDirectory()).getFileHandle(name)).getFile();
    return Array.from(new Uint8Array(await file.arrayBuffer()));
  }, name);
  return Buffer.from(data);
}

/** Names the file Save as…'s picker hands out next. */
export async function nextSaveName(page: Page, name: string) {
  await page.evaluate((name) => void ((window as unknown as { __picks: { save: string } }).__picks.save = name), name);
}

/** Opens a file of the private file system through the home screen's button and the stubbed picker. */
export async function openWithPicker(page: Page, name: string) {
  await page.evaluate((name) => void ((window as unknown as { __picks: { open: string } }).__picks.open = name), name);
  await page.getByRole('button', { name: 'Open a .baton file' }).click();
}
