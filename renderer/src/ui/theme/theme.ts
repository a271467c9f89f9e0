/**
 * The one theme mechanism: light and dark following the computer (prefers-color-scheme), or a
 * theme picked by hand (light, dark, projector), remembered in this computer's settings table
 * (never exported). The presenter view forces the projector theme while it is open.
 *
 * Applying a theme writes its palette (ui/theme/palettes.ts) as CSS variables on <html>, with
 * `data-theme` (light | dark | projector) and `data-scheme` (light | dark) for the few rules that
 * need them, and the `projector` class for rules written before themes existed.
 */
import { createStore } from 'zustand/vanilla';
import { getSetting, putSetting } from '../../storage/db';
import { cssVariables, PALETTES, THEME_CHOICES, type ThemeChoice, type ThemeName } from './palettes';

export interface ThemeState {
  readonly choice: ThemeChoice;
  /** Set by the presenter view: wins over the choice while it lasts. */
  readonly forced: ThemeName | null;
  /** Show each card's colour name on the card (not only to screen readers). */
  readonly colourLabels: boolean;
}

export const themeState = createStore<ThemeState>(() => ({ choice: 'system', forced: null, colourLabels: false }));

export const THEME_SETTING = 'theme';
export const COLOUR_LABELS_SETTING = 'colourLabels';

export function resolveTheme(choice: ThemeChoice, prefersDark: boolean): ThemeName {
  return choice === 'system' ? (prefersDark ? 'dark' : 'light') : choice;
}

const prefersDark = () => typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;

/** The theme on screen now. */
export function activeTheme(): ThemeName {
  const s = themeState.getState();
  return s.forced ?? resolveTheme(s.choice, prefersDark());
}

export function applyTheme(): void {
  if (typeof document === 'undefined') return;
  const name = activeTheme();
  const palette = PALETTES[name];
  const root = document.documentElement;
  for (const [k, v] of Object.entries(cssVariables(palette))) root.style.setProperty(k, v);
  root.style.fontSize = palette.fontSize;
  root.style.colorScheme = palette.scheme;
  root.dataset.theme = name;
  root.dataset.scheme = palette.scheme;
  root.classList.toggle('projector', name === 'projector');
  root.classList.toggle('show-colour-labels', themeState.getState().colourLabels);
}

export function setThemeChoice(choice: ThemeChoice): void {
  themeState.setState({ choice });
  void putSetting(THEME_SETTING, choice).catch(() => undefined);
}

export function setColourLabels(on: boolean): void {
  themeState.setState({ colourLabels: on });
  void putSetting(COLOUR_LABELS_SETTING, on).catch(() => undefined);
}

/** Forces a theme (the presenter view's projector) until the returned function is called. */
export function forceTheme(name: ThemeName): () => void {
  themeState.setState({ forced: name });
  return () => {
    if (themeState.getState().forced === name) themeState.setState({ forced: null });
  };
}

let started = false;

/** Applies the theme at once, follows the computer's changes, then loads the saved choice. */
export function startTheme(): void {
  if (started) return;
  started = true;
  applyTheme();
  themeState.subscribe(applyTheme);
  if (typeof matchMedia === 'function') matchMedia('(prefers-color-scheme: dark)').addEventListener?.('change', applyTheme);
  void Promise.all([getSetting<string>(THEME_SETTING), getSetting<boolean>(COLOUR_LABELS_SETTING)])
    .then(([choice, labels]) => {
      themeState.setState({
        ...(THEME_CHOICES.includes(choice as ThemeChoice) ? { choice: choice as ThemeChoice } : {}),
        colourLabels: labels === true,
      });
    })
    .catch(() => undefined);
}
