import { describe, expect, it } from 'vitest';
import { PAGE_MARGINS_IN, toPlaywrightPdfOptions, toPrintToPdfOptions } from './options';

const spec = {
  title: 'Pakistan <Minerals> & "Metals"',
  classification: 'Confidential',
  language: 'en' as const,
  paper: 'A4' as const,
  orientation: 'portrait' as const,
};

describe('toPrintToPdfOptions', () => {
  it('asks Chromium for a tagged PDF with an outline and backgrounds, leaving the page frame to the document', () => {
    const o = toPrintToPdfOptions(spec);
    expect(o).toMatchObject({
      generateTaggedPDF: true,
      generateDocumentOutline: true,
      printBackground: true,
      // The running header and footer are the document's @page margin boxes (in its bundled fonts).
      displayHeaderFooter: false,
      pageSize: 'A4',
      landscape: false,
      preferCSSPageSize: false,
      scale: 1,
    });
    expect(o.margins).toEqual(PAGE_MARGINS_IN);
    // Room for a 9 pt line (0.125 in) plus space above and below.
    expect(o.margins.top).toBeGreaterThanOrEqual(0.5);
    expect(o.margins.bottom).toBeGreaterThanOrEqual(0.5);
  });

  it('maps Letter and landscape', () => {
    expect(toPrintToPdfOptions({ ...spec, paper: 'Letter', orientation: 'landscape' })).toMatchObject({
      pageSize: 'Letter',
      landscape: true,
    });
  });
});

describe('toPlaywrightPdfOptions', () => {
  it('maps every Electron option to its page.pdf equivalent', () => {
    const e = toPrintToPdfOptions({ ...spec, paper: 'Letter', orientation: 'landscape' });
    const p = toPlaywrightPdfOptions(e);
    expect(p).toEqual({
      format: 'Letter',
      landscape: true,
      printBackground: true,
      displayHeaderFooter: false,
      headerTemplate: e.headerTemplate,
      footerTemplate: e.footerTemplate,
      margin: { top: '0.8in', bottom: '0.8in', left: '0.65in', right: '0.65in' },
      scale: 1,
      preferCSSPageSize: false,
      tagged: true,
      outline: true,
    });
  });
});
