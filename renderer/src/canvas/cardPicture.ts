/**
 * A picture on a card: dropped on it or chosen from its menu. The same pipeline as a persona's
 * picture (shared/pictures.ts: checked by its bytes, resized to 512 px, stored once
 * in the assets table by its SHA-256); the card only holds the hash (`imageHash`).
 */
import type * as Y from 'yjs';
import { setCardImage } from '../document/actions/cards';
import { U } from '../i18n/ui';
import { withProgress } from '../ui/progress';
import { report, showToast } from '../ui/toasts';
import { preparePicture, storePicture } from '../shared/pictures';

export const PICTURE_ACCEPT = 'image/png,image/jpeg,image/webp,image/gif';

/** Checks, resizes and stores the first file, then shows it on the card. */
export async function addPictureToCard(doc: Y.Doc, cardId: string, files: readonly File[]): Promise<void> {
  const file = files[0];
  if (!file) return;
  if (files.length > 1) showToast(U.picture.onlyOne);
  const outcome = await withProgress(U.progress.picture, async (p) => {
    const prepared = await preparePicture(file);
    p.check();
    if (!prepared.ok) return { message: prepared.message };
    try {
      return { hash: await storePicture(prepared.bytes, prepared.mime) };
    } catch {
      return { message: U.picture.storeFailed };
    }
  });
  if (!outcome.ok) return showToast(U.progress.cancelled(U.progress.picture));
  const r = outcome.value;
  if ('message' in r) return showToast(r.message ?? '', { tone: 'error' });
  if (report(setCardImage(doc, cardId, r.hash))) showToast(U.picture.added);
}

/**
 * Asks for a picture for a card with the system's file chooser (a file input: the desktop
 * shell's open dialog is for .baton files only).
 */
export function pickPictureForCard(doc: Y.Doc, cardId: string): void {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = PICTURE_ACCEPT;
  input.onchange = () => void addPictureToCard(doc, cardId, Array.from(input.files ?? []));
  input.click();
}

export function removePictureFromCard(doc: Y.Doc, cardId: string): void {
  if (report(setCardImage(doc, cardId, null))) showToast(U.picture.removed);
}
