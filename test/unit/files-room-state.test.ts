/**
 * A shared copy leaves the room behind (issue 23 item 9): its running timers are paused and its
 * open votes closed. Merging such a copy back into the project it came from must not carry that
 * pause and close into the room, which may still be running the workshop.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { addCard } from '../../renderer/src/document/actions';
import type { ActionResult } from '../../renderer/src/document/actions/result';
import { readAll } from '../../renderer/src/document/actions/workshop/guard';
import { agendaOf, createSession, startSession } from '../../renderer/src/document/actions/workshop/sessions';
import { finishAgendaItem, pauseAgendaItem, resumeAgendaItem, startAgendaItem } from '../../renderer/src/document/actions/workshop/timers';
import { startVoteRound } from '../../renderer/src/document/actions/workshop/votes';
import { buildBatonFile } from '../../renderer/src/document/file/format';
import { parseBatonFile } from '../../renderer/src/document/file/parse';
import { readSnapshot } from '../../renderer/src/document/projection';
import { buildProjectFile } from '../../renderer/src/storage/exportProject';
import { importBatonFile } from '../../renderer/src/storage/importProject';
import { createProject } from '../../renderer/src/storage/projects';
import { newMachine, open } from './files-helpers';

const ok = <T>(r: ActionResult<T>): T => {
  if (!r.ok) throw new Error(JSON.stringify(r.refusal));
  return r.value;
};

beforeEach(() => {
  newMachine();
});

/** A project open in this window with its first agenda item running and a dot vote open. */
async function inTheRoom() {
  const { projectId, mapId } = await createProject('Q3 alignment', 'b2b');
  const project = await open(projectId);
  const doc = project.doc;
  const now = Date.now();
  const sessionId = ok(createSession(doc, { templateId: 'tpl-alignment', date: '2027-01-04' }, now));
  ok(startSession(doc, sessionId, now));
  const itemId = agendaOf(doc, sessionId)[0]!.id;
  ok(startAgendaItem(doc, itemId, now));
  const lanes = Object.values(readSnapshot(doc).lanes);
  const pains = lanes.find((l) => l.kind === 'pains')!;
  const roundId = ok(startVoteRound(doc, { sessionId, mapId: mapId!, laneIds: [pains.id], dots: 3, private: false }, now));
  return { projectId, mapId: mapId!, project, doc, itemId, roundId, now };
}

/** What a colleague sends back: the shared copy with a card of theirs added. */
async function colleagueEdits(bytes: Uint8Array, mapId: string): Promise<Uint8Array> {
  const parsed = await parseBatonFile(bytes);
  if (!parsed.ok) throw new Error(parsed.detail);
  const doc = parsed.file.doc;
  const snap = readSnapshot(doc);
  const stage = Object.values(snap.stages).find((s) => s.mapId === mapId)!;
  const lane = Object.values(snap.lanes).find((l) => l.mapId === mapId && l.kind === 'actions')!;
  ok(addCard(doc, { mapId, stageId: stage.id, laneId: lane.id }, 'Added by a colleague'));
  const out = await buildBatonFile(doc, async () => undefined, { appVersion: 'test' });
  doc.destroy();
  return out;
}

const timerOf = (r: Awaited<ReturnType<typeof inTheRoom>>) =>
  readAll(r.doc, 'agendaItems').find((i) => i.id === r.itemId)!;
const voteOf = (r: Awaited<ReturnType<typeof inTheRoom>>) =>
  readAll(r.doc, 'voteRounds').find((v) => v.id === r.roundId)!;

describe('merging a shared copy back into the room it came from', () => {
  it('brings the colleague’s card but leaves the running timer running and the open vote open', async () => {
    const r = await inTheRoom();
    const running = timerOf(r);
    const copy = await buildProjectFile(r.projectId);
    const back = await colleagueEdits(copy.bytes, r.mapId);
    const merged = await importBatonFile(back, 'Q3 alignment.baton');
    expect(merged).toMatchObject({ ok: true, kind: 'merged' });
    const cards = Object.values(readSnapshot(r.doc).cards).map((c) => c.text);
    expect(cards).toContain('Added by a colleague');
    expect(timerOf(r)).toMatchObject({ state: 'running', startedAt: running.startedAt, pausedAt: null });
    expect(voteOf(r).status).toBe('open');
    // The merge says what the colleague did, not a timer or a vote it put back.
    if (merged.ok && merged.kind === 'merged') {
      expect(merged.changes.collections.map((c) => c.name)).toEqual(['cards']);
    }
    await r.project.close();
  });

  it('never mixes the copy’s pause into a timer the room has since resumed or finished', async () => {
    // Yjs settles the copy's pause against the room's later writes key by key, by client id
    // (random): a few rooms, so that the copy's writes win some keys in at least one of them.
    for (let round = 0; round < 6; round++) {
      const r = await inTheRoom();
      const copy = await buildProjectFile(r.projectId);
      // The room goes on: a pause, a resume, then the item is finished.
      ok(pauseAgendaItem(r.doc, r.itemId, r.now + 60_000));
      ok(resumeAgendaItem(r.doc, r.itemId, r.now + 120_000));
      ok(finishAgendaItem(r.doc, r.itemId, r.now + 180_000, false));
      const finished = timerOf(r);
      await importBatonFile(copy.bytes, 'Q3 alignment.baton');
      expect(timerOf(r)).toEqual(finished);
      await r.project.close();
    }
  });

  it('still brings a vote and a timer of a session this project does not hold, as the copy left them', async () => {
    const other = await inTheRoom();
    const copy = await buildProjectFile(other.projectId);
    await other.project.close();
    newMachine();
    const added = await importBatonFile(copy.bytes, 'Q3 alignment.baton');
    expect(added).toMatchObject({ ok: true, kind: 'added' });
    const p = await open(other.projectId);
    expect(readAll(p.doc, 'agendaItems').find((i) => i.id === other.itemId)!.state).toBe('paused');
    expect(readAll(p.doc, 'voteRounds')[0]!.status).toBe('closed');
    await p.close();
  });
});
