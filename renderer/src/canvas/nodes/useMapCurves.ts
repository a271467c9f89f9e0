/**
 * The emotion curves of one lane as the canvas draws them: domain/curveStyle's list (one per
 * persona on the map, plus the map's own curve while it holds points or no persona is there),
 * in the looks of the theme on screen, with each persona's name. The curve points and the
 * legend both read this, so the legend always names the lines that are drawn.
 */
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { curveSurface, mapCurves, type CurveStyle } from '../../domain/curveStyle';
import { DEFAULT_NAMES } from '../../domain/defaultNames';
import { emotionId } from '../../document/schema';
import { useProject } from '../../shared/ProjectContext';
import { activeTheme, themeState } from '../../ui/theme/theme';

export interface LaneCurve {
  readonly key: string;
  readonly personaId?: string;
  /** The persona's name; absent for the map's own curve. */
  readonly personaName?: string;
  readonly style: CurveStyle;
}

export function useMapCurves(mapId: string, laneId: string): LaneCurve[] {
  const personas = useProject(
    useShallow((s) =>
      (s.maps[mapId]?.personaIds ?? [])
        .map((id) => s.personas[id])
        .filter((p) => p !== undefined)
        .map((p) => `${p.id}\u0000${p.name || DEFAULT_NAMES.unnamedPersona}`),
    ),
  );
  const ownHasPoints = useProject((s) =>
    Object.values(s.stages).some((st) => st.mapId === mapId && !!s.emotions[emotionId(laneId, st.id)]),
  );
  // Re-render when the theme changes: the curve colours differ on light and dark surfaces.
  const surface = useStore(themeState, () => curveSurface(activeTheme()));
  const names = new Map(personas.map((x) => x.split('\u0000') as [string, string]));
  return mapCurves([...names.keys()], ownHasPoints, surface).map((c) => ({
    ...c,
    ...(c.personaId ? { personaName: names.get(c.personaId) } : {}),
  }));
}
