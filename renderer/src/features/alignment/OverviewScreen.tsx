/**
 * The alignment overview: what is still open in the project, each line a link to the place to
 * fix it (a stage's owner on its map, a handoff's contract, a KPI, a persona, a glossary term).
 * The list is derived from the document, so it shrinks as the room closes each gap.
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { handoffAgreed, type OpenItem } from '../../domain/alignment';
import { openItemsOf } from '../../domain/briefing';
import { sortByOrder } from '../../domain/ordering';
import { useProject } from '../../shared/ProjectContext';
import { openHandoffPanel, setAlignmentUi } from './alignmentUi';
import { ownerName, useTeams } from '../../shared/fields';
import { A } from './strings';

const GROUP: Record<OpenItem['kind'], keyof typeof GROUP_LABELS> = {
  'stage-no-owner': 'ownership',
  'stage-overlap': 'ownership',
  'handoff-not-placed': 'handoffs',
  'handoff-no-criteria': 'handoffs',
  'handoff-no-sla': 'handoffs',
  'handoff-not-agreed': 'handoffs',
  'kpi-no-target': 'kpis',
  'kpi-no-owner': 'kpis',
  'persona-not-agreed': 'personas',
  'term-disputed': 'terms',
};
const GROUP_LABELS = {
  ownership: A.groupOwnership,
  handoffs: A.groupHandoffs,
  kpis: A.groupKpis,
  personas: A.groupPersonas,
  terms: A.groupTerms,
};

export function OverviewScreen() {
  const teams = useTeams();
  const teamsById = useProject((s) => s.teams);
  const projectId = useProject((s) => s.info.projectId);
  const snap = useProject(
    useShallow((s) => ({
      maps: s.maps,
      stages: s.stages,
      cards: s.cards,
      handoffs: s.handoffs,
      kpis: s.kpis,
      glossary: s.glossary,
      personas: s.personas,
      personaSignoffs: s.personaSignoffs,
    })),
  );
  // openItemsOf: the one list the report's summary and the briefing count too.
  const items = useMemo(() => openItemsOf({ ...snap, teams: teamsById }), [snap, teamsById]);
  const handoffs = sortByOrder(Object.values(snap.handoffs));
  const mapPath = (mapId: string) => `#/p/${projectId}/m/${mapId}`;

  const describe = (item: OpenItem) => {
    const names: Parameters<typeof A.openItem>[1] = {};
    if ('stageId' in item) {
      const st = snap.stages[item.stageId];
      names.stage = st?.name ?? '';
      names.map = snap.maps[item.mapId]?.title ?? '';
    }
    if (item.kind === 'stage-overlap') names.teams = A.teamsAnd(item.teamIds.map((id) => ownerName(id, teams)));
    if ('handoffId' in item) names.handoff = snap.handoffs[item.handoffId]?.name || A.untitledHandoff;
    if ('kpiId' in item) names.kpi = snap.kpis[item.kpiId]?.name ?? '';
    if ('termId' in item) names.term = snap.glossary[item.termId]?.term ?? '';
    if ('personaId' in item) names.persona = snap.personas?.[item.personaId]?.name || '…';
    return A.openItem(item, names);
  };

  const link = (item: OpenItem): { href: string; onClick?: () => void } => {
    switch (item.kind) {
      case 'stage-no-owner':
      case 'stage-overlap':
        return { href: mapPath(item.mapId), onClick: () => setAlignmentUi({ focusStageId: item.stageId }) };
      case 'handoff-not-placed':
      case 'handoff-no-criteria':
      case 'handoff-no-sla':
      case 'handoff-not-agreed':
        return { href: mapPath(item.mapId), onClick: () => openHandoffPanel(item.handoffId) };
      case 'kpi-no-target':
      case 'kpi-no-owner':
        return { href: `#/p/${projectId}/kpis/${item.kpiId}` };
      case 'persona-not-agreed':
        return { href: `#/p/${projectId}/personas/${item.personaId}` };
      case 'term-disputed':
        return { href: `#/p/${projectId}/glossary/${item.termId}` };
    }
  };

  const groups = (Object.keys(GROUP_LABELS) as (keyof typeof GROUP_LABELS)[])
    .map((g) => ({ g, list: items.filter((i) => GROUP[i.kind] === g) }))
    .filter((x) => x.list.length);

  return (
    <div className="al-screen">
      <section aria-labelledby="al-overview-title">
        <h2 id="al-overview-title">{A.overviewSection}</h2>
        <p className="al-intro">{A.overviewIntro}</p>
        <p className="al-open-count" role="status" data-testid="open-count">
          {items.length ? A.openCount(items.length) : A.allClosed}
        </p>
        {groups.map(({ g, list }) => (
          <section key={g} aria-labelledby={`al-open-${g}`} className="al-open-group">
            <h3 id={`al-open-${g}`}>
              {GROUP_LABELS[g]} <span className="al-muted">({list.length})</span>
            </h3>
            <ul className="al-open-list" data-testid="open-items">
              {list.map((item, i) => {
                const l = link(item);
                return (
                  <li key={`${item.kind}-${i}`} data-testid="open-item" data-kind={item.kind}>
                    <a href={l.href} onClick={l.onClick}>
                      {describe(item)}
                    </a>
                  </li>
                );
              })}
            </ul>
          </section>
        ))}
      </section>
      <section aria-labelledby="al-handoffs-title">
        <h2 id="al-handoffs-title">{A.handoffsList}</h2>
        {handoffs.length === 0 && <p className="empty-state">{A.noHandoffs}</p>}
        <ul className="al-open-list">
          {handoffs.map((h) => (
            <li key={h.id} data-testid="handoff-row">
              <a href={mapPath(h.mapId)} onClick={() => openHandoffPanel(h.id)}>
                ⇆ {h.name || A.untitledHandoff}
              </a>{' '}
              — {ownerName(h.fromTeamId, teams)} → {ownerName(h.toTeamId, teams)}
              {h.fromStageName || h.toStageName ? ` (${h.fromStageName} → ${h.toStageName})` : ''} ·{' '}
              {handoffAgreed(h) ? A.statusAgreed : A.statusDraft} · {snap.maps[h.mapId]?.title ?? ''}
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
