// Why: exported PDFs are checked with the tools a publisher would use (poppler): page count, metadata and
// tagging (pdfinfo), text (pdftotext), embedded fonts (pdffonts), the outline (pdftohtml -xml) and rendered
// pages (pdftoppm), so the tests judge the file a reader gets, not our own idea of it.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });

export function pdfInfo(file: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of run('pdfinfo', [file]).split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) out[m[1]!.trim()] = m[2]!.trim();
  }
  return out;
}

/** Text in reading order; `page` limits it to one page (1-based). */
export function pdfText(file: string, page?: number): string {
  return run('pdftotext', [...(page ? ['-f', String(page), '-l', String(page)] : []), '-layout', file, '-']);
}

export function pdfPageTexts(file: string): string[] {
  return pdfText(file).split('\f');
}

export interface PdfFont {
  name: string;
  type: string;
  embedded: boolean;
  subset: boolean;
}

export function pdfFonts(file: string): PdfFont[] {
  const lines = run('pdffonts', [file]).split('\n').slice(2).filter(Boolean);
  return lines.map((l) => {
    // name type encoding emb sub uni object ID: the last six columns are fixed; the name may not contain spaces.
    const cols = l.trim().split(/\s+/);
    const [emb, sub] = cols.slice(-5, -3);
    return { name: cols[0]!, type: cols.slice(1, -6).join(' '), embedded: emb === 'yes', subset: sub === 'yes' };
  });
}

/** Titles in the document outline (bookmarks), in order, flattened. */
export function pdfOutline(file: string): string[] {
  const xml = run('pdftohtml', ['-xml', '-stdout', '-i', '-q', file]);
  const outline = /<outline>([\s\S]*)<\/outline>/.exec(xml)?.[1] ?? '';
  return [...outline.matchAll(/<item[^>]*>([^<]*)<\/item>/g)].map((m) => decodeXml(m[1]!.trim()));
}

function decodeXml(s: string): string {
  return s
    .replace(/&amp;/g, '&')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'");
}

/** Renders one page (1-based) to PNG at `dpi`; returns the PNG path. */
export function renderPage(file: string, page: number, outPng: string, dpi = 80): string {
  const base = outPng.replace(/\.png$/, '');
  run('pdftoppm', ['-f', String(page), '-l', String(page), '-r', String(dpi), '-png', '-singlefile', file, base]);
  return `${base}.png`;
}

export interface Raster {
  width: number;
  height: number;
  /** RGB triplets, row-major. */
  rgb: Uint8Array;
}

/** Renders a page to PPM and parses it, for pixel counts without an image library. */
export function rasterPage(file: string, page: number, dpi = 60): Raster {
  const dir = mkdtempSync(path.join(tmpdir(), 'pmb-ppm-'));
  try {
    const base = path.join(dir, 'p');
    run('pdftoppm', ['-f', String(page), '-l', String(page), '-r', String(dpi), '-singlefile', file, base]);
    const buf = readFileSync(`${base}.ppm`);
    // P6\n<w> <h>\n<max>\n<data>
    let offset = 0;
    const fields: string[] = [];
    while (fields.length < 4) {
      while (/\s/.test(String.fromCharCode(buf[offset]!))) offset++;
      let tok = '';
      while (!/\s/.test(String.fromCharCode(buf[offset]!))) tok += String.fromCharCode(buf[offset++]!);
      fields.push(tok);
    }
    offset++;
    return { width: Number(fields[1]), height: Number(fields[2]), rgb: new Uint8Array(buf.subarray(offset)) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Pixels in a region (fractions of the page) whose colour is close to `rgb` (Euclidean distance ≤ tolerance). */
export function countColour(
  r: Raster,
  rgb: [number, number, number],
  tolerance = 40,
  region = { x0: 0, y0: 0, x1: 1, y1: 1 },
): number {
  let n = 0;
  const [tr, tg, tb] = rgb;
  for (let y = Math.floor(region.y0 * r.height); y < Math.floor(region.y1 * r.height); y++) {
    for (let x = Math.floor(region.x0 * r.width); x < Math.floor(region.x1 * r.width); x++) {
      const i = (y * r.width + x) * 3;
      const d = Math.hypot(r.rgb[i]! - tr, r.rgb[i + 1]! - tg, r.rgb[i + 2]! - tb);
      if (d <= tolerance) n++;
    }
  }
  return n;
}

/** Pixels that are not (near) white: anything drawn. */
export function countInk(r: Raster, region = { x0: 0, y0: 0, x1: 1, y1: 1 }): number {
  let n = 0;
  for (let y = Math.floor(region.y0 * r.height); y < Math.floor(region.y1 * r.height); y++) {
    for (let x = Math.floor(region.x0 * r.width); x < Math.floor(region.x1 * r.width); x++) {
      const i = (y * r.width + x) * 3;
      if (r.rgb[i]! < 235 || r.rgb[i + 1]! < 235 || r.rgb[i + 2]! < 235) n++;
    }
  }
  return n;
}

export interface WordBox {
  word: string;
  xMin: number;
  yMin: number;
  xMax: number;
  yMax: number;
}

const WORD_RE = /<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">([^<]*)<\/word>/g;

function parseWords(html: string): WordBox[] {
  return [...html.matchAll(WORD_RE)].map((m) => ({
    xMin: Number(m[1]),
    yMin: Number(m[2]),
    xMax: Number(m[3]),
    yMax: Number(m[4]),
    word: decodeXml(m[5]!),
  }));
}

/** Word boxes on a page (PDF points, origin top-left), from pdftotext -bbox. */
export function wordBoxes(file: string, page: number): WordBox[] {
  return parseWords(run('pdftotext', ['-f', String(page), '-l', String(page), '-bbox', file, '-']));
}

export interface PdfPage {
  /** 1-based. */
  n: number;
  width: number;
  height: number;
  words: WordBox[];
}

/** Every page's size and word boxes, in one pdftotext run. */
export function pdfPages(file: string): PdfPage[] {
  const html = run('pdftotext', ['-bbox', file, '-']);
  return [...html.matchAll(/<page width="([\d.]+)" height="([\d.]+)">([\s\S]*?)<\/page>/g)].map((m, i) => ({
    n: i + 1,
    width: Number(m[1]),
    height: Number(m[2]),
    words: parseWords(m[3]!),
  }));
}

/**
 * The part of a word's box that its letters fill. Poppler's box runs from the font's ascender to its
 * descender; for a tall script (Naskh's ascender and descender add up to about twice the font size) the boxes
 * of two lines set at a normal line height overlap though no glyphs touch. The middle half of the box is
 * where every script draws its letters, so two cores overlapping is ink on ink.
 */
export function core(b: WordBox): WordBox {
  const trim = (b.yMax - b.yMin) / 4;
  return { ...b, yMin: b.yMin + trim, yMax: b.yMax - trim };
}

const area = (b: WordBox) => Math.max(0, b.xMax - b.xMin) * Math.max(0, b.yMax - b.yMin);
const FORMAT_CHARS = /\p{Cf}/gu;
/**
 * Poppler gives each invisible format character (a direction isolate or mark around a number or a name in
 * Urdu) about a quarter of an em of width at the end of the run it closes, where the visual neighbour sits:
 * that much of an overlap (a word core is half its em box, so 0.2 × 2 × core ≈ 0.27 em) is the control
 * character's box, not ink. (Measured: 1.8–2.2 pt at 8–9.5 pt.)
 */
const invisibleWidth = (b: WordBox) => (b.word.match(FORMAT_CHARS)?.length ?? 0) * 0.2 * (b.yMax - b.yMin) * 2;

/**
 * Pairs of words drawn over each other: their cores (see `core`) overlap by more than `minShare` of the
 * smaller one, e.g. a cell's text running into the next cell, or a label on top of another.
 */
export function overlappingWords(page: PdfPage, minShare = 0.1): [WordBox, WordBox][] {
  // Invisible format characters (direction marks, isolates) come out as zero-ink "words" of their own.
  const visible = (w: WordBox) => w.word.replace(/[\p{Cf}\s]/gu, '') !== '' && area(w) > 0;
  const words = page.words
    .filter(visible)
    .map(core)
    .sort((a, b) => a.yMin - b.yMin);
  const hits: [WordBox, WordBox][] = [];
  for (let i = 0; i < words.length; i++) {
    const a = words[i]!;
    for (let j = i + 1; j < words.length && words[j]!.yMin < a.yMax; j++) {
      const b = words[j]!;
      const w = Math.min(a.xMax, b.xMax) - Math.max(a.xMin, b.xMin) - invisibleWidth(a) - invisibleWidth(b);
      const h = Math.min(a.yMax, b.yMax) - Math.max(a.yMin, b.yMin);
      if (w > 0 && h > 0 && w * h > minShare * Math.min(area(a), area(b))) hits.push([a, b]);
    }
  }
  return hits;
}

export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

/** The page's bands, in points: the running header above the content box, the footer below it. */
export function bands(page: PdfPage, m: Margins) {
  const inHeader = (w: WordBox) => w.yMax <= m.top + 0.5;
  const inFooter = (w: WordBox) => w.yMin >= page.height - m.bottom - 0.5;
  return {
    header: page.words.filter(inHeader),
    footer: page.words.filter(inFooter),
    body: page.words.filter((w) => !inHeader(w) && !inFooter(w)),
  };
}

/**
 * Words that leave the page's margins: body words outside the content box (a cell's text running off the
 * page, a clipped line), header and footer words outside the content box's width. `tolerance` (points, about
 * 1 mm) absorbs Chromium's rounding of margins to whole CSS pixels and glyphs' side bearings; vertically a
 * word's core counts (see `core`).
 */
export function wordsOutsideMargins(page: PdfPage, m: Margins, tolerance = 3): WordBox[] {
  const { body, header, footer } = bands(page, m);
  const left = m.left - tolerance;
  const right = page.width - m.right + tolerance;
  const offSides = (w: WordBox) => w.xMin < left || w.xMax > right;
  const offBody = (w: WordBox) =>
    offSides(w) || core(w).yMin < m.top - tolerance || core(w).yMax > page.height - m.bottom + tolerance;
  return [
    ...body.filter(offBody),
    ...header.filter((w) => offSides(w) || w.yMin < 0),
    ...footer.filter((w) => offSides(w) || w.yMax > page.height),
  ];
}

/** PostScript names (subset prefix removed) of the fonts the app bundles. */
export const BUNDLED_FONT =
  /^(?:[A-Z]{6}\+)?(NotoSans|NotoSansMath|NotoSansSymbols2|NotoNaskhArabic|NotoNastaliqUrdu)-[A-Za-z]+$/;

/** Fonts a print shop's preflight would flag: Type 3, not embedded, not a subset, or not one we bundle. */
export function fontProblems(fonts: PdfFont[]): string[] {
  return fonts.flatMap((f) => {
    const problems: string[] = [];
    if (/Type 3/i.test(f.type)) problems.push(`${f.name} is a Type 3 font`);
    if (!f.embedded) problems.push(`${f.name} is not embedded`);
    if (!f.subset) problems.push(`${f.name} is not a subset`);
    if (!BUNDLED_FONT.test(f.name)) problems.push(`${f.name} is not a bundled font`);
    return problems;
  });
}
