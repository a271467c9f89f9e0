/**
 * The printable document: the chosen sections, each starting on a new page, and the page
 * rules (`@page` size, margins, and the running header and footer drawn in the page margin
 * boxes: the project name at the top and "Page n of N" at the bottom of every page).
 */
import type { CSSProperties } from 'react';
import type { ProjectSnapshot } from '../../document/projection';
import { PAGE_MARGIN_MM, pageGeometry, type PageGeometry } from '../../domain/reportLayout';
import type { ReportOptions } from './reportOptions';
import type { ReportRenderOptions } from '../../shared/report';
import { formatReportDate, sectionsToPrint } from './reportSections';
import { PRINT } from './palette';
import { RS } from './strings';

/** A CSS string literal: quotes, backslashes, line breaks and angle brackets escaped. */
export function cssString(s: string): string {
  // eslint-disable-next-line no-control-regex
  return `"${s.replace(/[\\"<>\u0000-\u001f\u007f]/g, (c) => `\\${c.charCodeAt(0).toString(16)} `)}"`;
}

export function pageCss(page: PageGeometry, projectTitle: string, dateLabel: string): string {
  const m = PAGE_MARGIN_MM;
  const box = `font-family: ${PRINT.font}; font-size: 8pt; color: ${PRINT.muted};`;
  return `@page {
  size: ${page.paper} ${page.orientation};
  margin: ${m.top}mm ${m.right}mm ${m.bottom}mm ${m.left}mm;
  @top-left { content: ${cssString(projectTitle)}; ${box} vertical-align: bottom; padding-bottom: 5mm; font-weight: 600; }
  @top-right { content: ${cssString(RS.reportKind)}; ${box} vertical-align: bottom; padding-bottom: 5mm; }
  @bottom-left { content: ${cssString(dateLabel)}; ${box} vertical-align: top; padding-top: 5mm; }
  @bottom-right { content: ${cssString(`${RS.pageLabel} `)} counter(page) ${cssString(` ${RS.pageOf} `)} counter(pages); ${box} vertical-align: top; padding-top: 5mm; }
}`;
}

export function renderOptions(options: ReportOptions, generatedAt: number): ReportRenderOptions {
  return { ...options, page: pageGeometry(options.paper, options.orientation), generatedAt };
}

export function ReportDocument({
  snapshot,
  options,
  generatedAt,
  preview = false,
}: {
  snapshot: ProjectSnapshot;
  options: ReportOptions;
  generatedAt: number;
  preview?: boolean;
}) {
  const o = { ...renderOptions(options, generatedAt), preview };
  const title = snapshot.info.title || RS.untitledProject;
  const sections = sectionsToPrint(snapshot, options);
  const vars = {
    '--rp-page-w': `${o.page.widthMm}mm`,
    '--rp-page-h': `${o.page.heightMm}mm`,
    '--rp-content-w': `${o.page.contentWidthMm}mm`,
    '--rp-content-h': `${o.page.contentHeightMm}mm`,
    '--rp-m-top': `${PAGE_MARGIN_MM.top}mm`,
    '--rp-m-right': `${PAGE_MARGIN_MM.right}mm`,
    '--rp-m-bottom': `${PAGE_MARGIN_MM.bottom}mm`,
    '--rp-m-left': `${PAGE_MARGIN_MM.left}mm`,
  } as CSSProperties;
  return (
    <div
      className={`rp-doc${preview ? ' rp-preview' : ''}`}
      style={vars}
      data-testid="report-document"
      data-paper={o.page.paper}
      data-orientation={o.page.orientation}
    >
      {/* The page rules apply only where the document is printed from (never the preview's window). */}
      {!preview && <style>{pageCss(o.page, title, formatReportDate(generatedAt))}</style>}
      {sections.map((sec) => (
        <section key={sec.id} className={`rp-section rp-section-${sec.id}`} data-section={sec.id}>
          {preview && (
            <div className="rp-running-head" aria-hidden>
              <span>{title}</span>
              <span>{RS.reportKind}</span>
            </div>
          )}
          {sec.render(snapshot, o)}
        </section>
      ))}
    </div>
  );
}
