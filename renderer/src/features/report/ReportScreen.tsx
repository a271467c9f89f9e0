/**
 * The "Leadership report" section of a project: a settings panel (sections, maps, paper,
 * orientation) beside a live preview of the document, and the button that prints it. The
 * print view itself is the same section with the item `print` (or `print-auto`).
 */
import { useEffect, useLayoutEffect, useRef, useState, type ReactNode } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { ORIENTATIONS, PAPERS, pageGeometry, stagesPerPage } from '../../domain/reportLayout';
import { platform, printReport } from '../../platform';
import { showToast } from '../../ui/toasts';
import { useProject } from '../../shared/ProjectContext';
import { fileNameFor } from './exports';
import { orderedMaps } from '../../shared/mapModel';
import { PrintView } from './PrintView';
import { ReportDocument } from './ReportDocument';
import { presetOf, presetSections, REPORT_PRESETS, reportOptionsStored, updateReportOptions, useReportOptions, type ReportOptions } from './reportOptions';
import { reportSections } from '../../shared/report';
import { isSectionOn, sectionsToPrint } from './reportSections';
import { RS } from './strings';

export function ReportScreen({ itemId }: { itemId?: string }) {
  if (itemId === 'print' || itemId === 'print-auto') return <PrintView auto={itemId === 'print-auto'} />;
  return <ReportSettingsScreen />;
}

const MM_TO_PX = 96 / 25.4;

function ReportSettingsScreen() {
  const snapshot = useProject((s) => s);
  const projectId = snapshot.info.projectId;
  const options = useReportOptions(projectId);
  const [generatedAt] = useState(() => Date.now());
  const [job, setJob] = useState<{ cancelled: boolean } | null>(null);

  const print = async () => {
    if (!options || job) return;
    if (sectionsToPrint(snapshot, options).length === 0) return showToast(RS.nothingSelected, { tone: 'error' });
    // Another window (the desktop shell's print window) reads the choices from the database.
    await reportOptionsStored(projectId);
    const me = { cancelled: false };
    if (platform.canPrintToPdf) setJob(me);
    try {
      const outcome = await printReport(
        {
          pageSize: options.paper,
          landscape: options.orientation === 'landscape',
          suggestedName: fileNameFor(`${snapshot.info.title || RS.untitledProject} - ${RS.sectionLabel}`, 'pdf'),
          route: `#/p/${projectId}/report/print`,
        },
        () => location.assign(`#/p/${projectId}/report/print-auto`),
      );
      if (me.cancelled || outcome === 'browser') return;
      showToast(outcome === 'saved' ? RS.pdfSaved : RS.printCancelled);
    } catch (err) {
      if (!me.cancelled) showToast(RS.printFailed(String((err as Error)?.message ?? err)), { tone: 'error' });
    } finally {
      setJob((j) => (j === me ? null : j));
    }
  };

  // Ctrl/⌘+P prints the report, not the app's screen around it.
  const printRef = useRef(print);
  printRef.current = print;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && !e.altKey && e.key.toLowerCase() === 'p') {
        e.preventDefault();
        void printRef.current();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  if (!options) return <p className="loading">{RS.preparing}</p>;
  const set = (change: (o: ReportOptions) => ReportOptions) => void updateReportOptions(projectId, change);
  const perPage = stagesPerPage(pageGeometry(options.paper, options.orientation));

  return (
    <div className="report-screen">
      <aside className="report-settings" aria-label={RS.settingsHeading}>
        <h2>{RS.sectionLabel}</h2>
        <fieldset>
          <legend>{RS.presetsHeading}</legend>
          <div className="report-presets">
            {REPORT_PRESETS.map((p) => (
              <button
                key={p}
                type="button"
                aria-pressed={presetOf(options, reportSections()) === p}
                onClick={() => set((o) => ({ ...o, sections: presetSections(p, reportSections()) }))}
              >
                {RS.preset[p]}
              </button>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>{RS.sectionsHeading}</legend>
          {reportSections().map((sec) => {
            const empty = sec.isEmpty?.(snapshot, { ...options, excludedMapIds: sec.id === 'maps' ? [] : options.excludedMapIds }) ?? false;
            return (
              <div key={sec.id}>
                <label className="report-check">
                  <input
                    type="checkbox"
                    checked={isSectionOn(sec, options) && !empty}
                    disabled={empty}
                    onChange={(e) => set((o) => ({ ...o, sections: { ...o.sections, [sec.id]: e.target.checked } }))}
                  />
                  <span>
                    {sec.label}
                    {empty && <span className="report-note"> ({RS.nothingYet})</span>}
                  </span>
                </label>
                {sec.id === 'maps' && !empty && isSectionOn(sec, options) && <MapChoices options={options} set={set} />}
              </div>
            );
          })}
        </fieldset>
        <fieldset>
          <legend>{RS.paperLabel}</legend>
          <div className="report-radios">
            {PAPERS.map((p) => (
              <label key={p}>
                <input type="radio" name="report-paper" value={p} checked={options.paper === p} onChange={() => set((o) => ({ ...o, paper: p }))} />
                {p}
              </label>
            ))}
          </div>
        </fieldset>
        <fieldset>
          <legend>{RS.orientationLabel}</legend>
          <div className="report-radios">
            {ORIENTATIONS.map((v) => (
              <label key={v}>
                <input
                  type="radio"
                  name="report-orientation"
                  value={v}
                  checked={options.orientation === v}
                  onChange={() => set((o) => ({ ...o, orientation: v }))}
                />
                {v === 'portrait' ? RS.portrait : RS.landscape}
              </label>
            ))}
          </div>
        </fieldset>
        <p className="report-note">{RS.runningHeaderNote}</p>
        <p className="report-note">{RS.stagesPerPageNote(perPage)}</p>
        {job ? (
          <div className="report-progress" role="status">
            <progress aria-label={RS.preparing} />
            <span>{RS.preparing}</span>
            <button
              type="button"
              onClick={() => {
                job.cancelled = true;
                setJob(null);
                showToast(RS.printCancelled);
              }}
            >
              {RS.cancelPrint}
            </button>
          </div>
        ) : (
          <button type="button" className="primary" onClick={() => void print()}>
            {platform.canPrintToPdf ? RS.printButtonDesktop : RS.printButtonBrowser}
          </button>
        )}
        {!platform.canPrintToPdf && <p className="report-note">{RS.printHintBrowser}</p>}
      </aside>
      <PreviewFrame widthMm={pageGeometry(options.paper, options.orientation).widthMm}>
        {sectionsToPrint(snapshot, options).length ? (
          <ReportDocument snapshot={snapshot} options={options} generatedAt={generatedAt} preview />
        ) : (
          <p className="empty-state">{RS.nothingSelected}</p>
        )}
      </PreviewFrame>
    </div>
  );
}

function MapChoices({ options, set }: { options: ReportOptions; set: (c: (o: ReportOptions) => ReportOptions) => void }) {
  const maps = useProject(useShallow((s) => orderedMaps(s)));
  if (maps.length < 2) return null;
  return (
    <fieldset className="report-map-choices">
      <legend>{RS.mapsToInclude}</legend>
      {maps.map((m) => (
        <label key={m.id} className="report-check">
          <input
            type="checkbox"
            checked={!options.excludedMapIds.includes(m.id)}
            onChange={(e) =>
              set((o) => ({
                ...o,
                excludedMapIds: e.target.checked ? o.excludedMapIds.filter((x) => x !== m.id) : [...o.excludedMapIds, m.id],
              }))
            }
          />
          <span dir="auto">{m.title}</span>
        </label>
      ))}
    </fieldset>
  );
}

/**
 * Shows the pages at a scale that fits the panel's width (never larger than life), without
 * laying the pages out again: they are laid out once at their paper width and scaled with a
 * transform, and a sizer around them takes the scaled size so the panel scrolls the right
 * distance. The sizes come from a ResizeObserver, which reports them after the browser's own
 * layout; reading the panel's width while it renders (as this did, with CSS `zoom`) forced a
 * layout of the whole preview and then a second one at the new zoom: ~0.3 s each at 10,000
 * cards. Styles are written straight to the two elements, before the frame is painted.
 */
function PreviewFrame({ widthMm, children }: { widthMm: number; children: ReactNode }) {
  const frameRef = useRef<HTMLElement>(null);
  const sizerRef = useRef<HTMLDivElement>(null);
  const pagesRef = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const frame = frameRef.current;
    const sizer = sizerRef.current;
    const pages = pagesRef.current;
    if (!frame || !sizer || !pages) return;
    let room = 0;
    let height = 0;
    const ro = new ResizeObserver((entries) => {
      for (const e of entries) {
        if (e.target === frame) room = e.contentRect.width;
        else height = e.contentRect.height;
      }
      const pageW = widthMm * MM_TO_PX;
      const scale = room > 0 ? Math.min(1, room / pageW) : 1;
      pages.style.transform = scale === 1 ? '' : `scale(${scale})`;
      sizer.style.width = `${pageW * scale}px`;
      sizer.style.height = `${height * scale}px`;
    });
    ro.observe(frame);
    ro.observe(pages);
    return () => ro.disconnect();
  }, [widthMm]);
  return (
    <section className="report-preview" ref={frameRef} aria-label={RS.previewLabel} tabIndex={0}>
      <div className="report-preview-sizer" ref={sizerRef}>
        <div className="report-preview-pages" ref={pagesRef} style={{ width: `${widthMm}mm` }}>
          {children}
        </div>
      </div>
    </section>
  );
}
