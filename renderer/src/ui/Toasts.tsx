import { useLayoutEffect, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { S } from '../strings';
import { dismissToast, toasts } from './toasts';

/**
 * A screen marks the control people came for (the phone's Add card) with `data-main-control`;
 * the toasts move to the top of the screen while the bottom would cover one, and back.
 */
export const MAIN_CONTROL = 'data-main-control';

/** Whether toasts `height` px tall at the bottom (or the top) of the window would cover a main control. */
function covers(height: number, where: 'top' | 'bottom'): boolean {
  const margin = 16 + 8;
  const [from, to] = where === 'bottom' ? [innerHeight - margin - height, innerHeight] : [0, margin + height];
  for (const el of document.querySelectorAll<HTMLElement>(`[${MAIN_CONTROL}]`)) {
    const r = el.getBoundingClientRect();
    if (r.width && r.height && r.top < to && r.bottom > from) return true;
  }
  return false;
}

/**
 * A screen's column where toasts sit instead of the bottom of the window (`data-toast-dock`: the
 * project's sidebar, as Gmail does), so they never cover a card of the map or its zoom controls.
 * Not where that column is hidden (room mode, a phone).
 */
export const TOAST_DOCK = 'data-toast-dock';

function dockBox(): { left: number; width: number } | null {
  const el = document.querySelector<HTMLElement>(`[${TOAST_DOCK}]`);
  const r = el?.getBoundingClientRect();
  if (!el || !r || r.width < 120 || !el.checkVisibility()) return null;
  return { left: r.left + 8, width: r.width - 16 };
}

export function Toasts() {
  const list = useStore(toasts, (s) => s.list);
  const ref = useRef<HTMLDivElement>(null);
  const [atTop, setAtTop] = useState(false);
  const [dock, setDock] = useState<{ left: number; width: number } | null>(null);
  useLayoutEffect(() => {
    if (!list.length) return;
    const place = () => {
      const d = dockBox();
      setDock((old) => (old?.left === d?.left && old?.width === d?.width ? old : d));
      const h = ref.current?.getBoundingClientRect().height ?? 0;
      setAtTop(!d && covers(h, 'bottom') && !covers(h, 'top'));
    };
    place();
    window.addEventListener('scroll', place, true);
    window.addEventListener('resize', place);
    return () => {
      window.removeEventListener('scroll', place, true);
      window.removeEventListener('resize', place);
    };
  }, [list]);
  return (
    <div
      ref={ref}
      className={`toasts${atTop ? ' toasts-top' : ''}${dock ? ' toasts-docked' : ''}`}
      style={dock ? { left: dock.left, width: dock.width } : undefined}
      role="status"
      aria-live="polite"
    >
      {list.map((t) => (
        <div key={t.id} className={`toast toast-${t.tone}`}>
          <span>{t.message}</span>
          {t.action && (
            <button
              type="button"
              onClick={() => {
                t.action?.run();
                dismissToast(t.id);
              }}
            >
              {t.action.label}
            </button>
          )}
          <button type="button" className="toast-close" aria-label={S.close} onClick={() => dismissToast(t.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
