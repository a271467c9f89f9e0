/**
 * Keyboard shortcuts as data: "Mod+Shift+Z" means Cmd+Shift+Z on macOS and Ctrl+Shift+Z
 * elsewhere. Pure (no React, no DOM globals at import), so the registry's shortcuts are
 * unit-tested for clashes, and one typing guard decides for every shortcut in the app.
 */

/** A shortcut: modifiers and one key joined by "+", e.g. "Mod+K", "Alt+ArrowLeft", "?", "Shift+F10". */
export type Shortcut = string;

export interface KeyLike {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey: boolean;
}

interface Parsed {
  readonly key: string;
  readonly ctrl: boolean;
  readonly meta: boolean;
  readonly alt: boolean;
  readonly shift: boolean;
}

/** Resolves "Mod" for a platform and splits the modifiers from the key. */
export function parseShortcut(s: Shortcut, isMac: boolean): Parsed {
  const parts = s.split('+');
  // "Mod+=" splits cleanly; "Mod++" would not, so the plus key is written "Plus".
  const key = parts.pop() ?? '';
  const mods = new Set(parts.map((p) => p.toLowerCase()));
  return {
    key: key === 'Plus' ? '+' : key,
    ctrl: mods.has('ctrl') || (mods.has('mod') && !isMac),
    meta: mods.has('meta') || mods.has('cmd') || (mods.has('mod') && isMac),
    alt: mods.has('alt'),
    shift: mods.has('shift'),
  };
}

/** Keys whose character already needs Shift on common layouts: Shift is not compared for them. */
const SHIFTED = new Set(['?', '+', '!', '@', '#', '$', '%', '^', '&', '*', '(', ')', '_', ':', '"', '<', '>', '{', '}', '|', '~']);

const sameKey = (pressed: string, wanted: string) =>
  pressed === wanted || (pressed.length === 1 && wanted.length === 1 && pressed.toLowerCase() === wanted.toLowerCase()) ||
  // Zoom keys: "=" and "+" share a key, as do "-" and "_".
  (wanted === '=' && pressed === '+') || (wanted === '-' && pressed === '_');

export function matchesShortcut(e: KeyLike, s: Shortcut, isMac: boolean): boolean {
  const p = parseShortcut(s, isMac);
  if (!sameKey(e.key, p.key)) return false;
  if (e.ctrlKey !== p.ctrl || e.metaKey !== p.meta || e.altKey !== p.alt) return false;
  if (SHIFTED.has(p.key) || p.key === '=' || p.key === '-') return true;
  return e.shiftKey === p.shift;
}

const MAC_SYMBOLS: Record<string, string> = {
  ArrowLeft: '←', ArrowRight: '→', ArrowUp: '↑', ArrowDown: '↓', Enter: '↩', Backspace: '⌫', Delete: '⌦', Escape: 'Esc',
};
const OTHER_NAMES: Record<string, string> = {
  ArrowLeft: '←', ArrowRight: '→', ArrowUp: '↑', ArrowDown: '↓', Delete: 'Del', Escape: 'Esc', ContextMenu: 'Menu',
};

/** How a shortcut is written for people: "⇧⌘Z" on macOS, "Ctrl+Shift+Z" elsewhere. */
export function formatShortcut(s: Shortcut, isMac: boolean): string {
  const p = parseShortcut(s, isMac);
  const key = p.key.length === 1 ? p.key.toUpperCase() : p.key;
  if (isMac) {
    return `${p.ctrl ? '⌃' : ''}${p.alt ? '⌥' : ''}${p.shift ? '⇧' : ''}${p.meta ? '⌘' : ''}${MAC_SYMBOLS[key] ?? key}`;
  }
  return [p.ctrl && 'Ctrl', p.meta && 'Win', p.alt && 'Alt', p.shift && 'Shift', OTHER_NAMES[key] ?? key].filter(Boolean).join('+');
}

/** A canonical form for comparing two shortcuts on one platform ("Mod+Z" on Linux = "Ctrl+Z"). */
export function shortcutKey(s: Shortcut, isMac: boolean): string {
  const p = parseShortcut(s, isMac);
  const key = p.key.length === 1 ? p.key.toLowerCase() : p.key;
  const shift = SHIFTED.has(p.key) ? false : p.shift;
  return `${p.ctrl ? 'C' : ''}${p.meta ? 'M' : ''}${p.alt ? 'A' : ''}${shift ? 'S' : ''}+${key}`;
}

const TEXT_INPUT_TYPES = new Set([
  'text', 'search', 'email', 'number', 'password', 'tel', 'url', 'date', 'time', 'datetime-local', 'month', 'week', '',
]);

interface ElementLike {
  readonly tagName?: string;
  readonly isContentEditable?: boolean;
  readonly type?: string;
  getAttribute?(name: string): string | null;
}

/**
 * THE typing guard: true while the focus is somewhere keys type text (a text field, a text
 * area, a list box, an editable element, a combobox). No shortcut of the registry fires then,
 * so typing "?" or "Delete" in a card or a search box never runs a command.
 */
export function isTypingTarget(target: unknown): boolean {
  if (!target || typeof target !== 'object') return false;
  const el = target as ElementLike;
  if (el.isContentEditable) return true;
  const tag = (el.tagName ?? '').toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  if (tag === 'INPUT') return TEXT_INPUT_TYPES.has((el.type ?? '').toLowerCase());
  const role = el.getAttribute?.('role');
  return role === 'textbox' || role === 'combobox' || role === 'searchbox';
}
