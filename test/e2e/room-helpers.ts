/**
 * Measures of a projected map, as a person at the back of the room would judge it: how much of
 * the window the canvas has, how large the smallest card text is on screen, whether anything on
 * the map moves when a card is selected, and whether the header keeps to one row.
 */
import { expect, type Page } from '@playwright/test';
import { openWorkshop } from './workshop-helpers';

/** The sample project, its past session run again (so a timer runs in the header), back on its map. */
export async function openSampleWithTimer(page: Page) {
  await page.goto('/');
  await page.getByRole('button', { name: 'Open the sample project' }).click();
  await expect(page.getByRole('application', { name: /Journey map/ })).toBeVisible();
  const skip = page.getByRole('button', { name: 'Skip the tour' });
  if (await skip.isVisible()) await skip.click();
  await openWorkshop(page);
  await page.getByRole('link', { name: 'Open session Alignment workshop' }).click();
  await page.getByRole('button', { name: 'Run it again' }).click();
  await page.getByRole('button', { name: 'Start “Map the journey”' }).click();
  await expect(page.getByTestId('header-countdown')).toBeVisible();
  await page.getByRole('button', { name: 'Open the journey map →' }).click();
  await expect(page.getByTestId('card').first()).toBeVisible();
}

export async function pickTheme(page: Page, theme: 'light' | 'projector') {
  await page.getByRole('button', { name: 'Theme', exact: true }).click();
  await page.getByRole('menuitemradio', { name: new RegExp(theme, 'i') }).click();
  await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
}

/** The share of the window's height the canvas takes (the part of it inside the window). */
export function canvasHeightShare(page: Page): Promise<number> {
  return page.evaluate(() => {
    const el = document.querySelector('.canvas-root');
    if (!el) return 0;
    const r = el.getBoundingClientRect();
    const visible = Math.min(r.bottom, innerHeight) - Math.max(r.top, 0);
    return Math.max(0, visible) / innerHeight;
  });
}

/**
 * The smallest card text on screen, in CSS pixels: every element with text of its own in a card
 * that shows in the canvas's pane, its computed font size times the viewport's zoom.
 */
export function smallestCardTextPx(page: Page): Promise<{ px: number; cards: number; what: string }> {
  return page.evaluate(() => {
    const pane = document.querySelector('.react-flow')?.getBoundingClientRect();
    const vp = document.querySelector<HTMLElement>('.react-flow__viewport');
    if (!pane || !vp) return { px: 0, cards: 0, what: 'no canvas' };
    const zoom = new DOMMatrixReadOnly(getComputedStyle(vp).transform).a;
    let px = Infinity;
    let what = '';
    let cards = 0;
    for (const card of document.querySelectorAll<HTMLElement>('[data-testid="card"]')) {
      const r = card.getBoundingClientRect();
      const inPane = r.right > pane.left && r.left < pane.right && r.bottom > pane.top && r.top < pane.bottom;
      const inWindow = r.bottom > 0 && r.top < innerHeight && r.right > 0 && r.left < innerWidth;
      if (!inPane || !inWindow) continue;
      cards++;
      for (const el of [card, ...card.querySelectorAll<HTMLElement>('*')]) {
        const own = [...el.childNodes].some((n) => n.nodeType === Node.TEXT_NODE && n.textContent?.trim());
        if (!own || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
        const b = el.getBoundingClientRect();
        if (b.width < 2 || b.height < 2) continue; // visually hidden (screen-reader only)
        const size = parseFloat(getComputedStyle(el).fontSize) * zoom;
        if (size < px) {
          px = size;
          what = `${el.className || el.tagName}: ${el.textContent?.trim().slice(0, 30)}`;
        }
      }
    }
    return { px: cards ? px : 0, cards, what };
  });
}

/** Whether the header's items sit in one row: every one overlaps every other vertically. */
export function headerRows(page: Page): Promise<number> {
  return page.evaluate(() => {
    const header = document.querySelector('.app-header');
    if (!header) return 0;
    const boxes = [...header.querySelectorAll<HTMLElement>(':scope > *, .workshop-header > *, .timer-widget > *')]
      .filter((e) => e.checkVisibility() && e.getBoundingClientRect().height > 2)
      .map((e) => e.getBoundingClientRect());
    // Rows: distinct bands of items that do not overlap vertically.
    const rows: { top: number; bottom: number }[] = [];
    for (const b of boxes.sort((a, c) => a.top - c.top)) {
      const row = rows.find((r) => b.top < r.bottom - 1 && b.bottom > r.top + 1);
      if (row) {
        row.top = Math.min(row.top, b.top);
        row.bottom = Math.max(row.bottom, b.bottom);
      } else rows.push({ top: b.top, bottom: b.bottom });
    }
    return rows.length;
  });
}

/** Every node's box on screen, by its id. */
export function nodeBoxes(page: Page): Promise<Record<string, [number, number, number, number]>> {
  return page.evaluate(() => {
    const out: Record<string, [number, number, number, number]> = {};
    for (const n of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
      const r = n.getBoundingClientRect();
      out[n.dataset.id ?? ''] = [Math.round(r.x), Math.round(r.y), Math.round(r.width), Math.round(r.height)];
    }
    return out;
  });
}

/**
 * Words on the map's nodes drawn now that a person can't read whole: a text whose element scrolls
 * (scrollWidth > clientWidth or scrollHeight > clientHeight: an ellipsis, a clamped line), or
 * whose lines fall outside a box that clips them, up to its node's own box. One line each.
 */
export function clippedText(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const out: string[] = [];
    const clips = (cs: CSSStyleDeclaration) => cs.overflowX !== 'visible' || cs.overflowY !== 'visible';
    for (const node of document.querySelectorAll<HTMLElement>('.react-flow__node')) {
      const walker = document.createTreeWalker(node, NodeFilter.SHOW_TEXT);
      for (let t = walker.nextNode(); t; t = walker.nextNode()) {
        const text = t.textContent?.trim();
        const el = t.parentElement;
        if (!text || !el || !el.checkVisibility({ opacityProperty: true, visibilityProperty: true })) continue;
        const own = el.getBoundingClientRect();
        if (own.width < 2 || own.height < 2) continue; // screen-reader only
        const what = `${node.dataset.id?.slice(0, 8)} .${el.getAttribute('class')?.split(' ')[0] || el.tagName}: “${text.slice(0, 40)}”`;
        const cs = getComputedStyle(el);
        if (clips(cs) && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)) {
          out.push(`${what} scrolls ${el.scrollWidth}x${el.scrollHeight} in ${el.clientWidth}x${el.clientHeight}`);
          continue;
        }
        const range = document.createRange();
        range.selectNodeContents(t);
        const lines = [...range.getClientRects()].filter((r) => r.width > 0.5);
        for (let a: HTMLElement | null = el; a && a !== node.parentElement; a = a.parentElement) {
          if (a !== node && !clips(getComputedStyle(a))) continue;
          const box = a.getBoundingClientRect();
          const outside = lines.find((r) => r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1);
          if (outside) {
            out.push(`${what} cut by .${String(a.className).split(' ')[0]} (${Math.round(outside.bottom)} > ${Math.round(box.bottom)} or ${Math.round(outside.right)} > ${Math.round(box.right)})`);
            break;
          }
        }
      }
    }
    return out;
  });
}
