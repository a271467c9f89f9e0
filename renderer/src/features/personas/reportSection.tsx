/**
 * The "Personas" part of the leadership report: one page per persona (PersonaOnePager),
 * added to the report by the personas module.
 */
import type { ProjectSnapshot } from '../../document/projection';
import { sortByOrder } from '../../domain/ordering';
import { ReportSheet, type ReportSection } from '../../shared/report';
import { lazyPart } from '../../ui/lazyPart';
import { PS } from './strings';

// Fetched with the open project (ui/lazyPart.tsx), not with the home screen.
const PersonaOnePager = lazyPart(() => import('./PersonaOnePager').then((m) => m.PersonaOnePager));

export const personasReportSection: ReportSection = {
  id: 'personas',
  order: 20,
  label: PS.section,
  defaultOn: true,
  render: (snapshot: ProjectSnapshot) =>
    sortByOrder(Object.values(snapshot.personas)).map((p) => (
      <ReportSheet key={p.id} className="rp-persona">
        <PersonaOnePager personaId={p.id} />
      </ReportSheet>
    )),
  isEmpty: (snapshot: ProjectSnapshot) => Object.keys(snapshot.personas).length === 0,
};
