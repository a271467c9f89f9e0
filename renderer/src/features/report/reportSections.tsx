/**
 * The report's own parts: the cover, the executive summary, the journey maps and the appendix,
 * and the summary's figures about the maps. The other features add theirs through their
 * modules; the registry and its types are the report shell's (shared/report.tsx), so no
 * feature imports this file and this file imports no feature.
 */
import type { ProjectSnapshot } from '../../document/projection';
import { lazyPart } from '../../ui/lazyPart';
import { includedMaps } from './includedMaps';
import { lowestMoment, orderedMaps, buildMapModel } from '../../shared/mapModel';
import type { ReportOptions } from './reportOptions';
import { RS } from './strings';
import {
  participantSources,
  reportSections,
  ReportSheet,
  shownInPreview,
  summaryEntries,
  type ReportRenderOptions,
  type ReportSection,
  type SummaryEntry,
} from '../../shared/report';

// The pages themselves are fetched with the open project (ui/lazyPart.tsx), not with the home screen.
const BriefingPage = lazyPart(() => import('./BriefingPage').then((m) => m.BriefingPage));
const MapsSection = lazyPart(() => import('./ReportMap').then((m) => m.MapsSection));

/** The summary's figures about the journey maps. */
export const MAPS_SUMMARY: SummaryEntry[] = [
  {
    id: 'maps',
    order: 0,
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
];

/** The cover, the briefing, the summary, the maps and the appendix (the frame the other parts print in). */
export const OWN_SECTIONS: ReportSection[] = [
  {
    id: 'cover',
    order: 0,
    label: RS.cover,
    defaultOn: true,
    render: (s, o) => <Cover snapshot={s} options={o} />,
  },
  {
    id: 'briefing',
    order: 5,
    label: RS.briefingSection,
    defaultOn: true,
    render: (s, o) => <BriefingPage snapshot={s} options={o} />,
  },
  {
    id: 'summary',
    order: 10,
    label: RS.summary,
    defaultOn: true,
    render: (s, o) => <Summary snapshot={s} options={o} />,
  },
  {
    id: 'maps',
    order: 50,
    label: RS.maps,
    defaultOn: true,
    render: (s, o) => <MapsSection snapshot={s} options={o} />,
    isEmpty: (s, o) => includedMaps(s, o ?? { excludedMapIds: [] }).length === 0,
  },
  {
    id: 'appendix',
    order: 90,
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
  return reportSections().filter((sec) => isSectionOn(sec, options) && !sec.isEmpty?.(snapshot, options));
}

export function formatReportDate(at: number): string {
  return new Intl.DateTimeFormat(undefined, { dateStyle: 'long' }).format(at);
}

function Cover({ snapshot, options }: { snapshot: ProjectSnapshot; options: ReportRenderOptions }) {
  const people = Array.from(new Set(participantSources().flatMap((src) => src(snapshot)).filter(Boolean)));
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
          <div className={`rp-cover-contents${contents.length > 9 ? ' rp-long' : ''}`}>
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
  const figures = summaryEntries().flatMap((e) => e.figures?.(snapshot) ?? []);
  const blocks = summaryEntries().map((e) => ({ e, body: e.render?.(snapshot, options) ?? null })).filter((b) => b.body !== null);
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
              const all = m.lanes.flatMap((l) => m.cardsAt(s.id, l.id).map((c) => ({ c, l })));
              const { shown: cards, more } = shownInPreview(all, options);
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
                  {more > 0 && (
                    <p className="rp-muted rp-preview-more">{RS.moreInPrint(more)}</p>
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
