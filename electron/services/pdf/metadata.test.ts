import { PDFDict, PDFDocument, PDFName, type PDFString } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { applyMetadata } from './metadata';
import { taggedTestPdf } from './tagged-pdf.fixture';

const meta = {
  title: 'Pakistan Critical Minerals Briefing',
  author: 'Investment Desk',
  subject: 'Forum pack',
  keywords: ['Pakistan', 'critical minerals'],
  creator: 'Pakistan Minerals Briefing test',
  producer: 'Pakistan Minerals Briefing (Chromium print engine, pdf-lib)',
  creationDate: new Date('2026-03-15T10:00:00Z'),
  language: 'en-GB',
};

describe('applyMetadata', () => {
  it('sets Title, Author, Subject, Keywords, Creator, Producer and CreationDate, read back with pdf-lib', async () => {
    const { bytes, pages } = await applyMetadata(await taggedTestPdf(3), meta);
    expect(pages).toBe(3);
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.getTitle()).toBe(meta.title);
    expect(doc.getAuthor()).toBe(meta.author);
    expect(doc.getSubject()).toBe(meta.subject);
    expect(doc.getKeywords()).toBe('Pakistan critical minerals');
    expect(doc.getCreator()).toBe(meta.creator);
    expect(doc.getProducer()).toBe(meta.producer);
    expect(doc.getCreationDate()?.toISOString()).toBe('2026-03-15T10:00:00.000Z');
  });

  it('keeps the tagging (MarkInfo, StructTreeRoot) and the outline through the re-save', async () => {
    const { bytes } = await applyMetadata(await taggedTestPdf(2), meta);
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    const markInfo = doc.catalog.lookup(PDFName.of('MarkInfo'), PDFDict);
    expect(String(markInfo.get(PDFName.of('Marked')))).toBe('true');
    expect(doc.catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict)).toBeInstanceOf(PDFDict);
    const outlines = doc.catalog.lookup(PDFName.of('Outlines'), PDFDict);
    const first = outlines.lookup(PDFName.of('First'), PDFDict);
    expect((first.lookup(PDFName.of('Title')) as PDFString).decodeText()).toBe('Executive summary');
    expect(String(doc.catalog.lookup(PDFName.of('Lang')))).toBe('(en)');
  });

  it('appends an incremental update: the printed bytes stay untouched and only an Info object, xref and trailer follow', async () => {
    const original = await taggedTestPdf(2);
    const { bytes } = await applyMetadata(original, meta);
    expect(Buffer.from(bytes.subarray(0, original.byteLength)).equals(Buffer.from(original))).toBe(true);
    const tail = Buffer.from(bytes.subarray(original.byteLength)).toString('latin1');
    expect(tail).toMatch(/^\n?\d+ 0 obj\n<<\n\/Title <FEFF/);
    expect(tail).toMatch(/trailer\n<< \/Size \d+ \/Root \d+ 0 R \/Info \d+ 0 R \/Prev \d+/);
    expect(tail).not.toContain('/ObjStm');
  });

  it('falls back to a full pdf-lib rewrite for a file with a cross-reference stream, keeping the outline', async () => {
    const withStreams = await PDFDocument.load(await taggedTestPdf(3)).then((d) => d.save({ useObjectStreams: true }));
    expect(Buffer.from(withStreams).toString('latin1')).toContain('/ObjStm');
    const { bytes, pages } = await applyMetadata(withStreams, meta);
    expect(pages).toBe(3);
    const doc = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(doc.getTitle()).toBe(meta.title);
    expect(doc.catalog.lookup(PDFName.of('Outlines'), PDFDict)).toBeInstanceOf(PDFDict);
    expect(Buffer.from(bytes).toString('latin1')).not.toContain('/ObjStm');
  });

  it('encodes non-Latin titles (Urdu) as UTF-16', async () => {
    const { bytes } = await applyMetadata(await taggedTestPdf(1), { ...meta, title: 'پاکستان معدنیات' });
    expect((await PDFDocument.load(bytes, { updateMetadata: false })).getTitle()).toBe('پاکستان معدنیات');
  });
});
