/**
 * One row of controls that never wraps: what does not fit the width goes behind a "More" button
 * at its end. The items stay mounted where they are (a half-filled form in one keeps its state, a
 * test id stays unique): the row clips its second line and makes it inert, and "More" opens the
 * whole list over what is below, without pushing it down. Nothing under the row moves when an
 * item comes or goes.
 */
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';

export function OverflowRow({
  children,
  moreLabel,
  moreText,
  className,
}: {
  children: ReactNode;
  /** The More button's accessible name. */
  moreLabel: string;
  moreText: string;
  className?: string;
}) {
  const box = useRef<HTMLDivElement>(null);
  const [hidden, setHidden] = useState(0);
  const [open, setOpen] = useState(false);
  const openRef = useRef(open);
  openRef.current = open;

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => {
      const kids = [...el.children].filter((k): k is HTMLElement => k instanceof HTMLElement && k.getClientRects().length > 0);
      const top = kids[0]?.offsetTop ?? 0;
      let firstBottom = 0;
      let n = 0;
      for (const k of kids) {
        const over = k.offsetTop > top + 4;
        if (!over) firstBottom = Math.max(firstBottom, k.offsetTop + k.offsetHeight);
        else n++;
        k.toggleAttribute('inert', over && !openRef.current);
        k.dataset.overflow = over ? 'true' : 'false';
      }
      el.style.setProperty('--first-row', `${firstBottom}px`);
      setHidden(n);
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    for (const k of el.children) ro.observe(k);
    return () => ro.disconnect();
  });

  useEffect(() => {
    if (!open) return;
    const away = (e: PointerEvent) => {
      if (!box.current?.parentElement?.contains(e.target as Node)) setOpen(false);
    };
    window.addEventListener('pointerdown', away);
    return () => window.removeEventListener('pointerdown', away);
  }, [open]);
  if (open && hidden === 0) setOpen(false);

  return (
    <div className={`overflow-row${className ? ` ${className}` : ''}`}>
      <div
        ref={box}
        className={`overflow-row-items${open ? ' open' : ''}`}
        onKeyDown={(e) => {
          if (e.key === 'Escape' && open) {
            e.preventDefault();
            setOpen(false);
          }
        }}
      >
        {children}
      </div>
      {hidden > 0 && (
        <button type="button" className="overflow-more" aria-expanded={open} aria-label={moreLabel} title={moreLabel} onClick={() => setOpen((o) => !o)}>
          {moreText} ▾
        </button>
      )}
    </div>
  );
}
