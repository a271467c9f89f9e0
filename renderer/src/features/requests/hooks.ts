/** Narrow reads of content requests from the projection, the UI's own state, and the labels the screens share. */
import { useEffect, useMemo, useState } from 'react';
import { createStore } from 'zustand/vanilla';
import { useShallow } from 'zustand/react/shallow';
import { sortByOrder } from '../../domain/ordering';
import {
  localDay,
  ruleOf,
  type ContentRequest,
  type PriorityRule,
  type RequestFilter,
  type SortKey,
} from '../../domain/requests';
import { useProject } from '../../shared/ProjectContext';
import { labelsOf, stageOptionsOf, type Labels, type StageOption } from './labels';
import { RQ } from './strings';

export { formatDay, labelsOf, type Labels, type StageOption } from './labels';

/** What the screen remembers while the app is open (never saved: a view, not the project). */
export const requestsUi = createStore<{
  view: 'board' | 'list';
  filter: RequestFilter;
  sort: { key: SortKey; dir: 'asc' | 'desc' };
  /** The card to focus after it moved to another column (keyboard moves). */
  focusId: string;
  /** The field the detail panel focuses when it opens for a reason (a decline, a missing owner). */
  ask: { id: string; field: 'declineReason' | 'owner' } | null;
}>(() => ({ view: 'board', filter: {}, sort: { key: 'priority', dir: 'desc' }, focusId: '', ask: null }));

export function useRequests(): ContentRequest[] {
  return useProject(useShallow((s) => Object.values(s.contentRequests)));
}

export function useRule(): PriorityRule {
  return useProject((s) => ruleOf(s.requestRules));
}

/** Today's local day, re-read every minute (so "overdue" turns over at midnight on a wall screen). */
export function useToday(): string {
  const [today, setToday] = useState(() => localDay(Date.now()));
  useEffect(() => {
    const t = setInterval(() => setToday(localDay(Date.now())), 60_000);
    return () => clearInterval(t);
  }, []);
  return today;
}

export function useStageOptions(): StageOption[] {
  const maps = useProject((s) => s.maps);
  const stages = useProject((s) => s.stages);
  return useMemo(() => stageOptionsOf({ maps, stages }), [maps, stages]);
}

export function usePersonaOptions() {
  const personas = useProject((s) => s.personas);
  return useMemo(() => sortByOrder(Object.values(personas)).map((p) => ({ id: p.id, name: p.name || RQ.unnamedPersona })), [personas]);
}

export function useTeamOptions() {
  return useProject(useShallow((s) => sortByOrder(Object.values(s.teams))));
}

export function useLabels(): Labels {
  const maps = useProject((s) => s.maps);
  const stages = useProject((s) => s.stages);
  const personas = useProject((s) => s.personas);
  const teams = useProject((s) => s.teams);
  return useMemo(() => labelsOf({ maps, stages, personas, teams }), [maps, stages, personas, teams]);
}

