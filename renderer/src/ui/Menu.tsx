/**
 * The one menu of the app: behind a button (Menu) or opened at the pointer or the focused item
 * (context menus, ContextMenuHost). The list is drawn in a portal at its place on screen, so it
 * is never clipped by a parent that hides its overflow (a stage header on the map). Keyboard:
 * arrows, Home and End move, Enter or Space runs, Escape or Tab closes and gives the focus back.
 */
import { useEffect, useId, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { createPortal } from 'react-dom';
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';
import { Icon } from './icons';

export interface MenuItem {
  readonly label: string;
  readonly run: () => void;
  readonly disabled?: boolean;
  readonly danger?: boolean;
  /** The shortcut as people read it ("Ctrl+Z"), shown at the end of the line. */
  readonly shortcut?: string;
  /** A choice among several (a theme): shown as a radio item, checked or not. */
  readonly checked?: boolean;
}

interface Anchor {
  /** A point (context menus) or a box to open under (a menu button). */
  readonly x: number;
  readonly y: number;
  readonly below?: DOMRect;
}

const GAP = 4;
const MARGIN = 8;

function MenuList({
  id,
  label,
  items,
  at,
  onClose,
}: {
  id?: string;
  label: string;
  items: readonly MenuItem[];
  at: Anchor;
  onClose: (refocus: boolean) => void;
}) {
  const list = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ left: number; top: number } | null>(null);

  // Place the list where it fits: under the button (or at the point), flipped up or left at the edges.
  useLayoutEffect(() => {
    const el = list.current;
    if (!el) return;
    const w = el.offsetWidth;
    const h = el.offsetHeight;
    const rtl = getComputedStyle(el).direction === 'rtl';
    let left = at.below ? (rtl ? at.below.right - w : at.below.left) : at.x;
    let top = at.below ? at.below.bottom + GAP : at.y;
    if (left + w > window.innerWidth - MARGIN) left = (at.below ? at.below.right : at.x) - w;
    if (top + h > window.innerHeight - MARGIN) top = (at.below ? at.below.top - GAP : at.y) - h;
    setPos({ left: Math.max(MARGIN, left), top: Math.max(MARGIN, top) });
  }, [at]);

  useEffect(() => {
    list.current?.querySelector<HTMLButtonElement>('[role^=menuitem]:not([disabled])')?.focus();
    const close = (e: PointerEvent) => {
      if (!list.current?.contains(e.target as Node)) onClose(false);
    };
    // After this event loop turn: the pointerdown that opened a context menu must not close it.
    const t = setTimeout(() => document.addEventListener('pointerdown', close), 0);
    const onBlurWindow = () => onClose(false);
    window.addEventListener('blur', onBlurWindow);
    return () => {
      clearTimeout(t);
      document.removeEventListener('pointerdown', close);
      window.removeEventListener('blur', onBlurWindow);
    };
  }, [onClose]);

  const onKeyDown = (e: React.KeyboardEvent) => {
    if (menuKeepsKey(e)) e.stopPropagation();
    const all = Array.from(list.current?.querySelectorAll<HTMLButtonElement>('[role^=menuitem]:not([disabled])') ?? []);
    const i = all.indexOf(document.activeElement as HTMLButtonElement);
    const go = (n: number) => {
      e.preventDefault();
      all[(n + all.length) % all.length]?.focus();
    };
    if (e.key === 'Escape' || e.key === 'Tab') {
      e.preventDefault();
      onClose(true);
    } else if (e.key === 'ArrowDown') go(i + 1);
    else if (e.key === 'ArrowUp') go(i - 1);
    else if (e.key === 'Home') go(0);
    else if (e.key === 'End') go(all.length - 1);
  };

  return createPortal(
    <div
      ref={list}
      role="menu"
      id={id}
      aria-label={label}
      className="menu-list"
      // Until measured it is see-through (not hidden): the first item must take the focus at once.
      style={pos ? { left: pos.left, top: pos.top } : { left: at.x, top: at.y, opacity: 0 }}
      onKeyDown={onKeyDown}
      onContextMenu={(e) => e.preventDefault()}
      onDoubleClick={(e) => e.stopPropagation()}
    >
      {items.map((item) => (
        <button
          key={item.label}
          type="button"
          role={item.checked === undefined ? 'menuitem' : 'menuitemradio'}
          aria-checked={item.checked}
          disabled={item.disabled}
          className={item.danger ? 'danger' : undefined}
          onClick={(e) => {
            e.stopPropagation();
            onClose(true);
            item.run();
          }}
        >
          {item.checked !== undefined && <span className="menu-item-check">{item.checked && <Icon name="check" />}</span>}
          <span className="menu-item-label">{item.label}</span>
          {item.shortcut && (
            <kbd className="menu-item-keys" aria-hidden>
              {item.shortcut}
            </kbd>
          )}
        </button>
      ))}
    </div>,
    document.body,
  );
}

/**
 * The keys a menu (or its button) keeps from what is around it: moving in the list, pressing an
 * item, leaving, and what the map would do with them (a menu sits inside a stage or a card, where
 * Delete and Ctrl/Cmd+A act on the selection). Every other key goes on to the app's shortcuts, so
 * Shift+F, Ctrl/Cmd+S or ? work while a menu button has the focus.
 */
const MENU_KEYS = new Set(['Escape', 'Tab', 'ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End', 'PageUp', 'PageDown', 'Enter', ' ', 'Delete', 'Backspace']);
export function menuKeepsKey(e: { key: string; ctrlKey: boolean; metaKey: boolean }): boolean {
  return MENU_KEYS.has(e.key) || ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === 'a');
}

/** A menu behind a button. `items` may be a function: the items are then made when the menu opens. */
export function Menu({
  label,
  items,
  icon,
}: {
  label: string;
  items: readonly MenuItem[] | (() => readonly MenuItem[]);
  icon?: ReactNode;
}) {
  const [at, setAt] = useState<Anchor | null>(null);
  const [opened, setOpened] = useState<readonly MenuItem[]>([]);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const close = useRef((refocus: boolean) => {
    setAt(null);
    if (refocus) button.current?.focus();
  }).current;
  return (
    <div className="menu nodrag nopan" onKeyDown={(e) => menuKeepsKey(e) && e.stopPropagation()}>
      <button
        ref={button}
        type="button"
        className="icon-button"
        aria-label={label}
        title={label}
        aria-haspopup="menu"
        aria-expanded={!!at}
        aria-controls={at ? id : undefined}
        onClick={(e) => {
          e.stopPropagation();
          const r = e.currentTarget.getBoundingClientRect();
          if (!at) setOpened(typeof items === 'function' ? items() : items);
          setAt(at ? null : { x: r.left, y: r.bottom, below: r });
        }}
      >
        {icon ?? <Icon name="more" />}
      </button>
      {at && <MenuList id={id} label={label} items={typeof items === 'function' ? opened : items} at={at} onClose={close} />}
    </div>
  );
}

// ---- Context menus: opened at the pointer (right-click) or at the focused item (keyboard) ----

interface ContextMenuState {
  readonly open: { label: string; items: readonly MenuItem[]; at: Anchor; returnFocus: HTMLElement | null } | null;
}

const contextMenu = createStore<ContextMenuState>(() => ({ open: null }));

export function openContextMenu(label: string, items: readonly MenuItem[], x: number, y: number): void {
  const active = document.activeElement;
  contextMenu.setState({ open: { label, items, at: { x, y }, returnFocus: active instanceof HTMLElement ? active : null } });
}

export function closeContextMenu(): void {
  contextMenu.setState({ open: null });
}

/** Mounted once (App): draws the open context menu. */
export function ContextMenuHost() {
  const open = useStore(contextMenu, (s) => s.open);
  const close = useRef((refocus: boolean) => {
    const back = contextMenu.getState().open?.returnFocus;
    contextMenu.setState({ open: null });
    if (refocus && back?.isConnected) back.focus({ preventScroll: true });
  }).current;
  if (!open) return null;
  return <MenuList label={open.label} items={open.items} at={open.at} onClose={close} />;
}
