/**
 * Shrinks a box's type until its content fits the box (the presenter's focused stage and its
 * panels: a projector shows no scroll bar and nobody scrolls it from the back of the room).
 *
 * The element's size comes from its container (a grid cell), never from its content; its type
 * is `calc(var(--fit) * …)`, so only --fit changes here. Each change of the element's size and
 * each render of its owner measures again: a few layouts of a small page.
 */
import { useLayoutEffect, useState } from 'react';

/** The least scale (22 px projector type → about 12 px): below it the content is cut. */
export const MIN_FIT = 0.55;
/** The most: a big screen with a short stage reads from further back. */
export const MAX_FIT = 1.6;
const STEPS = 7;

/**
 * Whether the content fits: nothing scrolls, and the lowest child ends inside the box
 * (scrollHeight is rounded and never below the box's own height; the children's boxes are not).
 */
function fits(el: HTMLElement): boolean {
  if (el.scrollHeight > el.clientHeight || el.scrollWidth > el.clientWidth) return false;
  const bottom = el.getBoundingClientRect().top + el.clientTop + el.clientHeight;
  let lowest = -Infinity;
  for (const child of el.children) lowest = Math.max(lowest, child.getBoundingClientRect().bottom);
  return lowest <= bottom;
}

/** The largest scale in [MIN_FIT, MAX_FIT] at which `el`'s content fits it, set as --fit on it. */
export function fitToBox(el: HTMLElement): number {
  const set = (k: number) => el.style.setProperty('--fit', String(k));
  set(1);
  const grow = fits(el);
  let lo = grow ? 1 : MIN_FIT;
  let hi = grow ? MAX_FIT : 1;
  set(hi);
  if (fits(el)) return hi;
  set(lo);
  if (!fits(el)) return lo;
  for (let i = 0; i < STEPS; i++) {
    const mid = (lo + hi) / 2;
    set(mid);
    if (fits(el)) lo = mid;
    else hi = mid;
  }
  set(lo);
  return lo;
}

/** A ref for the box to fit (a callback: the box may come and go, a stage taken out of focus). */
export function useFitToBox(): (el: HTMLElement | null) => void {
  const [el, setEl] = useState<HTMLElement | null>(null);
  // Every render: the cards, the lanes or the results may have changed.
  useLayoutEffect(() => {
    if (el) fitToBox(el);
  });
  useLayoutEffect(() => {
    if (!el || typeof ResizeObserver === 'undefined') return;
    let width = -1;
    let height = -1;
    const ro = new ResizeObserver(() => {
      if (el.clientWidth === width && el.clientHeight === height) return;
      width = el.clientWidth;
      height = el.clientHeight;
      fitToBox(el);
    });
    ro.observe(el);
    return () => ro.disconnect();
  }, [el]);
  return setEl;
}
