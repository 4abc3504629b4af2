// Why: Electron's side of PDF export, kept thin: a print surface is a hidden window made by
// createSecureWindow (the same hardened settings as the app window). The print loop (warm reuse, the ready
// report, timeouts, abort) is electron/services/pdf/print-loop.ts, shared with the Chromium host.
import type { PrintEngine } from '../services/pdf/engine';
import { createPrintLoop, type PrintSurface } from '../services/pdf/print-loop';
import { createSecureWindow } from './window-options';

/** `appUrl` is the document the main window loads (app://briefing/index.html, or the dev server). */
export function createElectronPrintEngine(appUrl: string, preloadPath: string): Required<PrintEngine> {
  const base = appUrl.split('#')[0];
  return createPrintLoop({
    async createSurface(onGone): Promise<PrintSurface> {
      const win = createSecureWindow(
        { show: false, width: 1100, height: 1400, paintWhenInitiallyHidden: true, title: 'Printing briefing' },
        preloadPath,
      );
      win.on('closed', onGone);
      win.webContents.on('render-process-gone', onGone);
      return {
        load: async (hash) => void (await win.loadURL(`${base}${hash}`)),
        route: async (hash) =>
          void (await win.webContents.executeJavaScript(`location.hash = ${JSON.stringify(hash)}`, false)),
        async print(options) {
          const pdf = await win.webContents.printToPDF(options);
          return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
        },
        close: () => {
          if (!win.isDestroyed()) win.destroy();
        },
        isClosed: () => win.isDestroyed(),
      };
    },
  });
}
