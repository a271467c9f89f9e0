import { useEffect, useRef, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { addMap, deleteMap, duplicateMap, renameMap, renameProject } from '../../document/actions';
import { undo } from '../../document/history';
import { sortByOrder } from '../../domain/ordering';
import { MAP_TEMPLATES, type MapTemplate } from '../../domain/templates';
import { openProject, type OpenProject } from '../../storage/openProject';
import { afterPaint, markOpened } from '../../storage/safeStart';
import { S } from '../../strings';
import { InlineEdit } from '../../ui/InlineEdit';
import { Menu } from '../../ui/Menu';
import { navigate } from '../../ui/router';
import { SavedIndicator } from '../../ui/StorageBanner';
import { TOAST_DOCK } from '../../ui/Toasts';
import { report, showToast } from '../../ui/toasts';
import { ProjectContext, useProject, useProjectDoc } from '../../shared/ProjectContext';
import { findProjectSection, projectSections } from '../../shared/projectSections';
import { HeaderActions, MapView, OverviewParts, ProjectLayers, SidebarParts } from '../../shared/screenSlots';
import { Icon } from '../../ui/icons';
import { U } from '../../i18n/ui';
import { cardCount } from '../../document/indexes';
import { setDocumentTitle } from '../../shared/documentTitle';
import { isCut, useFoldToFit } from '../../ui/useFoldToFit';

/**
 * The header folds in three steps until it is one row with the whole title (styles.css, data-fold):
 * the timer's short words, then the buttons' words, then the search's word, "Saved" and a narrower
 * agenda title. The title is cut (its tooltip keeps it) only when even that does not fit.
 */
const HEADER_FOLDS = 3;
const headerFits = (el: HTMLElement) => el.scrollWidth <= el.clientWidth + 1 && !isCut(el.querySelector('.project-title'));

/** Opens a project's document for as long as the screen shows it. */
export function ProjectScreen({
  projectId,
  mapId,
  section,
  itemId,
}: {
  projectId: string;
  mapId?: string;
  section?: string;
  itemId?: string;
}) {
  const [state, setState] = useState<{ project?: OpenProject; error?: string }>({});
  useEffect(() => {
    let live = true;
    let opened: OpenProject | undefined;
    setState({});
    openProject(projectId)
      .then((r) => {
        if (!r.ok) return live && setState({ error: r.message });
        opened = r.project;
        if (live) setState({ project: r.project });
        else void r.project.close();
      })
      .catch((err) => live && setState({ error: String(err?.message ?? err) }));
    return () => {
      live = false;
      void opened?.close();
    };
  }, [projectId]);
  // Safe start: this screen finished opening once its first frame (the map, or the error) painted.
  const shown = state.project ?? state.error;
  useEffect(() => (shown ? afterPaint(() => markOpened(location.hash)) : undefined), [shown, mapId, section, itemId]);

  if (state.error) {
    return (
      <main className="screen message-screen">
        <p role="alert">{state.error}</p>
        <button type="button" onClick={() => navigate({ name: 'home' })}>
          {S.allProjects}
        </button>
      </main>
    );
  }
  if (!state.project) return <p className="loading">{S.loading}</p>;
  return (
    <ProjectContext.Provider value={state.project}>
      <ProjectLayout mapId={mapId} section={section} itemId={itemId} />
    </ProjectContext.Provider>
  );
}

function ProjectLayout({ mapId, section, itemId }: { mapId?: string; section?: string; itemId?: string }) {
  const doc = useProjectDoc();
  const info = useProject((s) => s.info);
  const maps = useProject(useShallow((s) => sortByOrder(Object.values(s.maps))));
  const [renaming, setRenaming] = useState(false);
  // On a phone the sidebar and the header's buttons fold behind two buttons; one is open at a time.
  const [folded, setFolded] = useState<'none' | 'sections' | 'actions'>('none');
  const toggle = (which: 'sections' | 'actions') => setFolded((f) => (f === which ? 'none' : which));
  useEffect(() => setFolded('none'), [mapId, section, itemId]);
  const header = useRef<HTMLElement>(null);
  useFoldToFit(header, HEADER_FOLDS, headerFits);
  const mapExists = !mapId || maps.some((m) => m.id === mapId);
  const active = !mapId && section ? findProjectSection(section) : undefined;
  useEffect(() => {
    setDocumentTitle(`${info.title} — Baton`);
  }, [info.title]);
  return (
    <div
      className={`project-layout folded-${folded}`}
      onKeyDown={(e) => {
        if (e.key === 'Escape' && folded !== 'none') setFolded('none');
      }}
    >
      <header className="app-header" ref={header}>
        <button type="button" className="link-button back-to-projects" aria-label={S.allProjects} onClick={() => navigate({ name: 'home' })}>
          <Icon name="back" /> <span className="back-label header-label">{S.allProjects}</span>
        </button>
        <div className="project-title-row">
          <h1 className="project-title" title={info.title} onDoubleClick={() => setRenaming(true)}>
            <InlineEdit
              value={info.title}
              label={S.renameProject}
              editing={renaming}
              onCommit={(v) => report(renameProject(doc, v))}
              onDone={() => setRenaming(false)}
            />
          </h1>
          <button type="button" className="icon-button" aria-label={S.renameProject} title={S.renameProject} onClick={() => setRenaming(true)}>
            <Icon name="edit" />
          </button>
        </div>
        <SavedIndicator />
        <FoldToggle open={folded === 'sections'} controls="project-sidebar" label={U.header.sectionsMenu} glyph="☰" onToggle={() => toggle('sections')} />
        <FoldToggle open={folded === 'actions'} controls="header-actions" label={U.header.headerActionsMenu} glyph="⋯" onToggle={() => toggle('actions')} />
        <div id="header-actions" className="header-actions">
          <HeaderActions />
        </div>
      </header>
      <div className="project-body">
        <nav id="project-sidebar" className="sidebar" aria-label={U.header.projectNav} {...{ [TOAST_DOCK]: '' }}>
          <SectionNav active={mapId ? undefined : section} />
          <MapList activeMapId={mapId} />
          <SidebarParts />
        </nav>
        <main className="project-main">
          {active ? (
            active.render({ itemId })
          ) : section ? (
            <p role="alert" className="empty-state">{S.sectionMissing}</p>
          ) : mapId && mapExists ? (
            <MapView mapId={mapId} />
          ) : mapId ? (
            <p role="alert" className="empty-state">{S.mapMissing}</p>
          ) : (
            <MapsOverview />
          )}
        </main>
      </div>
      <ProjectLayers />
    </div>
  );
}

function useMapCommands() {
  const doc = useProjectDoc();
  const projectId = useProject((s) => s.info.projectId);
  return {
    create(templateId: MapTemplate['id']) {
      const r = addMap(doc, S.untitledMap, templateId);
      if (report(r) && r.ok) navigate({ name: 'map', projectId, mapId: r.value });
    },
    duplicate(id: string, title: string) {
      const r = duplicateMap(doc, id, S.copyOf(title));
      if (report(r) && r.ok) navigate({ name: 'map', projectId, mapId: r.value });
    },
    remove(id: string, title: string, active: boolean) {
      if (report(deleteMap(doc, id))) {
        if (active) navigate({ name: 'project', projectId });
        showToast(S.mapDeleted(title), { action: { label: S.undoAction, run: () => undo(doc) } });
      }
    },
  };
}

function MapList({ activeMapId }: { activeMapId?: string }) {
  const doc = useProjectDoc();
  const projectId = useProject((s) => s.info.projectId);
  const maps = useProject(useShallow((s) => sortByOrder(Object.values(s.maps))));
  const [renamingId, setRenamingId] = useState<string | null>(null);
  const cmd = useMapCommands();
  return (
    <section className="sidebar-maps" aria-label={S.journeyMaps}>
      <h2>{S.journeyMaps}</h2>
      <ul className="map-list">
        {maps.map((m) => (
          <li key={m.id} className={m.id === activeMapId ? 'active' : undefined}>
            {renamingId === m.id ? (
              <InlineEdit
                value={m.title}
                label={S.renameMap}
                editing
                onCommit={(v) => report(renameMap(doc, m.id, v))}
                onDone={() => setRenamingId(null)}
              />
            ) : (
              <a
                href={`#/p/${projectId}/m/${m.id}`}
                aria-current={m.id === activeMapId ? 'page' : undefined}
                aria-label={S.openMap(m.title)}
                dir="auto"
              >
                {m.title}
              </a>
            )}
            <Menu
              label={U.header.mapActions(m.title)}
              items={[
                { label: S.renameMap, run: () => setRenamingId(m.id) },
                { label: S.duplicateMap, run: () => cmd.duplicate(m.id, m.title) },
                { label: S.deleteMap, run: () => cmd.remove(m.id, m.title, m.id === activeMapId), danger: true },
              ]}
            />
          </li>
        ))}
      </ul>
      <button type="button" onClick={() => cmd.create('b2b')}>
        + {S.newMap}
      </button>
    </section>
  );
}

function SectionNav({ active }: { active?: string }) {
  const projectId = useProject((s) => s.info.projectId);
  const sections = projectSections();
  if (!sections.length) return null;
  return (
    <ul className="section-nav">
      {sections.map((sec) => (
        <li key={sec.id}>
          <a href={`#/p/${projectId}/${sec.id}`} aria-current={sec.id === active ? 'page' : undefined}>
            <span className="section-icon" aria-hidden>
              {sec.icon}
            </span>{' '}
            {sec.label}
          </a>
        </li>
      ))}
    </ul>
  );
}

function MapsOverview() {
  const maps = useProject(useShallow((s) => sortByOrder(Object.values(s.maps))));
  const projectId = useProject((s) => s.info.projectId);
  const counts = useProject(
    useShallow((s) => Object.fromEntries(maps.map((m) => [m.id, cardCount(s, m.id)]))),
  );
  const cmd = useMapCommands();
  return (
    <section className="overview" aria-label={S.journeyMaps}>
      <h2>{S.journeyMaps}</h2>
      {maps.length === 0 && <p className="empty-state">{S.noMaps}</p>}
      <ul className="tile-list">
        {maps.map((m) => (
          <li key={m.id} className="tile">
            <a href={`#/p/${projectId}/m/${m.id}`} aria-label={S.openMap(m.title)} dir="auto">
              <strong>{m.title}</strong>
            </a>
            <span>{S.cardsCount(counts[m.id] ?? 0)}</span>
          </li>
        ))}
      </ul>
      <div className="row">
        {MAP_TEMPLATES.map((t) => (
          <button key={t.id} type="button" onClick={() => cmd.create(t.id)}>
            + {S.newMap}: {t.label}
          </button>
        ))}
      </div>
      <OverviewParts />
    </section>
  );
}

/** A phone's header button that folds the sidebar or the header's actions in and out. */
function FoldToggle(props: { open: boolean; controls: string; label: string; glyph: string; onToggle: () => void }) {
  return (
    <button
      type="button"
      className="icon-button fold-toggle"
      aria-expanded={props.open}
      aria-controls={props.controls}
      aria-label={props.label}
      title={props.label}
      onClick={props.onToggle}
    >
      {props.glyph}
    </button>
  );
}
