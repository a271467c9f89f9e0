/** Help: a short, searchable guide to the workshop method and to every feature (features/help/guide.ts). */
import { useMemo, useState } from 'react';
import { useStore } from 'zustand';
import { fold } from '../../domain/fuzzy';
import { HP } from './strings';
import { Dialog } from '../../ui/Dialog';
import { Icon } from '../../ui/icons';
import { closeOverlay, openOverlay, overlays } from '../../ui/overlays';
import { runCommand } from '../../commands/registry';
import { commandContext } from '../../commands/context';
import { GUIDE, type GuideTopic } from './guide';

function matches(topic: GuideTopic, query: string): boolean {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const hay = fold([topic.title, ...topic.body].join(' '));
  return words.every((w) => hay.includes(w));
}

export function HelpDialog() {
  const open = useStore(overlays, (s) => s.open === 'help');
  const initial = useStore(overlays, (s) => s.helpQuery);
  return open ? <HelpBody initial={initial} /> : null;
}

function HelpBody({ initial }: { initial: string }) {
  const [query, setQuery] = useState(initial);
  const shown = useMemo(() => GUIDE.filter((t) => matches(t, query)), [query]);
  const parts: [GuideTopic['part'], string][] = [
    ['method', HP.help.method],
    ['features', HP.help.features],
  ];
  return (
    <Dialog title={HP.help.title} onClose={closeOverlay} className="help-dialog" testId="help-dialog">
      <div className="help-actions">
        <button type="button" onClick={() => openOverlay('shortcuts')}>
          <Icon name="keyboard" /> {HP.help.openShortcuts}
        </button>
        <button
          type="button"
          onClick={() => {
            closeOverlay();
            // The tour is a feature of its own: Help starts it through its command.
            runCommand('app.tour', commandContext());
          }}
        >
          <Icon name="tour" /> {HP.help.openTour}
        </button>
        <button type="button" onClick={() => openOverlay('about')}>
          <Icon name="info" /> {HP.help.openAbout}
        </button>
      </div>
      <label className="help-search">
        <span>{HP.help.search}</span>
        <input type="search" data-autofocus value={query} placeholder={HP.help.searchPlaceholder} onChange={(e) => setQuery(e.target.value)} />
      </label>
      <p className="visually-hidden" aria-live="polite">
        {HP.help.topics(shown.length)}
      </p>
      {shown.length === 0 && <p className="empty-state">{HP.help.noMatch(query.trim())}</p>}
      {parts.map(([part, heading]) => {
        const topics = shown.filter((t) => t.part === part);
        if (!topics.length) return null;
        return (
          <section key={part} className="help-part" aria-label={heading}>
            <h3>{heading}</h3>
            {topics.map((t) => (
              <details key={t.id} className="help-topic" open={!!query.trim()} data-topic={t.id}>
                <summary>{t.title}</summary>
                {t.body.map((p, i) => (
                  <p key={i}>{p}</p>
                ))}
              </details>
            ))}
          </section>
        );
      })}
    </Dialog>
  );
}
