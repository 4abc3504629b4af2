// Why: the Chromium host's side of PDF export, kept as thin as Electron's print-window.ts: a print surface is
// a hidden page of the same browser context (so it gets the same asset routing, CSP and bridge as the app
// page), printed by Chromium's page.pdf with the options mapped by the one shared module. The loop itself
// (warm reuse, the ready report, timeouts, abort) is electron/services/pdf/print-loop.ts.
import type { Page } from 'playwright-core';
import type { PrintEngine } from '../services/pdf/engine';
import { toPlaywrightPdfOptions } from '../services/pdf/options';
import { createPrintLoop, type PrintSurface } from '../services/pdf/print-loop';

/** `openPage` makes a page nobody sees (the host decides how); `appUrl` is the app's index.html. */
export function createPagePrintEngine(openPage: () => Promise<Page>, appUrl: string): Required<PrintEngine> {
  return createPrintLoop({
    async createSurface(onGone): Promise<PrintSurface> {
      const page = await openPage();
      page.on('close', onGone);
      page.on('crash', onGone);
      return {
        load: async (hash) => void (await page.goto(`${appUrl}${hash}`)),
        route: async (hash) => void (await page.evaluate(`location.hash = ${JSON.stringify(hash)}`)),
        print: async (options) => new Uint8Array(await page.pdf(toPlaywrightPdfOptions(options))),
        close: () => page.close().catch(() => undefined),
        isClosed: () => page.isClosed(),
      };
    },
  });
}
