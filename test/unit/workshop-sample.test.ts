import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { initProject } from '../../renderer/src/document/actions/project';
import { readSnapshot } from '../../renderer/src/document/projection';
import { projectScore } from '../../renderer/src/domain/workshop/score';
import { buildSampleProject } from '../../renderer/src/document/sample/northwind';

describe('the sample project', () => {
  it('is built through actions: personas, a full map, the MQL → SQL contract, KPIs, glossary and one past session', () => {
    const doc = new Y.Doc();
    initProject(doc, 'sample', 'Sample');
    const now = Date.UTC(2025, 2, 10, 9);
    const { mapId } = buildSampleProject(doc, now);
    const s = readSnapshot(doc);
    expect(Object.values(s.personas)).toHaveLength(2);
    const lanes = Object.values(s.lanes).filter((l) => l.mapId === mapId);
    const stages = Object.values(s.stages).filter((x) => x.mapId === mapId);
    // Every lane has cards (the emotion lane has its curve instead).
    for (const lane of lanes) {
      if (lane.kind === 'emotion') {
        expect(Object.values(s.emotions).filter((e) => e.laneId === lane.id)).toHaveLength(
          stages.length,
        );
      } else {
        expect(
          Object.values(s.cards).some((c) => c.laneId === lane.id),
          lane.name,
        ).toBe(true);
      }
    }
    const handoff = Object.values(s.handoffs)[0]!;
    expect(handoff.name).toBe('MQL to SQL');
    expect(handoff.agreedFrom && handoff.agreedTo).toBe(true);
    expect(handoff.threshold).toBe(60);
    expect(Object.values(s.kpis).length).toBeGreaterThanOrEqual(5);
    expect(Object.values(s.glossary).map((t) => t.term)).toContain('MQL');
    const sessions = Object.values(s.sessions);
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.status).toBe('ended');
    expect(Object.values(s.votes).length).toBeGreaterThan(10);
    expect(
      Object.values(s.actionItems).filter((a) => a.status === 'open').length,
    ).toBeGreaterThanOrEqual(3);
    const score = projectScore(s, sessions[0]!.id);
    expect(score.overall.answered).toBe(8);
    expect(score.overall.pct).toBeCloseTo(50);
  });
});
