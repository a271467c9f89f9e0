/**
 * A menu behind a button whose list is drawn in a portal at the button's place on screen, so it
 * is never clipped by the map's nodes (stage headers clip their content). Same keyboard as
 * ui/Menu: arrows move, Escape closes and returns focus to the button.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { MenuItem } from '../../ui/Menu';

export function PopupMenu({ label, items, icon }: { label: string; items: readonly MenuItem[]; icon: string }) {
  const [at, setAt] = useState<DOMRect | null>(null);
  const id = useId();
  const button = useRef<HTMLButtonElement>(null);
  const list = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!at) return;
    const close = (e: PointerEvent) => {
      if (!list.current?.contains(e.target as Node) && !button.current?.contains(e.target as Node)) setAt(null);
    };
    document.addEventListener('pointerdown', close);
    list.current?.querySelector<HTMLButtonElement>('[role=menuitem]:not([disabled])')?.focus();
    return () => document.removeEventListener('pointerdown', close);
  }, [at]);
  const onKeyDown = (e: React.KeyboardEvent) => {
    e.stopPropagation();
    if (e.key === 'Escape' || e.key === 'Tab') {
      e.preventDefault();
      setAt(null);
      button.current?.focus();
    }
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      const all = Array.from(list.current?.querySelectorAll<HTMLButtonElement>('[role=menuitem]:not([disabled])') ?? []);
      const i = all.indexOf(document.activeElement as HTMLButtonElement);
      all[(i + (e.key === 'ArrowDown' ? 1 : -1) + all.length) % all.length]?.focus();
    }
  };
  return (
    <>
      <button
        ref={button}
        type="button"
        className="icon-button nodrag nopan"
        aria-label={label}
        title={label}
        aria-haspopup="menu"
        aria-expanded={!!at}
        aria-controls={at ? id : undefined}
        onClick={(e) => {
          e.stopPropagation();
          setAt(at ? null : e.currentTarget.getBoundingClientRect());
        }}
        onKeyDown={(e) => e.stopPropagation()}
      >
        {icon}
      </button>
      {at &&
        createPortal(
          <div
            ref={list}
            role="menu"
            id={id}
            aria-label={label}
            className="menu-list al-popup-menu"
            style={{ left: Math.max(8, Math.min(at.left, window.innerWidth - 260)), top: Math.min(at.bottom + 4, window.innerHeight - 40) }}
            onKeyDown={onKeyDown}
          >
            {items.map((item) => (
              <button
                key={item.label}
                type="button"
                role="menuitem"
                disabled={item.disabled}
                className={item.danger ? 'danger' : undefined}
                onClick={() => {
                  setAt(null);
                  button.current?.focus();
                  item.run();
                }}
              >
                {item.label}
              </button>
            ))}
          </div>,
          document.body,
        )}
    </>
  );
}
