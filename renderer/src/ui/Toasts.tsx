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

export function Toasts() {
  const list = useStore(toasts, (s) => s.list);
  const ref = useRef<HTMLDivElement>(null);
  const [atTop, setAtTop] = useState(false);
  useLayoutEffect(() => {
    if (!list.length) return;
    const place = () => {
      const h = ref.current?.getBoundingClientRect().height ?? 0;
      setAtTop(covers(h, 'bottom') && !covers(h, 'top'));
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
    <div ref={ref} className={`toasts${atTop ? ' toasts-top' : ''}`} role="status" aria-live="polite">
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
