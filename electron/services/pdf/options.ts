// Why: ONE place decides how a briefing is printed: paper, orientation, margins, the header and footer
// templates, tagging and the outline. Electron's printToPDF (the app) and Playwright's page.pdf (tests and
// the benchmark) drive the same Chromium print engine, so the second mapping is derived from the first and
// both are unit-tested; the two can never drift apart.
import { pageLabelsFor, type PageLabels } from '../../../shared/briefing/page-labels';
import { PAGE_MARGINS_IN } from '../../../shared/briefing/paper';
import type { BriefingSpec } from '../../../shared/briefing/spec';

/** The subset of Electron's `webContents.printToPDF` options we use (sizes and margins in inches). */
export interface PrintToPdfOptions {
  landscape: boolean;
  displayHeaderFooter: boolean;
  printBackground: boolean;
  scale: number;
  pageSize: 'A4' | 'Letter';
  margins: { top: number; bottom: number; left: number; right: number };
  headerTemplate: string;
  footerTemplate: string;
  preferCSSPageSize: boolean;
  generateTaggedPDF: boolean;
  generateDocumentOutline: boolean;
}

/** Playwright's `page.pdf` options for the same output. */
export interface PlaywrightPdfOptions {
  format: 'A4' | 'Letter';
  landscape: boolean;
  printBackground: boolean;
  displayHeaderFooter: boolean;
  headerTemplate: string;
  footerTemplate: string;
  margin: { top: string; bottom: string; left: string; right: string };
  scale: number;
  preferCSSPageSize: boolean;
  tagged: boolean;
  outline: boolean;
}

export { PAGE_MARGINS_IN };
/** Chromium's template default is ~5 pt; 9 pt is comfortably readable in print. */
export const TEMPLATE_FONT_PT = 9;

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

// Templates cannot load web fonts (they render outside the page), so a generic family is named; Chromium
// embeds whichever system face it picks. Horizontal padding aligns the text with the page content box.
function templateBox(dir: PageLabels['dir'], inner: string): string {
  const style = [
    `font-size:${TEMPLATE_FONT_PT}pt`,
    "font-family:'Noto Sans','DejaVu Sans',Arial,sans-serif",
    'color:#4a5868',
    'width:100%',
    `padding:0 ${PAGE_MARGINS_IN.right}in 0 ${PAGE_MARGINS_IN.left}in`,
    'display:flex',
    'justify-content:space-between',
    'align-items:baseline',
    'gap:12pt',
    '-webkit-print-color-adjust:exact',
  ].join(';');
  return `<div dir="${dir}" style="${style}">${inner}</div>`;
}

export function headerTemplate(spec: Pick<BriefingSpec, 'title' | 'classification' | 'language'>): string {
  const labels = pageLabelsFor(spec);
  const title = `<span style="overflow:hidden;text-overflow:ellipsis;white-space:nowrap">${escapeHtml(spec.title)}</span>`;
  const mark = spec.classification ? `<span style="font-weight:700;letter-spacing:0.04em">${escapeHtml(spec.classification.toUpperCase())}</span>` : '<span></span>';
  return templateBox(labels.dir, `${title}${mark}`);
}

/** `edition`: the data edition label ("Data edition 2026-06, figures as of 24 Jun 2026"), on every page. */
export function footerTemplate(spec: Pick<BriefingSpec, 'classification' | 'language'>, labels: PageLabels = pageLabelsFor(spec), edition = ''): string {
  const mark = `<span>${escapeHtml(spec.classification)}</span>`;
  const data = edition ? `<span>${escapeHtml(edition)}</span>` : '';
  const page = `<span>${escapeHtml(labels.page)} <span class="pageNumber"></span> ${escapeHtml(labels.of)} <span class="totalPages"></span></span>`;
  return templateBox(labels.dir, `${mark}${data}${page}`);
}

export function toPrintToPdfOptions(
  spec: Pick<BriefingSpec, 'title' | 'classification' | 'language' | 'paper' | 'orientation'>,
  labels: PageLabels = pageLabelsFor(spec),
  edition = '',
): PrintToPdfOptions {
  return {
    landscape: spec.orientation === 'landscape',
    displayHeaderFooter: true,
    printBackground: true,
    scale: 1,
    pageSize: spec.paper,
    margins: { ...PAGE_MARGINS_IN },
    headerTemplate: headerTemplate(spec),
    footerTemplate: footerTemplate(spec, labels, edition),
    preferCSSPageSize: false,
    generateTaggedPDF: true,
    generateDocumentOutline: true,
  };
}

const inches = (n: number) => `${n}in`;

export function toPlaywrightPdfOptions(o: PrintToPdfOptions): PlaywrightPdfOptions {
  return {
    format: o.pageSize,
    landscape: o.landscape,
    printBackground: o.printBackground,
    displayHeaderFooter: o.displayHeaderFooter,
    headerTemplate: o.headerTemplate,
    footerTemplate: o.footerTemplate,
    margin: { top: inches(o.margins.top), bottom: inches(o.margins.bottom), left: inches(o.margins.left), right: inches(o.margins.right) },
    scale: o.scale,
    preferCSSPageSize: o.preferCSSPageSize,
    tagged: o.generateTaggedPDF,
    outline: o.generateDocumentOutline,
  };
}
