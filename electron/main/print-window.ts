// Why: Electron's side of PDF export, kept thin: a hidden window made by createSecureWindow (the same
// hardened settings as the app window) loads the print route, waits for its ready signal and prints.
// Everything else (options, metadata, atomic write, cancel, progress) is in electron/services/pdf.
import type { BrowserWindow } from 'electron';
import { AppError } from '../../shared/ipc/errors';
import { PRINT_IDLE_HASH, PRINT_READY_TIMEOUT_MS, PRINT_SURFACE_IDLE_MS, type PrintEngine } from '../services/pdf/engine';
import { printRouteHash } from '../services/pdf/options';
import { createSecureWindow } from './window-options';

const READY_PROBE = (jobId: string) =>
  `(() => { const d = document.documentElement.dataset; return d.printJob === ${JSON.stringify(jobId)} ? { ready: d.printReady ?? '', error: d.printError ?? '' } : { ready: '', error: '' }; })()`;

async function waitForReady(win: BrowserWindow, jobId: string, signal: AbortSignal): Promise<void> {
  const deadline = Date.now() + PRINT_READY_TIMEOUT_MS;
  for (;;) {
    if (signal.aborted || win.isDestroyed()) throw new AppError('CANCELLED', 'Export cancelled. No file was written.');
    const probe = (await win.webContents.executeJavaScript(READY_PROBE(jobId), false)) as { ready: string; error: string };
    if (probe.ready === 'true') return;
    if (probe.ready === 'error') throw new AppError('INTERNAL', `The briefing could not be laid out for printing: ${probe.error || 'unknown error'}.`);
    if (Date.now() > deadline) throw new AppError('INTERNAL', 'The briefing took too long to lay out for printing. No file was written.');
    await new Promise((r) => setTimeout(r, 40));
  }
}

/**
 * `appUrl` is the document the main window loads (app://briefing/index.html, or the dev server). The hidden
 * window stays loaded for a minute after an export, so re-exporting a pack only switches its route instead of
 * starting the app again.
 */
export function createElectronPrintEngine(appUrl: string, preloadPath: string): PrintEngine {
  let warm: BrowserWindow | null = null;
  let idleTimer: NodeJS.Timeout | null = null;
  const base = appUrl.split('#')[0];
  const keepWarm = (win: BrowserWindow) => {
    warm = win;
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      if (warm && !warm.isDestroyed()) warm.destroy();
      warm = null;
    }, PRINT_SURFACE_IDLE_MS);
  };
  return {
    async prewarm() {
      if (warm && !warm.isDestroyed()) return keepWarm(warm);
      const win = createSecureWindow({ show: false, width: 1100, height: 1400, paintWhenInitiallyHidden: true, title: 'Printing briefing' }, preloadPath);
      await win.loadURL(`${base}${PRINT_IDLE_HASH}`);
      keepWarm(win);
    },
    async print({ jobId, options, signal, onStage }) {
      if (idleTimer) clearTimeout(idleTimer);
      const reuse = warm !== null && !warm.isDestroyed();
      const win = reuse ? warm! : createSecureWindow({ show: false, width: 1100, height: 1400, paintWhenInitiallyHidden: true, title: 'Printing briefing' }, preloadPath);
      warm = null;
      const close = () => {
        if (!win.isDestroyed()) win.destroy();
      };
      signal.addEventListener('abort', close, { once: true });
      try {
        onStage?.('loading');
        if (reuse) await win.webContents.executeJavaScript(`location.hash = ${JSON.stringify(printRouteHash(jobId))}`, false);
        else await win.loadURL(`${base}${printRouteHash(jobId)}`);
        await waitForReady(win, jobId, signal);
        onStage?.('ready');
        onStage?.('printing');
        const pdf = await win.webContents.printToPDF(options);
        keepWarm(win);
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      } catch (err) {
        close();
        if (signal.aborted) throw new AppError('CANCELLED', 'Export cancelled. No file was written.');
        throw err;
      } finally {
        signal.removeEventListener('abort', close);
      }
    },
  };
}
