/** Gives keyboard focus back to the map after an edit, so arrow keys keep working at once. */
export function focusCanvas(): void {
  document.querySelector<HTMLElement>('[data-canvas-root]')?.focus({ preventScroll: true });
}
