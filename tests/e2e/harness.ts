// Why: runs the production renderer in Debian's Chromium with the real main-process handler table and the
// real preload API, bridged over a Playwright binding. Each launch gets its own temp workspace on disk,
// and any request that tries to leave the machine fails the test.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { documentKinds } from '../../shared/workspace/kinds';
import { createHandlerTable } from '../../electron/main/handlers';
import { createInvoker, type Invoker } from '../../electron/main/ipc/invoker';
import { serveAppAsset } from '../../electron/main/protocol/app-assets';
import { isTrustedAppUrl } from '../../electron/main/security-policy';
import type { Dialogs } from '../../electron/services/dialogs';
import { PRINT_IDLE_HASH, PRINT_IDLE_SELECTOR, printReadySelector, PRINT_READY_TIMEOUT_MS, type PrintEngine } from '../../electron/services/pdf/engine';
import { printRouteHash, toPlaywrightPdfOptions } from '../../electron/services/pdf/options';
import { AppError } from '../../shared/ipc/errors';
import { importScenarioFile } from '../../electron/services/file-open';
import { SettingsService } from '../../electron/services/settings';
import { WorkspaceContext } from '../../electron/services/workspace/context';
import { BRIDGE_OUT, ROOT } from './global-setup';

/** The harness serves the build at a reserved, never-resolving origin (Chromium cannot route custom schemes). */
export const HARNESS_ORIGIN = 'https://briefing.invalid';
export const RENDERER_DIR = path.join(ROOT, 'dist/renderer');
export const ARTIFACTS = path.join(ROOT, 'tests/e2e/artifacts');

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost',
];

export interface TestDialogs extends Dialogs {
  /** Paths the next save dialogs return, in order; when empty, the dialog accepts its default path. null = cancel. */
  saveAnswers: (string | null)[];
  folderAnswers: (string | null)[];
  savesShown: { title: string; defaultPath: string }[];
}

export interface LaunchOptions {
  workspaceDir?: string;
  userDataDir?: string;
  /** Hash route to open, e.g. '#/deposits'. */
  route?: string;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
}

export interface LaunchedApp {
  page: Page;
  context: BrowserContext;
  browser: Browser;
  workspaceDir: string;
  userDataDir: string;
  dialogs: TestDialogs;
  openedExternal: string[];
  /** Paths passed to shell:open-path / shell:show-in-folder (Chromium harness only; optional for other targets). */
  openedPaths?: string[];
  shownInFolder?: string[];
  /** Print pages the harness print engine opened (Chromium harness only). */
  printPages?: Page[];
  /** Requests that tried to leave the machine (each is also a test failure at close). */
  escapedRequests: string[];
  /** App assets served, in order (for the start-up benchmark). */
  servedAssets: string[];
  /** Full-screen requests made by presentation mode, in order. */
  fullscreenCalls: boolean[];
  /** Calls main exactly as the page would (sender = the app page). */
  invoke(channel: string, payload: unknown): ReturnType<Invoker>;
  /** What the OS does on a double-click of a scenario file: the same import and event as main's open-file path. */
  openFile(filePath: string): Promise<void>;
  close(): Promise<void>;
}

function createTestDialogs(): TestDialogs {
  const d: TestDialogs = {
    saveAnswers: [],
    folderAnswers: [],
    savesShown: [],
    async showSave(opts) {
      d.savesShown.push({ title: opts.title, defaultPath: opts.defaultPath });
      return d.saveAnswers.length ? (d.saveAnswers.shift() ?? null) : opts.defaultPath;
    },
    async chooseFolder() {
      return d.folderAnswers.shift() ?? null;
    },
  };
  return d;
}

/** 'chromium' (default): the harness below. 'electron': the real app, where ELECTRON_OVERRIDE_DIST_PATH gives a binary. */
export const E2E_TARGET = process.env.PMB_E2E_TARGET === 'electron' ? 'electron' : 'chromium';

export async function launchApp(options: LaunchOptions = {}): Promise<LaunchedApp> {
  if (E2E_TARGET === 'electron') return (await import('./electron-launch')).launchElectronApp(options);
  const workspaceDir = options.workspaceDir ?? mkdtempSync(path.join(tmpdir(), 'pmb-ws-'));
  const userDataDir = options.userDataDir ?? mkdtempSync(path.join(tmpdir(), 'pmb-ud-'));
  const ownsWorkspace = !options.workspaceDir;
  const ownsUserData = !options.userDataDir;
  const dialogs = createTestDialogs();
  const openedExternal: string[] = [];
  const openedPaths: string[] = [];
  const shownInFolder: string[] = [];
  const printPages: Page[] = [];
  const escapedRequests: string[] = [];
  const servedAssets: string[] = [];
  const fullscreenCalls: boolean[] = [];
  let context: BrowserContext | null = null;

  let page: Page | null = null;
  const pending: { event: string; payload: unknown }[] = [];
  const dispatch = (event: string, payload: unknown) => {
    if (!page) return void pending.push({ event, payload });
    void page.evaluate(([e, p]) => (window as unknown as { __pmbDispatch?: (e: string, p: unknown) => void }).__pmbDispatch?.(e, p), [event, payload] as const).catch(() => undefined);
  };

  const workspace = new WorkspaceContext(documentKinds, (change) => dispatch('workspace:changed', change));
  const settings = new SettingsService(path.join(userDataDir, 'settings.json'));
  await workspace.open(workspaceDir);
  const table = createHandlerTable({
    appVersion: 'test',
    platform: process.platform,
    workspace,
    settings,
    dialogs,
    defaultWorkspaceDir: workspaceDir,
    window: {
      setFullScreen: (on) => {
        fullscreenCalls.push(on);
        return on;
      },
    },
    shell: {
      openExternal: async (url) => void openedExternal.push(url),
      openPath: async (p) => void openedPaths.push(p),
      showItemInFolder: (p) => void shownInFolder.push(p),
    },
    printEngine: createHarnessPrintEngine(() => context, printPages),
    emit: (event, payload) => dispatch(event, payload),
  });
  const invoker = createInvoker(table, { isTrustedSender: (url) => isTrustedAppUrl(url, HARNESS_ORIGIN) });

  const browser = await chromium.launch({ executablePath: process.env.PMB_CHROMIUM ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  context = await browser.newContext({
    viewport: options.viewport ?? { width: 1360, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    serviceWorkers: 'block',
  });
  await context.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${HARNESS_ORIGIN}/`)) {
      const res = await serveAppAsset(RENDERER_DIR, url);
      servedAssets.push(url);
      await route.fulfill({ status: res.status, headers: res.headers, body: res.body });
    } else {
      escapedRequests.push(url);
      await route.abort('blockedbyclient');
    }
  });
  context.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(`${HARNESS_ORIGIN}/`) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      if (!escapedRequests.includes(url)) escapedRequests.push(url);
    }
  });
  await context.exposeBinding('__pmbInvoke', async (source, channel: string, payload: unknown) => {
    const frame = source.frame;
    return invoker(channel, payload, frame.parentFrame() === null ? frame.url() : null);
  });
  await context.addInitScript({ content: readFileSync(path.join(BRIDGE_OUT, 'bridge-preload.js'), 'utf8') });

  page = await context.newPage();
  for (const p of pending.splice(0)) dispatch(p.event, p.payload);
  await page.goto(`${HARNESS_ORIGIN}/index.html${options.route ?? ''}`);
  await page.waitForSelector('html[data-app-ready="true"]', { state: 'attached', timeout: 20_000 });

  return {
    page,
    context,
    browser,
    workspaceDir,
    userDataDir,
    dialogs,
    openedExternal,
    openedPaths,
    shownInFolder,
    printPages,
    escapedRequests,
    servedAssets,
    fullscreenCalls,
    invoke: (channel, payload) => invoker(channel, payload, `${HARNESS_ORIGIN}/index.html`),
    async openFile(filePath) {
      try {
        const { name } = await importScenarioFile(filePath, workspace.store);
        dispatch('app:file-opened', { ok: true, kind: 'scenario', name });
      } catch (err) {
        dispatch('app:file-opened', { ok: false, file: path.basename(filePath), message: (err as Error).message });
      }
    },
    async close() {
      await workspace.close();
      await browser.close();
      if (ownsWorkspace) rmSync(workspaceDir, { recursive: true, force: true });
      if (ownsUserData) rmSync(userDataDir, { recursive: true, force: true });
      if (escapedRequests.length > 0) {
        throw new Error(`Requests tried to leave the machine: ${escapedRequests.join(', ')}`);
      }
    },
  };
}

/**
 * The harness's PrintEngine: a second page in the same browser context (so it gets the same asset routing,
 * CSP and bridge preload as the app page), printed with Chromium's page.pdf, the engine Electron's
 * printToPDF uses, with the options mapped by the one shared module.
 */
function createHarnessPrintEngine(getContext: () => BrowserContext | null, pages: Page[]): PrintEngine {
  // One warm print page, reused across jobs by switching its hash, as the Electron engine reuses its window.
  let warm: Page | null = null;
  return {
    async prewarm() {
      const ctx = getContext();
      if (!ctx || (warm && !warm.isClosed())) return;
      const page = await ctx.newPage();
      pages.push(page);
      await page.goto(`${HARNESS_ORIGIN}/index.html${PRINT_IDLE_HASH}`);
      await page.waitForSelector(PRINT_IDLE_SELECTOR, { state: 'attached', timeout: PRINT_READY_TIMEOUT_MS });
      if (warm && !warm.isClosed()) await page.close();
      else warm = page;
    },
    async print({ jobId, options, signal, onStage }) {
      const ctx = getContext();
      if (!ctx) throw new AppError('INTERNAL', 'The harness browser is not running.');
      const reuse = warm !== null && !warm.isClosed();
      const page = reuse ? warm! : await ctx.newPage();
      if (!reuse) pages.push(page);
      warm = null;
      const close = () => void page.close().catch(() => undefined);
      signal.addEventListener('abort', close, { once: true });
      try {
        onStage?.('loading');
        if (reuse) await page.evaluate((hash) => (location.hash = hash), printRouteHash(jobId));
        else await page.goto(`${HARNESS_ORIGIN}/index.html${printRouteHash(jobId)}`);
        const handle = await page.waitForSelector(printReadySelector(jobId), { state: 'attached', timeout: PRINT_READY_TIMEOUT_MS });
        const state = await handle.evaluate((el) => ({ ready: (el as HTMLElement).dataset.printReady, error: (el as HTMLElement).dataset.printError }));
        if (state.ready !== 'true') throw new AppError('INTERNAL', `The briefing could not be laid out for printing: ${state.error ?? 'unknown error'}.`);
        onStage?.('ready');
        onStage?.('printing');
        const pdf = new Uint8Array(await page.pdf(toPlaywrightPdfOptions(options)));
        warm = page;
        return pdf;
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

/** Waits for a view to signal it has rendered its content (never a sleep). */
export async function waitForView(page: Page, view: string): Promise<void> {
  await page.waitForSelector(`[data-view-ready="${view}"]`, { timeout: 20_000 });
}
