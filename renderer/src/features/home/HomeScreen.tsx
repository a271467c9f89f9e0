import { useEffect, useState } from 'react';
import { MAP_TEMPLATES, type MapTemplate } from '../../domain/templates';
import { createProject, deleteProject, duplicateProject, listProjects, renameProject, restoreProject } from '../../storage/projects';
import { useLiveQuery } from '../../storage/useLiveQuery';
import { S } from '../../strings';
import { InlineEdit } from '../../ui/InlineEdit';
import { Menu } from '../../ui/Menu';
import { navigate } from '../../ui/router';
import { report, showToast } from '../../ui/toasts';
import { HomeEnd, HomeFileActions, HomeMenus, HomeProjectsParts, HomeStart, projectRowItems } from '../../shared/screenSlots';
import { formatDate } from '../../i18n/format';
import { U } from '../../i18n/ui';
import { setDocumentTitle } from '../../shared/documentTitle';

/**
 * The list of projects and the form that starts one. The parts other features add (the app's
 * menus, joining a live session, opening a file, the sample project, Save a copy, the recent
 * files) come through the screen slots (shared/screenSlots.tsx).
 */
export function HomeScreen() {
  const projects = useLiveQuery(listProjects, []);
  const [query, setQuery] = useState('');
  const [title, setTitle] = useState('');
  const [template, setTemplate] = useState<MapTemplate['id']>('b2b');
  const [renamingId, setRenamingId] = useState<string | null>(null);
  useEffect(() => {
    setDocumentTitle('Baton');
  }, []);

  const shown = (projects ?? []).filter((p) => p.title.toLocaleLowerCase().includes(query.trim().toLocaleLowerCase()));
  const onCreate = async (e: React.FormEvent) => {
    e.preventDefault();
    try {
      const { projectId, mapId } = await createProject(title || S.untitledProject, template);
      setTitle('');
      navigate(mapId ? { name: 'map', projectId, mapId } : { name: 'project', projectId });
    } catch (err) {
      showToast(String((err as Error)?.message ?? err), { tone: 'error' });
    }
  };
  const run = (p: Promise<unknown>) => p.catch((err) => showToast(String(err?.message ?? err), { tone: 'error' }));

  return (
    <main className="screen home">
      <header className="home-header">
        <h1>
          <span className="logo" aria-hidden>◆</span> {S.appName}
        </h1>
        <HomeMenus />
        <p className="tagline">{U.header.tagline}</p>
      </header>
      <HomeStart />
      <form className="create-project" onSubmit={onCreate} aria-label={S.newProject}>
        <label>
          {S.projectTitleLabel}
          <input id="new-project-title" value={title} onChange={(e) => setTitle(e.target.value)} placeholder={U.header.projectTitlePlaceholder} maxLength={500} />
        </label>
        <label>
          {S.templateLabel}
          <select value={template} onChange={(e) => setTemplate(e.target.value as MapTemplate['id'])}>
            {MAP_TEMPLATES.map((t) => (
              <option key={t.id} value={t.id}>
                {t.label}
              </option>
            ))}
          </select>
        </label>
        <button type="submit" className="primary">
          + {S.newProject}
        </button>
      </form>
      <div className="home-file-actions">
        <HomeFileActions />
      </div>
      <section aria-label={S.projects}>
        <div className="row spread">
          <h2>{S.projects}</h2>
          <input
            type="search"
            aria-label={S.searchProjects}
            placeholder={S.searchProjects}
            value={query}
            onChange={(e) => setQuery(e.target.value)}
          />
        </div>
        {projects && projects.length === 0 && <p className="empty-state">{S.noProjects}</p>}
        <HomeProjectsParts hasProjects={projects ? projects.length > 0 : undefined} />
        {projects && projects.length > 0 && shown.length === 0 && <p className="empty-state">{S.noProjectsMatch(query)}</p>}
        <ul className="project-list">
          {shown.map((p) => (
            <li key={p.id} className="project-row" data-testid="project-row">
              <div className="project-row-main">
                {renamingId === p.id ? (
                  <InlineEdit
                    value={p.title}
                    label={S.renameProject}
                    editing
                    onCommit={(v) => void run(renameProject(p.id, v).then(report))}
                    onDone={() => setRenamingId(null)}
                  />
                ) : (
                  <a href={`#/p/${p.id}`} className="project-link" aria-label={S.openProject(p.title)} dir="auto">
                    {p.title}
                  </a>
                )}
                <span className="meta">
                  {S.lastChanged}: {formatDate(p.updatedAt, 'date-time')} · {S.mapsCount(p.mapCount)} · {S.cardsCount(p.cardCount)}
                </span>
              </div>
              <Menu
                label={U.header.projectActions(p.title)}
                items={[
                  { label: S.renameProject, run: () => setRenamingId(p.id) },
                  { label: S.duplicateProject, run: () => void run(duplicateProject(p.id)) },
                  ...projectRowItems(p),
                  {
                    label: S.deleteProject,
                    danger: true,
                    run: () =>
                      void run(
                        deleteProject(p.id).then(() =>
                          showToast(S.projectDeleted(p.title), {
                            action: { label: S.undoAction, run: () => void run(restoreProject(p.id)) },
                          }),
                        ),
                      ),
                  },
                ]}
              />
            </li>
          ))}
        </ul>
      </section>
      <HomeEnd />
    </main>
  );
}
