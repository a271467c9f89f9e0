import { useState } from 'react';
import { createStore } from 'zustand/vanilla';
import { addAgendaItem, moveAgendaItem, removeAgendaItem, renameAgendaItem, setAgendaMinutes } from '../../document/actions/workshop/agenda';
import { extendAgendaItem, finishAgendaItem, pauseAgendaItem, resumeAgendaItem, skipAgendaItem } from '../../document/actions/workshop/timers';
import { sortByOrder } from '../../domain/ordering';
import type { AgendaItem, AgendaLink } from '../../domain/workshop/records';
import { formatClock, isOverTime, remainingMs } from '../../domain/workshop/timer';
import { InlineEdit } from '../../ui/InlineEdit';
import { Menu } from '../../ui/Menu';
import { report } from '../../ui/toasts';
import { useOpenProject, useProject, useProjectDoc } from '../../shared/ProjectContext';
import { projectSections } from '../../shared/projectSections';
import { startItemCommand } from './commands';
import { useAgenda, useNow } from './hooks';
import { W } from './strings';
import { AgendaItemParts } from '../../shared/screenSlots';

/** Which question set the questionnaire should scroll to when an agenda item opens it (UI state only). */
export const questionnaireFocus = createStore<{ setId: string }>(() => ({ setId: '' }));

const EXTEND_MINUTES = 5;

export function AgendaPanel({ sessionId }: { sessionId: string }) {
  const doc = useProjectDoc();
  const items = useAgenda(sessionId);
  const total = items.reduce((n, i) => n + i.minutes, 0);
  return (
    <section className="panel agenda" aria-labelledby="agenda-heading">
      <h3 id="agenda-heading">
        {W.agenda} <span className="meta">({W.minutesShort(total)})</span>
      </h3>
      <ol className="agenda-list">
        {items.map((item, i) => (
          <AgendaRow
            key={item.id}
            item={item}
            index={i}
            count={items.length}
            sessionId={sessionId}
          />
        ))}
      </ol>
      <button type="button" onClick={() => report(addAgendaItem(doc, sessionId))}>
        + {W.addAgendaItem}
      </button>
    </section>
  );
}

/** The countdown of an item: remaining time, and "over time" from zero on. */
export function Countdown({ item, className = '' }: { item: AgendaItem; className?: string }) {
  const now = useNow(item.state === 'running');
  const left = remainingMs(item, now);
  const over = isOverTime(item, now);
  return (
    <span
      className={`countdown ${over ? 'over' : ''} ${item.state} ${className}`}
      data-testid="countdown"
      role="timer"
      aria-live="off"
    >
      {formatClock(left)}
      {item.state === 'paused' && <span className="countdown-note"> ({W.paused})</span>}
    </span>
  );
}

function AgendaRow({
  item,
  index,
  count,
  sessionId,
}: {
  item: AgendaItem;
  index: number;
  count: number;
  sessionId: string;
}) {
  const doc = useProjectDoc();
  const projectId = useProject((s) => s.info.projectId);
  const [renaming, setRenaming] = useState(false);
  const active = item.state === 'running' || item.state === 'paused';
  const go = useLinkNavigation();
  return (
    <li
      className={`agenda-item state-${item.state}`}
      data-testid="agenda-item"
      aria-current={active ? 'step' : undefined}
    >
      <span className={`agenda-state state-${item.state}`}>{W.itemState[item.state]}</span>
      <span className="agenda-title" dir="auto" onDoubleClick={() => setRenaming(true)}>
        <InlineEdit
          value={item.title}
          label={W.agendaItemTitle}
          editing={renaming}
          onCommit={(v) => report(renameAgendaItem(doc, item.id, v))}
          onDone={() => setRenaming(false)}
        />
      </span>
      <label className="agenda-minutes">
        <input
          type="number"
          min={1}
          max={600}
          aria-label={`${W.minutes}: ${item.title}`}
          value={item.minutes}
          onChange={(e) =>
            e.target.value && report(setAgendaMinutes(doc, item.id, Number(e.target.value)))
          }
        />
        <span aria-hidden> {W.minutesUnit}</span>
      </label>
      {active && <Countdown item={item} />}
      <span className="agenda-controls">
        {item.state === 'running' ? (
          <button
            type="button"
            aria-label={W.pauseItem(item.title)}
            onClick={() => report(pauseAgendaItem(doc, item.id))}
          >
            ❚❚ {W.pause}
          </button>
        ) : item.state === 'paused' ? (
          <button
            type="button"
            aria-label={W.resumeItem(item.title)}
            onClick={() => report(resumeAgendaItem(doc, item.id))}
          >
            ▶ {W.resume}
          </button>
        ) : (
          <button
            type="button"
            aria-label={W.startItem(item.title)}
            onClick={() => startItemCommand(doc, projectId, sessionId, item.id)}
          >
            ▶ {W.start}
          </button>
        )}
        {active && (
          <>
            <button
              type="button"
              aria-label={W.extendItem(item.title, EXTEND_MINUTES)}
              onClick={() => report(extendAgendaItem(doc, item.id, EXTEND_MINUTES))}
            >
              {W.extend(EXTEND_MINUTES)}
            </button>
            <button
              type="button"
              aria-label={W.finishItem(item.title)}
              onClick={() => report(finishAgendaItem(doc, item.id))}
            >
              ✓ {W.finish}
            </button>
            <button
              type="button"
              aria-label={W.skipItem(item.title)}
              onClick={() => report(skipAgendaItem(doc, item.id))}
            >
              ⇥ {W.skip}
            </button>
          </>
        )}
        {item.link && go.available(item.link) && (
          <button
            type="button"
            className="link-button"
            onClick={() => go.to(item.link, item.questionSetId)}
          >
            {W.goTo[item.link]} →
          </button>
        )}
        <span className="push-right">
          <Menu
            label={W.itemActions(item.title)}
            items={[
              { label: W.renameItem, run: () => setRenaming(true) },
              {
                label: W.moveItemUp(item.title),
                run: () => report(moveAgendaItem(doc, item.id, index - 1)),
                disabled: index === 0,
              },
              {
                label: W.moveItemDown(item.title),
                run: () => report(moveAgendaItem(doc, item.id, index + 1)),
                disabled: index >= count - 1,
              },
              {
                label: W.removeAgendaItem(item.title),
                run: () => report(removeAgendaItem(doc, item.id)),
                danger: true,
              },
            ]}
          />
        </span>
      </span>
      <AgendaItemParts sessionId={sessionId} link={item.link} />
    </li>
  );
}

/** Where an agenda item's button takes the room: our own screens, the first map, or another feature's section. */
export function useLinkNavigation() {
  const { store } = useOpenProject();
  const projectId = useProject((s) => s.info.projectId);
  const sectionFor = (link: AgendaLink) => {
    const want =
      link === 'handoffs'
        ? /handoff|alignment/
        : link === 'kpis'
          ? /kpi|metric|alignment/
          : link === 'personas'
            ? /persona/
            : link === 'requests'
              ? /^requests$/
              : null;
    return want ? projectSections().find((s) => want.test(s.id)) : undefined;
  };
  const firstMap = () => sortByOrder(Object.values(store.getState().maps))[0];
  return {
    available(link: AgendaLink): boolean {
      if (link === 'map' || link === 'vote') return !!firstMap();
      if (link === 'handoffs' || link === 'kpis' || link === 'personas' || link === 'requests') return !!sectionFor(link);
      return link !== '';
    },
    to(link: AgendaLink, questionSetId = '') {
      if (link === 'questionnaire') {
        questionnaireFocus.setState({ setId: questionSetId });
        location.hash = `#/p/${projectId}/workshop/questions`;
      } else if (link === 'actions') location.hash = `#/p/${projectId}/workshop/actions`;
      else if (link === 'map' || link === 'vote') {
        const m = firstMap();
        if (m) location.hash = `#/p/${projectId}/m/${m.id}`;
      } else {
        const sec = sectionFor(link);
        if (sec) location.hash = `#/p/${projectId}/${sec.id}`;
      }
    },
  };
}
