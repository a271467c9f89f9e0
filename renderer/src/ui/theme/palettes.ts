/**
 * The colours of the three themes, in one place: applied as CSS variables by ui/theme/theme.ts
 * (styles.css keeps the light and dark ones as the first paint's fallback) and checked for
 * contrast by test/unit/polish-contrast.test.ts. Pure data.
 *
 * Cards carry their colour's name for screen readers (and on the card itself with Display
 * settings › colour names), so colour is never the only sign.
 */
import { CARD_COLORS, type CardColor } from '../../domain/types';

export const THEMES = ['light', 'dark', 'projector'] as const;
export type ThemeName = (typeof THEMES)[number];
/** What a person picks: one of the themes, or whatever the computer is set to (light or dark). */
export type ThemeChoice = ThemeName | 'system';
export const THEME_CHOICES: readonly ThemeChoice[] = ['system', 'light', 'dark', 'projector'];

export interface Palette {
  readonly bg: string;
  readonly panel: string;
  readonly text: string;
  readonly muted: string;
  readonly line: string;
  readonly 'line-strong': string;
  readonly accent: string;
  readonly 'accent-text': string;
  readonly danger: string;
  readonly 'band-even': string;
  readonly 'band-odd': string;
  readonly focus: string;
  readonly pos: string;
  readonly neg: string;
  /** Text on cards, and quieter text (placeholders) on cards. */
  readonly 'card-text': string;
  readonly 'card-muted': string;
  readonly cards: Readonly<Record<CardColor, string>>;
  /** The root font size: the projector reads from the back of the room. */
  readonly fontSize: string;
  readonly scheme: 'light' | 'dark';
}

export const PALETTES: Readonly<Record<ThemeName, Palette>> = {
  light: {
    bg: '#f6f7f9',
    panel: '#ffffff',
    text: '#1b1e24',
    muted: '#545b66',
    line: '#d5d9e0',
    'line-strong': '#9aa3af',
    accent: '#2747c9',
    'accent-text': '#ffffff',
    danger: '#b3261e',
    'band-even': '#ffffff',
    'band-odd': '#f1f3f7',
    // Dark enough to show on the light page (3:1), still the warm cursor colour.
    focus: '#c45a00',
    pos: '#1e7b34',
    neg: '#b3261e',
    'card-text': '#1b1e24',
    'card-muted': '#4a505a',
    cards: {
      yellow: '#fff1a8',
      blue: '#cfe3ff',
      green: '#cff2d6',
      pink: '#ffd6e7',
      purple: '#e5d9ff',
      orange: '#ffdcbf',
      grey: '#e6e8ec',
    },
    fontSize: '16px',
    scheme: 'light',
  },
  dark: {
    bg: '#15171c',
    panel: '#1f232b',
    text: '#eef0f4',
    muted: '#b4bac5',
    line: '#353b46',
    'line-strong': '#5b6372',
    accent: '#8fa8ff',
    'accent-text': '#0d1020',
    danger: '#ff8a80',
    'band-even': '#1b1e25',
    'band-odd': '#20242c',
    focus: '#ff8c00',
    pos: '#7be08f',
    neg: '#ff8a80',
    'card-text': '#eef0f4',
    'card-muted': '#c8cdd6',
    cards: {
      yellow: '#5c5217',
      blue: '#1f3d66',
      green: '#1f4d2b',
      pink: '#5c2540',
      purple: '#3d2d66',
      orange: '#5c3a1a',
      grey: '#3a3f48',
    },
    fontSize: '16px',
    scheme: 'dark',
  },
  projector: {
    bg: '#000000',
    panel: '#000000',
    text: '#ffffff',
    muted: '#e6e6e6',
    line: '#8c8c8c',
    'line-strong': '#ffffff',
    accent: '#ffd43b',
    'accent-text': '#000000',
    danger: '#ff8787',
    'band-even': '#000000',
    'band-odd': '#161616',
    focus: '#ffd43b',
    pos: '#8ce99a',
    neg: '#ff8787',
    // Bright cards with black text stand out on the black room-sized canvas.
    'card-text': '#000000',
    'card-muted': '#2b2b2b',
    cards: {
      yellow: '#ffe066',
      blue: '#a5d8ff',
      green: '#b2f2bb',
      pink: '#fcc2d7',
      purple: '#d0bfff',
      orange: '#ffc078',
      grey: '#dee2e6',
    },
    fontSize: '22px',
    scheme: 'dark',
  },
};

/** The palette as CSS custom properties (--bg, --card-yellow, …). */
export function cssVariables(p: Palette): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(p)) {
    if (k === 'cards' || k === 'fontSize' || k === 'scheme') continue;
    out[`--${k}`] = v as string;
  }
  for (const c of CARD_COLORS) out[`--card-${c}`] = p.cards[c];
  return out;
}
