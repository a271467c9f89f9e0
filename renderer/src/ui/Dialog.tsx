/**
 * A modal dialog (the browser's <dialog>): it keeps the focus inside, Escape closes it, and the
 * focus goes back where it was. Titled by its heading.
 */
import { useEffect, useId, useRef, type ReactNode } from 'react';
import { U } from '../i18n/ui';
import { Icon } from './icons';

export function Dialog({
  title,
  onClose,
  children,
  className,
  testId,
}: {
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
  testId?: string;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const back = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const d = ref.current;
    if (d && !d.open) d.showModal();
    // The field the dialog is for (the palette's), else the browser's choice (its first control).
    d?.querySelector<HTMLElement>('[data-autofocus]')?.focus();
    return () => {
      if (d?.open) d.close();
      if (back?.isConnected) back.focus({ preventScroll: true });
    };
  }, []);
  return (
    <dialog
      ref={ref}
      className={`app-dialog${className ? ` ${className}` : ''}`}
      aria-labelledby={titleId}
      data-testid={testId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
      onKeyDown={(e) => e.stopPropagation()}
      onClick={(e) => {
        // A click on the backdrop (outside the dialog's box) closes it.
        if (e.target === ref.current) {
          const r = ref.current.getBoundingClientRect();
          if (e.clientX < r.left || e.clientX > r.right || e.clientY < r.top || e.clientY > r.bottom) onClose();
        }
      }}
    >
      <div className="app-dialog-head">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="icon-button" aria-label={U.header.close} title={U.header.close} onClick={onClose}>
          <Icon name="close" />
        </button>
      </div>
      <div className="app-dialog-body">{children}</div>
    </dialog>
  );
}
