import { useShallow } from 'zustand/react/shallow';
import { useProject } from '../features/project/ProjectContext';

/** The records of one map. Arrays keep their identity while no record of the map changed. */
export function useMapRecords(mapId: string) {
  const stages = useProject(useShallow((s) => Object.values(s.stages).filter((x) => x.mapId === mapId)));
  const lanes = useProject(useShallow((s) => Object.values(s.lanes).filter((x) => x.mapId === mapId)));
  const cards = useProject(useShallow((s) => Object.values(s.cards).filter((x) => x.mapId === mapId)));
  const connectors = useProject(
    useShallow((s) => Object.values(s.connectors).filter((x) => x.mapId === mapId)),
  );
  return { stages, lanes, cards, connectors };
}
