/**
 * The first-run tour, in the page's flow (so it never covers what it talks about), with the
 * step's target outlined: a bar above the home screen, a card at the foot of a project's sidebar. TourWatcher (inside a project) moves
 * on when a step's goal is reached.
 */
import { useEffect } from 'react';
import { useStore } from 'zustand';
import { TS } from './strings';
import { Icon } from '../../ui/icons';
import { useHash } from '../../ui/router';
import { showToast } from '../../ui/toasts';
import { useProject } from '../../shared/ProjectContext';
import { finishTour, nextStep, previousStep, reachedGoal, skipTour, tour, TOUR_STEPS } from './tour';
import './tour.css';

/** What each step points at (outlined while the step is shown). */
const TARGETS = ['#new-project-title', '[data-canvas-root]', '.map-persona-strip', '[data-tour="add-handoff"]', '.app-menus'];

/** Brings a step's control into view and focuses it (or the first control inside it). */
function showTarget(step: number): void {
  const el = document.querySelector<HTMLElement>(TARGETS[step] ?? '');
  if (!el) return;
  const control = el.matches('input, button, select, textarea, [tabindex]')
    ? el
    : el.querySelector<HTMLElement>('input, button, select, textarea, [tabindex]') ?? el;
  control.scrollIntoView({ block: 'nearest', inline: 'nearest' });
  control.focus({ preventScroll: true });
}

/** Screens where the tour stays away: a phone in a live session, print views, the presenter. */
const QUIET = /\/phone$|\/report\/print|\/workshop\/present|^#\/join/;

/**
 * On the home screen the tour is a bar above the screen; in a project it is a card at the foot
 * of the sidebar, so the map never moves under the facilitator's clicks.
 */
export function TourBar({ placement }: { placement: 'top' | 'sidebar' }) {
  const { active, step } = useStore(tour);
  const hash = useHash();
  const onHome = !/^#\/p\//.test(hash);
  const quiet = QUIET.test(hash) || (placement === 'top') !== onHome;
  useEffect(() => {
    if (!active || quiet) return;
    let marked: Element | null = null;
    // The target may render a moment later (the map opening): look again for a short while.
    const mark = () => {
      const el = document.querySelector(TARGETS[step] ?? '');
      if (el === marked) return;
      marked?.classList.remove('tour-target');
      marked = el;
      el?.classList.add('tour-target');
    };
    mark();
    const timer = setInterval(mark, 500);
    return () => {
      clearInterval(timer);
      marked?.classList.remove('tour-target');
    };
  }, [active, step, quiet, hash]);
  // Step 1 is done as soon as a project is open.
  useEffect(() => {
    if (active && step === 0 && !onHome) reachedGoal(0);
  }, [active, step, onHome]);

  if (!active || quiet) return null;
  const s = TS.steps[step];
  if (!s) return null;
  const last = step === TOUR_STEPS - 1;
  return (
    <section className={`tour-bar tour-${placement}`} aria-label={TS.label} data-testid="tour">
      <Icon name="tour" className="tour-icon" />
      <div className="tour-head">
        <p className="tour-step">{TS.step(step + 1, TOUR_STEPS)}</p>
        <p className="tour-title">
          <strong>{s.title}</strong>
        </p>
      </div>
      <div className="tour-text">
        <p className="tour-body">{s.body}</p>
        {s.waiting && <p className="tour-waiting">{s.waiting}</p>}
      </div>
      <div className="tour-buttons">
        {step > 0 && (
          <button type="button" onClick={previousStep}>
            {TS.back}
          </button>
        )}
        {last ? (
          <button
            type="button"
            className="primary"
            onClick={() => {
              finishTour();
              showToast(TS.done);
            }}
          >
            {TS.finish}
          </button>
        ) : s.waiting ? (
          // A step that waits for something says what, and moves on by itself when it happens.
          <>
            <button type="button" className="primary" onClick={() => showTarget(step)}>
              {s.show}
            </button>
            <button type="button" onClick={nextStep}>
              {TS.skipStep}
            </button>
          </>
        ) : (
          <button type="button" className="primary" onClick={nextStep}>
            {TS.next}
          </button>
        )}
        {!last && (
          <button type="button" className="link-button" onClick={skipTour}>
            {TS.skip}
          </button>
        )}
      </div>
    </section>
  );
}

/** The tour on the home screen: the bar above it (drawn above every screen; it shows on the home screen only). */
export function TopTour() {
  return <TourBar placement="top" />;
}

/** The tour in a project: the card at the foot of the sidebar (the project's sidebar slot). */
export function SidebarTour() {
  return <TourBar placement="sidebar" />;
}

/** Inside a project: moves the tour on when a card, a persona on a map or a handoff exists. */
export function TourWatcher() {
  const active = useStore(tour, (t) => t.active);
  // Watching only while the tour runs: counting every card on every change cost ~1 ms per saved
  // keystroke on a 10,000-card project, for a tour most people finished long ago.
  return active ? <ActiveTourWatcher /> : null;
}

function ActiveTourWatcher() {
  const { active, step } = useStore(tour);
  const cards = useProject((s) => (step === 1 ? Object.keys(s.cards).length : 0));
  const personaOnMap = useProject((s) => Object.values(s.maps).some((m) => m.personaIds.length > 0));
  const handoffs = useProject((s) => Object.keys(s.handoffs).length);
  useEffect(() => {
    if (!active) return;
    if (step === 0) reachedGoal(0);
    else if (step === 1 && cards > 0) reachedGoal(1);
    else if (step === 2 && personaOnMap) reachedGoal(2);
    else if (step === 3 && handoffs > 0) reachedGoal(3);
  }, [active, step, cards, personaOnMap, handoffs]);
  return null;
}
