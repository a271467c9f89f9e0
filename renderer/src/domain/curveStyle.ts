/**
 * How the emotion curves of a map look, in one place for the canvas and every export (PNG, SVG,
 * PDF map page, the report's "hardest moment"). Pure: no imports.
 *
 * Each persona's curve takes its look from its position among the map's personas, not from the
 * persona's avatar colour: two personas with the same avatar colour still get two curves, and
 * the curve colours keep clear of the team colours (blue, orange, green, purple, magenta, teal,
 * olive, amber, grey) that mark ownership on the same map. Every curve also has its own dash
 * pattern and point marker, so the curves stay apart in greyscale and for colour-blind readers;
 * the legend names each one.
 *
 * Colours come in two sets: for light surfaces (the light theme, paper, PNG/SVG/PDF) and for dark
 * ones (the dark and projector themes); each reaches 4.5:1 against its surface and its lane band
 * (test/unit/curve-style.test.ts checks contrast, the distance to team colours and that no two
 * of the first twelve curves look alike).
 */

/** Light: the light theme and every export on white. Dark: the dark and projector themes. */
export type CurveSurface = 'light' | 'dark';
export type CurveMarker = 'circle' | 'square' | 'diamond' | 'triangle';

export interface CurveStyle {
  /** Stroke colour (#rrggbb). */
  readonly color: string;
  /** SVG stroke-dasharray in px at stroke width `width`; '' is a solid line. */
  readonly dash: string;
  /** Stroke width in px. */
  readonly width: number;
  /** The shape of the curve's points. */
  readonly marker: CurveMarker;
}

/** The map's own curve (no persona): ink on light, white on dark, solid, round points. */
const OWN: Readonly<Record<CurveSurface, string>> = { light: '#1b1e24', dark: '#ffffff' };

/** Persona curves, in the order of the map's personas. Light and dark pair up by hue. */
export const PERSONA_CURVE_COLORS: Readonly<Record<CurveSurface, readonly string[]>> = {
  // plum, brown, navy, olive gold
  light: ['#8a1c7c', '#7a4a14', '#1d3f8f', '#6b6400'],
  // pink, apricot, sky, lime
  dark: ['#ff9ff3', '#ffc078', '#74c0fc', '#c0eb75'],
};

/** Six patterns and four colours: the first twelve persona curves are all different pairs. */
const DASHES = ['14 7', '2 7', '18 6 3 6', '8 5', '3 5 12 5', ''] as const;
const MARKERS: readonly CurveMarker[] = ['square', 'diamond', 'triangle', 'circle'];

/**
 * The look of one curve. `slot` is the persona's position among the map's personas (0, 1, …),
 * or null for the map's own curve.
 */
export function curveStyle(slot: number | null, surface: CurveSurface = 'light'): CurveStyle {
  if (slot === null || slot < 0) return { color: OWN[surface], dash: '', width: 4, marker: 'circle' };
  const colors = PERSONA_CURVE_COLORS[surface];
  return {
    color: colors[slot % colors.length] as string,
    dash: DASHES[slot % DASHES.length] as string,
    width: 4,
    marker: MARKERS[slot % MARKERS.length] as CurveMarker,
  };
}

/** The surface a theme's curves are drawn on (the app's three themes). */
export function curveSurface(theme: 'light' | 'dark' | 'projector'): CurveSurface {
  return theme === 'light' ? 'light' : 'dark';
}

export interface MapCurve {
  /** Stable key: the persona's id, or 'own'. */
  readonly key: string;
  /** Absent for the map's own curve. */
  readonly personaId?: string;
  readonly style: CurveStyle;
}

/**
 * The curves an emotion lane shows: one per persona on the map (in the map's order), plus the
 * map's own curve when the map has no persona or that curve still holds points. The canvas, its
 * legend and the exports all read this list, so they show the same curves in the same looks.
 */
export function mapCurves(
  personaIds: readonly string[],
  ownHasPoints: boolean,
  surface: CurveSurface = 'light',
): MapCurve[] {
  const own: MapCurve[] = personaIds.length === 0 || ownHasPoints ? [{ key: 'own', style: curveStyle(null, surface) }] : [];
  return [...own, ...personaIds.map((personaId, i) => ({ key: personaId, personaId, style: curveStyle(i, surface) }))];
}

/**
 * The SVG path of a point marker centred on (cx, cy) whose shape fits a circle of radius r, so
 * every marker is about the same size (and the same target) as the round one.
 */
export function curveMarkerPath(marker: CurveMarker, cx: number, cy: number, r: number): string {
  const f = (n: number) => String(Math.round(n * 100) / 100);
  switch (marker) {
    case 'square': {
      const h = r * 0.85;
      return `M${f(cx - h)},${f(cy - h)}H${f(cx + h)}V${f(cy + h)}H${f(cx - h)}Z`;
    }
    case 'diamond': {
      const h = r * 1.15;
      return `M${f(cx)},${f(cy - h)}L${f(cx + h)},${f(cy)}L${f(cx)},${f(cy + h)}L${f(cx - h)},${f(cy)}Z`;
    }
    case 'triangle': {
      const h = r * 1.2;
      return `M${f(cx)},${f(cy - h)}L${f(cx + h * 0.95)},${f(cy + h * 0.7)}L${f(cx - h * 0.95)},${f(cy + h * 0.7)}Z`;
    }
    case 'circle':
      return `M${f(cx - r)},${f(cy)}A${f(r)},${f(r)} 0 1 0 ${f(cx + r)},${f(cy)}A${f(r)},${f(r)} 0 1 0 ${f(cx - r)},${f(cy)}Z`;
  }
}
