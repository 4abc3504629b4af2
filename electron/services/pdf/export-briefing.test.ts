import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PDFDocument } from 'pdf-lib';
import { afterEach, describe, expect, it } from 'vitest';
import { BriefingSpecSchema } from '../../../shared/briefing/spec';
import { AppError } from '../../../shared/errors';
import { printTimeouts, PrintSnapshotSchema } from '../../../shared/print/protocol';
import { defaultRoadmapState } from '../../../shared/roadmap/defaults';
import { createScenarioFromPreset } from '../../../shared/scenario';
import { makeReadOnly } from '../../../tests/fixtures/read-only-dir';
import type { Dialogs } from '../dialogs';
import type { PrintEngine, PrintRequest } from './engine';
import { BriefingExporter, writeError, type ExportProgress } from './export-briefing';
import { taggedTestPdf } from './tagged-pdf.fixture';

const spec = BriefingSpecSchema.parse({
  schemaVersion: 2,
  kind: 'briefing',
  title: 'Investor Pack',
  subtitle: 'Critical minerals',
  audience: 'Pakistan Minerals Investment Forum',
  date: '2026-03-20',
  preparedBy: 'Investment Desk',
  classification: 'Confidential',
  sections: [
    { type: 'cover' },
    { type: 'scenario', source: 'mine.json' },
    { type: 'scenario', source: 'preset:reko-diq' },
  ],
});

// What the renderer froze when Export was pressed (the print route renders this and nothing else).
const mine = { schemaVersion: 1, kind: 'scenario', scenario: createScenarioFromPreset('reko-diq') } as const;
const snapshot = PrintSnapshotSchema.parse({
  scenarioFiles: [{ name: 'mine.json', content: mine }],
  roadmap: defaultRoadmapState(),
  riskScores: { schemaVersion: 1, kind: 'risk-scores', scores: {} },
  dataPacks: { deposits: [], sources: [] },
  settings: {},
});
const job = (jobId: string, s = spec) => ({ jobId, spec: s, snapshot });

const undo: (() => void)[] = [];
afterEach(() => undo.splice(0).forEach((f) => f()));

function setup(opts: { answer?: string | null; engine?: Partial<PrintEngine> } = {}) {
  const ws = mkdtempSync(path.join(tmpdir(), 'pmb-pdf-'));
  const dir = path.join(ws, 'briefings');
  const progress: ExportProgress[] = [];
  const requests: PrintRequest[] = [];
  const saves: string[] = [];
  const dialogs: Dialogs = {
    async showSave(o) {
      saves.push(o.defaultPath);
      return opts.answer === undefined ? o.defaultPath : opts.answer;
    },
    async chooseFolder() {
      return null;
    },
    async chooseFile() {
      return null;
    },
  };
  const engine: PrintEngine = {
    async print(req) {
      requests.push(req);
      req.onStage?.('loading');
      req.onStage?.('ready');
      req.onStage?.('printing');
      return taggedTestPdf(4);
    },
    ...opts.engine,
  };
  const exporter = new BriefingExporter({
    engine,
    dialogs,
    briefingsDir: () => dir,
    emit: (p) => progress.push(p),
    appVersion: '9.9.9',
    edition: async () => ({
      key: 'bundled',
      meta: { id: '2026-06', publishedAt: '2026-06-30', asOf: '2026-06-24', previousId: '2026-03', publisher: 'Test' },
    }),
    now: () => new Date('2026-03-20T09:00:00Z'),
  });
  return { ws, dir, exporter, progress, requests, saves };
}

describe('BriefingExporter', { timeout: 30_000 }, () => {
  it('suggests <workspace>/briefings/<title>-<date>.pdf, reports progress in order and writes a PDF with metadata', async () => {
    const t = setup();
    const result = await t.exporter.export(job('job-00000001'));
    expect(t.saves).toEqual([path.join(t.dir, 'investor-pack-2026-03-20.pdf')]);
    expect(result).toMatchObject({ path: path.join(t.dir, 'investor-pack-2026-03-20.pdf'), pages: 4 });
    expect(t.progress.map((p) => p.stage)).toEqual([
      'preparing',
      'loading',
      'rendering',
      'printing',
      'finishing',
      'writing',
      'done',
    ]);
    const percents = t.progress.map((p) => p.percent);
    expect([...percents].sort((a, b) => a - b)).toEqual(percents);
    expect(t.progress.every((p) => p.jobId === 'job-00000001')).toBe(true);
    const doc = await PDFDocument.load(readFileSync(result!.path), { updateMetadata: false });
    expect(doc.getTitle()).toBe('Investor Pack');
    expect(doc.getAuthor()).toBe('Investment Desk');
    expect(doc.getSubject()).toBe('Critical minerals — Pakistan Minerals Investment Forum');
    expect(doc.getKeywords()).toContain('Confidential');
    expect(doc.getCreator()).toBe('Pakistan Minerals Briefing 9.9.9');
    expect(doc.getCreationDate()?.toISOString()).toBe('2026-03-20T09:00:00.000Z');
    expect(result!.bytes).toBe(readFileSync(result!.path).byteLength);
    expect(readdirSync(t.dir)).toEqual(['investor-pack-2026-03-20.pdf']);
    expect(t.exporter.isExported(result!.path)).toBe(true);
    expect(t.exporter.isExported(path.join(t.dir, 'other.pdf'))).toBe(false);
  });

  it('passes the mapped print options and hands the print route its job (with the snapshot) only while exporting', async () => {
    let seen: unknown = null;
    const t = setup({
      engine: {
        async print(req) {
          seen = t.exporter.getJob(req.jobId);
          expect(req.options).toMatchObject({ generateTaggedPDF: true, generateDocumentOutline: true, pageSize: 'A4' });
          // The page frame (with the data edition in every footer) is the document's own: see print/pageFrame.ts.
          expect(req.options.displayHeaderFooter).toBe(false);
          // The ready limit is the job's own, grown with its data packs (shared/print/protocol.ts).
          expect(req.readyTimeoutMs).toBe(printTimeouts(t.exporter.getJob(req.jobId).snapshot).readyMs);
          return taggedTestPdf(1);
        },
      },
    });
    await t.exporter.export(job('job-00000002'));
    expect(seen).toMatchObject({
      jobId: 'job-00000002',
      spec: { title: 'Investor Pack' },
      snapshot: { scenarioFiles: [{ name: 'mine.json', content: mine }] },
    });
    expect(() => t.exporter.getJob('job-00000002')).toThrow(/not active/);
  });

  it('refuses, writing nothing, when the window laid out another data edition than the workspace now uses', async () => {
    const t = setup();
    const stale = { jobId: 'job-00000009', spec, snapshot: { ...snapshot, editionKey: 'a'.repeat(64) } };
    await expect(t.exporter.export(stale)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringMatching(/another data edition.*No file was written/),
    });
    expect(t.requests).toHaveLength(0);
  });

  it('returns null and writes nothing when the save dialog is cancelled', async () => {
    const t = setup({ answer: null });
    expect(await t.exporter.export(job('job-00000003'))).toBeNull();
    expect(t.progress).toEqual([]);
    expect(readdirSync(t.dir)).toEqual([]);
  });

  it('cancel during rendering closes the engine (signal), reports cancelled and leaves no file', async () => {
    let aborted = false;
    const t = setup({
      engine: {
        print: (req) =>
          new Promise((_resolve, reject) => {
            req.onStage?.('loading');
            req.signal.addEventListener('abort', () => {
              aborted = true;
              reject(new Error('page closed'));
            });
          }),
      },
    });
    const run = t.exporter.export(job('job-00000004'));
    await new Promise((r) => setTimeout(r, 20));
    expect(t.exporter.cancel('job-00000004')).toBe(true);
    await expect(run).rejects.toMatchObject({
      code: 'CANCELLED',
      message: expect.stringContaining('No file was written'),
    });
    expect(aborted).toBe(true);
    expect(t.progress.at(-1)?.stage).toBe('cancelled');
    expect(readdirSync(t.dir)).toEqual([]);
    expect(t.exporter.cancel('job-00000004')).toBe(false);
  });

  it('cancel between stages (after printing) still writes nothing', async () => {
    const t = setup({
      engine: {
        async print(req) {
          t.exporter.cancel(req.jobId);
          return taggedTestPdf(1);
        },
      },
    });
    await expect(t.exporter.export(job('job-00000005'))).rejects.toMatchObject({ code: 'CANCELLED' });
    expect(readdirSync(t.dir)).toEqual([]);
  });

  it('a write failure names the file and the reason, and leaves no partial or temp file', async () => {
    const t = setup();
    const target = path.join(t.ws, 'locked');
    mkdirSync(target);
    const restore = makeReadOnly(target);
    if (!restore) return; // this machine cannot make a folder read-only; the missing-folder case below still runs
    undo.push(restore);
    const t2 = setup({ answer: path.join(target, 'pack.pdf') });
    await expect(t2.exporter.export(job('job-00000006'))).rejects.toMatchObject({
      code: 'IO_ERROR',
      message: expect.stringMatching(
        /Could not save "pack\.pdf" in the folder "locked": (permission was denied|the operation is not permitted).*No file was written/,
      ),
    });
    expect(readdirSync(target)).toEqual([]);
    expect(t2.progress.at(-1)?.stage).toBe('failed');
  });

  it('a missing target folder fails with a clear message and creates nothing', async () => {
    const t = setup();
    const t2 = setup({ answer: path.join(t.ws, 'gone', 'pack.pdf') });
    await expect(t2.exporter.export(job('job-00000007'))).rejects.toMatchObject({
      code: 'IO_ERROR',
      message: expect.stringContaining('the folder does not exist'),
    });
    expect(existsSync(path.join(t.ws, 'gone'))).toBe(false);
  });

  it('an engine failure is reported, not hidden, and nothing is written', async () => {
    const t = setup({
      engine: {
        print: async () =>
          Promise.reject(new AppError('INTERNAL', 'The briefing could not be laid out for printing: boom.')),
      },
    });
    await expect(t.exporter.export(job('job-00000008'))).rejects.toMatchObject({
      code: 'INTERNAL',
      message: expect.stringContaining('boom'),
    });
    expect(readdirSync(t.dir)).toEqual([]);
  });

  it('refuses a second export under a running job id', async () => {
    let release: () => void = () => undefined;
    let printing: () => void = () => undefined;
    const started = new Promise<void>((r) => (printing = r));
    const t = setup({
      engine: {
        print: () => {
          printing();
          return new Promise((r) => (release = () => r(new Uint8Array())));
        },
      },
    });
    const first = t.exporter.export(job('job-00000009')).catch(() => undefined);
    // Wait until the first job is really printing (not a fixed sleep, which raced on a slow disk).
    await started;
    await expect(t.exporter.export(job('job-00000009'))).rejects.toMatchObject({ code: 'CONFLICT' });
    release();
    await first;
  });

  it('adds .pdf when the chosen name has no extension', async () => {
    const t = setup();
    const t2 = setup({ answer: path.join(t.dir, 'my-pack') });
    mkdirSync(t.dir, { recursive: true });
    expect((await t2.exporter.export(job('job-00000010')))?.path).toBe(path.join(t.dir, 'my-pack.pdf'));
  });

  it('maps disk-full and permission errors to plain reasons', () => {
    const err = (code: string) => Object.assign(new Error(code), { code });
    // No absolute path in a message the renderer shows: the file and its folder's name only.
    expect(writeError(err('ENOSPC'), '/home/u/x/a.pdf').message).toBe(
      'Could not save "a.pdf" in the folder "x": the disk is full. No file was written.',
    );
    expect(writeError(err('EROFS'), '/x/a.pdf').message).toContain('the disk is read-only');
    expect(writeError(err('EWEIRD'), '/x/a.pdf').message).toContain('system error EWEIRD');
  });
});
