import { useState } from 'react';
import { navigate } from '../../ui/router';
import { showToast } from '../../ui/toasts';
import { W } from './strings';

/**
 * The sample project on the home screen: "Open the sample project" on first run (no projects
 * yet), and "Create the sample project" afterwards (it makes a fresh one, e.g. after the
 * first was deleted). `hasProjects` is undefined while the list is loading.
 */
export function SampleProject({ hasProjects }: { hasProjects: boolean | undefined }) {
  const [busy, setBusy] = useState(false);
  if (hasProjects === undefined) return null;
  const open = async () => {
    setBusy(true);
    try {
      // The sample's content is fetched when it is made, not with the home screen.
      const { createSampleProject } = await import('./sample');
      const { projectId, mapId } = await createSampleProject();
      navigate({ name: 'map', projectId, mapId });
    } catch (err) {
      showToast(String((err as Error)?.message ?? err), { tone: 'error' });
      setBusy(false);
    }
  };
  return (
    <div className={hasProjects ? 'sample-project' : 'sample-project first-run'}>
      <button
        type="button"
        className={hasProjects ? undefined : 'primary'}
        disabled={busy}
        onClick={() => void open()}
      >
        {busy ? W.sampleMaking : hasProjects ? W.sampleCreate : W.sampleOpen}
      </button>
      {!hasProjects && <p className="meta">{W.sampleHelp}</p>}
    </div>
  );
}
