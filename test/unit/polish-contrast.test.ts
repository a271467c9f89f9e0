import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_TEAMS } from '../../renderer/src/domain/templates';
import { CARD_COLORS } from '../../renderer/src/domain/types';
import { contrastRatio } from '../../renderer/src/ui/theme/contrast';
import { PALETTES, THEMES } from '../../renderer/src/ui/theme/palettes';

describe('WCAG contrast', () => {
  it('is computed the WCAG way', () => {
    expect(contrastRatio('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#fff', '#fff')).toBe(1);
  });
});

describe.each(THEMES)('the %s theme', (name) => {
  const p = PALETTES[name];

  it.each(CARD_COLORS)('keeps card text readable on %s cards (4.5:1), placeholders too', (colour) => {
    expect(contrastRatio(p['card-text'], p.cards[colour])).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(p['card-muted'], p.cards[colour])).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps text, quiet text, links and buttons readable on every background (4.5:1)', () => {
    for (const bg of [p.bg, p.panel, p['band-even'], p['band-odd']]) {
      expect(contrastRatio(p.text, bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(p.muted, bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(p.accent, bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(p.danger, bg)).toBeGreaterThanOrEqual(4.5);
      expect(contrastRatio(p.pos, bg)).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrastRatio(p['accent-text'], p.accent)).toBeGreaterThanOrEqual(4.5);
  });

  it('keeps team chips readable (name on the chip, 4.5:1) and each team colour visible beside it (3:1)', () => {
    // A team chip is the team's name on the panel colour, with a dot of the team's colour:
    // the name carries the meaning, the colour only helps (never colour alone).
    expect(contrastRatio(p.text, p.panel)).toBeGreaterThanOrEqual(4.5);
    for (const t of DEFAULT_TEAMS) expect(contrastRatio(t.color, p.panel), t.name).toBeGreaterThanOrEqual(3);
  });

  it('tells the card colours apart from one another without relying on colour alone', () => {
    // Every pair differs in colour, and each card also carries its colour's name.
    const values = CARD_COLORS.map((c) => p.cards[c].toLowerCase());
    expect(new Set(values).size).toBe(values.length);
  });

  it('shows the focus ring against the page (3:1)', () => {
    expect(contrastRatio(p.focus, p.bg)).toBeGreaterThanOrEqual(3);
  });
});

describe('the first paint (styles.css before the theme is applied)', () => {
  it('uses the light palette, so nothing jumps when the theme loads', () => {
    const css = readFileSync(new URL('../../renderer/src/styles.css', import.meta.url), 'utf8');
    const root = /:root\s*\{([^}]*)\}/.exec(css)?.[1] ?? '';
    const light = PALETTES.light;
    for (const [k, v] of [['bg', light.bg], ['text', light.text], ['accent', light.accent], ['card-yellow', light.cards.yellow]] as const) {
      expect(root, k).toMatch(new RegExp(`--${k}:\\s*${v}`, 'i'));
    }
  });
});
