/**
 * The live-session panel of a project: host a session (desktop), see the link, QR code and
 * people, lock, remove, end; or, in a browser, connect to a team's server; or leave.
 */
import QRCode from 'qrcode';
import { useEffect, useId, useRef, useState } from 'react';
import { useStore } from 'zustand';
import { pickColor, readTeamServer, type PeerUser } from '../../domain/live';
import { newParticipantToken, type LiveConnection } from '../../live/connection';
import { leaveLive, liveSession, savedIdentity, saveIdentity, startLive, type SavedSession } from '../../live/session';
import { readAccessToken, teamProjectLink } from '../../live/teamServer';
import { DEFAULT_SERVER_KIND, SERVER_KINDS, type ServerKind } from '../../live/transport';
import { liveHost } from '../../platform';
import type { LiveHostApi, LiveHostSession } from '../../platform/contract';
import { showToast } from '../../ui/toasts';
import { useOpenProject } from '../../shared/ProjectContext';
import { LS } from './strings';
import { U } from '../../i18n/ui';

export function LivePanel({ onClose }: { onClose: () => void }) {
  const { projectId } = useOpenProject();
  const connection = useStore(liveSession, (s) => (s.projectId === projectId ? s.connection : null));
  const role = useStore(liveSession, (s) => (s.projectId === projectId ? s.session?.role : undefined));
  const hosting = useStore(liveSession, (s) => (s.hosting?.projectId === projectId ? s.hosting : null));
  const api = liveHost();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.querySelector<HTMLElement>('input, button:not(.panel-close)')?.focus();
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && onClose();
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [onClose]);

  return (
    <div className="live-backdrop" onMouseDown={(e) => e.target === e.currentTarget && onClose()}>
      <div
        ref={ref}
        className="live-panel"
        role="dialog"
        aria-modal="true"
        aria-labelledby="live-panel-title"
      >
        <div className="row spread">
          <h2 id="live-panel-title">{hosting ? LS.hostTitle : LS.liveSession}</h2>
          <button type="button" className="icon-button panel-close" aria-label={U.header.close} onClick={onClose}>
            ×
          </button>
        </div>
        {hosting && api ? (
          <HostView api={api} hosting={hosting} />
        ) : connection ? (
          <ConnectedView connection={connection} role={role} onLeft={onClose} />
        ) : (
          <>
            {api ? <HostForm api={api} /> : <p className="live-note">{LS.hostNeedsDesktop}</p>}
            <TeamServerForm />
          </>
        )}
      </div>
    </div>
  );
}

function useIdentity(): [PeerUser, (u: PeerUser) => void] {
  const [user, setUser] = useState<PeerUser>({ name: '', team: '', color: pickColor() });
  useEffect(() => {
    let live = true;
    void savedIdentity().then((saved) => live && setUser((u) => ({ ...u, ...saved })));
    return () => {
      live = false;
    };
  }, []);
  return [user, setUser];
}

function HostForm({ api }: { api: LiveHostApi }) {
  const { doc, projectId } = useOpenProject();
  const [addresses, setAddresses] = useState<string[]>([]);
  const [host, setHost] = useState('0.0.0.0');
  const [port, setPort] = useState('5300');
  const [busy, setBusy] = useState(false);
  const [user, setUser] = useIdentity();
  const ids = useId();
  useEffect(() => {
    void api.addresses().then(setAddresses, () => setAddresses([]));
  }, [api]);

  const onStart = async (e: React.FormEvent) => {
    e.preventDefault();
    const p = Number(port);
    if (!Number.isInteger(p) || (p !== 0 && (p < 1024 || p > 65535))) return showToast(LS.portInvalid, { tone: 'error' });
    if (!user.name.trim()) return showToast(LS.nameNeeded, { tone: 'error' });
    setBusy(true);
    try {
      const hosting = await api.start({ projectId, host, port: p });
      liveSession.setState({ hosting });
      const me = { ...user, name: user.name.trim() };
      saveIdentity(me);
      startLive(doc, { serverUrl: hosting.wsUrl, room: projectId, token: hosting.hostToken, projectId, role: 'host', ...me });
    } catch (err) {
      showToast(LS.startFailed(String((err as Error)?.message ?? err)), { tone: 'error' });
    } finally {
      setBusy(false);
    }
  };

  return (
    <form className="live-form" onSubmit={onStart} aria-label={LS.hostForm}>
      <p>{LS.hostIntro}</p>
      <label>
        {LS.nameLabel}
        <input value={user.name} maxLength={40} onChange={(e) => setUser({ ...user, name: e.target.value })} autoComplete="name" />
      </label>
      <div className="row">
        <div className="live-field">
          <label htmlFor={`${ids}-address`}>{LS.addressLabel}</label>
          <select id={`${ids}-address`} value={host} onChange={(e) => setHost(e.target.value)}>
            <option value="0.0.0.0">{LS.addressAll}</option>
            {addresses.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
            <option value="127.0.0.1">{LS.addressThisComputer}</option>
          </select>
        </div>
        <label>
          {LS.portLabel}
          <input value={port} inputMode="numeric" size={6} onChange={(e) => setPort(e.target.value.replace(/\D/g, '').slice(0, 5))} />
        </label>
      </div>
      <button type="submit" className="primary" disabled={busy}>
        {busy ? LS.starting : LS.start}
      </button>
    </form>
  );
}

function HostView({ api, hosting }: { api: LiveHostApi; hosting: LiveHostSession }) {
  const participants = useStore(liveSession, (s) => s.participants);
  const [qr, setQr] = useState('');
  useEffect(() => {
    let live = true;
    QRCode.toString(hosting.url, { type: 'svg', margin: 1, errorCorrectionLevel: 'M' })
      .then((svg) => live && setQr(`data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`))
      .catch(() => live && setQr(''));
    return () => {
      live = false;
    };
  }, [hosting.url]);

  const update = (p: Promise<LiveHostSession>) =>
    p.then((h) => liveSession.setState({ hosting: h })).catch((err) => showToast(String(err?.message ?? err), { tone: 'error' }));

  return (
    <div className="live-host">
      <div className="live-link-row">
        {qr && <img className="live-qr" src={qr} alt={LS.qrAlt(hosting.url)} width={220} height={220} />}
        <div className="live-link">
          <label>
            {LS.joinLink}
            <input readOnly value={hosting.url} onFocus={(e) => e.currentTarget.select()} data-testid="live-join-link" />
          </label>
          <button
            type="button"
            onClick={() =>
              void navigator.clipboard?.writeText(hosting.url).then(
                () => showToast(LS.copied),
                () => undefined,
              )
            }
          >
            {LS.copyLink}
          </button>
          {hosting.urls.length > 1 && (
            <details>
              <summary>{LS.otherAddresses}</summary>
              <ul>
                {hosting.urls.map((u) => (
                  <li key={u}>
                    <code>{u}</code>
                  </li>
                ))}
              </ul>
            </details>
          )}
          {hosting.locked && <p className="live-note">{LS.lockedNote}</p>}
        </div>
      </div>
      <h3>{LS.people}</h3>
      {participants.length === 0 && <p className="empty-state">{LS.noPeople}</p>}
      <ul className="live-people" data-testid="live-people">
        {participants.map((p) => (
          <li key={p.id}>
            <span className="live-dot" style={{ background: p.color }} aria-hidden />
            <span className="live-person">
              {p.name || LS.unnamed}
              {p.team && <span className="meta"> · {p.team}</span>}
              {p.host && <span className="meta"> · {LS.hostMark}</span>}
              {!p.host && p.connections === 0 && <span className="meta"> · {LS.notConnected(p.address)}</span>}
            </span>
            {!p.host && (
              <button
                type="button"
                className="danger"
                onClick={() =>
                  void update(api.remove(p.id)).then(() => showToast(LS.removed(p.name || LS.unnamed)))
                }
              >
                {LS.remove(p.name || LS.unnamed)}
              </button>
            )}
          </li>
        ))}
      </ul>
      <div className="row">
        <button type="button" aria-pressed={hosting.locked} onClick={() => void update(api.setLocked(!hosting.locked))}>
          {hosting.locked ? LS.unlock : LS.lock}
        </button>
        <button
          type="button"
          className="danger"
          onClick={() =>
            void api
              .end()
              .catch(() => undefined)
              .then(() => {
                leaveLive();
                showToast(LS.ended);
              })
          }
        >
          {LS.end}
        </button>
      </div>
    </div>
  );
}

function ConnectedView({ connection, role, onLeft }: { connection: LiveConnection; role?: string; onLeft: () => void }) {
  const session = useStore(liveSession, (s) => s.session);
  const status = useStore(connection.state, (s) => s.status);
  const peers = useStore(connection.state, (s) => s.peers);
  const door = useStore(liveSession, (s) => s.teamDoor);
  const badContent = useStore(connection.state, (s) => s.badContent === true);
  if (!session) return null;
  let where = session.serverUrl;
  try {
    where = new URL(session.serverUrl).host;
  } catch {
    /* keep as is */
  }
  return (
    <div className="live-connected">
      <p role="status">
        {LS.status[status]} · {LS.statusLine(where)}
      </p>
      {role === 'team' && (door === 'no-token' || door === 'accepts-anyone') && (
        <p className="live-warning" role="alert" data-testid="team-door-warning">
          {LS.teamDoor[door]}
        </p>
      )}
      {role === 'team' && door === 'locked' && <p className="live-note">{LS.teamDoor.locked}</p>}
      {status === 'refused' && badContent ? (
        <p className="live-problem" role="alert" data-testid="team-refused">
          {LS.badContent}
        </p>
      ) : (
        role === 'team' &&
        status === 'refused' && (
          <p className="live-problem" role="alert" data-testid="team-refused">
            {LS.teamRefused}
          </p>
        )
      )}
      {/* A refused connection's link would only pass the refusal on. */}
      {role === 'team' && status !== 'refused' && <TeamShareLink session={session} />}
      {(status === 'refused' || status === 'offline') && (
        <button type="button" onClick={() => connection.retry()}>
          {LS.retry}
        </button>
      )}
      <h3>{LS.whoIsHere}</h3>
      <ul className="live-people">
        <li>
          <span className="live-dot" style={{ background: session.color }} aria-hidden />
          <span className="live-person">
            {session.name} <span className="meta">({LS.you})</span>
          </span>
        </li>
        {peers.map((p) => (
          <li key={p.clientId}>
            <span className="live-dot" style={{ background: p.color }} aria-hidden />
            <span className="live-person">
              {p.name}
              {p.team && <span className="meta"> · {p.team}</span>}
            </span>
          </li>
        ))}
      </ul>
      {role !== 'host' && (
        <button
          type="button"
          onClick={() => {
            leaveLive();
            showToast(LS.left);
            onLeft();
          }}
        >
          {LS.leave}
        </button>
      )}
    </div>
  );
}

/** A team project's link (teamServer.ts): a teammate opens it and gets the project. */
function TeamShareLink({ session }: { session: SavedSession }) {
  const link = teamProjectLink(window.location.href, {
    kind: session.kind ?? DEFAULT_SERVER_KIND,
    serverUrl: session.serverUrl,
    room: session.room,
    accessToken: session.accessToken ?? '',
  });
  return (
    <div className="live-link">
      <label>
        {LS.teamShareLink}
        <input readOnly value={link} onFocus={(e) => e.currentTarget.select()} data-testid="team-share-link" />
      </label>
      <p className="live-note">{LS.teamShareNote}</p>
      <button
        type="button"
        onClick={() =>
          void navigator.clipboard?.writeText(link).then(
            () => showToast(LS.copied),
            () => undefined,
          )
        }
      >
        {LS.copyLink}
      </button>
    </div>
  );
}

function TeamServerForm() {
  const { doc, projectId } = useOpenProject();
  const [url, setUrl] = useState('');
  const [kind, setKind] = useState<ServerKind>(DEFAULT_SERVER_KIND);
  const [accessToken, setAccessToken] = useState('');
  const [user, setUser] = useIdentity();
  const onConnect = (e: React.FormEvent) => {
    e.preventDefault();
    const read = readTeamServer(url, projectId);
    if (!read.ok) return showToast(LS.teamServerInvalid, { tone: 'error' });
    const token = readAccessToken(accessToken);
    if (!token.ok) return showToast(LS.teamTokenInvalid, { tone: 'error' });
    if (!user.name.trim()) return showToast(LS.nameNeeded, { tone: 'error' });
    const me = { ...user, name: user.name.trim() };
    saveIdentity(me);
    startLive(doc, {
      ...read.target,
      projectId,
      token: newParticipantToken(),
      role: 'team',
      kind,
      ...(token.token ? { accessToken: token.token } : {}),
      ...me,
    });
  };
  return (
    <form className="live-form" onSubmit={onConnect} aria-labelledby="team-server-title">
      <h3 id="team-server-title">{LS.teamServer}</h3>
      <p className="live-note">{LS.teamServerIntro}</p>
      <label>
        {LS.teamServerLabel}
        <input value={url} onChange={(e) => setUrl(e.target.value)} placeholder={LS.syncServerExample} inputMode="url" />
      </label>
      <fieldset className="live-kind">
        <legend>{LS.serverKindLabel}</legend>
        {SERVER_KINDS.map((k) => (
          <label key={k}>
            <input type="radio" name="team-server-kind" value={k} checked={kind === k} onChange={() => setKind(k)} />
            {LS.serverKind[k]}
          </label>
        ))}
      </fieldset>
      <label>
        {LS.teamTokenLabel}
        <input type="password" value={accessToken} onChange={(e) => setAccessToken(e.target.value)} autoComplete="off" spellCheck={false} />
      </label>
      <label>
        {LS.nameLabel}
        <input value={user.name} maxLength={40} onChange={(e) => setUser({ ...user, name: e.target.value })} autoComplete="name" />
      </label>
      <button type="submit">{LS.connect}</button>
    </form>
  );
}
