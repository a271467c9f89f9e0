/**
 * The recap in one click when a session has ended: copy it (Markdown) for an email or a chat,
 * save it as a .md file, or save the calendar (.ics) with the next meeting and the actions' due
 * dates. Files go through platform.saveFile (a save dialog on the desktop, a download in a browser).
 */
import { useOpenProject, useProject } from '../../shared/ProjectContext';
import { safeFileName } from '../../domain/fileName';
import { isoDate } from '../../domain/workshop/sessions';
import { platform } from '../../platform';
import { showToast } from '../../ui/toasts';
import { recapIcs, recapMarkdown, recapOf } from './recap';
import { WR } from './recapStrings';

const utf8 = (s: string) => new TextEncoder().encode(s);

export function SessionRecap({ sessionId }: { sessionId: string }) {
  const project = useOpenProject();
  const status = useProject((s) => s.sessions[sessionId]?.status);
  if (status !== 'ended') return null;
  const recap = () => recapOf(project.store.getState(), sessionId, isoDate(Date.now()));
  const fileName = (ext: string) => {
    const r = recap();
    return safeFileName([r?.title, r?.date].filter(Boolean).join(' '), ext, 'Baton recap');
  };
  const fail = (err: unknown) => showToast(String((err as Error)?.message ?? err), { tone: 'error' });
  const copy = async () => {
    const r = recap();
    if (!r) return;
    try {
      await navigator.clipboard.writeText(recapMarkdown(r));
      showToast(WR.copied);
    } catch {
      showToast(WR.copyFailed, { tone: 'error' });
    }
  };
  const saveMd = async () => {
    const r = recap();
    if (!r) return;
    const name = fileName('md');
    if (await platform.saveFile(name, utf8(recapMarkdown(r)), 'text/markdown;charset=utf-8', 'md')) showToast(WR.saved(name));
  };
  const saveIcs = async () => {
    const r = recap();
    if (!r) return;
    const text = await recapIcs(r);
    if (!text) return showToast(WR.noCalendar);
    const name = fileName('ics');
    if (await platform.saveFile(name, utf8(text), 'text/calendar;charset=utf-8', 'ics')) showToast(WR.saved(name));
  };
  return (
    <section className="panel session-recap" aria-labelledby="recap-heading" data-testid="session-recap">
      <h3 id="recap-heading">{WR.heading}</h3>
      <p className="meta">{WR.help}</p>
      <div className="row">
        <button type="button" className="primary" onClick={() => void copy().catch(fail)}>
          {WR.copy}
        </button>
        <button type="button" onClick={() => void saveMd().catch(fail)}>
          {WR.download}
        </button>
        <button type="button" onClick={() => void saveIcs().catch(fail)}>
          {WR.calendar}
        </button>
      </div>
    </section>
  );
}
