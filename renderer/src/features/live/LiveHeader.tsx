/**
 * The live session in the project header: reconnects a remembered session when the project
 * opens, shows the status and who is here, and opens the session panel.
 */
import { useCallback, useEffect, useState } from 'react';
import { useParticipantIdentity } from './useParticipantIdentity';
import { useStore } from 'zustand';
import type { Peer } from '../../domain/live';
import type { LiveConnection } from '../../live/connection';
import { liveSession, rememberedSession, startLive, stopLive } from '../../live/session';
import { liveHost } from '../../platform';
import { useOpenProject } from '../../shared/ProjectContext';
import { LivePanel } from './LivePanel';
import { LS } from './strings';

export function LiveHeader() {
  const { doc, projectId } = useOpenProject();
  const connection = useStore(liveSession, (s) => (s.projectId === projectId ? s.connection : null));
  const [open, setOpen] = useState(false);
  const close = useCallback(() => setOpen(false), []);
  useParticipantIdentity();

  // A session remembered by this tab (a reload, or back from the home screen) reconnects.
  useEffect(() => {
    const saved = rememberedSession(projectId);
    if (saved) startLive(doc, saved);
    return () => {
      if (liveSession.getState().connection?.transport.doc === doc) stopLive();
    };
  }, [doc, projectId]);

  // The host's window: pick up a session the shell is already running for this project.
  useEffect(() => {
    const api = liveHost();
    if (!api) return;
    let live = true;
    void api
      .current()
      .then((h) => live && liveSession.setState({ hosting: h && h.projectId === projectId ? h : null }))
      .catch(() => undefined);
    const off = api.onParticipants((list) => liveSession.setState({ participants: list }));
    return () => {
      live = false;
      off();
    };
  }, [projectId]);

  return (
    <div className="live-header">
      {connection && <LiveStatus connection={connection} />}
      {connection && <WhoIsHere connection={connection} />}
      <button
        type="button"
        className={connection ? 'live-button live-on' : 'live-button'}
        aria-haspopup="dialog"
        aria-label={connection ? LS.openLive : LS.startLive}
        onClick={() => setOpen(true)}
      >
        <span aria-hidden>◉</span> <span className="header-label">{connection ? LS.liveSession : LS.startLive}</span>
      </button>
      {open && <LivePanel onClose={close} />}
    </div>
  );
}

function LiveStatus({ connection }: { connection: LiveConnection }) {
  const status = useStore(connection.state, (s) => s.status);
  return (
    <span className={`live-status live-status-${status}`} data-testid="live-status" role="status">
      {LS.status[status]}
    </span>
  );
}

function WhoIsHere({ connection }: { connection: LiveConnection }) {
  const peers = useStore(connection.state, (s) => s.peers);
  return (
    <div className="live-who" aria-label={LS.whoIsHere} data-testid="who-is-here">
      <span className="live-count">{LS.hereCount(peers.length)}</span>
      <ul className="live-avatars">
        {peers.slice(0, 8).map((p) => (
          <PeerChip key={p.clientId} peer={p} />
        ))}
      </ul>
    </div>
  );
}

function PeerChip({ peer }: { peer: Peer }) {
  const initials = Array.from(peer.name)
    .filter((_, i, all) => i === 0 || all[i - 1] === ' ')
    .slice(0, 2)
    .join('')
    .toUpperCase();
  return (
    <li className="live-avatar" style={{ background: peer.color }} title={peer.team ? `${peer.name} (${peer.team})` : peer.name}>
      <span aria-hidden>{initials}</span>
      <span className="visually-hidden">{peer.team ? `${peer.name}, ${peer.team}` : peer.name}</span>
    </li>
  );
}
