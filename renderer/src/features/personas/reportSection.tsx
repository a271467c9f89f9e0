/**
 * The "Personas" part of the leadership report: one page per persona (PersonaOnePager),
 * registered in features/report/reportSections.tsx.
 */
import type { ProjectSnapshot } from '../../document/projection';
import { sortByOrder } from '../../domain/ordering';
import { ReportSheet } from '../report/ReportMap';
import type { ReportSection } from '../report/reportSections';
import { PersonaOnePager } from './PersonaOnePager';
import { PS } from './strings';

export const personasReportSection: ReportSection = {
  id: 'personas',
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
