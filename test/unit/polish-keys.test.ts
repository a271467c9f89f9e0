import { describe, expect, it } from 'vitest';
import { formatShortcut, isTypingTarget, matchesShortcut } from '../../renderer/src/commands/keys';

const key = (k: string, mods: Partial<Record<'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey', boolean>> = {}) => ({
  key: k,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...mods,
});
const el = (tagName: string, extra: Record<string, unknown> = {}) => ({ tagName, getAttribute: (n: string) => (extra[n] as string) ?? null, ...extra });

describe('the typing guard (no shortcut fires while typing in a field)', () => {
  it('sees text fields, text areas, selects, editable elements and comboboxes as typing', () => {
    expect(isTypingTarget(el('TEXTAREA'))).toBe(true);
    expect(isTypingTarget(el('INPUT', { type: 'text' }))).toBe(true);
    expect(isTypingTarget(el('INPUT', { type: 'search' }))).toBe(true);
    expect(isTypingTarget(el('INPUT', { type: 'number' }))).toBe(true);
    expect(isTypingTarget(el('INPUT', { type: '' }))).toBe(true);
    expect(isTypingTarget(el('SELECT'))).toBe(true);
    expect(isTypingTarget(el('DIV', { isContentEditable: true }))).toBe(true);
    expect(isTypingTarget(el('DIV', { role: 'combobox' }))).toBe(true);
  });
  it('lets shortcuts through on buttons, checkboxes, the map and the page', () => {
    expect(isTypingTarget(el('BUTTON'))).toBe(false);
    expect(isTypingTarget(el('INPUT', { type: 'checkbox' }))).toBe(false);
    expect(isTypingTarget(el('INPUT', { type: 'radio' }))).toBe(false);
    expect(isTypingTarget(el('DIV', { role: 'application' }))).toBe(false);
    expect(isTypingTarget(null)).toBe(false);
    expect(isTypingTarget(undefined)).toBe(false);
  });
});

describe('shortcuts', () => {
  it('read Mod as Cmd on macOS and Ctrl elsewhere', () => {
    expect(matchesShortcut(key('k', { metaKey: true }), 'Mod+K', true)).toBe(true);
    expect(matchesShortcut(key('k', { ctrlKey: true }), 'Mod+K', true)).toBe(false);
    expect(matchesShortcut(key('k', { ctrlKey: true }), 'Mod+K', false)).toBe(true);
    expect(matchesShortcut(key('K', { ctrlKey: true, shiftKey: true }), 'Mod+K', false)).toBe(false);
  });
  it('tell Undo from Redo by Shift, and ignore Shift for keys that need it (?)', () => {
    expect(matchesShortcut(key('z', { ctrlKey: true }), 'Mod+Z', false)).toBe(true);
    expect(matchesShortcut(key('Z', { ctrlKey: true, shiftKey: true }), 'Mod+Z', false)).toBe(false);
    expect(matchesShortcut(key('Z', { ctrlKey: true, shiftKey: true }), 'Mod+Shift+Z', false)).toBe(true);
    expect(matchesShortcut(key('?', { shiftKey: true }), '?', false)).toBe(true);
    expect(matchesShortcut(key('?', { ctrlKey: true, shiftKey: true }), '?', false)).toBe(false);
    expect(matchesShortcut(key('+', { ctrlKey: true, shiftKey: true }), 'Mod+=', false)).toBe(true);
    expect(matchesShortcut(key('F10', { shiftKey: true }), 'Shift+F10', false)).toBe(true);
    expect(matchesShortcut(key('F10'), 'Shift+F10', false)).toBe(false);
    expect(matchesShortcut(key('ArrowLeft', { altKey: true }), 'Alt+ArrowLeft', true)).toBe(true);
  });
  it('are written the way each platform writes them', () => {
    expect(formatShortcut('Mod+Shift+S', true)).toBe('⇧⌘S');
    expect(formatShortcut('Mod+Shift+S', false)).toBe('Ctrl+Shift+S');
    expect(formatShortcut('Alt+ArrowUp', false)).toBe('Alt+↑');
    expect(formatShortcut('Alt+ArrowUp', true)).toBe('⌥↑');
    expect(formatShortcut('?', false)).toBe('?');
    expect(formatShortcut('Delete', false)).toBe('Del');
  });
});
