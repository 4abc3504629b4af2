// Why: the export service must run under Node in tests, so Electron's hidden print window (and the test
// harness's second Playwright page) sit behind this small interface.
import type { PrintToPdfOptions } from './options';

export type EngineStage = 'loading' | 'ready' | 'printing';

export interface PrintRequest {
  jobId: string;
  options: PrintToPdfOptions;
  /** Aborting must close the print window/page and reject promptly. */
  signal: AbortSignal;
  onStage?(stage: EngineStage): void;
}

export interface PrintEngine {
  /** Loads the print route for the job, waits for its ready signal, and returns the printed PDF bytes. */
  print(request: PrintRequest): Promise<Uint8Array>;
  /**
   * Boots the app in the hidden print surface ahead of an export (the Briefing view asks when it opens), so
   * even the first export only switches the route instead of starting the app and its print chunks.
   */
  prewarm?(): Promise<void>;
}

/** The print route with no job: the app and its print code loaded and idle, waiting for one. */
export const PRINT_IDLE_HASH = '#/print';
export const PRINT_IDLE_SELECTOR = 'html[data-print-idle="true"]';

/** How long the print route may take to signal ready before the export fails with a message. */
export const PRINT_READY_TIMEOUT_MS = 30_000;

/** How long a warm print surface (hidden window or page) is kept for the next export before it is closed. */
export const PRINT_SURFACE_IDLE_MS = 60_000;

/** The ready signal for one job: engines reuse a print page, so the flag must name the job it belongs to. */
export function printReadySelector(jobId: string): string {
  return `html[data-print-job="${jobId}"][data-print-ready]`;
}
