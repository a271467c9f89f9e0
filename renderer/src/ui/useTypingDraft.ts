/**
 * The one way a text field saves while someone types, shared by every such field (the
 * alignment screens, personas, the workshop): the field keeps its own draft while it has
 * focus, writes through an action shortly after each pause and at least every few hundred
 * milliseconds (ui/typingSave.ts), with one merge key per focus so a typing session is one
 * undo step; the last keystrokes are written on blur and on unmount; while not focused it
 * follows the document (undo, a peer, another window), and after blur it shows what the
 * document kept (trimmed, limited, or the old value when the action refused).
 */
import { useEffect, useRef, useState } from 'react';
import { endStep } from '../document/history';
import { useProjectDoc } from '../shared/ProjectContext';
import { scheduleTypingSave } from './typingSave';

/** Typing is written this long after the last keystroke (well inside the one-second promise). */
const TYPING_IDLE_MS = 200;

/** `final` is true when the field is left: the moment to drop an emptied list item. */
export type SaveTyped = (text: string, mergeKey: string, final: boolean) => void;

export function useTypingDraft(value: string, save: SaveTyped, idleMs = TYPING_IDLE_MS) {
  const doc = useProjectDoc();
  const [draft, setDraft] = useState(value);
  const focused = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const mergeKey = useRef('');
  const latest = useRef(value);
  const valueRef = useRef(value);
  const saveRef = useRef(save);
  useEffect(() => {
    valueRef.current = value;
    saveRef.current = save;
  });

  useEffect(() => {
    if (!focused.current) {
      setDraft(value);
      latest.current = value;
    }
  }, [value]);

  const write = (final: boolean) => {
    clearTimeout(timer.current);
    timer.current = undefined;
    if (latest.current !== valueRef.current)
      saveRef.current(latest.current, mergeKey.current, final);
  };

  // Unmounting (a panel closed, another map opened): never lose the last keystrokes.
  useEffect(
    () => () => {
      if (timer.current) write(false);
    },
    [],
  );

  return {
    /** Writes what is typed now (Enter in a one-line field that moves on, for example). */
    commit: () => write(true),
    handlers: {
      value: draft,
      onFocus: () => {
        focused.current = true;
        mergeKey.current = `typing:${Math.random()}`;
      },
      onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) => {
        setDraft(e.target.value);
        latest.current = e.target.value;
        scheduleTypingSave(timer, () => write(false), idleMs);
      },
      onBlur: () => {
        focused.current = false;
        write(true);
        endStep(doc);
        // Show what the document kept, once it has answered.
        setTimeout(() => {
          if (!focused.current) {
            setDraft(valueRef.current);
            latest.current = valueRef.current;
          }
        }, 0);
      },
    },
  };
}
