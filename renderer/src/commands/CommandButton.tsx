/** A button for one command of the registry: its name, its shortcut in the tooltip, enabled when it can run. */
import type { ReactNode } from 'react';
import { U } from '../i18n/ui';
import { Icon } from '../ui/icons';
import { useCommand } from './useCommand';

export function CommandButton({
  id,
  children,
  className,
  iconOnly,
  hideWhenDisabled,
  ariaLabel,
}: {
  id: string;
  /** What the button shows (default: its icon and name). */
  children?: ReactNode;
  className?: string;
  /** Only the icon shows; the name is the accessible name and the tooltip. */
  iconOnly?: boolean;
  hideWhenDisabled?: boolean;
  ariaLabel?: string;
}) {
  const c = useCommand(id);
  if (hideWhenDisabled && !c.enabled) return null;
  const title = c.shortcut ? U.header.withShortcut(c.label, c.shortcut) : c.label;
  return (
    <button
      type="button"
      className={className ?? (iconOnly ? 'icon-button' : undefined)}
      disabled={!c.enabled}
      title={title}
      aria-label={ariaLabel ?? (iconOnly ? c.label : undefined)}
      aria-keyshortcuts={undefined}
      data-command={id}
      onClick={c.run}
    >
      {children ?? (
        <>
          {c.command.icon && <Icon name={c.command.icon} />}
          {!iconOnly && <span>{c.label}</span>}
        </>
      )}
    </button>
  );
}
