import { useRef, useState } from 'react';
import {
  addPersonaListItem,
  removePersonaListItem,
  updatePersonaListItem,
} from '../../document/actions/personas';
import type { PersonaListField } from '../../domain/personas';
import { report } from '../../ui/toasts';
import { useProjectDoc } from '../../shared/ProjectContext';
import { TypingInput } from '../../shared/fields';
import { PS } from './strings';

/** A list section (goals, pains…): each item editable in place, removable, and a field to add one. */
export function ListEditor({
  personaId,
  field,
  items,
}: {
  personaId: string;
  field: PersonaListField;
  items: readonly string[];
}) {
  const doc = useProjectDoc();
  const noun = PS.itemNoun[field] ?? 'item';
  const [adding, setAdding] = useState('');
  const addRef = useRef<HTMLInputElement>(null);
  const add = () => {
    const r = addPersonaListItem(doc, personaId, field, adding);
    if (report(r)) setAdding('');
    addRef.current?.focus();
  };
  return (
    <div className="persona-list" data-testid={`list-${field}`}>
      {items.length > 0 && (
        <ul className="persona-list-items">
          {items.map((item, i) => (
            <li key={i}>
              <TypingInput
                value={item}
                label={PS.editItem(noun, i + 1)}
                className="persona-list-input"
                testId={`item-${field}`}
                onSave={(text, key, final) => {
                  if (!text.trim() && !final) return;
                  report(updatePersonaListItem(doc, personaId, field, i, text, key));
                }}
              />
              <button
                type="button"
                className="icon-button"
                aria-label={PS.removeItem(noun, item)}
                title={PS.removeItem(noun, item)}
                onClick={() => report(removePersonaListItem(doc, personaId, field, i))}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="persona-list-add">
        <input
          ref={addRef}
          value={adding}
          aria-label={PS.addItem(noun)}
          placeholder={`${PS.addItem(noun)}…`}
          dir="auto"
          onChange={(e) => setAdding(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter') {
              e.preventDefault();
              if (adding.trim()) add();
            }
          }}
        />
        <button type="button" onClick={add} disabled={!adding.trim()} aria-label={PS.addItem(noun)}>
          + {PS.addItemButton}
        </button>
      </div>
    </div>
  );
}
