/**
 * How each emotion curve looks: the persona's colour, and a dash pattern of its own so two
 * curves are told apart without relying on colour (the legend shows both).
 */
const DASHES = ['', '12 7', '3 6', '16 5 3 5', '7 4', '2 4 10 4'] as const;

export function curveDash(index: number): string {
  return DASHES[index % DASHES.length] as string;
}

/** The curve without a persona keeps the accent colour and a solid line. */
export const BASE_CURVE_COLOR = 'var(--accent)';
