/**
 * A file name made from a title that every operating system accepts: no path separators or
 * characters Windows forbids, no control characters, no leading or trailing dots or spaces,
 * not a reserved device name (CON, NUL, COM1…), at most 80 characters before the extension.
 */
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[<>:"/\\|?*\u0000-\u001F\u007F]/g;
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;
const MAX_BASE = 80;

export function safeFileName(title: string, extension: string, fallback = 'Baton project'): string {
  let base = String(title ?? '')
    .replace(FORBIDDEN, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[.\s]+|[.\s]+$/g, '');
  base = Array.from(base).slice(0, MAX_BASE).join('').replace(/[.\s]+$/g, '');
  if (!base) base = fallback;
  if (RESERVED.test(base)) base = `_${base}`;
  return `${base}.${extension}`;
}
