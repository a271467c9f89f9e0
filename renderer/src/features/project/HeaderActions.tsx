/**
 * Project-wide buttons in the header (export, history, report, live session…). Each feature
 * adds its own small component here.
 */
export function HeaderActions() {
  return null;
}
