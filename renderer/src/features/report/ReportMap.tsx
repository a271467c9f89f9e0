/**
 * A journey map on paper: an HTML table (lane names as row headers, stages as columns, cards
 * as coloured boxes of real text) with the emotion curves as SVG, sized to the page's width.
 * A map wider than a page continues on the next ones, a group of stages per page, each page
 * repeating the lane names. The alignment layer comes from the same map model as the SVG and
 * PNG exports: each stage's owner over its name, the handoffs on their stage boundary, every
 * persona's curve in the canvas's look with a legend, a card's own owner, tags and dots.
 */
import { curveMarkerPath, type CurveStyle } from '../../domain/curveStyle';
import { EMOTION_MAX, EMOTION_MIN, SHARED_OWNER, type Card, type Lane, type Stage } from '../../domain/types';
import { LANE_COLUMN_MM, splitStages, stagesPerPage } from '../../domain/reportLayout';
import { includedMaps } from './includedMaps';
import type { buildMapModel, CurveRow, HandoffMark, MapModel, OwnerMark } from '../../shared/mapModel';
import { PRINT, PRINT_CARD, emotionColor } from './palette';
import { ReportSheet, shownInPreview, type ReportRenderOptions } from '../../shared/report';
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
      {model.personas.length > 0 && (
        <p className="rp-map-personas" dir="auto">
          <span className="rp-label">{RS.personasOnMap}:</span> {model.personas.map((p) => p.name).join(' · ')}
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
  const first = group[0]!.i;
  const last = group[group.length - 1]!.i;
  // Handoffs on a boundary of this page (or the one between this page and the next, or the last).
  const handoffsAt = (i: number) => model.handoffs.filter((h) => h.afterStageIndex === i);
  const edge = new Set(model.handoffs.filter((h) => h.afterStageIndex !== null).map((h) => h.afterStageIndex!));
  const fromBefore = handoffsAt(first - 1);
  const anyHandoff = fromBefore.length > 0 || group.some(({ i }) => handoffsAt(i).length > 0);
  const edgeClass = (i: number, base = '') => [base, edge.has(i) && i !== last ? 'rp-handoff-edge' : ''].filter(Boolean).join(' ') || undefined;
  return (
    <table className="rp-map">
      <colgroup>
        <col style={{ width: `${LANE_COLUMN_MM}mm` }} />
        {group.map(({ s }) => (
          <col key={s.id} />
        ))}
      </colgroup>
      <thead>
        {anyHandoff && (
          <tr className="rp-handoff-row">
            <th scope="row" className="rp-corner rp-lane">
              {RS.handoffsRow}
            </th>
            {group.map(({ s, i }, k) => (
              <td key={s.id} className={edgeClass(i, 'rp-handoff-cell')}>
                {k === 0 &&
                  fromBefore.map((h) => <HandoffMarker key={h.id} h={h} place="from-before" />)}
                {handoffsAt(i).map((h) => (
                  <HandoffMarker key={h.id} h={h} place={i === last ? 'to-next' : 'edge'} />
                ))}
              </td>
            ))}
          </tr>
        )}
        <tr>
          <th scope="col" className="rp-corner">
            <span className="rp-visually-hidden">{RS.lanesHeader}</span>
          </th>
          {group.map(({ s, i }) => {
            const owner = model.stageOwner(s.id);
            return (
              <th
                key={s.id}
                scope="col"
                className={edgeClass(i, 'rp-stage')}
                dir="auto"
                style={owner.color ? { borderTop: `1.4mm solid ${owner.color}` } : undefined}
              >
                <OwnerChip owner={owner} className="rp-stage-owner" />
                <div className="rp-stage-name">{s.name}</div>
                {s.description && <div className="rp-stage-desc">{s.description}</div>}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {model.lanes.map((lane) => (
          <tr key={lane.id} className={lane.kind === 'emotion' ? 'rp-emotion-row' : undefined}>
            <th scope="row" className="rp-lane" dir="auto">
              {lane.name}
              {lane.kind === 'emotion' && <CurveLegend curves={model.curves(lane.id)} />}
            </th>
            {lane.kind === 'emotion' ? (
              <td colSpan={group.length} className="rp-emotion-cell">
                <EmotionCurves curves={model.curves(lane.id)} group={group} stageMm={stageMm} lane={lane} />
              </td>
            ) : lane.kind === 'ownership' ? (
              group.map(({ s, i }) => (
                <td key={s.id} className={edgeClass(i, 'rp-cell')}>
                  <OwnerChip owner={model.stageOwner(s.id)} className="rp-lane-owner" />
                </td>
              ))
            ) : (
              group.map(({ s, i }) => {
                const { shown, more } = shownInPreview(model.cardsAt(s.id, lane.id), options);
                return (
                  <td key={s.id} className={edgeClass(i, 'rp-cell')}>
                    {shown.map((card) => (
                      <PaperCard key={card.id} card={card} model={model} />
                    ))}
                    {more > 0 && <p className="rp-muted rp-preview-more">{RS.moreInPrint(more)}</p>}
                  </td>
                );
              })
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** A team's colour and name (never colour alone): a filled dot, half-filled for shared, a dashed ring for no owner. */
function OwnerChip({ owner, className }: { owner: OwnerMark; className?: string }) {
  const kind = owner.color ? 'team' : owner.owner === SHARED_OWNER ? 'shared' : 'none';
  return (
    <span className={`rp-owner rp-owner-${kind}${className ? ` ${className}` : ''}`}>
      <span className="rp-owner-dot" style={owner.color ? { background: owner.color } : undefined} aria-hidden />
      {owner.name}
    </span>
  );
}

function PaperCard({ card, model }: { card: Card; model: MapModel }) {
  const dots = model.dots(card.id);
  const tags = model.handoffsOnCard(card.id);
  return (
    <div className="rp-card" dir="auto" style={{ background: PRINT_CARD[card.color].fill, borderColor: PRINT_CARD[card.color].edge }}>
      {card.text}
      {model.ownsItself(card) && (
        <div className="rp-card-foot">
          <OwnerChip owner={model.cardOwner(card)} />
        </div>
      )}
      {tags.map((h) => (
        <div key={h.id} className="rp-card-foot rp-card-handoff">
          ⇆ {h.name}
        </div>
      ))}
      {dots > 0 && (
        <div className="rp-card-foot rp-dots" aria-label={RS.dotsOnCard(dots)}>
          <span aria-hidden>{'●'.repeat(Math.min(dots, 10))}</span> {RS.dotsOnCard(dots)}
        </div>
      )}
    </div>
  );
}

/**
 * A handoff marker in the row above the stage names: on the boundary after its stage
 * ('edge': it straddles the column line), or held inside the page when the boundary is the
 * page's edge ('to-next': it continues on the next page; 'from-before': it came from the last).
 */
function HandoffMarker({ h, place }: { h: HandoffMark; place: 'edge' | 'to-next' | 'from-before' }) {
  return (
    <div
      className={`rp-handoff-mark rp-hm-${place}`}
      dir="auto"
      aria-label={RS.handoffBetween(h.name, h.fromStage.name, h.toStage.name, h.from.name, h.to.name)}
    >
      <div className="rp-handoff-name">⇆ {h.name}</div>
      <div className="rp-handoff-teams">
        <OwnerChip owner={h.from} />
        <span>
          <span aria-hidden>➜ </span>
          <OwnerChip owner={h.to} />
        </span>
      </div>
      {(h.words || place !== 'edge') && (
        <div className="rp-handoff-words">
          {[h.words, place === 'to-next' ? RS.handoffNextPage(h.toStage.name) : place === 'from-before' ? RS.handoffFromPage(h.fromStage.name) : '']
            .filter(Boolean)
            .join(' · ')}
        </div>
      )}
    </div>
  );
}

/** Which curve is whose: a sample of each line and its points, and the persona's name. Nothing for a lone map curve. */
function CurveLegend({ curves }: { curves: readonly CurveRow[] }) {
  if (!curves.some((c) => c.personaId)) return null;
  return (
    <ul className="rp-curve-legend" aria-label={RS.curvesLegend}>
      {curves.map((c) => (
        <li key={c.key} style={{ color: c.style.color }}>
          <LineSample style={c.style} />
          <span>
            {c.personaName ?? RS.mapCurve}
            {!c.scored && <span className="rp-muted"> ({RS.notScored.toLowerCase()})</span>}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Millimetres per canvas pixel for a curve's stroke and dashes (a 4 px line prints 0.7 mm wide). */
const MM_PER_PX = 0.7 / 4;
const dashMm = (dash: string) =>
  dash
    .split(/\s+/)
    .filter(Boolean)
    .map((d) => Math.round(Number(d) * MM_PER_PX * 100) / 100)
    .join(' ');

function LineSample({ style }: { style: CurveStyle }) {
  return (
    <svg className="rp-line-sample" viewBox="0 0 7 3" aria-hidden>
      <line x1={0} x2={7} y1={1.5} y2={1.5} stroke={style.color} strokeWidth={0.6} strokeDasharray={dashMm(style.dash) || undefined} />
      <path d={curveMarkerPath(style.marker, 3.5, 1.5, 1.1)} fill={style.color} stroke="#ffffff" strokeWidth={0.25} />
    </svg>
  );
}

/** Height of the curve's drawing on paper, in millimetres (its units are millimetres too). */
const CURVE_MM = 24;

function EmotionCurves({
  curves,
  group,
  stageMm,
  lane,
}: {
  curves: readonly CurveRow[];
  group: readonly { s: Stage; i: number }[];
  stageMm: number;
  lane: Lane;
}) {
  const scored = curves.filter((c) => c.scored);
  if (!scored.length) return <p className="rp-muted rp-not-scored">{RS.notScored}</p>;
  const w = stageMm * group.length;
  const padY = 6;
  const yOf = (v: number) => padY + ((EMOTION_MAX - v) / (EMOTION_MAX - EMOTION_MIN)) * (CURVE_MM - padY * 2);
  // Several curves: their points sit side by side in a stage, as on the canvas.
  const spacing = Math.min(5, (stageMm * 0.6) / Math.max(1, scored.length));
  const f = (n: number) => Math.round(n * 100) / 100;
  const many = scored.length > 1;
  return (
    <svg className="rp-curve" viewBox={`0 0 ${f(w)} ${CURVE_MM}`} style={{ width: '100%', height: `${CURVE_MM}mm` }} role="group" aria-label={lane.name}>
      <line x1={0} x2={f(w)} y1={f(yOf(0))} y2={f(yOf(0))} stroke={PRINT.ruleStrong} strokeWidth={0.25} strokeDasharray="1.2 1.2" />
      {scored.map((c, k) => {
        const offset = (k - (scored.length - 1) / 2) * spacing;
        const pts = group.map(({ i }, j) => ({ x: j * stageMm + stageMm / 2 + offset, y: yOf(c.scores[i] ?? 0), v: c.scores[i] ?? 0 }));
        const whose = c.personaName ?? RS.mapCurve;
        return (
          <g
            key={c.key}
            role="img"
            aria-label={`${RS.curveOf(whose)}: ${group.map(({ s, i }) => `${s.name} ${RS.emotionAxis(c.scores[i] ?? 0)}`).join(', ')}`}
          >
            <polyline
              points={pts.map((p) => `${f(p.x)},${f(p.y)}`).join(' ')}
              fill="none"
              stroke={c.style.color}
              strokeWidth={c.style.width * MM_PER_PX}
              strokeDasharray={dashMm(c.style.dash) || undefined}
              strokeLinejoin="round"
              strokeLinecap="round"
            />
            {pts.map((p, j) => (
              <g key={group[j]!.s.id}>
                <path d={curveMarkerPath(c.style.marker, f(p.x), f(p.y), 1.3)} fill={c.style.color} stroke="#ffffff" strokeWidth={0.4} />
                <text
                  x={f(p.x)}
                  y={f(p.v < 0 ? p.y + 4.4 : p.y - 2.4)}
                  fontSize={2.8}
                  fontWeight={700}
                  textAnchor="middle"
                  fill={many ? c.style.color : emotionColor(p.v)}
                >
                  {RS.emotionAxis(p.v)}
                </text>
              </g>
            ))}
          </g>
        );
      })}
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
