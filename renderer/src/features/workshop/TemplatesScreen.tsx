import { useState } from 'react';
import { removeTemplate, renameTemplate, resetTemplate, setTemplateItems } from '../../document/actions/workshop/templates';
import type { SessionTemplate, TemplateItem } from '../../domain/workshop/records';
import { InlineEdit } from '../../ui/InlineEdit';
import { Menu } from '../../ui/Menu';
import { report } from '../../ui/toasts';
import { TypingInput } from '../../shared/fields';
import { useProjectDoc } from '../../shared/ProjectContext';
import { useTemplates } from './SessionList';
import { W } from './strings';

export function TemplatesScreen() {
  const templates = useTemplates();
  return (
    <section className="workshop-screen" aria-labelledby="templates-heading">
      <h2 id="templates-heading">{W.templates}</h2>
      <p className="meta">{W.templatesHelp}</p>
      {templates.map((t) => (
        <TemplateEditor key={t.id} template={t} />
      ))}
    </section>
  );
}

function TemplateEditor({ template: t }: { template: SessionTemplate }) {
  const doc = useProjectDoc();
  const [renaming, setRenaming] = useState(false);
  const write = (items: readonly TemplateItem[], mergeKey?: string) => report(setTemplateItems(doc, t.id, items, mergeKey));
  const update = (i: number, patch: Partial<TemplateItem>, mergeKey?: string) =>
    write(t.items.map((x, j) => (j === i ? { ...x, ...patch } : x)), mergeKey);
  const total = t.items.reduce((n, i) => n + i.minutes, 0);
  return (
    <section className="panel template" aria-labelledby={`tpl-${t.id}`}>
      <div className="row spread">
        <h3 id={`tpl-${t.id}`} dir="auto">
          <InlineEdit
            value={t.name}
            label={W.renameTemplate}
            editing={renaming}
            onCommit={(v) => report(renameTemplate(doc, t.id, v))}
            onDone={() => setRenaming(false)}
          />{' '}
          <span className="meta">
            ({W.minutesShort(total)}
            {t.builtIn ? ` · ${W.builtIn}` : ''})
          </span>
        </h3>
        <Menu
          label={`${W.renameTemplate}: ${t.name}`}
          items={[
            { label: W.renameTemplate, run: () => setRenaming(true) },
            ...(t.builtIn
              ? [{ label: W.resetTemplate(t.name), run: () => report(resetTemplate(doc, t.id)) }]
              : []),
            {
              label: W.removeTemplate(t.name),
              run: () => report(removeTemplate(doc, t.id)),
              danger: true,
            },
          ]}
        />
      </div>
      <ol className="template-items" aria-label={W.templateItems(t.name)}>
        {t.items.map((item, i) => (
          <li key={i} className="row">
            <TypingInput
              className="grow"
              value={item.title}
              label={`${W.agendaItemTitle} ${i + 1}`}
              onSave={(text, key) => void (text.trim() && update(i, { title: text }, key))}
            />
            <input
              type="number"
              min={1}
              max={600}
              className="minutes-input"
              aria-label={`${W.minutes}: ${item.title}`}
              value={item.minutes}
              onChange={(e) => e.target.value && update(i, { minutes: Number(e.target.value) })}
            />
            <button
              type="button"
              className="icon-button"
              aria-label={W.removeTemplateItem(item.title)}
              title={W.removeTemplateItem(item.title)}
              onClick={() => write(t.items.filter((_, j) => j !== i))}
            >
              ×
            </button>
          </li>
        ))}
      </ol>
      <button
        type="button"
        onClick={() => write([...t.items, { title: W.newAgendaItem, minutes: 10, link: '' }])}
      >
        + {W.addTemplateItem}
      </button>
    </section>
  );
}
