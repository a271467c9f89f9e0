/**
 * Other people on this map: their pointers (name and colour) and a frame around the cards
 * they have selected. One small overlay in React Flow's viewport (flow coordinates), not a
 * piece of every node, so a pointer moving re-renders this layer only. It also sends this
 * person's own pointer (throttled in connectLive) and selection.
 */
import { useReactFlow, useStore as useFlowStore, ViewportPortal, type ReactFlowState } from '@xyflow/react';
import { memo, useEffect } from 'react';
import { useStore } from 'zustand';
import { editorState } from '../../canvas/editorState';
import type { Peer } from '../../domain/live';
import type { LiveConnection } from '../../live/connection';
import { liveSession } from '../../live/session';
import { LS } from './strings';

export function PresenceLayer({ mapId }: { mapId: string }) {
  const connection = useStore(liveSession, (s) => s.connection);
  if (!connection) return null;
  return <Presence connection={connection} mapId={mapId} />;
}

const domNodeOf = (s: ReactFlowState) => s.domNode;

function Presence({ connection, mapId }: { connection: LiveConnection; mapId: string }) {
  const flow = useReactFlow();
  const domNode = useFlowStore(domNodeOf);

  // Where I am, what I point at, what I have selected.
  useEffect(() => {
    connection.setScreen(mapId);
    return () => {
      connection.setPointer(null);
      connection.setSelection(mapId, []);
    };
  }, [connection, mapId]);
  useEffect(() => {
    const send = (ids: readonly string[]) => connection.setSelection(mapId, ids);
    send(editorState.getState().selectedCardIds);
    return editorState.subscribe((s, prev) => {
      if (s.selectedCardIds !== prev.selectedCardIds) send(s.selectedCardIds);
    });
  }, [connection, mapId]);
  useEffect(() => {
    const pane = domNode;
    if (!pane) return;
    const onMove = (e: PointerEvent) => {
      const p = flow.screenToFlowPosition({ x: e.clientX, y: e.clientY }, { snapToGrid: false });
      connection.setPointer({ mapId, x: p.x, y: p.y });
    };
    const onLeave = () => connection.setPointer(null);
    pane.addEventListener('pointermove', onMove, { passive: true });
    pane.addEventListener('pointerleave', onLeave);
    return () => {
      pane.removeEventListener('pointermove', onMove);
      pane.removeEventListener('pointerleave', onLeave);
    };
  }, [connection, domNode, flow, mapId]);

  const peers = useStore(connection.state, (s) => s.peers);
  const here = peers.filter((p) => p.pointer?.mapId === mapId || p.selection?.mapId === mapId);
  if (!here.length) return null;
  return (
    <ViewportPortal>
      <div className="presence-layer" data-testid="presence-layer">
        {here.map((p) => (
          <PeerPresence key={p.clientId} peer={p} mapId={mapId} />
        ))}
      </div>
    </ViewportPortal>
  );
}

const zoomOf = (s: ReactFlowState) => s.transform[2];

const PeerPresence = memo(function PeerPresence({ peer, mapId }: { peer: Peer; mapId: string }) {
  const zoom = useFlowStore(zoomOf);
  const cardIds = peer.selection?.mapId === mapId ? peer.selection.cardIds : [];
  const rects = useFlowStore(
    (s: ReactFlowState) =>
      cardIds
        .map((id) => {
          const n = s.nodeLookup.get(id);
          if (!n) return null;
          const { x, y } = n.internals.positionAbsolute;
          return `${id}:${Math.round(x)}:${Math.round(y)}:${Math.round(n.measured.width ?? 0)}:${Math.round(n.measured.height ?? 0)}`;
        })
        .filter(Boolean)
        .join('|'),
  );
  // (A string, so the store's equality check is one compare and nothing re-renders for nothing.)
  return (
    <>
      {rects
        .split('|')
        .filter(Boolean)
        .map((r) => {
          const [id, x, y, w, h] = r.split(':');
          return (
            <div
              key={id}
              className="presence-selection"
              data-testid="presence-selection"
              title={LS.selectedBy(peer.name)}
              style={{ transform: `translate(${Number(x) - 4}px, ${Number(y) - 4}px)`, width: Number(w) + 8, height: Number(h) + 8, borderColor: peer.color }}
            >
              <span className="presence-selection-name" style={{ background: peer.color }}>
                {peer.name}
              </span>
            </div>
          );
        })}
      {peer.pointer?.mapId === mapId && (
        <div
          className="presence-pointer"
          data-testid="presence-pointer"
          aria-label={LS.pointerOf(peer.name)}
          style={{ transform: `translate(${peer.pointer.x}px, ${peer.pointer.y}px) scale(${1 / Math.max(zoom, 0.05)})` }}
        >
          <svg width="18" height="18" viewBox="0 0 18 18" aria-hidden>
            <path d="M1 1 L17 7 L9 9 L7 17 Z" fill={peer.color} stroke="#fff" strokeWidth="1.5" />
          </svg>
          <span className="presence-name" style={{ background: peer.color }}>
            {peer.name}
          </span>
        </div>
      )}
    </>
  );
});
