/**
 * The parts of the leadership report, in the order they print. Each feature adds its own
 * part with one entry here (personas, handoff contracts, KPIs, glossary, workshop outcomes…);
 * the settings panel lists every entry as a checkbox and the print view renders the chosen
 * ones, each starting on a new page.
 *
 * A section renders plain HTML and SVG (real text, vector shapes; no canvas). Give it
 * `isEmpty` when it can have nothing to say, so it is never printed as a blank page.
 * Wrap parts that must start on a page of their own in `<ReportSheet>`.
 *
 * The executive summary has its own small registry (`SUMMARY_ENTRIES`): add a figure ("4 of
 * 5 handoffs have a contract") or a short block, and it appears on the summary page.
 */
import type { ReactNode } from 'react';
import type { ProjectSnapshot } from '../../document/projection';
import type { PageGeometry } from '../../domain/reportLayout';
import { includedMaps, MapsSection, ReportSheet } from './ReportMap';
import { lowestMoment, orderedMaps, buildMapModel } from './mapModel';
import type { ReportOptions } from './reportOptions';
import { RS } from './strings';
import { personasReportSection } from '../personas/reportSection';
import { alignmentReportSections, alignmentSummaryEntry } from '../alignment/reportSections';
import { workshopParticipants, workshopReportSection, workshopSummaryEntries } from '../workshop/report';
import { requestsSummaryEntry } from '../requests/report';

export { ReportSheet } from './ReportMap';

export interface ReportRenderOptions extends ReportOptions {
  /** The paper, and the room on it for content, in millimetres. */
  readonly page: PageGeometry;
  /** When the report was made (the cover's date). */
  readonly generatedAt: number;
}

export interface ReportSection {
  /** Lower-case letters and dashes; stored with the facilitator's choices. */
  readonly id: string;
  /** The checkbox's label in the settings panel, from a strings catalogue. */
  readonly label: string;
  readonly defaultOn: boolean;
  readonly render: (snapshot: ProjectSnapshot, options: ReportRenderOptions) => ReactNode;
  /** True when the section would print nothing; it is then left out and its checkbox says so. */
  readonly isEmpty?: (snapshot: ProjectSnapshot, options?: ReportOptions) => boolean;
}

// ---- The executive summary's own registry ----

export interface SummaryFigure {
  readonly value: string | number;
  /** What the number counts, e.g. "journey maps". */
  readonly label: string;
}

export interface SummaryEntry {
  readonly id: string;
  /** Big numbers at the top of the summary page. */
  readonly figures?: (snapshot: ProjectSnapshot) => readonly SummaryFigure[];
  /** A heading over `render`'s block. */
  readonly heading?: string;
  /** A short block of the summary; null when there is nothing to say (then nothing prints). */
  readonly render?: (snapshot: ProjectSnapshot, options: ReportRenderOptions) => ReactNode | null;
}

/** People named on the cover. Workshop sessions add a source; the line is hidden when empty. */
export const PARTICIPANT_SOURCES: ((snapshot: ProjectSnapshot) => readonly string[])[] = [workshopParticipants];

export const SUMMARY_ENTRIES: SummaryEntry[] = [
  {
    id: 'maps',
    figures: (s) => {
      const maps = orderedMaps(s);
      const mapIds = new Set(maps.map((m) => m.id));
      const stages = Object.values(s.stages).filter((x) => mapIds.has(x.mapId)).length;
      const cards = maps.reduce((n, m) => n + (buildMapModel(s, m.id)?.cardCount ?? 0), 0);
      return [
        { value: maps.length, label: RS.journeyMapsFigure(maps.length) },
        { value: stages, label: RS.stagesFigure(stages) },
        { value: cards, label: RS.cardsFigure(cards) },
      ];
    },
    heading: RS.maps,
    render: (s) => <MapsSummary snapshot={s} />,
  },
  // Insert summary entries of other features here (alignment, handoffs, KPIs, votes, actions).
  alignmentSummaryEntry,
  ...workshopSummaryEntries,
  requestsSummaryEntry,
];

// ---- The built-in sections ----

export const REPORT_SECTIONS: ReportSection[] = [
  {
    id: 'cover',
    label: RS.cover,
    defaultOn: true,
    render: (s, o) => <Cover snapshot={s} options={o} />,
  },
  {
    id: 'summary',
    label: RS.summary,
    defaultOn: true,
    render: (s, o) => <Summary snapshot={s} options={o} />,
  },
  // Insert sections of other features here (personas, handoff contracts, KPIs, glossary…).
  personasReportSection,
  ...alignmentReportSections,
  {
    id: 'maps',
    label: RS.maps,
    defaultOn: true,
    render: (s, o) => <MapsSection snapshot={s} options={o} />,
    isEmpty: (s, o) => includedMaps(s, o ?? { excludedMapIds: [] }).length === 0,
  },
  workshopReportSection,
  {
    id: 'appendix',
    label: RS.appendix,
    defaultOn: false,
    render: (s, o) => <Appendix snapshot={s} options={o} />,
    isEmpty: (s, o) => includedMaps(s, o ?? { excludedMapIds: [] }).every((m) => m.cardCount === 0),
  },
];

export function isSectionOn(section: ReportSection, options: ReportOptions): boolean {
  return options.sections[section.id] ?? section.defaultOn;
}

/** The sections that will print, in order: switched on and not empty. */
export function sectionsToPrint(snapshot: ProjectSnapshot, options: ReportOptions): ReportSection[] {
  return REPORT_SECTIONS.filter((sec) => isSectionOn(sec, options) && !sec.isEmpty?.(snapshot, options));
}

export function formatReportDate(at: number): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(at);
}

function Cover({ snapshot, options }: { snapshot: ProjectSnapshot; options: ReportRenderOptions }) {
  const people = Array.from(new Set(PARTICIPANT_SOURCES.flatMap((src) => src(snapshot)).filter(Boolean)));
  const contents = sectionsToPrint(snapshot, options).filter((s) => s.id !== 'cover');
  return (
    <div className="rp-cover" style={{ height: `${options.page.contentHeightMm - 4}mm` }}>
      <div className="rp-cover-top">
        <p className="rp-kicker">{RS.reportKind}</p>
        <h1 className="rp-cover-title" dir="auto">
          {snapshot.info.title || RS.untitledProject}
        </h1>
        <p className="rp-cover-date">{RS.preparedOn(formatReportDate(options.generatedAt))}</p>
        {people.length > 0 && (
          <p className="rp-cover-people">
            <span className="rp-label">{RS.participants}: </span>
            {people.join(', ')}
          </p>
        )}
      </div>
      <div className="rp-cover-bottom">
        {contents.length > 0 && (
          <div className="rp-cover-contents">
            <p className="rp-label">{RS.inThisReport}</p>
            <ol>
              {contents.map((s) => (
                <li key={s.id}>
                  {s.id === 'maps' ? `${s.label}: ${includedMaps(snapshot, options).map((m) => m.map.title).join(', ')}` : s.label}
                </li>
              ))}
            </ol>
          </div>
        )}
        <p className="rp-cover-about">{RS.whatIsBaton}</p>
      </div>
    </div>
  );
}

function Summary({ snapshot, options }: { snapshot: ProjectSnapshot; options: ReportRenderOptions }) {
  const figures = SUMMARY_ENTRIES.flatMap((e) => e.figures?.(snapshot) ?? []);
  const blocks = SUMMARY_ENTRIES.map((e) => ({ e, body: e.render?.(snapshot, options) ?? null })).filter((b) => b.body !== null);
  return (
    <div className="rp-summary">
      <h2 className="rp-section-title">{RS.summary}</h2>
      {figures.length > 0 && (
        <section aria-label={RS.atAGlance}>
          <ul className="rp-figures">
            {figures.map((f) => (
              <li key={f.label}>
                <span className="rp-figure-value">{f.value}</span>
                <span className="rp-figure-label">{f.label}</span>
              </li>
            ))}
          </ul>
        </section>
      )}
      {blocks.map(({ e, body }) => (
        <section key={e.id} className="rp-summary-block">
          {e.heading && <h3>{e.heading}</h3>}
          {body}
        </section>
      ))}
    </div>
  );
}

function MapsSummary({ snapshot }: { snapshot: ProjectSnapshot }) {
  const models = orderedMaps(snapshot)
    .map((m) => buildMapModel(snapshot, m.id))
    .filter((m): m is NonNullable<typeof m> => m !== null);
  if (!models.length) return <p className="rp-muted">{RS.noMapsYet}</p>;
  return (
    <table className="rp-table">
      <thead>
        <tr>
          <th scope="col">{RS.mapColumn}</th>
          <th scope="col" className="rp-num">
            {RS.stagesColumn}
          </th>
          <th scope="col" className="rp-num">
            {RS.cardsColumn}
          </th>
          <th scope="col">{RS.lowestColumn}</th>
        </tr>
      </thead>
      <tbody>
        {models.map((m) => {
          const low = lowestMoment(m);
          return (
            <tr key={m.map.id}>
              <td dir="auto">
                <strong>{m.map.title}</strong>
                {m.stages.length > 0 && <div className="rp-muted rp-small">{m.stages.map((s) => s.name).join(' → ')}</div>}
              </td>
              <td className="rp-num">{m.stages.length}</td>
              <td className="rp-num">{m.cardCount}</td>
              <td>{low ? RS.lowestMoment(low.stage.name, RS.emotionAxis(low.score)) : <span className="rp-muted">—</span>}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function Appendix({ snapshot, options }: { snapshot: ProjectSnapshot; options: ReportRenderOptions }) {
  const models = includedMaps(snapshot, options).filter((m) => m.cardCount > 0);
  return (
    <ReportSheet className="rp-appendix">
      <h2 className="rp-section-title">{RS.appendix}</h2>
      {models.map((m) => (
        <section key={m.map.id} className="rp-appendix-map">
          <h3 dir="auto">{m.map.title}</h3>
          <div className="rp-appendix-columns">
            {m.stages.map((s) => {
              const cards = m.lanes.flatMap((l) => m.cardsAt(s.id, l.id).map((c) => ({ c, l })));
              return (
                <section key={s.id} className="rp-appendix-stage">
                  <h4 dir="auto">{s.name}</h4>
                  {cards.length ? (
                    <ul>
                      {cards.map(({ c, l }) => (
                        <li key={c.id} dir="auto">
                          <span className="rp-muted">{l.name}: </span>
                          {c.text}
                        </li>
                      ))}
                    </ul>
                  ) : (
                    <p className="rp-muted">{RS.noCardsInStage}</p>
                  )}
                </section>
              );
            })}
          </div>
        </section>
      ))}
    </ReportSheet>
  );
}
