import { describe, expect, it } from 'vitest';
import { escapeHtml, footerTemplate, headerTemplate, PAGE_MARGINS_IN, toPlaywrightPdfOptions, toPrintToPdfOptions } from './options';

const spec = { title: 'Pakistan <Minerals> & "Metals"', classification: 'Confidential', language: 'en' as const, paper: 'A4' as const, orientation: 'portrait' as const };

describe('toPrintToPdfOptions', () => {
  it('asks Chromium for a tagged PDF with an outline, backgrounds and a header/footer', () => {
    const o = toPrintToPdfOptions(spec);
    expect(o).toMatchObject({
      generateTaggedPDF: true,
      generateDocumentOutline: true,
      printBackground: true,
      displayHeaderFooter: true,
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
    expect(toPrintToPdfOptions({ ...spec, paper: 'Letter', orientation: 'landscape' })).toMatchObject({ pageSize: 'Letter', landscape: true });
  });

  it('puts the escaped title in the header and classification plus "Page N of M" in the footer, at 9 pt', () => {
    const o = toPrintToPdfOptions(spec);
    expect(o.headerTemplate).toContain('Pakistan &lt;Minerals&gt; &amp; &quot;Metals&quot;');
    expect(o.headerTemplate).toContain('CONFIDENTIAL');
    expect(o.footerTemplate).toContain('Confidential');
    expect(o.footerTemplate).toMatch(/Page <span class="pageNumber"><\/span> of <span class="totalPages"><\/span>/);
    for (const t of [o.headerTemplate, o.footerTemplate]) {
      expect(t).toContain('font-size:9pt');
      expect(t).not.toMatch(/url\(|@font-face|<script/i);
    }
  });

  it('writes the footer in Urdu, right to left, for an Urdu briefing', () => {
    const f = footerTemplate({ classification: 'خفیہ', language: 'ur' });
    expect(f).toContain('dir="rtl"');
    expect(f).toContain('صفحہ');
    expect(headerTemplate({ ...spec, language: 'ur' })).toContain('dir="rtl"');
  });

  it('omits the classification cleanly when there is none', () => {
    expect(headerTemplate({ ...spec, classification: '' })).toContain('<span></span>');
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
      displayHeaderFooter: true,
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

describe('helpers', () => {
  it('escapes HTML', () => {
    expect(escapeHtml(`<a href='x'>&</a>`)).toBe('&lt;a href=&#39;x&#39;&gt;&amp;&lt;/a&gt;');
  });
});
