// Why: unit tests need a small PDF shaped like Chromium's tagged output (MarkInfo, a structure tree and an
// outline) to prove post-processing keeps them; building one with pdf-lib avoids a browser in unit tests.
import { PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';

export async function taggedTestPdf(pages = 3): Promise<Uint8Array> {
  const doc = await PDFDocument.create({ updateMetadata: false });
  for (let i = 0; i < pages; i++) doc.addPage([595, 842]).drawText(`Page ${i + 1}`, { x: 72, y: 760, size: 14 });
  const ctx = doc.context;
  doc.catalog.set(PDFName.of('MarkInfo'), ctx.obj({ Marked: true }));
  doc.catalog.set(PDFName.of('Lang'), PDFString.of('en')); // Chromium writes the document's lang here
  doc.catalog.set(PDFName.of('StructTreeRoot'), ctx.register(ctx.obj({ Type: 'StructTreeRoot' })));
  const outlines = ctx.register(ctx.obj({ Type: 'Outlines', Count: 1 }));
  const item = ctx.register(
    ctx.obj({
      Title: PDFString.of('Executive summary'),
      Parent: outlines,
      Dest: [doc.getPage(0).ref, 'XYZ', null, null, null],
    }),
  );
  const outlinesDict = ctx.lookup(outlines, PDFDict);
  outlinesDict.set(PDFName.of('First'), item);
  outlinesDict.set(PDFName.of('Last'), item);
  doc.catalog.set(PDFName.of('Outlines'), outlines);
  return doc.save({ useObjectStreams: false });
}
