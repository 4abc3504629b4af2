// Why: ONE place decides how a briefing is printed: paper, orientation, margins, tagging and the outline.
// Electron's printToPDF (the app) and Playwright's page.pdf (tests and the benchmark) drive the same Chromium
// print engine, so the second mapping is derived from the first and both are unit-tested; the two can never
// drift apart. The running header and footer are not Chromium templates (those render outside the page and
// cannot use its bundled fonts): the print document draws them as CSS page-margin boxes (print/pageFrame.ts).
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

export function toPrintToPdfOptions(spec: Pick<BriefingSpec, 'paper' | 'orientation'>): PrintToPdfOptions {
  return {
    landscape: spec.orientation === 'landscape',
    displayHeaderFooter: false,
    printBackground: true,
    scale: 1,
    pageSize: spec.paper,
    margins: { ...PAGE_MARGINS_IN },
    headerTemplate: '',
    footerTemplate: '',
    preferCSSPageSize: false,
    generateTaggedPDF: true,
    generateDocumentOutline: true,
  };
}

/**
 * The slide deck: each page is one 16:9 slide canvas whose size the deck's CSS names (@page deck, 1920×1080 CSS
 * px = 1440×810 pt); no margins, header or footer (each slide carries its own sources and edition stamp).
 */
export function toDeckPdfOptions(): PrintToPdfOptions {
  return {
    landscape: false,
    displayHeaderFooter: false,
    printBackground: true,
    scale: 1,
    pageSize: 'A4',
    margins: { top: 0, bottom: 0, left: 0, right: 0 },
    headerTemplate: '',
    footerTemplate: '',
    preferCSSPageSize: true,
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
    margin: {
      top: inches(o.margins.top),
      bottom: inches(o.margins.bottom),
      left: inches(o.margins.left),
      right: inches(o.margins.right),
    },
    scale: o.scale,
    preferCSSPageSize: o.preferCSSPageSize,
    tagged: o.generateTaggedPDF,
    outline: o.generateDocumentOutline,
  };
}
