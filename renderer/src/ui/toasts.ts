import { createStore } from 'zustand/vanilla';
import type { Notice, Refusal } from '../domain/refusals';
import { noticeSentence, refusalSentence } from '../i18n/refusals';

export interface Toast {
  readonly id: number;
  readonly message: string;
  readonly tone: 'info' | 'error';
  readonly action?: { readonly label: string; readonly run: () => void };
}

export const toasts = createStore<{ list: readonly Toast[] }>(() => ({ list: [] }));
let next = 1;

export function showToast(message: string, opts: Partial<Omit<Toast, 'id' | 'message'>> = {}): void {
  const toast: Toast = { id: next++, message, tone: opts.tone ?? 'info', action: opts.action };
  toasts.setState((s) => ({ list: [...s.list.slice(-3), toast] }));
  const ms = toast.action ? 10_000 : toast.tone === 'error' ? 8_000 : 4_000;
  setTimeout(() => dismissToast(toast.id), ms);
}

export function dismissToast(id: number): void {
  toasts.setState((s) => ({ list: s.list.filter((t) => t.id !== id) }));
}

/** What an action says back, as far as a toast cares. */
export type Said = { readonly ok: true; readonly notice?: Notice } | { readonly ok: false; readonly refusal: Refusal };

/** Shows what an action said, in words: its refusal as an error, its notice as information. */
export function report(result: Said): boolean {
  if (!result.ok) showToast(refusalSentence(result.refusal), { tone: 'error' });
  else if (result.notice) showToast(noticeSentence(result.notice));
  return result.ok;
}
