/**
 * How the workshop actions clean what people type, and the notice when a text was cut.
 */
import { cleanText } from '../../../domain/limits';
import type { Notice } from '../result';

export function clean(
  text: string,
  max: number,
  opts: { singleLine?: boolean; allowEmpty?: boolean } = { singleLine: true },
) {
  return cleanText(text, max, opts);
}

export const truncated = (c: { ok: boolean; truncated?: boolean }, max: number): Notice | undefined =>
  c.ok && c.truncated ? { code: 'textTruncated', max } : undefined;

export const DATE = /^\d{4}-\d{2}-\d{2}$/;
