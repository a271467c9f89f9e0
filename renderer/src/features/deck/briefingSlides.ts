/**
 * The deck's first slides: the executive briefing (domain/briefing.ts, the model the briefing
 * page reads, in the words of shared/briefingText.ts) as three slides: where we stand (score, verdict, change, one RAG row per area),
 * decisions and open points, and what we need from you (asks, risks, the next meeting).
 */
import type { ProjectSnapshot } from '../../document/projection';
import type { Briefing, OpenPoint } from '../../domain/briefing';
import { formatList } from '../../i18n';
import { askText, BW, changeText, dayText, openItemText, openPointOwners, pctText, riskText } from '../../shared/briefingText';
import type { Cell, DeckSlide } from './slides';

export { changeText };

const pct = pctText;

function openPointCell(s: ProjectSnapshot, p: OpenPoint): Cell {
  const who = openPointOwners(s, p);
  return { text: `${openItemText(s, p.item)} — ${who || BW.noOwner}`, tone: who ? 'plain' : 'flag' };
}

export function briefingSlides(s: ProjectSnapshot, b: Briefing): DeckSlide[] {
  const rows = b.areas.map((a) => ({ area: BW.area[a.id], rag: a.rag, ragWord: BW.rag[a.rag], reason: BW.reason(a.id, a.reason) }));
  const red = b.areas.filter((a) => a.rag === 'red').map((a) => BW.area[a.id]);
  const score: DeckSlide = {
    kind: 'score',
    title: BW.standTitle,
    score: pct(b.score.pct),
    verdict: BW.verdict[b.score.verdict],
    change: changeText(b),
    rows,
    notes: [
      BW.scoreNotes(pct(b.score.pct), BW.verdict[b.score.verdict], b.score.answered, b.score.total),
      changeText(b),
      red.length ? BW.redNotes(formatList(red)) : BW.noRedNotes,
      ...rows.map((r) => `${r.area}: ${r.ragWord}. ${r.reason}`),
    ].join('\n'),
  };
  const decisions: Cell[] = b.decisions.length ? b.decisions.map((d) => ({ text: d.text })) : [{ text: BW.noDecisions, tone: 'muted' }];
  const open: Cell[] = b.openPoints.length ? b.openPoints.map((p) => openPointCell(s, p)) : [{ text: BW.allClosed, tone: 'green' }];
  const points: DeckSlide = {
    kind: 'columns',
    title: BW.decisionsTitle,
    columns: [
      { heading: BW.decisions(b.decisions.length), items: decisions },
      { heading: BW.openPoints(b.openPoints.length), items: open },
    ],
    notes: [BW.pointsNotes(b.decisions.length, b.openPoints.length), ...b.openPoints.map((p) => openPointCell(s, p).text)].join('\n'),
  };
  const next = b.nextMeeting;
  const asks: Cell[] = b.asks.length ? b.asks.map((a) => ({ text: askText(s, a) })) : [{ text: BW.noAsks, tone: 'muted' }];
  const risks: Cell[] = b.risks.length ? b.risks.map((r) => ({ text: riskText(s, r), tone: 'red' })) : [{ text: BW.noRisks, tone: 'muted' }];
  const meeting: Cell[] = next ? [{ text: next.title, bold: true }, { text: dayText(next.date) }] : [{ text: BW.noNextMeeting, tone: 'flag' }];
  const ask: DeckSlide = {
    kind: 'columns',
    title: BW.askTitle,
    columns: [
      { heading: BW.asksHeading, items: asks },
      { heading: BW.risksHeading, items: risks },
      { heading: BW.nextMeeting, items: meeting },
    ],
    notes: [BW.askNotes, ...asks.map((a) => `• ${a.text}`), next ? BW.nextNotes(next.title, dayText(next.date)) : BW.noNextMeeting].join('\n'),
  };
  return [score, points, ask];
}
