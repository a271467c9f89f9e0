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
