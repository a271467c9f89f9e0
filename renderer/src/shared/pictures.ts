/**
 * Pictures of personas and cards: checked (type by magic bytes, size, pixel count), resized to at most
 * 512 px, stored once in the Dexie `assets` table by the SHA-256 of their bytes, and shown
 * through object URLs that are revoked when no image uses them any more.
 *
 * Only the hash goes into the project document (a persona's or a card's `imageHash`); the bytes
 * stay in `assets`, where the .baton export finds them. Shared: personas and the canvas's cards
 * take their pictures through the same pipeline.
 */
import { useEffect, useState } from 'react';
import { checkPicture, fittedSize, PICTURE_LIMITS, type PictureType } from '../domain/pictures';
import { db } from '../storage/db';
import { U } from '../i18n/ui';

export async function sha256Hex(bytes: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * Stores a picture's bytes under their hash, once: the same picture dropped on two personas
 * (or twice on one) is one row. Returns the hash.
 */
export async function storePicture(bytes: Uint8Array, mime: string): Promise<string> {
  const hash = await sha256Hex(bytes);
  await db().transaction('rw', db().assets, async () => {
    if (!(await db().assets.get(hash))) await db().assets.add({ hash, mime, bytes });
  });
  return hash;
}

export type PreparedPicture = { ok: true; bytes: Uint8Array; mime: string } | { ok: false; message: string };

/** Checks a file and returns the bytes to store (resized when larger than 512 px), or a sentence. */
export async function preparePicture(file: File): Promise<PreparedPicture> {
  const name = file.name || 'file';
  if (file.size > PICTURE_LIMITS.maxBytes) {
    const mb = (file.size / (1024 * 1024)).toFixed(1);
    return { ok: false, message: U.picture.tooLarge(name, mb, PICTURE_LIMITS.maxBytes / (1024 * 1024)) };
  }
  const bytes = new Uint8Array(await file.arrayBuffer());
  const check = checkPicture(bytes.byteLength, bytes);
  if (!check.ok) {
    const message = {
      empty: U.picture.empty(name),
      'too-large': U.picture.tooLarge(name, (file.size / (1024 * 1024)).toFixed(1), PICTURE_LIMITS.maxBytes / (1024 * 1024)),
      'not-a-picture': U.picture.notImage(name),
      unreadable: U.picture.unreadable(name),
      'too-many-pixels': U.picture.tooManyPixels(name),
    }[check.problem];
    return { ok: false, message };
  }
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(new Blob([bytes as BlobPart], { type: check.type }));
  } catch {
    return { ok: false, message: U.picture.unreadable(name) };
  }
  try {
    if (Math.max(bitmap.width, bitmap.height) <= PICTURE_LIMITS.maxSide) {
      // Small enough: keep the file as it is (same file, same hash, stored once).
      return { ok: true, bytes, mime: check.type };
    }
    const out = await resize(bitmap, check.type);
    return out ? { ok: true, ...out } : { ok: false, message: U.picture.unreadable(name) };
  } finally {
    bitmap.close();
  }
}

async function resize(bitmap: ImageBitmap, type: PictureType): Promise<{ bytes: Uint8Array; mime: string } | null> {
  const size = fittedSize(bitmap.width, bitmap.height);
  const canvas = document.createElement('canvas');
  canvas.width = size.width;
  canvas.height = size.height;
  const ctx = canvas.getContext('2d');
  if (!ctx) return null;
  ctx.imageSmoothingQuality = 'high';
  ctx.drawImage(bitmap, 0, 0, size.width, size.height);
  // WebP keeps transparency and is small; PNG when the browser cannot encode WebP.
  const wanted = type === 'image/jpeg' ? 'image/jpeg' : 'image/webp';
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, wanted, 0.88));
  if (!blob) return null;
  return { bytes: new Uint8Array(await blob.arrayBuffer()), mime: blob.type || 'image/png' };
}

// ---- Object URLs for <img>: one per hash, shared, revoked when the last user lets go ----

const urls = new Map<string, { url: Promise<string | null>; users: number }>();

function acquire(hash: string): Promise<string | null> {
  const entry = urls.get(hash);
  if (entry) {
    entry.users++;
    return entry.url;
  }
  const url = db()
    .assets.get(hash)
    .then((row) => (row ? URL.createObjectURL(new Blob([row.bytes as BlobPart], { type: row.mime })) : null))
    .catch(() => null);
  urls.set(hash, { url, users: 1 });
  return url;
}

function release(hash: string): void {
  const entry = urls.get(hash);
  if (!entry) return;
  entry.users--;
  if (entry.users > 0) return;
  urls.delete(hash);
  void entry.url.then((u) => u && URL.revokeObjectURL(u));
}

/** An object URL for a stored picture while the component shows it; null while loading or missing. */
export function usePictureUrl(hash: string | undefined): string | null {
  const [url, setUrl] = useState<{ hash: string; url: string | null } | null>(null);
  useEffect(() => {
    if (!hash) return;
    let live = true;
    void acquire(hash).then((u) => live && setUrl({ hash, url: u }));
    return () => {
      live = false;
      release(hash);
    };
  }, [hash]);
  return hash && url?.hash === hash ? url.url : null;
}
