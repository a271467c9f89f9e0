/**
 * A row that folds its words away step by step until it fits, measured rather than guessed
 * from the window's width: a longer title, another language or the projector's larger type
 * each fold exactly as far as they need. The element gets `data-fold="0…max"`; the CSS says
 * what each step hides (their names stay for screen readers and in the tooltips).
 */
import { useLayoutEffect, type RefObject } from 'react';

/**
 * `fits(el)` says whether the row looks right at the step being tried; the first step that fits
 * is kept, the last one when none does. Re-measured whenever the row or one of its items changes
 * size (a timer starting, a label's language, the theme).
 */
export function useFoldToFit(ref: RefObject<HTMLElement | null>, max: number, fits: (el: HTMLElement) => boolean): void {
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    let busy = false;
    const measure = () => {
      if (busy) return;
      busy = true;
      let step = 0;
      for (; step < max; step++) {
        el.dataset.fold = String(step);
        if (fits(el)) break;
      }
      el.dataset.fold = String(step);
      busy = false;
    };
    measure();
    const ro = new ResizeObserver(measure);
    ro.observe(el);
    for (const k of el.querySelectorAll(':scope > *, :scope > * > *')) ro.observe(k);
    // Items come and go (the timer's widget, a live session's button): watch them too.
    const mo = new MutationObserver(() => {
      for (const k of el.querySelectorAll(':scope > *, :scope > * > *')) ro.observe(k);
      measure();
    });
    mo.observe(el, { childList: true, subtree: true, characterData: true });
    return () => {
      ro.disconnect();
      mo.disconnect();
    };
  }, [ref, max, fits]);
}

/** Whether an element's own text is cut (an ellipsis, a clipped line). */
export function isCut(el: Element | null): boolean {
  return !!el && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1);
}
