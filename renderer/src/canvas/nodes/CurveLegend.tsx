import { curveMarkerPath } from '../../domain/curveStyle';
import { S } from '../../strings';
import { useMapCurves } from './useMapCurves';

/**
 * The legend of an emotion lane, in its label column: each curve's line, dash and point shape
 * beside the persona's name (or "the map's own curve"). Shown once a persona is on the map;
 * a lone curve without a persona needs no legend.
 */
export function CurveLegend({ mapId, laneId }: { mapId: string; laneId: string }) {
  const curves = useMapCurves(mapId, laneId);
  if (!curves.some((c) => c.personaId)) return null;
  return (
    <ul className="curve-legend" aria-label={S.curveLegend} data-testid="curve-legend">
      {curves.map((c) => {
        const name = c.personaName ?? S.ownCurve;
        return (
          <li key={c.key} data-testid="curve-legend-item" data-persona={c.personaId ?? ''} data-color={c.style.color}>
            <svg width="44" height="18" aria-hidden className="curve-legend-swatch">
              <line x1="2" x2="42" y1="9" y2="9" stroke={c.style.color} strokeWidth={c.style.width} strokeDasharray={c.style.dash || undefined} />
              <path d={curveMarkerPath(c.style.marker, 22, 9, 6)} fill="var(--panel)" stroke={c.style.color} strokeWidth="2.5" />
            </svg>
            <span dir="auto">{name}</span>
          </li>
        );
      })}
    </ul>
  );
}
