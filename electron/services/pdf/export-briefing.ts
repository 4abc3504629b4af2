// Why: exporting a briefing is a multi-stage job (save dialog → render → print → metadata → crash-safe
// write) that the user can cancel at any point and that must never leave a partial file. This service runs
// it with plain dependencies (dialogs, a PrintEngine, the file system), so all of it is tested under Node.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { EventPayload } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/errors';
import { diskError } from '../disk-errors';
import { suggestedPdfName } from '../../../shared/briefing/naming';
import { printTimeouts, type PrintJob } from '../../../shared/print/protocol';
import type { Dialogs } from '../dialogs';
import { savePathWithExtension } from '../save-target';
import { writeFileAtomic } from '../workspace/atomic-write';
import type { PrintEngine } from './engine';
import { applyMetadata } from './metadata';
import { toDeckPdfOptions, toPrintToPdfOptions } from './options';
import type { EditionMeta } from '../../../shared/model/edition';

export type ExportProgress = EventPayload<'briefing:export-progress'>;
export type ExportStage = ExportProgress['stage'];

export interface BriefingExporterDeps {
  engine: PrintEngine;
  dialogs: Dialogs;
  /** The workspace's briefings folder (read at call time: the workspace can be switched). */
  briefingsDir(): string;
  emit(progress: ExportProgress): void;
  appVersion: string;
  /** Which data edition is active now (the print route renders that one) and its label for the page footer. */
  edition(): Promise<{ key: string; meta: EditionMeta }>;
  now?: () => Date;
}

export interface ExportResult {
  path: string;
  bytes: number;
  pages: number;
}

const PERCENT: Record<ExportStage, number> = {
  preparing: 5,
  loading: 15,
  rendering: 35,
  printing: 60,
  finishing: 80,
  writing: 90,
  done: 100,
  cancelled: 100,
  failed: 100,
};

/** A PDF write failure, worded like every other disk error (no absolute path in the message). */
export function writeError(err: unknown, target: string): AppError {
  return diskError(err, 'save', target, 'No file was written.');
}

const cancelled = () => new AppError('CANCELLED', 'Export cancelled. No file was written.');

export class BriefingExporter {
  private readonly active = new Map<string, { controller: AbortController; job: PrintJob }>();
  private readonly exported = new Set<string>();

  constructor(private readonly deps: BriefingExporterDeps) {}

  /** The print route asks for its job (spec and snapshot) by id; only jobs being exported right now exist. */
  getJob(jobId: string): PrintJob {
    const job = this.active.get(jobId)?.job;
    if (!job)
      throw new AppError('NOT_FOUND', `Print job ${jobId} is not active (it finished, failed or was cancelled).`);
    return job;
  }

  cancel(jobId: string): boolean {
    const entry = this.active.get(jobId);
    if (!entry) return false;
    entry.controller.abort();
    return true;
  }

  /** Only files this session wrote may be opened or shown from the renderer. */
  isExported(filePath: string): boolean {
    return this.exported.has(path.resolve(filePath));
  }

  /**
   * The job's snapshot was taken when Export was pressed; the print route renders it and nothing else, so
   * edits made while the save dialog is open or the PDF prints do not reach this file. null when the user
   * cancels the save dialog.
   */
  async export(job: PrintJob): Promise<ExportResult | null> {
    const { jobId, spec } = job;
    if (this.active.has(jobId)) throw new AppError('CONFLICT', `Export ${jobId} is already running.`);
    const controller = new AbortController();
    this.active.set(jobId, { controller, job });
    const { signal } = controller;
    let last: ExportStage | null = null;
    const progress = (stage: ExportStage) => {
      if (stage === last) return; // the engine may repeat a stage we already announced
      last = stage;
      this.deps.emit({ jobId, stage, percent: PERCENT[stage] });
    };
    const checkpoint = () => {
      if (signal.aborted) throw cancelled();
    };
    try {
      const dir = this.deps.briefingsDir();
      await fs.mkdir(dir, { recursive: true }).catch(() => undefined);
      const target = await this.deps.dialogs.showSave({
        title: 'Export briefing as PDF',
        defaultPath: path.join(dir, suggestedPdfName(spec)),
        filters: [{ name: 'PDF document', extensions: ['pdf'] }],
      });
      if (!target) return null;
      const file = await savePathWithExtension(target, 'pdf');
      checkpoint();
      progress('preparing');
      const edition = await this.deps.edition();
      if (job.snapshot.editionKey !== edition.key) {
        throw new AppError(
          'CONFLICT',
          'The workspace moved to another data edition after this window loaded its data. Reload the window (Ctrl+R) and export again. No file was written.',
        );
      }

      progress('loading');
      const pdf = await this.deps.engine.print({
        jobId,
        readyTimeoutMs: printTimeouts(job.snapshot).readyMs,
        options: job.layout === 'deck' ? toDeckPdfOptions() : toPrintToPdfOptions(spec),
        signal,
        onStage: (s) => progress(s === 'ready' ? 'rendering' : s),
      });
      checkpoint();

      progress('finishing');
      const { bytes, pages } = await applyMetadata(pdf, {
        title: spec.title,
        author: spec.preparedBy,
        subject: [spec.subtitle, spec.audience].filter(Boolean).join(' — ') || 'Pakistan critical minerals briefing',
        keywords: [
          'Pakistan',
          'critical minerals',
          'investor briefing',
          ...(spec.classification ? [spec.classification] : []),
        ],
        creator: `Pakistan Minerals Briefing ${this.deps.appVersion}`,
        producer: 'Pakistan Minerals Briefing (Chromium print engine, pdf-lib)',
        creationDate: this.deps.now?.() ?? new Date(),
        language: spec.language === 'ur' ? 'ur-PK' : 'en-GB',
      });
      checkpoint();

      progress('writing');
      try {
        await writeFileAtomic(file, bytes);
      } catch (err) {
        throw writeError(err, file);
      }
      this.exported.add(path.resolve(file));
      progress('done');
      return { path: file, bytes: bytes.byteLength, pages };
    } catch (err) {
      const isCancel = signal.aborted || (err instanceof AppError && err.code === 'CANCELLED');
      progress(isCancel ? 'cancelled' : 'failed');
      if (isCancel) throw cancelled();
      if (err instanceof AppError) throw err;
      // The engine's own message can name internal URLs and paths: keep it in main's log, not in the UI.
      console.error('[pdf export]', err);
      throw new AppError(
        'INTERNAL',
        'The PDF could not be produced because of an error in the print engine. No file was written.',
      );
    } finally {
      this.active.delete(jobId);
    }
  }
}
