/**
 * The print view (#/p/<project>/report/print): only the printable document, no app chrome.
 * It is rendered into its own element beside the app's root, and the root is hidden while it
 * shows. It says when it is ready to print — after the fonts are loaded, every image is
 * decoded and the layout has settled for two animation frames — by setting
 * `document.body.dataset.reportReady = 'true'` and dispatching `baton:report-ready` on the
 * document. Printing earlier is how other apps print blank or half-laid-out pages.
 *
 * #/p/<project>/report/print-auto is the same view that then calls window.print() (the
 * browser's way to print or save a PDF) and returns to the report settings afterwards.
 */
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import { createPortal } from 'react-dom';
import type { ProjectSnapshot } from '../../document/projection';
import { useProject } from '../../shared/ProjectContext';
import { ReportDocument } from './ReportDocument';
import { useReportOptions, type ReportOptions } from './reportOptions';
import { RS } from './strings';

export const REPORT_READY_EVENT = 'baton:report-ready';

/** A frame, or a short wait where frames do not come (a window that is never shown). */
function nextFrame(): Promise<void> {
  return new Promise((resolve) => {
    const fallback = setTimeout(resolve, 500);
    requestAnimationFrame(() => {
      clearTimeout(fallback);
      resolve();
    });
  });
}

/**
 * A part that rendered nothing (a section without `isEmpty` that had nothing to say) would
 * print as a blank page: it is taken out of the flow before the document is declared ready.
 */
function hideEmptyParts(root: HTMLElement) {
  for (const el of Array.from(root.querySelectorAll<HTMLElement>('.rp-section, .rp-sheet'))) {
    el.hidden = !(el.textContent ?? '').trim() && !el.querySelector('img, svg');
  }
}

async function settle(root: HTMLElement, isLive: () => boolean): Promise<boolean> {
  for (let attempt = 0; attempt < 10; attempt++) {
    hideEmptyParts(root);
    await document.fonts.ready;
    const images = Array.from(root.querySelectorAll('img'));
    await Promise.all(images.map((img) => img.decode().catch(() => undefined)));
    const before = root.getBoundingClientRect().height;
    await nextFrame();
    await nextFrame();
    if (!isLive()) return false;
    // Settled when two frames passed without the document changing size (and nothing loading).
    if (root.getBoundingClientRect().height === before && document.fonts.status === 'loaded') return true;
  }
  return isLive();
}

/** Marks the document ready once it settled; unmarks it while anything it shows changes. */
function useReadySignal(root: HTMLElement | null, snapshot: ProjectSnapshot, options: ReportOptions | undefined): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    const body = document.body;
    body.dataset.reportReady = 'false';
    if (!root || !options) return;
    let live = true;
    void settle(root, () => live).then((ok) => {
      if (!ok || !live) return;
      body.dataset.reportReady = 'true';
      setReady(true);
      document.dispatchEvent(new CustomEvent(REPORT_READY_EVENT));
    });
    return () => {
      live = false;
      body.dataset.reportReady = 'false';
      setReady(false);
    };
  }, [root, snapshot, options]);
  useEffect(
    () => () => {
      delete document.body.dataset.reportReady;
    },
    [],
  );
  return ready;
}

export function PrintView({ auto }: { auto: boolean }) {
  const snapshot = useProject((s) => s);
  const projectId = snapshot.info.projectId;
  const options = useReportOptions(projectId);
  const [generatedAt] = useState(() => Date.now());
  const [host] = useState(() => {
    const el = document.createElement('div');
    el.className = 'report-print-root';
    return el;
  });
  const [root, setRoot] = useState<HTMLDivElement | null>(null);
  const printed = useRef(false);

  useLayoutEffect(() => {
    document.body.appendChild(host);
    document.documentElement.classList.add('report-print-view');
    return () => {
      host.remove();
      document.documentElement.classList.remove('report-print-view');
    };
  }, [host]);

  const ready = useReadySignal(root, snapshot, options);

  useEffect(() => {
    if (!auto) return;
    const back = () => location.replace(`#/p/${projectId}/report`);
    const print = () => {
      if (printed.current) return;
      printed.current = true;
      window.addEventListener('afterprint', back, { once: true });
      window.print();
    };
    if (document.body.dataset.reportReady === 'true') print();
    else document.addEventListener(REPORT_READY_EVENT, print);
    return () => {
      document.removeEventListener(REPORT_READY_EVENT, print);
      window.removeEventListener('afterprint', back);
    };
  }, [auto, projectId]);

  return createPortal(
    <>
      <nav className="report-screen-only report-print-bar" aria-label={RS.sectionLabel}>
        <a href={`#/p/${projectId}/report`}>← {RS.backToSettings}</a>
        <button type="button" disabled={!ready} onClick={() => window.print()}>
          {RS.printNow}
        </button>
      </nav>
      <div ref={setRoot}>{options && <ReportDocument snapshot={snapshot} options={options} generatedAt={generatedAt} />}</div>
    </>,
    host,
  );
}
