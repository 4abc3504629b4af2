// Why: the export service must run under Node in tests, so whatever prints (the shared print loop over an
// Electron window or a Chromium page) sits behind this small interface.
import type { PrintReport } from '../../../shared/print/protocol';
import type { PrintToPdfOptions } from './options';

export type EngineStage = 'loading' | 'ready' | 'printing';

export interface PrintRequest {
  jobId: string;
  options: PrintToPdfOptions;
  /** How long the route may take to report ready (shared/print/protocol.ts printTimeouts); the loop's own limit if unset. */
  readyTimeoutMs?: number;
  /** Aborting must close the print window/page and reject promptly. */
  signal: AbortSignal;
  onStage?(stage: EngineStage): void;
}

export interface PrintEngine {
  /** Points a print surface at the job's route, waits for its ready report, and returns the printed PDF. */
  print(request: PrintRequest): Promise<Uint8Array>;
  /**
   * Boots the app in a hidden print surface ahead of an export (the Briefing view asks when it opens), so
   * even the first export only switches the route instead of starting the app and its print chunks.
   */
  prewarm?(): Promise<void>;
  /** A print route's report (through the contract's `print:report`); true when the engine was waiting on it. */
  report?(report: PrintReport): boolean;
}
