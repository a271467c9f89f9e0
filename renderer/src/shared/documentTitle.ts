/**
 * The window's title: the screen's own (`Acme — Baton`) and a mark a feature adds in front of
 * it (`Edited · Acme — Baton`, the files feature while the project differs from its file), so
 * neither overwrites the other whichever effect runs last.
 */
let base = typeof document !== 'undefined' ? document.title : '';
let mark = '';

const apply = () => {
  if (typeof document !== 'undefined') document.title = mark ? `${mark} · ${base}` : base;
};

export function setDocumentTitle(title: string): void {
  base = title;
  apply();
}

/** '' clears it. */
export function setDocumentTitleMark(text: string): void {
  mark = text;
  apply();
}
