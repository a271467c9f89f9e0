import { describe, expect, it } from 'vitest';
import { curveMarkerPath, curveStyle, curveSurface, mapCurves, PERSONA_CURVE_COLORS } from '../../renderer/src/domain/curveStyle';
import { DEFAULT_TEAMS } from '../../renderer/src/domain/templates';
import { contrastRatio, parseHex } from '../../renderer/src/ui/theme/contrast';
import { PALETTES, THEMES } from '../../renderer/src/ui/theme/palettes';

// The colours a new team gets (document/actions/teams.ts) and the default teams.
const TEAM_COLORS = [...DEFAULT_TEAMS.map((t) => t.color), '#7048e8', '#c2255c', '#0b7285', '#5c940d', '#e67700', '#495057'];

/** CIE76 colour difference in CIELAB (D65): above ~20 two colours read as different hues or shades. */
function deltaE(a: string, b: string): number {
  const lab = (hex: string) => {
    const [r, g, b2] = parseHex(hex).map((v) => {
      const c = v / 255;
      return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    }) as [number, number, number];
    const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
    const x = f((r * 0.4124 + g * 0.3576 + b2 * 0.1805) / 0.95047);
    const y = f(r * 0.2126 + g * 0.7152 + b2 * 0.0722);
    const z = f((r * 0.0193 + g * 0.1192 + b2 * 0.9505) / 1.08883);
    return [116 * y - 16, 500 * (x - y), 200 * (y - z)];
  };
  const p = lab(a);
  const q = lab(b);
  return Math.hypot(p[0]! - q[0]!, p[1]! - q[1]!, p[2]! - q[2]!);
}

describe('emotion curve styles', () => {
  it.each(THEMES)('every curve reads on the %s theme’s lane bands (4.5:1)', (name) => {
    const p = PALETTES[name];
    const surface = curveSurface(name);
    for (const slot of [null, 0, 1, 2, 3]) {
      for (const bg of [p.bg, p.panel, p['band-even'], p['band-odd']]) {
        expect(contrastRatio(curveStyle(slot, surface).color, bg), `${name} ${slot} on ${bg}`).toBeGreaterThanOrEqual(4.5);
      }
    }
  });

  it('persona curves keep clear of every team colour and of each other', () => {
    for (const surface of ['light', 'dark'] as const) {
      const colors = PERSONA_CURVE_COLORS[surface];
      for (const c of colors) for (const t of TEAM_COLORS) expect(deltaE(c, t), `${c} vs team ${t}`).toBeGreaterThan(24);
      const all = [curveStyle(null, surface).color, ...colors];
      for (const a of all) for (const b of all) if (a !== b) expect(deltaE(a, b), `${a} vs ${b}`).toBeGreaterThan(24);
    }
  });

  it('the first twelve persona curves and the map’s own curve all look different, in greyscale too', () => {
    const looks = [null, ...Array.from({ length: 12 }, (_, i) => i)].map((slot) => curveStyle(slot));
    expect(new Set(looks.map((s) => `${s.color} ${s.dash}`)).size).toBe(13);
    // Without colour: the first six persona curves and the own curve differ by dash or marker.
    const grey = looks.slice(0, 7).map((s) => `${s.dash}|${s.marker}`);
    expect(new Set(grey).size).toBe(7);
    // Two personas side by side never share a dash pattern.
    for (let i = 0; i < 11; i++) expect(curveStyle(i).dash).not.toBe(curveStyle(i + 1).dash);
  });

  it('light and dark surfaces keep the same dash and marker for a slot', () => {
    for (let i = 0; i < 6; i++) {
      const l = curveStyle(i, 'light');
      const d = curveStyle(i, 'dark');
      expect([l.dash, l.marker]).toEqual([d.dash, d.marker]);
      expect(l.color).not.toBe(d.color);
    }
  });

  it('lists the own curve only when the map has no persona or the own curve has points', () => {
    expect(mapCurves([], false).map((c) => c.key)).toEqual(['own']);
    expect(mapCurves(['a', 'b'], false).map((c) => c.key)).toEqual(['a', 'b']);
    expect(mapCurves(['a'], true).map((c) => c.key)).toEqual(['own', 'a']);
    const [, a, b] = mapCurves(['a', 'b'], true);
    expect(a!.style).toEqual(curveStyle(0));
    expect(b!.style.color).not.toBe(a!.style.color);
  });

  it('draws each marker as a closed path around its centre', () => {
    for (const m of ['circle', 'square', 'diamond', 'triangle'] as const) {
      const d = curveMarkerPath(m, 50, 40, 10);
      expect(d.startsWith('M')).toBe(true);
      expect(d.endsWith('Z')).toBe(true);
    }
  });
});
