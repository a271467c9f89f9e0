/**
 * Makes the slide deck of a project and saves it: a save dialog in the desktop app, a download
 * in a browser (platform.saveFile, as every export). pptxgenjs is loaded here, on demand, so it
 * is not part of the app's first chunk.
 */
import type { ProjectSnapshot } from '../../document/projection';
import { briefingOf } from '../../domain/briefing';
import { safeFileName } from '../../domain/fileName';
import { isoDate } from '../../domain/workshop/sessions';
import { platform } from '../../platform';
import { deckOf } from './deckModel';
import { renderDeck } from './renderDeck';
import { DK } from './strings';

export const PPTX_MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

/** The deck as the bytes of a .pptx file. */
export async function deckBytes(snapshot: ProjectSnapshot, now = Date.now()): Promise<Uint8Array> {
  const { default: Pptx } = await import('pptxgenjs');
  const today = isoDate(now);
  const slides = deckOf(snapshot, briefingOf(snapshot, today), today);
  const pptx = renderDeck(Pptx, slides, { title: snapshot.info.title || DK.untitled, subject: DK.deckSubtitle });
  const out = await pptx.write({ outputType: 'uint8array', compression: true });
  return out instanceof Uint8Array ? out : new Uint8Array(out as ArrayBuffer);
}

/** Builds and saves the deck: the sentence to show, or null when the person cancelled the dialog. */
export async function exportDeck(snapshot: ProjectSnapshot): Promise<string | null> {
  const name = safeFileName(snapshot.info.title || DK.untitled, 'pptx', 'Baton');
  const bytes = await deckBytes(snapshot);
  return (await platform.saveFile(name, bytes, PPTX_MIME, 'pptx')) ? DK.saved(name) : null;
}
