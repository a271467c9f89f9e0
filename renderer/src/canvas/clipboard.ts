/**
 * Copy and paste of cards, within a map and between maps (and Baton windows). Cards travel as
 * JSON in a MIME type of our own plus their plain text, so pasting into a mail gives the
 * words. Anything pasted from outside is validated; plain text becomes one card per line.
 */
import { z } from 'zod';
import { LIMITS } from '../domain/limits';
import { CARD_COLORS, type Card } from '../domain/types';
import type { CardDraft } from '../document/actions';

export const BATON_CARDS_MIME = 'application/x-baton-cards+json';

const ClipSchema = z.object({
  baton: z.literal('cards'),
  version: z.literal(1),
  cards: z
    .array(
      z.object({
        text: z.string().max(LIMITS.cardText * 2),
        color: z.enum(CARD_COLORS).optional(),
      }),
    )
    .max(5000),
});

export function serializeCards(cards: readonly Card[]): { json: string; text: string } {
  return {
    json: JSON.stringify({ baton: 'cards', version: 1, cards: cards.map((c) => ({ text: c.text, color: c.color })) }),
    text: cards.map((c) => c.text).join('\n'),
  };
}

export type ParsedClip =
  | { kind: 'cards'; drafts: CardDraft[]; limited: boolean }
  | { kind: 'nothing' };

export function parseClipboard(json: string | undefined, text: string | undefined): ParsedClip {
  if (json) {
    try {
      const parsed = ClipSchema.safeParse(JSON.parse(json));
      if (parsed.success) {
        const drafts = parsed.data.cards.slice(0, LIMITS.cardsPerPaste);
        return { kind: 'cards', drafts, limited: parsed.data.cards.length > drafts.length };
      }
    } catch {
      // Not our JSON: fall through to the plain text.
    }
  }
  const lines = (text ?? '')
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (!lines.length) return { kind: 'nothing' };
  const drafts = lines.slice(0, LIMITS.cardsPerPaste).map((t) => ({ text: t }));
  return { kind: 'cards', drafts, limited: lines.length > drafts.length };
}
