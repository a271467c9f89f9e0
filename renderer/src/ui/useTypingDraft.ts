/**
 * The one way a field saves while someone types, shared by every such field (cards, the
 * alignment screens and numbers, personas, the workshop, requests): the field keeps its own
 * draft while it has focus, writes through an action shortly after each pause and at least
 * every few hundred milliseconds (ui/typingSave.ts), with one merge key per focus so a typing
 * session is one undo step; the last keystrokes are written on blur and on unmount; while not
 * focused it follows the document (undo, a peer, another window), and after blur it shows what
 * the document kept (trimmed, limited, or the old value when the action refused).
 */
import { useContext, useEffect, useRef, useState } from 'react';
import { endStep } from '../document/history';
import { ProjectContext } from '../shared/ProjectContext';
import { clearTypingSave, scheduleTypingSave } from './typingSave';

/** Typing is written this long after the last keystroke (well inside the one-second promise). */
export const TYPING_IDLE_MS = 80;

/** `final` is true when the field is left: the moment to drop an emptied list item. */
export type SaveTyped = (text: string, mergeKey: string, final: boolean) => void;

export interface TypingDraftOptions {
  /** The pause after which typing is written (default TYPING_IDLE_MS). */
  idleMs?: number;
  /** Keys typed before the field opened (a card editor opened by typing): added to the value
   * at once and written like any typing. Read on the first render only. */
  typedAhead?: string;
}

export function useTypingDraft(value: string, save: SaveTyped, options: TypingDraftOptions = {}) {
  const idleMs = options.idleMs ?? TYPING_IDLE_MS;
  // Outside a project (a project's name on the home screen) there is no undo step to end.
  const doc = useContext(ProjectContext)?.doc;
  const [draft, setDraft] = useState(() => value + (options.typedAhead ?? ''));
  const focused = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const mergeKey = useRef(`typing:${Math.random()}`);
  const latest = useRef(value + (options.typedAhead ?? ''));
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
    clearTypingSave(timer);
    if (latest.current !== valueRef.current) saveRef.current(latest.current, mergeKey.current, final);
  };

  useEffect(() => {
    if (latest.current !== valueRef.current) scheduleTypingSave(timer, () => write(false), idleMs);
    // Unmounting (a panel closed, a card scrolled away, another map opened): never lose the last keystrokes.
    return () => {
      // timer holds a timeout, not a node: its value at unmount is the one that matters.
      // eslint-disable-next-line react-hooks/exhaustive-deps
      if (timer.current) write(false);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

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
        if (doc) endStep(doc);
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
