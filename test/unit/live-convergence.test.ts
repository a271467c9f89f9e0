/**
 * Ten people edit one project through Baton's own actions, each over a real y-websocket
 * connection to the live server on 127.0.0.1, dropping off and coming back at random.
 * However it interleaves, everyone ends with the same document (a fixed seed, so a failure
 * can be replayed; a fixed number of steps and a time limit, so it always ends).
 */
import { refusalSentence } from '../../renderer/src/i18n/refusals';
import { afterEach, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { WebsocketProvider } from 'y-websocket';
import { addCard, deleteCards, initProject, moveCards, renameStage, setCardColor, updateCardText, addMap } from '../../renderer/src/document/actions';
import { attachHistory } from '../../renderer/src/document/history';
import { readSnapshot } from '../../renderer/src/document/projection';
import { CARD_COLORS } from '../../renderer/src/domain/types';
import { connectProvider, endAll, startTestServer, synced, waitFor } from './live-helpers';

const PEERS = 10;
const STEPS = 400;

/** mulberry32: a small deterministic PRNG. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

afterEach(endAll);

it('ten peers making random edits with random disconnects end with identical documents', async () => {
  const rand = prng(20260507);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

  // The host's project, as every peer has it in IndexedDB before the session.
  const seed = new Y.Doc();
  initProject(seed, 'proj-1', 'Acme alignment');
  const map = addMap(seed, 'Enterprise buyer', 'b2b');
  if (!map.ok) throw new Error(refusalSentence(map.refusal));
  const mapId = map.value;
  const initial = Y.encodeStateAsUpdate(seed);
  const server = await startTestServer({ initialState: initial });

  const peers: { doc: Y.Doc; provider: WebsocketProvider; online: boolean }[] = [];
  for (let i = 0; i < PEERS; i++) {
    const doc = new Y.Doc();
    Y.applyUpdate(doc, initial);
    attachHistory(doc);
    const provider = connectProvider(server, doc, { code: server.joinCode, pid: `convergence-peer-token-${i}-xxxx` });
    peers.push({ doc, provider, online: true });
  }
  await Promise.all(peers.map((p) => synced(p.provider, 10_000)));

  const snap0 = readSnapshot(seed);
  const stages = Object.values(snap0.stages).filter((s) => s.mapId === mapId);
  const lanes = Object.values(snap0.lanes).filter((l) => l.mapId === mapId && l.kind !== 'emotion');
  const counts = { add: 0, text: 0, move: 0, colour: 0, del: 0, rename: 0, drop: 0, back: 0 };

  const started = Date.now();
  for (let step = 0; step < STEPS; step++) {
    const peer = pick(peers);
    const doc = peer.doc;
    const cards = Object.keys(readSnapshot(doc).cards);
    const r = rand();
    if (r < 0.06) {
      // Wi-Fi drops, or comes back.
      if (peer.online) peer.provider.disconnect();
      else peer.provider.connect();
      counts[peer.online ? 'drop' : 'back']++;
      peer.online = !peer.online;
    } else if (r < 0.4 || cards.length < 3) {
      addCard(doc, { mapId, stageId: pick(stages).id, laneId: pick(lanes).id }, `card ${step}`);
      counts.add++;
    } else if (r < 0.6) {
      updateCardText(doc, pick(cards), `edited at ${step}`);
      counts.text++;
    } else if (r < 0.72) {
      moveCards(doc, [pick(cards)], { mapId, stageId: pick(stages).id, laneId: pick(lanes).id }, Math.floor(rand() * 3));
      counts.move++;
    } else if (r < 0.82) {
      setCardColor(doc, [pick(cards)], pick(CARD_COLORS));
      counts.colour++;
    } else if (r < 0.92) {
      deleteCards(doc, [pick(cards)]);
      counts.del++;
    } else {
      renameStage(doc, pick(stages).id, `Stage ${step}`);
      counts.rename++;
    }
    if (step % 8 === 0) await new Promise((res) => setTimeout(res, Math.floor(rand() * 6)));
  }
  expect(Date.now() - started).toBeLessThan(15_000);
  expect(counts.drop).toBeGreaterThan(5);

  // Everyone comes back; then all copies (and the server's) must agree.
  for (const p of peers) {
    if (p.online) continue;
    p.provider.connect();
    p.online = true;
  }
  await Promise.all(peers.map((p) => synced(p.provider, 10_000)));
  const serverDoc = () => {
    const d = new Y.Doc();
    Y.applyUpdate(d, server.state());
    return d;
  };
  // Key order of a Y.Map follows local arrival order, so compare a canonical form.
  const canonical = (v: unknown): unknown =>
    v && typeof v === 'object'
      ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : 1)).map(([k, x]) => [k, canonical(x)]))
      : v;
  const key = (d: Y.Doc) => JSON.stringify(canonical(readSnapshot(d)));
  await waitFor(() => {
    const k = key(serverDoc());
    return peers.every((p) => key(p.doc) === k);
  }, 10_000, 'identical documents');

  const final = readSnapshot(peers[0]!.doc);
  const finalCards = Object.values(final.cards);
  expect(finalCards.length).toBeGreaterThan(0);
  // Every card still points at a stage and lane of the map (merges never orphan a card here).
  for (const c of finalCards) {
    expect(final.stages[c.stageId]).toBeDefined();
    expect(final.lanes[c.laneId]).toBeDefined();
  }
  for (const p of peers) {
    expect(Y.encodeStateVector(p.doc)).toEqual(Y.encodeStateVector(peers[0]!.doc));
    p.provider.destroy();
  }
});
