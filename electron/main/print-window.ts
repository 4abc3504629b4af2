// Why: Electron's side of PDF export, kept thin: a hidden window made by createSecureWindow (the same
// hardened settings as the app window) loads the print route, waits for its ready signal and prints.
// Everything else (options, metadata, atomic write, cancel, progress) is in electron/services/pdf.
import type { BrowserWindow } from 'electron';
import { AppError } from '../../shared/ipc/errors';
import { PRINT_READY_TIMEOUT_MS, type PrintEngine } from '../services/pdf/engine';
import { printRouteHash } from '../services/pdf/options';
import { createSecureWindow } from './window-options';

const READY_PROBE = `(() => { const d = document.documentElement.dataset; return { ready: d.printReady ?? '', error: d.printError ?? '' }; })()`;

async function waitForReady(win: BrowserWindow, signal: AbortSignal): Promise<void> {
  const deadline = Date.now() + PRINT_READY_TIMEOUT_MS;
  for (;;) {
    if (signal.aborted || win.isDestroyed()) throw new AppError('CANCELLED', 'Export cancelled. No file was written.');
    const probe = (await win.webContents.executeJavaScript(READY_PROBE, false)) as { ready: string; error: string };
    if (probe.ready === 'true') return;
    if (probe.ready === 'error') throw new AppError('INTERNAL', `The briefing could not be laid out for printing: ${probe.error || 'unknown error'}.`);
    if (Date.now() > deadline) throw new AppError('INTERNAL', 'The briefing took too long to lay out for printing. No file was written.');
    await new Promise((r) => setTimeout(r, 40));
  }
}

/** `appUrl` is the document the main window loads (app://briefing/index.html, or the dev server). */
export function createElectronPrintEngine(appUrl: string, preloadPath: string): PrintEngine {
  return {
    async print({ jobId, options, signal, onStage }) {
      const win = createSecureWindow({ show: false, width: 1100, height: 1400, paintWhenInitiallyHidden: true, title: 'Printing briefing' }, preloadPath);
      const close = () => {
        if (!win.isDestroyed()) win.destroy();
      };
      signal.addEventListener('abort', close, { once: true });
      try {
        onStage?.('loading');
        await win.loadURL(`${appUrl.split('#')[0]}${printRouteHash(jobId)}`);
        await waitForReady(win, signal);
        onStage?.('ready');
        onStage?.('printing');
        const pdf = await win.webContents.printToPDF(options);
        return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
      } catch (err) {
        if (signal.aborted) throw new AppError('CANCELLED', 'Export cancelled. No file was written.');
        throw err;
      } finally {
        signal.removeEventListener('abort', close);
        close();
      }
    },
  };
}
