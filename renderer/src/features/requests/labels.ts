/** The words the requests screens, the CSV and the report show for a request's stage, persona and team. Pure. */
import type { ProjectSnapshot } from '../../document/projection';
import { sortByOrder } from '../../domain/ordering';
import type { ContentRequest } from '../../domain/requests';
import { RQ } from './strings';

export interface StageOption {
  readonly id: string;
  readonly name: string;
  /** "Map › Stage" when the project has several maps. */
  readonly label: string;
  readonly mapId: string;
  readonly mapTitle: string;
}

/** Every stage, map by map in the maps' order, each with the label the screens show. */
export function stageOptionsOf(s: Pick<ProjectSnapshot, 'maps' | 'stages'>): StageOption[] {
  const maps = sortByOrder(Object.values(s.maps));
  const several = maps.length > 1;
  return maps.flatMap((m) =>
    sortByOrder(Object.values(s.stages).filter((st) => st.mapId === m.id)).map((st) => ({
      id: st.id,
      name: st.name,
      label: several ? RQ.stageIn(m.title, st.name) : st.name,
      mapId: m.id,
      mapTitle: m.title,
    })),
  );
}

/** The words shown for a request's stage, persona and team ('' when none or gone). */
export function labelsOf(s: Pick<ProjectSnapshot, 'maps' | 'stages' | 'personas' | 'teams'>) {
  const stages = new Map(stageOptionsOf(s).map((o) => [o.id, o.label]));
  return {
    stage: (r: Pick<ContentRequest, 'stageId'>) => stages.get(r.stageId) ?? '',
    persona: (r: Pick<ContentRequest, 'personaId'>) => {
      const p = s.personas[r.personaId];
      return p ? p.name || RQ.unnamedPersona : '';
    },
    team: (r: Pick<ContentRequest, 'teamId'>) => s.teams[r.teamId]?.name ?? '',
  };
}

export type Labels = ReturnType<typeof labelsOf>;

/** "12 Mar 2025" for a YYYY-MM-DD day (noon, so no time zone moves it to another day). */
const dayFormat = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
export const formatDay = (d: string) => (d ? dayFormat.format(new Date(`${d}T12:00:00`)) : '');
