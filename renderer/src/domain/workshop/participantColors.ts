/**
 * Participants' dot colours, chosen so that no person's dots can be mistaken for a team's
 * colour (issue 23 item 10: a person in green next to Customer success in green) nor for
 * another person's. Distance is CIE76 ΔE in CIELAB: about 2.3 is the smallest difference a
 * person notices side by side; dots on a projected map need far more, so a colour closer than
 * MIN_DELTA_E to any team colour is never offered.
 */

/** Colours offered in turn; each carries white text (contrast ≥ 4.5:1 on every one). */
export const PARTICIPANT_PALETTE = [
  '#7048e8', // violet
  '#c2255c', // raspberry
  '#0b7285', // dark teal
  '#862e9c', // purple
  '#5c940d', // olive green
  '#a61e4d', // wine
  '#495057', // slate
  '#1864ab', // navy
  '#9c36b5', // orchid
  '#b02525', // brick red
  '#6b4226', // brown
  '#2b3a8f', // indigo
  '#087f5b', // pine
  '#d6336c', // pink
  '#364fc7', // royal blue
  '#e8590c', // orange
] as const;

/** Below this ΔE from a team colour a participant colour is not offered. */
export const MIN_DELTA_E = 30;

type Lab = readonly [number, number, number];

function toLab(hex: string): Lab | null {
  const m = /^#?([0-9a-f]{6})$/i.exec(hex.trim());
  if (!m) return null;
  const n = parseInt(m[1]!, 16);
  const lin = (c: number) => {
    const v = c / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  const r = lin((n >> 16) & 255);
  const g = lin((n >> 8) & 255);
  const b = lin(n & 255);
  // sRGB (D65) to XYZ, relative to the D65 white point.
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 ΔE between two hex colours; Infinity when either is not a colour. */
export function colourDistance(a: string, b: string): number {
  const p = toLab(a);
  const q = toLab(b);
  if (!p || !q) return Infinity;
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

/**
 * The colour for the next participant of a session: the first palette colour at least
 * MIN_DELTA_E from every team colour and from every colour already given in the session;
 * when the palette runs out, the least-used of the colours clear of the teams; when a project's
 * own team colours leave none clear, the one farthest from them.
 */
export function pickParticipantColour(
  teamColours: readonly string[],
  taken: readonly string[],
  palette: readonly string[] = PARTICIPANT_PALETTE,
): string {
  const fromTeams = (c: string) => Math.min(Infinity, ...teamColours.map((t) => colourDistance(c, t)));
  const clear = palette.filter((c) => fromTeams(c) >= MIN_DELTA_E);
  if (clear.length === 0) return [...palette].sort((a, b) => fromTeams(b) - fromTeams(a))[0] ?? '#495057';
  const fresh = clear.find((c) => taken.every((t) => colourDistance(c, t) >= MIN_DELTA_E));
  if (fresh) return fresh;
  const uses = (c: string) => taken.filter((t) => t.toLowerCase() === c.toLowerCase()).length;
  return [...clear].sort((a, b) => uses(a) - uses(b) || clear.indexOf(a) - clear.indexOf(b))[0]!;
}
