// Print quality, judged on the files a print shop receives. Four PDFs are exported the way a user exports
// them (the default briefing with the builder's Export button; the maximal one, with every section, the
// 5,000-deposit benchmark pack and four scenarios, by re-exporting its saved spec), in English and Urdu.
// Poppler then checks every page: no word overlaps another, no word leaves the margins, every page carries
// its running header and "Page X of Y", and the fonts are embedded subsets of the bundled families only,
// never Type 3. The counts are printed. The Urdu file is also read back for mixed-direction order.
import { copyFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { pageLabelsFor } from '../../shared/briefing/page-labels';
import { PAGE_MARGINS_IN } from '../../shared/briefing/paper';
import { exportCurrent, exportSaved, maximalFileName, openMaximalWorkspace } from './briefing-export';
import { ARTIFACTS, launchApp, waitForView, type LaunchedApp } from './harness';
import {
  bands,
  fontProblems,
  overlappingWords,
  pdfFonts,
  pdfInfo,
  pdfPages,
  pdfText,
  renderPage,
  wordsOutsideMargins,
  type PdfPage,
} from './pdf-tools';

const PT = 72;
const MARGINS = {
  top: PAGE_MARGINS_IN.top * PT,
  bottom: PAGE_MARGINS_IN.bottom * PT,
  left: PAGE_MARGINS_IN.left * PT,
  right: PAGE_MARGINS_IN.right * PT,
};
const squash = (s: string) => s.replace(/\s+/g, '');

interface Report {
  name: string;
  pages: number;
  words: number;
  overlaps: string[];
  outside: string[];
  frame: string[];
  fonts: string[];
  fontNames: string[];
  ms: number;
}
const reports: Report[] = [];

/** Page-frame problems: a page without the title in its header or without "Page X of Y" in its footer. */
function frameProblems(pages: PdfPage[], title: string, language: 'en' | 'ur'): string[] {
  const labels = pageLabelsFor({ language });
  const titleWords = title.split(/\s+/).filter((w) => w.length > 2);
  return pages.flatMap((p) => {
    const { header, footer } = bands(p, MARGINS);
    const problems: string[] = [];
    const head = squash(header.map((w) => w.word).join(' '));
    const inHead = (w: string) => head.includes(squash(w)) || head.includes([...squash(w)].reverse().join(''));
    if (!titleWords.some(inHead)) problems.push(`page ${p.n}: no running header (${head || 'empty'})`);
    const words = footer.map((w) => w.word);
    const foot = squash(words.join(''));
    // pdftotext gives right-to-left words in visual order (letters reversed); either order is the word.
    const has = (label: string) => foot.includes(squash(label)) || foot.includes([...squash(label)].reverse().join(''));
    const hasNumbers = words.includes(String(p.n)) && words.includes(String(pages.length));
    if (!hasNumbers || !has(labels.page) || !has(labels.of))
      problems.push(`page ${p.n}: footer reads "${words.join(' ')}"`);
    return problems;
  });
}

function judge(name: string, pdf: string, language: 'en' | 'ur', ms: number): Report {
  // Kept with the screenshots, for anyone who wants to open the file the test judged.
  mkdirSync(ARTIFACTS, { recursive: true });
  copyFileSync(pdf, path.join(ARTIFACTS, `layout-${name.replace(/\s+/g, '-')}.pdf`));
  const pages = pdfPages(pdf);
  const title = pdfInfo(pdf).Title ?? '';
  const fonts = pdfFonts(pdf);
  const at = (p: PdfPage, w: { word: string; xMin: number; yMin: number }) =>
    `p${p.n} "${w.word}" at ${w.xMin.toFixed(0)},${w.yMin.toFixed(0)}`;
  const report: Report = {
    name,
    pages: pages.length,
    words: pages.reduce((n, p) => n + p.words.length, 0),
    overlaps: pages.flatMap((p) => overlappingWords(p).map(([a, b]) => `${at(p, a)} × "${b.word}"`)),
    outside: pages.flatMap((p) =>
      wordsOutsideMargins(p, MARGINS).map((w) => `${at(p, w)}–${w.xMax.toFixed(0)},${w.yMax.toFixed(0)}`),
    ),
    frame: frameProblems(pages, title, language),
    fonts: fontProblems(fonts),
    fontNames: [...new Set(fonts.map((f) => f.name.replace(/^[A-Z]{6}\+/, '')))].sort(),
    ms,
  };
  reports.push(report);
  return report;
}

function expectClean(r: Report) {
  expect(r.pages).toBeGreaterThan(1);
  expect(r.overlaps, `${r.name}: words drawn over words`).toEqual([]);
  expect(r.outside, `${r.name}: words outside the margins`).toEqual([]);
  expect(r.frame, `${r.name}: running header or page number missing`).toEqual([]);
  expect(r.fonts, `${r.name}: fonts a preflight would flag`).toEqual([]);
}

afterAll(() => {
  for (const r of reports) {
    console.log(
      `[print-layout] ${r.name}: ${r.pages} pages, ${r.words} words, ${r.overlaps.length} overlaps, ${r.outside.length} outside the margins, ` +
        `${r.frame.length} frame problems, ${r.fonts.length} font problems (${r.fontNames.join(', ')}), exported in ${(r.ms / 1000).toFixed(1)} s`,
    );
  }
});

describe('default briefing PDF layout', () => {
  let app: LaunchedApp;
  const pdfs: Partial<Record<'en' | 'ur', string>> = {};
  beforeAll(async () => {
    app = await launchApp({ route: '#/briefing' });
    await waitForView(app.page, 'briefing');
  });
  afterAll(async () => {
    await app?.close();
  });

  for (const language of ['en', 'ur'] as const) {
    it(`${language}: no overlap, nothing outside the margins, a frame on every page, bundled fonts only`, async () => {
      await app.page.getByTestId('field-language').selectOption(language);
      app.dialogs.saveAnswers.push(path.join(app.workspaceDir, 'briefings', `default-${language}.pdf`));
      const { path: pdf, ms } = await exportCurrent(app.page);
      pdfs[language] = pdf;
      expectClean(judge(`default ${language}`, pdf, language, ms));
    });
  }

  it('reads back in Urdu with numbers, units and dates in their own order', () => {
    const pdf = pdfs.ur;
    expect(pdf, 'the Urdu export ran').toBeTruthy();
    const text = pdfText(pdf!).replace(/[ \t]+/g, ' ');
    // Chiniot-Rajoa's resource in the deposits table, and Reko Diq's figures: each run keeps its order.
    expect(text).toContain('165 Mt');
    expect(text).toMatch(/26 May 2018|May 2018/);
    expect(text).not.toMatch(/Mt \(26 165|Mt 165/);
    expect(text).toContain('USD 8 tn');
    mkdirSync(ARTIFACTS, { recursive: true });
    const pages = pdfPages(pdf!);
    const table = pages.find((p) => p.words.some((w) => w.word === 'Chiniot-Rajoa'))!;
    renderPage(pdf!, table.n, path.join(ARTIFACTS, 'layout-urdu-deposit-table.png'), 100);
  });
});

// The maximal briefing is real work (302 pages, a row and a marker per deposit): the print limits grow with the
// job's data packs (shared/print/protocol.ts printTimeouts) and these waits with them.
const MAXIMAL_EXPORT_MS = 360_000;
describe('maximal briefing PDF layout (every section, 5,000-deposit pack, four scenarios)', () => {
  let app: LaunchedApp;
  let close: () => Promise<void> = async () => undefined;
  beforeAll(async () => {
    ({ app, close } = await openMaximalWorkspace());
  }, 180_000);
  afterAll(() => close(), 120_000);

  for (const language of ['en', 'ur'] as const) {
    it(
      `${language}: no overlap, nothing outside the margins, a frame on every page, bundled fonts only`,
      async () => {
        const { path: pdf, ms } = await exportSaved(app.page, maximalFileName(language), MAXIMAL_EXPORT_MS);
        const r = judge(`maximal ${language}`, pdf, language, ms);
        const text = pdfText(pdf);
        // Every deposit of the pack is in the table (a row that split or vanished would lose its name).
        for (const id of ['0000', '2500', '4999']) expect(text).toContain(`Synthetic deposit ${id}`);
        expectClean(r);
        mkdirSync(ARTIFACTS, { recursive: true });
        const pages = pdfPages(pdf);
        const find = (...words: string[]) =>
          pages.find((p) => p.n > 2 && words.every((word) => p.words.some((w) => w.word === word)))?.n ?? 1;
        // The Reko Diq financing table is the page naming both lenders (a contested card names only US EXIM).
        renderPage(pdf, find('JBIC', 'EXIM'), path.join(ARTIFACTS, `layout-${language}-financing.png`), 100);
        renderPage(pdf, find('Synthetic'), path.join(ARTIFACTS, `layout-${language}-deposits.png`), 100);
      },
      MAXIMAL_EXPORT_MS + 60_000,
    );
  }
});
