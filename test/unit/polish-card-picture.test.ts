import { refusalSentence } from '../../renderer/src/i18n/refusals';
import { describe, expect, it } from 'vitest';
import { addCard, setCardImage } from '../../renderer/src/document/actions';
import { undo } from '../../renderer/src/document/history';
import { referencedAssetHashes } from '../../renderer/src/document/file/format';
import { projectWithMap } from './helpers';

const HASH = 'a'.repeat(64);

describe('a picture on a card', () => {
  it('is stored as the hash of the picture, undoable, and travels in the .baton file', () => {
    const p = projectWithMap();
    const r = addCard(p.doc, p.cell(0), 'Reads the pricing page');
    if (!r.ok) throw new Error(refusalSentence(r.refusal));
    expect(setCardImage(p.doc, r.value, HASH).ok).toBe(true);
    expect(p.snap().cards[r.value]!.imageHash).toBe(HASH);
    expect(referencedAssetHashes(p.doc)).toContain(HASH);
    undo(p.doc);
    expect(p.snap().cards[r.value]!.imageHash).toBeUndefined();
  });

  it('refuses what is not a picture hash and reads a damaged value as no picture', () => {
    const p = projectWithMap();
    const r = addCard(p.doc, p.cell(0), 'x');
    if (!r.ok) throw new Error(refusalSentence(r.refusal));
    expect(setCardImage(p.doc, r.value, '../etc/passwd').ok).toBe(false);
    expect(setCardImage(p.doc, 'nope', HASH).ok).toBe(false);
    expect(setCardImage(p.doc, r.value, HASH).ok).toBe(true);
    expect(setCardImage(p.doc, r.value, null).ok).toBe(true);
    expect(p.snap().cards[r.value]!.imageHash).toBeUndefined();
  });
});
