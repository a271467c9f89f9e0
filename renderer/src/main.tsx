import './i18n/boot';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles.css';
import { App } from './App';
import { installFeatures } from './app/install';
import { startTheme } from './ui/theme/theme';
import { startTourIfFirstRun } from './features/tour/tour';

// Before the first render: every feature plugs in (app/features.ts), and the theme sets the colours (the pseudo-locale was applied by ./i18n/boot).
installFeatures();
startTheme();
void startTourIfFirstRun();

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
