import './i18n/boot';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@xyflow/react/dist/style.css';
import './styles.css';
import { App } from './App';
import { startSafely } from './storage/safeStart';
import { installFeatures } from './app/install';
import { startTheme } from './ui/theme/theme';
import { startTourIfFirstRun } from './features/tour/tour';

// Before the first render: every feature plugs in (app/features.ts), and the theme sets the colours (the pseudo-locale was applied by ./i18n/boot).
installFeatures();
startTheme();
void startTourIfFirstRun();

// Before the first render: what hung or crashed the page while opening last time is not reopened.
const skippedAtStart = startSafely();

createRoot(document.getElementById('root') as HTMLElement).render(
  <StrictMode>
    <App skippedAtStart={skippedAtStart} />
  </StrictMode>,
);
