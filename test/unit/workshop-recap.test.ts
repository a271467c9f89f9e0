import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { installFeatures } from '../../renderer/src/app/install';
import { initProject } from '../../renderer/src/document/actions/project';
import { createSession } from '../../renderer/src/document/actions/workshop/sessions';
import { readSnapshot } from '../../renderer/src/document/projection';
import { buildSampleProject } from '../../renderer/src/document/sample/northwind';
import { briefingOf } from '../../renderer/src/domain/briefing';
import { isoDate } from '../../renderer/src/domain/workshop/sessions';
import { recapIcs, recapMarkdown, recapOf } from '../../renderer/src/features/workshop/recap';
import { tallyFor } from '../../renderer/src/features/workshop/hooks';

installFeatures();

const NOW = Date.UTC(2025, 2, 10, 9);
const DAY = 86_400_000;

function project(withNext: boolean) {
  const doc = new Y.Doc();
  initProject(doc, 'sample', 'Northwind alignment');
  buildSampleProject(doc, NOW);
  if (withNext) {
    const r = createSession(doc, { templateId: 'tpl-alignment', title: 'Monthly roundtable', date: isoDate(NOW + 21 * DAY) }, NOW);
    if (!r.ok) throw new Error('no session');
  }
  const s = readSnapshot(doc);
  const past = Object.values(s.sessions).find((x) => x.status === 'ended')!;
  return { s, past };
}

/** Reads an .ics back: its events, each a map of property name → value (lines unfolded). */
function parseIcs(text: string): Record<string, string>[] {
  const lines = text.replace(/\r\n[ \t]/g, '').split(/\r\n/);
  const events: Record<string, string>[] = [];
  let at: Record<string, string> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') at = {};
    else if (line === 'END:VEVENT') {
      if (at) events.push(at);
      at = null;
    } else if (at) {
      const i = line.indexOf(':');
      at[line.slice(0, i).split(';')[0]!] = line.slice(i + 1).replace(/\\,/g, ',').replace(/\\;/g, ';').replace(/\\n/gi, '\n');
      at[`${line.slice(0, i).split(';')[0]!}@params`] = line.slice(0, i);
    }
  }
  return events;
}

describe('the workshop recap', () => {
  it('says the session’s decisions, actions with owner and due date, parked items, vote winners and the briefing’s score', () => {
    const { s, past } = project(true);
    const today = isoDate(NOW);
    const r = recapOf(s, past.id, today)!;
    const b = briefingOf(s, today);
    const text = recapMarkdown(r);
    for (const d of Object.values(s.decisions)) expect(text).toContain(d.text.replace(/[()]/g, (c) => c));
    // The score is the briefing's, rounded as every screen rounds it.
    expect(text).toContain(`${Math.round(b.score.pct!)}%`);
    expect(text).toContain('No earlier score to compare with yet');
    expect(text).toContain('Call every MQL within one business day — Luis Romero, due');
    // Made without an owner in the questionnaire: flagged, never blank.
    expect(text).toMatch(/Agree what makes a good lead — \*\*no owner yet\*\*, no due date/);
    expect(text).toContain('Should customer success join the weekly check\\-in?'.replace('\\-', '-'));
    // The vote winners are the results screen's tally.
    const round = Object.values(s.voteRounds)[0]!;
    const top = tallyFor(s, round).tally.ranked[0]!;
    expect(text).toContain(`${s.cards[top.cardId]!.text} (${top.dots} dots`);
    expect(text).toContain('## Next meeting\n\nMonthly roundtable');
    // Every open action of the session is in the recap, as in the briefing.
    const open = b.actions.filter((a) => s.actionItems[a.actionId]?.sessionId === past.id);
    for (const a of open) expect(text).toContain(a.title);
  });

  it('keeps typed text from turning into Markdown', () => {
    const { s, past } = project(false);
    const r = recapOf(s, past.id, isoDate(NOW))!;
    const text = recapMarkdown({ ...r, decisions: ['# not a heading *or bold*\n- nor a list'] });
    expect(text).toContain('- \\# not a heading \\*or bold\\* - nor a list');
  });

  it('puts the next meeting and every open action with a due date in the calendar', async () => {
    const { s, past } = project(true);
    const r = recapOf(s, past.id, isoDate(NOW))!;
    const events = parseIcs((await recapIcs(r))!);
    const dated = r.actions.filter((a) => !a.done && a.dueDate);
    expect(dated.length).toBeGreaterThanOrEqual(3);
    expect(events).toHaveLength(dated.length + 1);
    for (const a of dated) {
      const e = events.find((x) => x.UID === `action-${a.id}@baton`);
      expect(e, a.title).toBeTruthy();
      expect(e!.DTSTART).toBe(a.dueDate.replace(/-/g, ''));
      expect(e!['DTSTART@params']).toContain('VALUE=DATE');
      expect(e!.SUMMARY).toContain(a.title);
    }
    const meeting = events.find((x) => x.SUMMARY === 'Monthly roundtable')!;
    expect(meeting.DTSTART).toBe(isoDate(NOW + 21 * DAY).replace(/-/g, ''));
    expect(meeting.UID).toBe(`session-${r.next!.sessionId}@baton`);
  });

  it('has no calendar when nothing has a date', async () => {
    const { s, past } = project(false);
    const r = recapOf(s, past.id, isoDate(NOW))!;
    expect(await recapIcs({ ...r, actions: r.actions.map((a) => ({ ...a, dueDate: '' })) })).toBeNull();
  });
});
