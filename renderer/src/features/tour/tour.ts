/**
 * The first-run tour: five steps from nothing to a first map with a persona and a handoff.
 * It starts by itself the first time Baton opens on a computer, can be skipped at any step,
 * and Help › Take the tour starts it again. "Seen" is remembered in the settings table (local,
 * never exported). A step whose goal is reached (a project opened, a card added…) moves on by
 * itself; Next moves on without doing it.
 */
import { createStore } from 'zustand/vanilla';
import { getSetting, putSetting } from '../../storage/db';

export const TOUR_STEPS = 5;
export const TOUR_SEEN_SETTING = 'tourSeen';

export interface TourState {
  readonly active: boolean;
  /** 0-based. */
  readonly step: number;
}

export const tour = createStore<TourState>(() => ({ active: false, step: 0 }));

export function startTour(): void {
  tour.setState({ active: true, step: 0 });
}

/**
 * Also kept in localStorage, which is written at once: the IndexedDB write commits a moment
 * later, and a window closed (or reloaded) in that moment showed the tour again (seen as a
 * flaky end-to-end test under load).
 */
function markSeen(): void {
  try {
    localStorage.setItem(`baton:${TOUR_SEEN_SETTING}`, '1');
  } catch {
    // no localStorage: the settings table below still remembers
  }
  void putSetting(TOUR_SEEN_SETTING, true).catch(() => undefined);
}

function seenHere(): boolean {
  try {
    return localStorage.getItem(`baton:${TOUR_SEEN_SETTING}`) === '1';
  } catch {
    return false;
  }
}

export function nextStep(): void {
  const { step } = tour.getState();
  if (step + 1 >= TOUR_STEPS) return finishTour();
  tour.setState({ step: step + 1 });
}

export function previousStep(): void {
  tour.setState((s) => ({ step: Math.max(0, s.step - 1) }));
}

/** Moves on when a step's goal is reached (only forward, only from that step). */
export function reachedGoal(step: number): void {
  const s = tour.getState();
  if (s.active && s.step === step) nextStep();
}

export function skipTour(): void {
  tour.setState({ active: false });
  markSeen();
}

export function finishTour(): void {
  tour.setState({ active: false, step: 0 });
  markSeen();
}

/** On start-up: the tour, unless this computer has seen it (finished or skipped) before. */
export async function startTourIfFirstRun(): Promise<void> {
  if (seenHere()) return;
  try {
    if ((await getSetting<boolean>(TOUR_SEEN_SETTING)) === true) return;
  } catch {
    return; // no settings (a storage failure): no tour rather than one that comes back every time
  }
  if (!tour.getState().active) startTour();
}
