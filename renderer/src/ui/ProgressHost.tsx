import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { U } from '../i18n/ui';
import { progress } from './progress';

/** The bars of long tasks (over a second), each with its Cancel button. Quiet otherwise. */
export function ProgressHost() {
  const tasks = useStore(progress, useShallow((s) => s.tasks.filter((t) => t.visible)));
  if (!tasks.length) return null;
  return (
    <div className="progress-host" aria-live="polite">
      {tasks.map((t) => (
        <div key={t.id} className="progress-task" data-testid="progress-task">
          <span className="progress-label">{t.label}</span>
          <div
            className="progress-bar"
            role="progressbar"
            aria-label={t.label}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={t.fraction === null ? undefined : Math.round(t.fraction * 100)}
            aria-valuetext={t.fraction === null ? U.progress.working : undefined}
          >
            <div
              className={`progress-fill${t.fraction === null ? ' indeterminate' : ''}`}
              style={t.fraction === null ? undefined : { inlineSize: `${Math.round(t.fraction * 100)}%` }}
            />
          </div>
          <button type="button" onClick={t.cancel}>
            {U.progress.cancel}
          </button>
        </div>
      ))}
    </div>
  );
}
