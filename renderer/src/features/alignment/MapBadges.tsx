/**
 * What the alignment layer adds to the map through the canvas slots: the owner and KPIs under
 * each stage's name (StageBadges), a card's owner and the glossary terms it uses (CardBadges).
 * Each selects only its own records.
 */
import { useState } from 'react';
import { createPortal } from 'react-dom';
import { useStore } from 'zustand';
import { useShallow } from 'zustand/react/shallow';
import { addKpi, setStageOwner } from '../../document/actions/alignment';
import { addHandoffAndOpen } from './HandoffDialog';
import { kpiSummary } from '../../domain/kpis';
import { ownerOf } from '../../domain/alignment';
import type { TermHit } from '../../domain/glossaryMatch';
import { SHARED_OWNER } from '../../domain/types';
import { report } from '../../ui/toasts';
import { useProject, useProjectDoc } from '../../shared/ProjectContext';
import { alignmentUi, openStagePanel } from './alignmentUi';
import { ownerName, TeamChip, useTeams } from '../../shared/fields';
import { useKpisOf, useTermsIn } from './hooks';
import { Menu as PopupMenu } from '../../ui/Menu';
import { A } from './strings';
import { cardsOfMap } from '../../document/indexes';

/** Teams that claim a stage (its owner, owners of its cards); computed only while the check is on. */
function useStageClaims(stageId: string, on: boolean): string[] {
  return useProject(
    useShallow((s) => {
      if (!on) return [] as string[];
      const ids = new Set(Object.keys(s.teams));
      const out: string[] = [];
      const add = (v: string | undefined) => {
        const o = ownerOf(v, ids);
        if (o && o !== SHARED_OWNER && !out.includes(o)) out.push(o);
      };
      const stage = s.stages[stageId];
      add(stage?.ownerTeamId);
      if (stage) for (const c of cardsOfMap(s, stage.mapId)) if (c.stageId === stageId) add(c.ownerTeamId);
      return out;
    }),
  );
}

export function StageAlignmentBadges({ stageId, mapId }: { stageId: string; mapId: string }) {
  const doc = useProjectDoc();
  const teams = useTeams();
  const name = useProject((s) => s.stages[stageId]?.name ?? '');
  const rawOwner = useProject((s) => s.stages[stageId]?.ownerTeamId ?? '');
  const owner = ownerOf(rawOwner, new Set(teams.map((t) => t.id)));
  const check = useStore(alignmentUi, (s) => s.check);
  const claims = useStageClaims(stageId, check);
  const kpis = useKpisOf({ stageId });
  const sum = kpiSummary(kpis);
  const gap = check && !owner;
  const overlap = check && owner !== SHARED_OWNER && claims.length >= 2;
  const ownerText = ownerName(owner, teams);
  const addHandoffHere = () => {
    addHandoffAndOpen(doc, { mapId, afterStageId: stageId }, undefined, A.addHandoffAfter);
  };
  return (
    <div className={`al-stage-badges nodrag nopan${gap || overlap ? ' al-flagged' : ''}`} onDoubleClick={(e) => e.stopPropagation()}>
      <button
        type="button"
        className="al-badge-button"
        data-testid="stage-owner"
        aria-label={A.ownerChip(name, ownerText)}
        title={A.ownerChip(name, ownerText)}
        onClick={() => openStagePanel(stageId)}
      >
        <TeamChip owner={owner} teams={teams} />
      </button>
      <PopupMenu
        label={A.stageMenu(name)}
        icon="⇄"
        items={[
          ...teams.map((t) => ({ label: A.setOwner(t.name), run: () => report(setStageOwner(doc, stageId, t.id)) })),
          { label: A.setOwner(A.shared), run: () => report(setStageOwner(doc, stageId, SHARED_OWNER)) },
          { label: A.setOwner(A.noOwner), run: () => report(setStageOwner(doc, stageId, '')) },
          { label: A.addHandoffAfter, run: addHandoffHere },
          {
            label: A.addKpiHere,
            run: () => {
              if (report(addKpi(doc, { stageId }))) openStagePanel(stageId);
            },
          },
        ]}
      />
      {gap && <span className="al-warning">⚠ {A.gapBadge}</span>}
      {overlap && (
        <span className="al-warning" title={A.overlapBadge(A.teamsAnd(claims.map((id) => ownerName(id, teams))))}>
          ⚠ {A.overlapShort(claims.length)}
          <span className="visually-hidden"> ({A.overlapBadge(A.teamsAnd(claims.map((id) => ownerName(id, teams))))})</span>
        </span>
      )}
      {sum.count > 0 && (
        <button
          type="button"
          className={`al-badge-button al-kpi-badge${sum.offTarget ? ' off' : ''}`}
          data-testid="stage-kpis"
          aria-label={A.kpiBadgeLabel(sum.count, sum.offTarget, name)}
          onClick={() => openStagePanel(stageId)}
        >
          ◔ {A.kpiBadge(sum.count, sum.offTarget)}
        </button>
      )}
    </div>
  );
}

export function CardAlignmentBadges({ cardId }: { cardId: string }) {
  const teams = useTeams();
  const owner = useProject((s) => s.cards[cardId]?.ownerTeamId ?? '');
  const text = useProject((s) => s.cards[cardId]?.text);
  const hits = useTermsIn(text);
  const known = owner && (owner === SHARED_OWNER || teams.some((t) => t.id === owner));
  if (!known && !hits.length) return null;
  const shown = hits.slice(0, 2);
  return (
    <div className="al-card-badges nodrag nopan" onDoubleClick={(e) => e.stopPropagation()}>
      {known && (
        <span className="al-card-owner" title={A.cardOwnerChip(ownerName(owner, teams))} aria-label={A.cardOwnerChip(ownerName(owner, teams))} role="img">
          <TeamChip owner={owner} teams={teams} short />
        </span>
      )}
      {shown.map((h) => (
        <TermChip key={h.termId} hit={h} />
      ))}
      {hits.length > shown.length && (
        <span className="al-more" aria-hidden>
          +{hits.length - shown.length}
        </span>
      )}
      <TermsText hits={hits} from={shown.length} />
    </div>
  );
}

/**
 * The card's glossary terms as text for screen readers, not a target: far out (data-far-zoom)
 * the chips fold away for axe's target-size (styles.css), so this names every term with its
 * definition; zoomed in it names only the terms past the "+N" (the chips name the rest).
 */
function TermsText({ hits, from }: { hits: readonly TermHit[]; from: number }) {
  const glossary = useProject((s) => s.glossary);
  const said = (h: TermHit) => {
    const term = glossary[h.termId];
    return term ? A.termTooltip(term.term, term.definition, A.termStatusName[term.status] ?? A.agreed) : h.word;
  };
  if (!hits.length) return null;
  return (
    <>
      <span className="visually-hidden al-terms-far" data-testid="card-terms-text">
        {A.cardTermsText(hits.map(said))}
      </span>
      {hits.length > from && <span className="visually-hidden al-terms-near">{A.cardTermsText(hits.slice(from).map(said))}</span>}
    </>
  );
}

/** "(i) MQL": the term's definition on hover or keyboard focus (also in its accessible name). */
export function TermChip({ hit }: { hit: TermHit }) {
  const term = useProject((s) => s.glossary[hit.termId]);
  const [at, setAt] = useState<DOMRect | null>(null);
  if (!term) return null;
  const status = A.termStatusName[term.status] ?? A.agreed;
  const tip = A.termTooltip(term.term, term.definition, status);
  return (
    <>
      <button
        type="button"
        className={`al-term-chip nodrag nopan${term.status === 'disputed' ? ' disputed' : ''}`}
        data-testid="term-chip"
        aria-label={`${A.termChip(term.term)}. ${tip}`}
        onMouseEnter={(e) => setAt(e.currentTarget.getBoundingClientRect())}
        onMouseLeave={() => setAt(null)}
        onFocus={(e) => setAt(e.currentTarget.getBoundingClientRect())}
        onBlur={() => setAt(null)}
        onKeyDown={(e) => {
          e.stopPropagation();
          if (e.key === 'Escape') setAt(null);
        }}
        onClick={(e) => {
          e.stopPropagation();
          setAt(at ? null : e.currentTarget.getBoundingClientRect());
        }}
      >
        <span className="al-term-icon" aria-hidden>
          i
        </span>{' '}
        {hit.word}
        {term.status === 'disputed' && <span className="al-disputed-tag"> · {A.disputedTag}</span>}
      </button>
      {at &&
        createPortal(
          <div
            className="al-term-tooltip"
            role="tooltip"
            data-testid="term-tooltip"
            style={{ left: Math.max(8, Math.min(at.left, window.innerWidth - 340)), top: at.bottom + 6 }}
          >
            <strong dir="auto">{term.term}</strong>
            {term.status !== 'agreed' && <span className={term.status === 'disputed' ? 'al-disputed-tag' : 'al-muted'}> ({status})</span>}
            <p dir="auto">{term.definition || A.noDefinition}</p>
            {term.synonyms.length > 0 && <p className="al-muted">{term.synonyms.join(', ')}</p>}
          </div>,
          document.body,
        )}
    </>
  );
}
