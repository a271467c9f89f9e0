/** The shortcut sheet (`?`, or Help › Keyboard shortcuts): every shortcut of the registry, by group, for this platform. */
import { useStore } from 'zustand';
import { U } from '../i18n/ui';
import { platform } from '../platform';
import { Dialog } from '../ui/Dialog';
import { closeOverlay, overlays } from '../ui/overlays';
import { formatShortcut } from './keys';
import { shortcutTables } from './shortcutTables';

/** Keys the map handles itself (moving the cursor, typing): not commands, listed for completeness. */
function mapKeys(isMac: boolean): [string, string][] {
  const mod = isMac ? '⌘' : 'Ctrl+';
  return [
    ['← → ↑ ↓', U.sheet.arrows],
    ['Home, End', U.sheet.homeEnd],
    [`${mod}Home, ${mod}End`, U.sheet.modHomeEnd],
    [isMac ? '⇧↩' : 'Shift+Enter', U.sheet.shiftEnter],
    ['Esc', U.sheet.escape],
    [`${mod}C, ${mod}X, ${mod}V`, U.sheet.copyPaste],
    ['↑ ↓', U.sheet.emotion],
  ];
}

export function ShortcutSheet() {
  const open = useStore(overlays, (s) => s.open === 'shortcuts');
  if (!open) return null;
  const isMac = platform.isMac;
  const groups = shortcutTables(isMac, platform.isDesktop);
  return (
    <Dialog title={U.sheet.title} onClose={closeOverlay} className="shortcut-sheet" testId="shortcut-sheet">
      <p className="hint">{U.sheet.intro}</p>
      <div className="shortcut-groups">
        {groups.map(({ group, caption, rows }) => (
          <table key={group} className="shortcut-table">
            <caption>{caption}</caption>
            <thead className="visually-hidden">
              <tr>
                <th scope="col">{U.sheet.key}</th>
                <th scope="col">{U.sheet.action}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map(({ command: c, keys }) => (
                <tr key={c.id}>
                  <td>
                    {keys.map((k) => (
                      <kbd key={k}>{formatShortcut(k, isMac)}</kbd>
                    ))}
                  </td>
                  <td>{c.label()}</td>
                </tr>
              ))}
            </tbody>
          </table>
        ))}
        <table className="shortcut-table">
          <caption>{U.sheet.mapKeys}</caption>
          <thead className="visually-hidden">
            <tr>
              <th scope="col">{U.sheet.key}</th>
              <th scope="col">{U.sheet.action}</th>
            </tr>
          </thead>
          <tbody>
            {mapKeys(isMac).map(([k, what]) => (
              <tr key={what}>
                <td>
                  <kbd>{k}</kbd>
                </td>
                <td>{what}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Dialog>
  );
}
