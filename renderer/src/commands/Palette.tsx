/**
 * The command palette (Ctrl/Cmd+K): type a few letters of any command, card, persona,
 * glossary term, map or handoff; arrows choose, Enter runs, Escape closes. The WAI-ARIA
 * combobox pattern: the text field keeps the focus and points at the chosen option.
 */
import { useId, useMemo, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { U } from '../i18n/ui';
import { Dialog } from '../ui/Dialog';
import { Icon } from '../ui/icons';
import { closeOverlay, overlays } from '../ui/overlays';
import { commandContext } from './context';
import { paletteEntries, searchPalette, type PaletteEntry } from './search';

export function CommandPalette() {
  const open = useStore(overlays, (s) => s.open === 'palette');
  return open ? <PaletteDialog /> : null;
}

function PaletteDialog() {
  const [entries] = useState(() => paletteEntries(commandContext()));
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const listId = useId();
  const optionId = (i: number) => `${listId}-o${i}`;
  const list = useRef<HTMLUListElement>(null);
  const results = useMemo(() => searchPalette(query, entries), [query, entries]);
  const current = Math.min(active, Math.max(0, results.length - 1));

  const choose = (entry: PaletteEntry | undefined) => {
    if (!entry || entry.disabled) return;
    // Close first: the focus goes back to where it was (the map), then the command acts there.
    closeOverlay();
    requestAnimationFrame(() => entry.run());
  };
  const move = (to: number) => {
    if (!results.length) return;
    const i = (to + results.length) % results.length;
    setActive(i);
    list.current?.querySelector(`#${CSS.escape(optionId(i))}`)?.scrollIntoView({ block: 'nearest' });
  };
  const onKeyDown = (e: React.KeyboardEvent) => {
    if (e.key === 'ArrowDown') {
      e.preventDefault();
      move(current + 1);
    } else if (e.key === 'ArrowUp') {
      e.preventDefault();
      move(current - 1);
    } else if (e.key === 'PageDown') {
      e.preventDefault();
      move(Math.min(results.length - 1, current + 8));
    } else if (e.key === 'PageUp') {
      e.preventDefault();
      move(Math.max(0, current - 8));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      choose(results[current]);
    }
  };

  return (
    <Dialog title={U.palette.title} onClose={closeOverlay} className="palette" testId="command-palette">
      <div className="palette-field">
        <Icon name="search" />
        <input
          data-autofocus
          type="text"
          role="combobox"
          aria-label={U.palette.input}
          aria-expanded={results.length > 0}
          aria-controls={listId}
          aria-autocomplete="list"
          aria-activedescendant={results.length ? optionId(current) : undefined}
          placeholder={U.palette.placeholder}
          value={query}
          autoComplete="off"
          spellCheck={false}
          onChange={(e) => {
            setQuery(e.target.value);
            setActive(0);
          }}
          onKeyDown={onKeyDown}
        />
      </div>
      <p className="visually-hidden" aria-live="polite">
        {query ? U.palette.count(results.length) : ''}
      </p>
      {results.length === 0 ? (
        <p className="empty-state palette-empty">{U.palette.nothing(query)}</p>
      ) : (
        <ul ref={list} id={listId} role="listbox" aria-label={U.palette.results} className="palette-list">
          {results.map((r, i) => (
            <li
              key={r.key}
              id={optionId(i)}
              role="option"
              aria-selected={i === current}
              aria-disabled={r.disabled || undefined}
              className={`palette-option${i === current ? ' active' : ''}${r.disabled ? ' disabled' : ''}`}
              data-kind={r.kind}
              onMouseMove={() => i !== current && setActive(i)}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(r)}
            >
              {r.icon && <Icon name={r.icon} className="palette-icon" />}
              <span className="palette-label" dir="auto">
                {r.label}
              </span>
              <span className="palette-detail" dir="auto">
                {r.disabled ? U.palette.disabledHint : r.detail}
              </span>
              {r.shortcut && <kbd className="palette-keys">{r.shortcut}</kbd>}
            </li>
          ))}
        </ul>
      )}
      <p className="palette-hint">{U.palette.hint}</p>
    </Dialog>
  );
}
