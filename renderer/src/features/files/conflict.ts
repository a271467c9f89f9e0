/**
 * The question a save asks when its file changed on disk (or is gone): replace it, save as a
 * new file, or cancel. save.ts awaits the answer; ConflictDialog.tsx (in the open project's
 * layers) shows the question. One at a time; an unanswered one is cancelled by the next.
 */
import { createStore } from 'zustand/vanilla';

export type ConflictChoice = 'overwrite' | 'saveAs' | 'cancel';

export interface ConflictQuestion {
  readonly name: string;
  /** changed: written by someone or something else since; missing: moved, renamed or deleted. */
  readonly reason: 'changed' | 'missing';
  readonly answer: (choice: ConflictChoice) => void;
}

export const conflict = createStore<{ question: ConflictQuestion | null }>(() => ({ question: null }));

export function askConflict(name: string, reason: ConflictQuestion['reason']): Promise<ConflictChoice> {
  conflict.getState().question?.answer('cancel');
  return new Promise((resolve) => {
    const question: ConflictQuestion = {
      name,
      reason,
      answer: (choice) => {
        if (conflict.getState().question === question) conflict.setState({ question: null });
        resolve(choice);
      },
    };
    conflict.setState({ question });
  });
}
