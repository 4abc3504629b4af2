// Why: Chromium's PDF has no Title, Author or Keywords, which is what a reader's title bar, a document
// library and a search index show. They are added as a PDF incremental update: a new Info dictionary and a
// one-entry cross-reference section appended after Chromium's bytes, which stay untouched, so the structure
// tree (tagging), MarkInfo, /Lang and the outline survive by construction and a 20-page briefing costs
// milliseconds instead of a full parse and rewrite. pdf-lib encodes the values (UTF-16 text, PDF dates) and,
// for a file with a cross-reference stream, does the full rewrite (no object streams, every object kept).
import { ParseSpeeds, PDFDocument, PDFHexString, PDFString } from 'pdf-lib';

export interface PdfMetadata {
  title: string;
  author: string;
  subject: string;
  keywords: string[];
  creator: string;
  producer: string;
  creationDate: Date;
  language: string;
}

const latin1 = (b: Uint8Array) => Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');

function infoDictionary(meta: PdfMetadata): string {
  const text = (s: string) => PDFHexString.fromText(s).toString();
  const date = PDFString.fromDate(meta.creationDate).toString();
  const entries = [
    ['Title', text(meta.title)],
    ...(meta.author ? [['Author', text(meta.author)]] : []),
    ['Subject', text(meta.subject)],
    ['Keywords', text(meta.keywords.join(' '))],
    ['Creator', text(meta.creator)],
    ['Producer', text(meta.producer)],
    ['CreationDate', date],
    ['ModDate', date],
  ];
  return `<<\n${entries.map(([k, v]) => `/${k} ${v}`).join('\n')}\n>>`;
}

/** Page count from the page tree root's /Count (uncompressed objects only), else null. */
function pageCount(all: string, rootRef: string): number | null {
  const objectBody = (ref: string) => {
    const [n, g] = ref.split(/\s+/);
    const at = new RegExp(`(?:^|[\\r\\n\\s])${n}\\s+${g}\\s+obj\\b`).exec(all);
    if (!at) return null;
    const end = all.indexOf('endobj', at.index);
    return end < 0 ? null : all.slice(at.index, end);
  };
  const pagesRef = /\/Pages\s+(\d+\s+\d+)\s+R/.exec(objectBody(rootRef) ?? '')?.[1];
  const count = pagesRef ? /\/Count\s+(\d+)/.exec(objectBody(pagesRef) ?? '')?.[1] : undefined;
  return count ? Number(count) : null;
}

/** The incremental update, or null when the file does not end in a classic xref table and trailer. */
function appendInfo(pdf: Uint8Array, meta: PdfMetadata): { bytes: Uint8Array; pages: number } | null {
  const all = latin1(pdf);
  const tail = all.slice(-4096);
  const startxref = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!startxref) return null;
  const prev = Number(startxref[1]);
  if (all.slice(prev, prev + 4) !== 'xref') return null;
  const trailer = tail.slice(tail.lastIndexOf('trailer'), tail.lastIndexOf('startxref'));
  const size = /\/Size\s+(\d+)/.exec(trailer)?.[1];
  const root = /\/Root\s+(\d+\s+\d+)\s+R/.exec(trailer)?.[1];
  if (!trailer.startsWith('trailer') || !size || !root) return null;
  const pages = pageCount(all, root);
  if (pages === null) return null;
  const id = /\/ID\s*(\[[^\]]*\])/.exec(trailer)?.[1];
  const oldInfo = /\/Info\s+(\d+)\s+(\d+)\s+R/.exec(trailer);
  // Redefining the existing Info object keeps /Size; otherwise the new object takes the next number.
  const num = oldInfo ? Number(oldInfo[1]) : Number(size);
  const gen = oldInfo ? Number(oldInfo[2]) : 0;
  const newSize = oldInfo ? Number(size) : Number(size) + 1;

  const lead = all.endsWith('\n') ? '' : '\n';
  const objOffset = pdf.byteLength + lead.length;
  const obj = `${num} ${gen} obj\n${infoDictionary(meta)}\nendobj\n`;
  const xrefOffset = objOffset + Buffer.byteLength(obj, 'latin1');
  const xref = `xref\n${num} 1\n${String(objOffset).padStart(10, '0')} ${String(gen).padStart(5, '0')} n \n`;
  const trailerOut = `trailer\n<< /Size ${newSize} /Root ${root} R /Info ${num} ${gen} R /Prev ${prev}${id ? ` /ID ${id}` : ''} >>\nstartxref\n${xrefOffset}\n%%EOF\n`;
  // Everything appended is ASCII (text values are hex-encoded), so latin1 is byte-exact.
  const update = Buffer.from(`${lead}${obj}${xref}${trailerOut}`, 'latin1');
  const bytes = new Uint8Array(pdf.byteLength + update.byteLength);
  bytes.set(pdf, 0);
  bytes.set(update, pdf.byteLength);
  return { bytes, pages };
}

async function rewrite(pdf: Uint8Array, meta: PdfMetadata): Promise<{ bytes: Uint8Array; pages: number }> {
  const doc = await PDFDocument.load(pdf, { updateMetadata: false, parseSpeed: ParseSpeeds.Fastest });
  doc.setTitle(meta.title, { showInWindowTitleBar: true });
  if (meta.author) doc.setAuthor(meta.author);
  doc.setSubject(meta.subject);
  doc.setKeywords(meta.keywords);
  doc.setCreator(meta.creator);
  doc.setProducer(meta.producer);
  doc.setCreationDate(meta.creationDate);
  doc.setModificationDate(meta.creationDate);
  doc.setLanguage(meta.language);
  const bytes = await doc.save({
    useObjectStreams: false,
    addDefaultPage: false,
    updateFieldAppearances: false,
    objectsPerTick: Infinity,
  });
  return { bytes, pages: doc.getPageCount() };
}

export async function applyMetadata(pdf: Uint8Array, meta: PdfMetadata): Promise<{ bytes: Uint8Array; pages: number }> {
  return appendInfo(pdf, meta) ?? rewrite(pdf, meta);
}
