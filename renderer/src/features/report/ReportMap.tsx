/**
 * A journey map on paper: an HTML table (lane names as row headers, stages as columns, cards
 * as coloured boxes of real text) with the emotion curve as an SVG polyline, sized to the
 * page's width. A map wider than a page continues on the next ones, a group of stages per
 * page, each page repeating the lane names.
 */
import { EMOTION_MAX, EMOTION_MIN, type Lane, type Stage } from '../../domain/types';
import { LANE_COLUMN_MM, splitStages, stagesPerPage } from '../../domain/reportLayout';
import { buildMapModel, type EmotionRow, type MapModel } from '../../shared/mapModel';
import { PRINT, PRINT_CARD, emotionColor } from './palette';
import { ReportSheet, type ReportRenderOptions } from '../../shared/report';
import { RS } from './strings';

/** A part of the report that starts on a new page. */
export function MapPages({ model, options }: { model: MapModel; options: ReportRenderOptions }) {
  const { stages } = model;
  if (!stages.length || !model.lanes.length) {
    return (
      <ReportSheet className="rp-map-page">
        <MapTitle model={model} continued={false} from={0} to={0} />
        <p className="rp-muted">{stages.length ? RS.noLanes : RS.noStages}</p>
      </ReportSheet>
    );
  }
  const groups = splitStages(
    stages.map((s, i) => ({ s, i })),
    stagesPerPage(options.page),
  );
  return (
    <>
      {groups.map((group, g) => (
        <ReportSheet key={group[0]!.s.id} className="rp-map-page">
          <MapTitle model={model} continued={g > 0} from={group[0]!.i + 1} to={group[group.length - 1]!.i + 1} />
          <MapTable model={model} group={group} options={options} />
        </ReportSheet>
      ))}
    </>
  );
}

function MapTitle({ model, continued, from, to }: { model: MapModel; continued: boolean; from: number; to: number }) {
  const n = model.stages.length;
  return (
    <header className="rp-map-title">
      <h2 dir="auto">
        {model.map.title}
        {continued && <span className="rp-continued"> {RS.continued}</span>}
      </h2>
      {n > 0 && (
        <p className="rp-muted">
          {RS.stageRange(from, to, n)} · {RS.cardsOnMap(model.cardCount)}
        </p>
      )}
    </header>
  );
}

function MapTable({
  model,
  group,
  options,
}: {
  model: MapModel;
  group: readonly { s: Stage; i: number }[];
  options: ReportRenderOptions;
}) {
  const stageMm = (options.page.contentWidthMm - LANE_COLUMN_MM) / group.length;
  return (
    <table className="rp-map">
      <colgroup>
        <col style={{ width: `${LANE_COLUMN_MM}mm` }} />
        {group.map(({ s }) => (
          <col key={s.id} />
        ))}
      </colgroup>
      <thead>
        <tr>
          <th scope="col" className="rp-corner">
            <span className="rp-visually-hidden">{RS.lanesHeader}</span>
          </th>
          {group.map(({ s }) => (
            <th key={s.id} scope="col" className="rp-stage" dir="auto">
              <div className="rp-stage-name">{s.name}</div>
              {s.description && <div className="rp-stage-desc">{s.description}</div>}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {model.lanes.map((lane) => (
          <tr key={lane.id} className={lane.kind === 'emotion' ? 'rp-emotion-row' : undefined}>
            <th scope="row" className="rp-lane" dir="auto">
              {lane.name}
            </th>
            {lane.kind === 'emotion' ? (
              <td colSpan={group.length} className="rp-emotion-cell">
                <EmotionCurve row={model.emotion(lane.id)} group={group} stageMm={stageMm} lane={lane} />
              </td>
            ) : (
              group.map(({ s }) => (
                <td key={s.id} className="rp-cell">
                  {model.cardsAt(s.id, lane.id).map((card) => (
                    <div
                      key={card.id}
                      className="rp-card"
                      dir="auto"
                      style={{ background: PRINT_CARD[card.color].fill, borderColor: PRINT_CARD[card.color].edge }}
                    >
                      {card.text}
                    </div>
                  ))}
                </td>
              ))
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** Height of the curve's drawing on paper, in millimetres (its units are millimetres too). */
const CURVE_MM = 24;

function EmotionCurve({
  row,
  group,
  stageMm,
  lane,
}: {
  row: EmotionRow;
  group: readonly { s: Stage; i: number }[];
  stageMm: number;
  lane: Lane;
}) {
  if (!row.scored) return <p className="rp-muted rp-not-scored">{RS.notScored}</p>;
  const w = stageMm * group.length;
  const padY = 6;
  const yOf = (v: number) => padY + ((EMOTION_MAX - v) / (EMOTION_MAX - EMOTION_MIN)) * (CURVE_MM - padY * 2);
  const pts = group.map(({ i }, k) => ({ x: k * stageMm + stageMm / 2, y: yOf(row.scores[i] ?? 0), v: row.scores[i] ?? 0 }));
  const f = (n: number) => Math.round(n * 100) / 100;
  return (
    <svg
      className="rp-curve"
      viewBox={`0 0 ${f(w)} ${CURVE_MM}`}
      style={{ width: '100%', height: `${CURVE_MM}mm` }}
      role="img"
      aria-label={`${lane.name}: ${group.map(({ s, i }) => `${s.name} ${RS.emotionAxis(row.scores[i] ?? 0)}`).join(', ')}`}
    >
      <line x1={0} x2={f(w)} y1={f(yOf(0))} y2={f(yOf(0))} stroke={PRINT.ruleStrong} strokeWidth={0.25} strokeDasharray="1.2 1.2" />
      <polyline
        points={pts.map((p) => `${f(p.x)},${f(p.y)}`).join(' ')}
        fill="none"
        stroke={PRINT.accent}
        strokeWidth={0.7}
        strokeLinejoin="round"
        strokeLinecap="round"
      />
      {pts.map((p, k) => (
        <g key={group[k]!.s.id}>
          <circle cx={f(p.x)} cy={f(p.y)} r={1.3} fill={emotionColor(p.v)} stroke="#ffffff" strokeWidth={0.4} />
          <text x={f(p.x)} y={f(p.v < 0 ? p.y + 4.4 : p.y - 2.4)} fontSize={2.8} fontWeight={700} textAnchor="middle" fill={emotionColor(p.v)}>
            {RS.emotionAxis(p.v)}
          </text>
        </g>
      ))}
    </svg>
  );
}

/** Every included map of the project, in order, each starting on a new page. */
export function MapsSection({ snapshot, options }: { snapshot: Parameters<typeof buildMapModel>[0]; options: ReportRenderOptions }) {
  return (
    <>
      {includedMaps(snapshot, options).map((m) => (
        <MapPages key={m.map.id} model={m} options={options} />
      ))}
    </>
  );
}

export function includedMaps(snapshot: Parameters<typeof buildMapModel>[0], options: { excludedMapIds: readonly string[] }): MapModel[] {
  const excluded = new Set(options.excludedMapIds);
  return Object.values(snapshot.maps)
    .filter((m) => !excluded.has(m.id))
    .sort((a, b) => a.order - b.order || (a.id < b.id ? -1 : 1))
    .map((m) => buildMapModel(snapshot, m.id))
    .filter((m): m is MapModel => m !== null);
}
