/**
 * The executive briefing: the report's first page after the cover, what a leader reads in two
 * minutes. Every figure is `briefingOf`'s (domain/briefing.ts: the score and its change, the
 * areas' red/amber/green and why, the KPIs, decisions, open points with owners, risks, asks,
 * the next meeting), the model the alignment overview, the deck and the recap read; its words
 * are shared/briefingText.ts's. This page only lays them out, and keeps to one page: long lists
 * show their first items and say how many more there are (the later pages list them all).
 *
 * Status is never colour alone: each area's row has a shape (a check, a triangle, a cross) and
 * the word (Green, Amber, Red). The KPI bars are SVG rectangles (vector in print); their words
 * are HTML text beside them.
 */
import type { ProjectSnapshot } from '../../document/projection';
import { briefingOf, type Briefing, type KpiBar, type Rag } from '../../domain/briefing';
import type { PageGeometry } from '../../domain/reportLayout';
import { isoDate } from '../../domain/workshop/sessions';
import { formatAmount } from '../../i18n';
import { askText, BW, changeText, dayText, openItemText, openPointOwners, pctText, riskText } from '../../shared/briefingText';
import type { ReportRenderOptions } from '../../shared/report';
import { ReportSheet } from '../../shared/report';
import { PRINT } from './palette';
import { RS } from './strings';

/** How many lines of each list fit the page (A3 holds half as many again). */
function caps(page: PageGeometry) {
  const big = page.paper === 'A3' ? 1.5 : 1;
  const portrait = page.orientation === 'portrait';
  return {
    decisions: Math.floor((portrait ? 4 : 5) * big),
    openPoints: Math.floor((portrait ? 5 : 6) * big),
    kpis: Math.floor(6 * big),
  };
}

export const RAG_COLOR: Record<Rag, string> = { red: PRINT.neg, amber: '#a15c00', green: PRINT.pos };

/** A status mark that reads without colour: a check (green), a triangle (amber), a cross (red). */
export function RagMark({ rag }: { rag: Rag }) {
  const c = RAG_COLOR[rag];
  return (
    <svg className="rp-rag-mark" viewBox="0 0 12 12" width="3.6mm" height="3.6mm" aria-hidden focusable="false">
      {rag === 'green' && (
        <>
          <circle cx="6" cy="6" r="5.6" fill={c} />
          <path d="M3.2 6.3 5.2 8.3 8.9 4" fill="none" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" strokeLinejoin="round" />
        </>
      )}
      {rag === 'amber' && (
        <>
          <path d="M6 0.6 11.6 11 0.4 11Z" fill={c} />
          <path d="M6 4.2V7.6" stroke="#fff" strokeWidth="1.5" strokeLinecap="round" />
          <circle cx="6" cy="9.3" r="0.85" fill="#fff" />
        </>
      )}
      {rag === 'red' && (
        <>
          <rect x="0.5" y="0.5" width="11" height="11" rx="2" fill={c} />
          <path d="M3.6 3.6 8.4 8.4M8.4 3.6 3.6 8.4" stroke="#fff" strokeWidth="1.6" strokeLinecap="round" />
        </>
      )}
    </svg>
  );
}

function More({ n }: { n: number }) {
  return n > 0 ? <li className="rp-brief-more">{RS.briefMore(n)}</li> : null;
}

/** One KPI: its name, the bar (actual against the target's tick, on the KPI's own scale) and the figures. */
function KpiRow({ k }: { k: KpiBar }) {
  const measured = k.target !== null && k.actual !== null;
  const max = Math.max(Math.abs(k.target ?? 0), Math.abs(k.actual ?? 0)) * 1.15 || 1;
  const w = (v: number | null) => (v === null ? 0 : Math.max(0, Math.min(100, (Math.abs(v) / max) * 100)));
  const state = k.state === 'on-target' ? 'green' : k.state === 'off-target' ? 'red' : null;
  return (
    <li className="rp-kpi-row" data-kpi-state={k.state}>
      <span className="rp-kpi-name" dir="auto">
        {k.name}
      </span>
      <svg className="rp-kpi-bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden focusable="false">
        <rect x="0" y="1.5" width="100" height="7" fill={PRINT.band} stroke={PRINT.rule} strokeWidth="0.4" vectorEffect="non-scaling-stroke" />
        {k.actual !== null && <rect x="0" y="1.5" width={w(k.actual)} height="7" fill={state ? RAG_COLOR[state] : PRINT.neutral} />}
        {k.target !== null && <line x1={w(k.target)} x2={w(k.target)} y1="0" y2="10" stroke={PRINT.ink} strokeWidth="1.6" vectorEffect="non-scaling-stroke" />}
      </svg>
      <span className="rp-kpi-figures">
        {measured ? RS.briefKpiFigures(formatAmount(k.actual, k.unit), formatAmount(k.target, k.unit)) : RS.briefKpiState[k.state]}
        {measured && (
          <span className="rp-kpi-state" style={{ color: state ? RAG_COLOR[state] : undefined }}>
            {' · '}
            {RS.briefKpiState[k.state]}
          </span>
        )}
      </span>
    </li>
  );
}

export function BriefingPage({ snapshot, options, briefing }: { snapshot: ProjectSnapshot; options: ReportRenderOptions; briefing?: Briefing }) {
  const b = briefing ?? briefingOf(snapshot, isoDate(options.generatedAt));
  const cap = caps(options.page);
  const change = b.score.change;
  const trend = b.score.changeBasis === 'sessions' && change !== null ? (change > 0 ? '▲' : change < 0 ? '▼' : '=') : '';
  const decisions = b.decisions.slice(0, cap.decisions);
  // The first point of each kind first: seven stages without an owner must not hide the unsigned contract.
  const seen = new Set<string>();
  const firsts = b.openPoints.filter((p) => !seen.has(p.item.kind) && seen.add(p.item.kind));
  const points = [...firsts, ...b.openPoints.filter((p) => !firsts.includes(p))].slice(0, cap.openPoints);
  const kpis = b.kpis.slice(0, cap.kpis);
  return (
    <ReportSheet className={`rp-briefing rp-briefing-${options.page.orientation}`}>
      <h2 className="rp-section-title">{RS.briefingTitle}</h2>
      <div className="rp-brief-top">
        <section className="rp-brief-score" aria-label={RS.briefScoreLabel} data-testid="briefing-score">
          <p className="rp-label rp-brief-kicker">{RS.briefScoreLabel}</p>
          <p className="rp-brief-score-line">
            <span className="rp-brief-score-value">{pctText(b.score.pct)}</span>
            <span className="rp-brief-verdict">{BW.verdict[b.score.verdict]}</span>
          </p>
          <p className="rp-brief-change">
            {trend && <span aria-hidden>{trend} </span>}
            {changeText(b)}
            {b.score.total > 0 && ` · ${RS.briefAnswered(b.score.answered, b.score.total)}`}
          </p>
        </section>
        <section className="rp-brief-next" aria-label={BW.nextMeeting}>
          <p className="rp-label rp-brief-kicker">{BW.nextMeeting}</p>
          {b.nextMeeting ? (
            <>
              <p className="rp-brief-next-title" dir="auto">
                {b.nextMeeting.title}
              </p>
              <p>{dayText(b.nextMeeting.date)}</p>
            </>
          ) : (
            <p className="rp-flag">
              <RagMark rag="amber" /> {BW.noNextMeeting}
            </p>
          )}
          {b.lastMeeting && <p className="rp-muted rp-small">{RS.briefLastMeeting(b.lastMeeting.title, dayText(b.lastMeeting.date))}</p>}
        </section>
      </div>
      <div className="rp-brief-grid">
        <section className="rp-brief-areas">
          <h3>{BW.standTitle}</h3>
          <table className="rp-brief-rag">
            <tbody>
              {b.areas.map((a) => (
                <tr key={a.id} data-rag={a.rag}>
                  <th scope="row">{BW.area[a.id]}</th>
                  <td className="rp-rag-cell" style={{ color: RAG_COLOR[a.rag] }}>
                    <RagMark rag={a.rag} /> {BW.rag[a.rag]}
                  </td>
                  <td>{BW.reason(a.id, a.reason)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
        <section className="rp-brief-kpis">
          <h3>{RS.briefKpisTitle}</h3>
          {kpis.length ? (
            <ul className="rp-kpi-bars">
              {kpis.map((k) => (
                <KpiRow key={k.kpiId} k={k} />
              ))}
              <More n={b.kpis.length - kpis.length} />
            </ul>
          ) : (
            <p className="rp-muted">{RS.briefNoKpis}</p>
          )}
          {kpis.some((k) => k.target !== null) && <p className="rp-muted rp-small">{RS.briefKpiLegend}</p>}
        </section>
        <div className="rp-brief-lists">
          <section>
            <h3>{BW.decisions(b.decisions.length)}</h3>
            <ul className="rp-brief-list">
              {decisions.length ? (
                decisions.map((d) => (
                  <li key={d.id} dir="auto">
                    {d.text}
                  </li>
                ))
              ) : (
                <li className="rp-muted">{BW.noDecisions}</li>
              )}
              <More n={b.decisions.length - decisions.length} />
            </ul>
          </section>
          <section data-testid="briefing-open-points">
            <h3>{BW.openPoints(b.openPoints.length)}</h3>
            <ul className="rp-brief-list">
              {points.length ? (
                points.map((p, i) => {
                  const who = openPointOwners(snapshot, p);
                  return (
                    <li key={`${p.item.kind}-${i}`}>
                      {openItemText(snapshot, p.item)}{' '}
                      {who ? (
                        <span className="rp-brief-owner">— {who}</span>
                      ) : (
                        <span className="rp-flag">
                          — <RagMark rag="amber" /> {RS.noOwnerYet}
                        </span>
                      )}
                    </li>
                  );
                })
              ) : (
                <li className="rp-muted">{BW.allClosed}</li>
              )}
              <More n={b.openPoints.length - points.length} />
            </ul>
          </section>
          <section>
            <h3>{BW.askTitle}</h3>
            <ol className="rp-brief-list">
              {b.asks.length ? b.asks.map((a, i) => <li key={`${a.kind}-${i}`}>{askText(snapshot, a)}</li>) : <li className="rp-muted">{BW.noAsks}</li>}
            </ol>
          </section>
          <section>
            <h3>{BW.risksHeading}</h3>
            <ul className="rp-brief-list">
              {b.risks.length ? b.risks.map((r, i) => <li key={`${r.kind}-${i}`}>{riskText(snapshot, r)}</li>) : <li className="rp-muted">{BW.noRisks}</li>}
            </ul>
          </section>
        </div>
      </div>
    </ReportSheet>
  );
}
