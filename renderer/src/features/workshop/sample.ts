/** The sample project (document/sample/northwind.ts) as a new project of its own. */
import { buildSampleProject, SAMPLE_TITLE } from '../../document/sample/northwind';
import { createProject, withProjectDoc } from '../../storage/projects';

/** Creates the sample project (again, after a deletion) and returns where to open it. */
export async function createSampleProject(): Promise<{ projectId: string; mapId: string }> {
  const { projectId } = await createProject(SAMPLE_TITLE, 'none');
  const { mapId } = await withProjectDoc(projectId, (doc) => buildSampleProject(doc));
  return { projectId, mapId };
}
