/**
 * The chrome around the map as a person sees it (issue 18): how many rows the controls above the
 * canvas take, whether any label breaks over two lines, and whether something floating covers a
 * card or the zoom controls.
 */
import type { Page } from '@playwright/test';

type Box = { x: number; y: number; width: number; height: number };

/** Rows of visible controls between the header and the canvas: bands of boxes that don't overlap vertically. */
export function chromeRows(page: Page): Promise<{ rows: number; bottom: number; canvasTop: number; canvasHeight: number }> {
  return page.evaluate(() => {
    const editor = document.querySelector('.map-editor');
    const canvas = document.querySelector('.canvas-root')!.getBoundingClientRect();
    const boxes = [...(editor?.querySelectorAll<HTMLElement>('button, select, input, label, a, [role="status"], .strip-label') ?? [])]
      .filter((e) => !e.closest('.map-editor-body') && e.checkVisibility({ visibilityProperty: true }))
      .map((e) => e.getBoundingClientRect())
      .filter((r) => r.width > 2 && r.height > 2 && r.bottom <= canvas.top + 1);
    const rows: { top: number; bottom: number }[] = [];
    for (const b of boxes.sort((a, c) => a.top - c.top)) {
      const row = rows.find((r) => b.top < r.bottom - 1 && b.bottom > r.top + 1);
      if (row) {
        row.top = Math.min(row.top, b.top);
        row.bottom = Math.max(row.bottom, b.bottom);
      } else rows.push({ top: b.top, bottom: b.bottom });
    }
    return { rows: rows.length, bottom: Math.max(0, ...rows.map((r) => r.bottom)), canvasTop: Math.round(canvas.top), canvasHeight: Math.round(canvas.height) };
  });
}

/** Controls in `selector` whose words break over more than one line (or are cut off) on screen. */
export function wrappedLabels(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const out: string[] = [];
    for (const root of document.querySelectorAll(sel))
      for (const el of root.querySelectorAll<HTMLElement>('button, label, select, .strip-label')) {
        if (!el.checkVisibility({ visibilityProperty: true }) || el.getBoundingClientRect().width < 2) continue;
        const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
        // Lines of text that don't overlap vertically are rows: more than one is a wrapped label.
        const rows: { top: number; bottom: number }[] = [];
        for (let t = walker.nextNode(); t; t = walker.nextNode()) {
          if (!t.textContent?.trim() || !t.parentElement?.checkVisibility()) continue;
          const p = t.parentElement.getBoundingClientRect();
          if (p.width < 2 || p.height < 2) continue; // screen-reader only
          const r = document.createRange();
          r.selectNodeContents(t);
          for (const line of r.getClientRects()) {
            if (line.width <= 1) continue;
            const row = rows.find((x) => line.top < x.bottom - 2 && line.bottom > x.top + 2);
            if (row) {
              row.top = Math.min(row.top, line.top);
              row.bottom = Math.max(row.bottom, line.bottom);
            } else rows.push({ top: line.top, bottom: line.bottom });
          }
        }
        if (rows.length > 1) out.push(`${el.tagName} “${el.textContent?.trim().slice(0, 40)}” on ${rows.length} lines`);
      }
    return out;
  }, selector);
}

export function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width - 0.5 && a.x + a.width > b.x + 0.5 && a.y < b.y + b.height - 0.5 && a.y + a.height > b.y + 0.5;
}

/** What a box (the toasts, the selection's toolbar) covers on the map: cards, handoff markers, the zoom controls. */
export function coveredBy(page: Page, selector: string): Promise<string[]> {
  return page.evaluate((sel) => {
    const over = document.querySelector(sel)?.getBoundingClientRect();
    if (!over || over.width < 1) return [];
    const out: string[] = [];
    const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
    for (const el of document.querySelectorAll<HTMLElement>('[data-testid="card"], [data-testid="handoff-marker"], .zoom-controls')) {
      const b = el.getBoundingClientRect();
      // Only what shows: the part inside the canvas's pane (it clips the map).
      const clip = pane && !el.matches('.zoom-controls');
      const r = clip
        ? { left: Math.max(b.left, pane.left), right: Math.min(b.right, pane.right), top: Math.max(b.top, pane.top), bottom: Math.min(b.bottom, pane.bottom) }
        : b;
      if (r.right <= r.left || r.bottom <= r.top) continue;
      if (over.left < r.right - 0.5 && over.right > r.left + 0.5 && over.top < r.bottom - 0.5 && over.bottom > r.top + 0.5)
        out.push(`${el.dataset.testid ?? el.className}: ${el.textContent?.trim().slice(0, 30)}`);
    }
    return out;
  }, selector);
}
