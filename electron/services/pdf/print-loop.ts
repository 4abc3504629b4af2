// Why: the one print loop. Both hosts (Electron's hidden window, the Chromium host's hidden page) only say
// how to open a surface, switch its route, print it and close it; keeping a warm surface for the next job,
// waiting for the route's ready report with a timeout, progress stages and abort all live here, once.
import { AppError } from '../../../shared/errors';
import {
  idleReportKey,
  PRINT_READY_TIMEOUT_MS,
  PRINT_SURFACE_IDLE_MS,
  printIdleHash,
  printJobHash,
  printReportKey,
  type PrintReport,
} from '../../../shared/print/protocol';
import type { PrintEngine } from './engine';
import type { PrintToPdfOptions } from './options';

/** One hidden window or page that loads the app. */
export interface PrintSurface {
  /** First use: load the app at this hash. */
  load(hash: string): Promise<void>;
  /** Later uses: switch the loaded app to another route without reloading it. */
  route(hash: string): Promise<void>;
  print(options: PrintToPdfOptions): Promise<Uint8Array>;
  /** Resolves once the surface is gone, so a cancelled export reports only after its page really closed. */
  close(): void | Promise<void>;
  isClosed(): boolean;
}

export interface PrintSurfaceHost {
  /** `onGone` is called if the surface dies on its own (crash, closed by the user or the OS). */
  createSurface(onGone: () => void): Promise<PrintSurface>;
}

export interface PrintLoopOptions {
  readyTimeoutMs?: number;
  idleMs?: number;
}

const cancelled = () => new AppError('CANCELLED', 'Export cancelled. No file was written.');

interface Waiter {
  resolve(): void;
  reject(err: Error): void;
}

export function createPrintLoop(host: PrintSurfaceHost, options: PrintLoopOptions = {}): Required<PrintEngine> {
  const readyTimeoutMs = options.readyTimeoutMs ?? PRINT_READY_TIMEOUT_MS;
  const idleMs = options.idleMs ?? PRINT_SURFACE_IDLE_MS;
  const waiters = new Map<string, Waiter>();
  // A surface outlives one job, so its "gone" callback fails whichever wait it is serving now.
  const serving = new WeakMap<PrintSurface, (err: Error) => void>();
  let warm: PrintSurface | null = null;
  let idleTimer: ReturnType<typeof setTimeout> | null = null;
  let surfaceCount = 0;

  const keepWarm = (surface: PrintSurface) => {
    warm = surface;
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      if (warm && !warm.isClosed()) warm.close();
      warm = null;
    }, idleMs);
    idleTimer.unref?.();
  };
  const takeWarm = (): PrintSurface | null => {
    if (idleTimer) clearTimeout(idleTimer);
    const surface = warm && !warm.isClosed() ? warm : null;
    warm = null;
    return surface;
  };

  /** Resolves on the route's report for `key`; rejects on a failure report, the timeout, abort or the surface dying. */
  function awaitReport(
    key: string,
    signal?: AbortSignal,
    timeoutMs = readyTimeoutMs,
  ): { promise: Promise<void>; fail(err: Error): void } {
    let fail: (err: Error) => void = () => undefined;
    const promise = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(
        () =>
          fail(new AppError('INTERNAL', 'The briefing took too long to lay out for printing. No file was written.')),
        timeoutMs,
      );
      const onAbort = () => fail(cancelled());
      const settle = () => {
        clearTimeout(timer);
        signal?.removeEventListener('abort', onAbort);
        waiters.delete(key);
      };
      fail = (err) => {
        settle();
        reject(err);
      };
      waiters.set(key, { resolve: () => (settle(), resolve()), reject: fail });
      signal?.addEventListener('abort', onAbort, { once: true });
    });
    // A rejection nobody awaits yet (the route load is still running) must not surface as unhandled.
    promise.catch(() => undefined);
    return { promise, fail: (err) => fail(err) };
  }

  async function newSurface(): Promise<PrintSurface> {
    let surface: PrintSurface | null = null;
    surface = await host.createSurface(() => {
      if (warm === surface) warm = null;
      if (surface) serving.get(surface)?.(new AppError('INTERNAL', 'The print surface closed before printing.'));
    });
    return surface;
  }

  return {
    report(report: PrintReport) {
      const waiter = waiters.get(printReportKey(report));
      if (!waiter) return false;
      if (report.state === 'failed') {
        waiter.reject(
          new AppError(
            'INTERNAL',
            `The briefing could not be laid out for printing: ${report.message || 'unknown error'}.`,
          ),
        );
      } else waiter.resolve();
      return true;
    },

    async prewarm() {
      if (warm && !warm.isClosed()) return keepWarm(warm);
      const surfaceId = `surface-${++surfaceCount}`;
      const idle = awaitReport(idleReportKey(surfaceId));
      const surface = await newSurface();
      serving.set(surface, idle.fail);
      try {
        await surface.load(printIdleHash(surfaceId));
        await idle.promise;
      } catch (err) {
        surface.close();
        throw err;
      }
      // An export may have made its own surface meanwhile and left it warm: keep one.
      if (warm && !warm.isClosed()) surface.close();
      else keepWarm(surface);
    },

    async print({ jobId, options: pdfOptions, signal, onStage, readyTimeoutMs: jobTimeoutMs }) {
      if (signal.aborted) throw cancelled();
      const ready = awaitReport(jobId, signal, jobTimeoutMs);
      const reused = takeWarm();
      const surface = reused ?? (await newSurface());
      serving.set(surface, (err) => ready.fail(signal.aborted ? cancelled() : err));
      let closing: void | Promise<void> = undefined;
      const close = () => void (closing ??= surface.close());
      signal.addEventListener('abort', close, { once: true });
      try {
        onStage?.('loading');
        await Promise.all([
          reused ? surface.route(printJobHash(jobId)) : surface.load(printJobHash(jobId)),
          ready.promise,
        ]);
        if (signal.aborted) throw cancelled();
        onStage?.('ready');
        onStage?.('printing');
        const pdf = await surface.print(pdfOptions);
        if (signal.aborted) throw cancelled();
        keepWarm(surface);
        return pdf;
      } catch (err) {
        ready.fail(cancelled());
        close();
        await closing;
        if (signal.aborted) throw cancelled();
        throw err;
      } finally {
        signal.removeEventListener('abort', close);
      }
    },
  };
}
