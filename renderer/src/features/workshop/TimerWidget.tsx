/**
 * The workshop's part of the project header, on every screen of the project: the running
 * agenda item and its countdown (with pause, +5 and next), a clear signal at zero (red, an
 * assertive screen-reader announcement, an optional short beep), and who is at the keyboard
 * when it is not the facilitator.
 */
import { useEffect, useRef, useState } from 'react';
import { extendAgendaItem, pauseAgendaItem, resumeAgendaItem, skipAgendaItem } from '../../document/actions/workshop/timers';
import { FACILITATOR, setIdentity } from '../../document/identity';
import type { AgendaItem } from '../../domain/workshop/records';
import { currentItem, formatClock, isOverTime, remainingMs } from '../../domain/workshop/timer';
import { getSetting, putSetting } from '../../storage/db';
import { report } from '../../ui/toasts';
import { useProject, useProjectDoc } from '../../shared/ProjectContext';
import { openPresenter } from './commands';
import { useAgenda, useIdentity, useNow, useRunningSession } from './hooks';
import { W } from './strings';

const BEEP_SETTING = 'workshop:beep';

export function WorkshopHeader() {
  return (
    <div className="workshop-header">
      <IdentityChip />
      <TimerWidget />
    </div>
  );
}

function IdentityChip() {
  const me = useIdentity();
  const projectId = useProject((s) => s.info.projectId);
  const name = useProject((s) =>
    me.role === 'participant' ? s.participants[me.participantId]?.name : undefined,
  );
  if (me.role !== 'participant') return null;
  return (
    <span className="identity-chip" data-testid="identity-chip">
      {W.actingAs(name ?? '?')}
      <button
        type="button"
        className="link-button"
        onClick={() => setIdentity(projectId, FACILITATOR)}
      >
        {W.backToFacilitator}
      </button>
    </span>
  );
}

export function TimerWidget() {
  const session = useRunningSession();
  const items = useAgenda(session?.id);
  const item = currentItem(items);
  if (!session) return null;
  return <RunningTimer item={item} sessionId={session.id} />;
}

function RunningTimer({ item, sessionId }: { item: AgendaItem | undefined; sessionId: string }) {
  const doc = useProjectDoc();
  const projectId = useProject((s) => s.info.projectId);
  const now = useNow(item?.state === 'running');
  const over = item ? isOverTime(item, now) : false;
  const [announcement, setAnnouncement] = useState('');
  const [beep, setBeep] = useState(false);
  const announced = useRef<string>('');
  const wasOver = useRef<boolean | null>(null);

  useEffect(() => {
    let live = true;
    void getSetting<boolean>(BEEP_SETTING)
      .then((v) => live && setBeep(v === true))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, []);

  // The signal at zero: once per item and timebox (extending re-arms it).
  const key = item ? `${item.id}:${item.minutes}:${item.extraMs}:${item.startedAt}` : '';
  useEffect(() => {
    if (!item) return;
    if (over && announced.current !== key) {
      announced.current = key;
      setAnnouncement(W.timeUp(item.title));
      // Beep only when we saw it happen, not when a reload lands in an item already over time.
      if (beep && wasOver.current === false) playBeep();
    }
    if (!over && announced.current !== key) setAnnouncement('');
    wasOver.current = over;
  }, [over, key, item, beep]);

  return (
    <div
      className={`timer-widget ${over ? 'over' : ''}`}
      role="group"
      aria-label={W.timerWidget}
      data-testid="timer-widget"
    >
      {item ? (
        <>
          <a className="timer-title" href={`#/p/${projectId}/workshop/${sessionId}`} dir="auto">
            {item.title}
          </a>
          <span className="timer-clock" data-testid="header-countdown" role="timer" aria-live="off">
            {over
              ? `⚠ ${formatClock(remainingMs(item, now))}`
              : formatClock(remainingMs(item, now))}
            {item.state === 'paused' && <span className="countdown-note"> ({W.paused})</span>}
          </span>
          {item.state === 'running' ? (
            <button
              type="button"
              className="icon-button"
              aria-label={W.pauseItem(item.title)}
              title={W.pauseItem(item.title)}
              onClick={() => report(pauseAgendaItem(doc, item.id))}
            >
              ❚❚
            </button>
          ) : (
            <button
              type="button"
              className="icon-button"
              aria-label={W.resumeItem(item.title)}
              title={W.resumeItem(item.title)}
              onClick={() => report(resumeAgendaItem(doc, item.id))}
            >
              ▶
            </button>
          )}
          <button
            type="button"
            className="icon-button"
            aria-label={W.extendItem(item.title, 5)}
            title={W.extendItem(item.title, 5)}
            onClick={() => report(extendAgendaItem(doc, item.id, 5))}
          >
            +5
          </button>
          <button
            type="button"
            className="icon-button"
            aria-label={W.skipItem(item.title)}
            title={W.skipItem(item.title)}
            onClick={() => report(skipAgendaItem(doc, item.id))}
          >
            ⇥
          </button>
          <label className="beep-toggle" title={W.beepLabel} data-testid="timer-beep">
            <input
              type="checkbox"
              checked={beep}
              onChange={(e) => {
                setBeep(e.target.checked);
                void putSetting(BEEP_SETTING, e.target.checked).catch(() => undefined);
              }}
            />
            <span className="visually-hidden">{W.beepLabel}</span>
            <span aria-hidden>♪</span>
            {/* The word shows where the header has room (styles.css .timer-word); the tooltip and the name always. */}
            <span aria-hidden className="timer-word">{W.beepShort}</span>
          </label>
        </>
      ) : (
        <a className="timer-title" href={`#/p/${projectId}/workshop/${sessionId}`}>
          {W.sessionStatus.running}
        </a>
      )}
      <button
        type="button"
        className="icon-button"
        aria-label={W.openPresenter}
        title={W.openPresenter}
        onClick={() => openPresenter(projectId)}
        data-testid="timer-presenter"
      >
        <span aria-hidden>▣</span>
        <span aria-hidden className="timer-word">{W.presenterShort}</span>
      </button>
      <div
        className="visually-hidden"
        role="alert"
        aria-live="assertive"
        data-testid="timer-announcer"
      >
        {announcement}
      </div>
    </div>
  );
}

/** A short, quiet beep (WebAudio; off by default). */
function playBeep(): void {
  try {
    const Ctx =
      window.AudioContext ??
      (window as unknown as { webkitAudioContext?: typeof AudioContext }).webkitAudioContext;
    if (!Ctx) return;
    const ctx = new Ctx();
    const osc = ctx.createOscillator();
    const gain = ctx.createGain();
    osc.frequency.value = 880;
    gain.gain.setValueAtTime(0.15, ctx.currentTime);
    gain.gain.exponentialRampToValueAtTime(0.001, ctx.currentTime + 0.4);
    osc.connect(gain).connect(ctx.destination);
    osc.start();
    osc.stop(ctx.currentTime + 0.4);
    osc.onended = () => void ctx.close();
  } catch {
    // No sound on this machine; the visual signal and the announcement remain.
  }
}
