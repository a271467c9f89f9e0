/** Display settings: the theme, colour names on cards, and two switches for testing other languages. */
import { useState } from 'react';
import { useStore } from 'zustand';
import { isPseudoLocale, PSEUDO_KEY } from '../../i18n';
import { HP } from './strings';
import { Dialog } from '../../ui/Dialog';
import { closeOverlay, overlays } from '../../ui/overlays';
import { THEME_CHOICES, type ThemeChoice } from '../../ui/theme/palettes';
import { setColourLabels, setThemeChoice, themeState } from '../../ui/theme/theme';

export const themeLabel = (c: ThemeChoice) => HP.theme[c];

export function SettingsDialog() {
  const open = useStore(overlays, (s) => s.open === 'settings');
  return open ? <SettingsBody /> : null;
}

function SettingsBody() {
  const choice = useStore(themeState, (s) => s.choice);
  const labels = useStore(themeState, (s) => s.colourLabels);
  const [rtl, setRtl] = useState(() => document.documentElement.dir === 'rtl');
  return (
    <Dialog title={HP.settings.title} onClose={closeOverlay} className="settings-dialog" testId="settings-dialog">
      <fieldset className="settings-themes">
        <legend>{HP.theme.label}</legend>
        {THEME_CHOICES.map((c) => (
          <label key={c} className="check">
            <input type="radio" name="theme" value={c} checked={choice === c} onChange={() => setThemeChoice(c)} />
            {themeLabel(c)}
          </label>
        ))}
      </fieldset>
      <label className="check settings-check">
        <input type="checkbox" checked={labels} onChange={(e) => setColourLabels(e.target.checked)} />
        {HP.settings.colourLabels}
      </label>
      <h3>{HP.settings.language}</h3>
      <p className="hint">{HP.settings.languageNote}</p>
      <label className="check settings-check">
        <input
          type="checkbox"
          checked={isPseudoLocale()}
          onChange={(e) => {
            try {
              if (e.target.checked) localStorage.setItem(PSEUDO_KEY, '1');
              else localStorage.removeItem(PSEUDO_KEY);
            } catch {
              /* no local storage: the ?pseudo address still works */
            }
            location.reload();
          }}
        />
        {HP.settings.pseudo}
      </label>
      <label className="check settings-check">
        <input
          type="checkbox"
          checked={rtl}
          onChange={(e) => {
            document.documentElement.dir = e.target.checked ? 'rtl' : 'ltr';
            setRtl(e.target.checked);
          }}
        />
        {HP.settings.direction}
      </label>
    </Dialog>
  );
}
