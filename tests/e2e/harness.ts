// Why: the end-to-end tests run the PRODUCT's Chromium host (electron/host-chromium), headless, on Debian's
// Chromium: the same asset routing, bridge, invoker, handler table and print loop as `npm start` without
// Electron. Only what a test must observe is swapped: dialogs answer from a queue (unless the spec uses the
// in-app dialog), the OS opener records instead of opening, and each launch gets its own temp workspace
// and user-data folder. Any request that tries to leave the machine fails the test.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { startChromiumHost, HOST_APP_URL, HOST_ORIGIN } from '../../electron/host-chromium/host';
import type { Invoker } from '../../electron/main/ipc/invoker';
import type { Dialogs } from '../../electron/services/dialogs';
import { createLog } from '../../electron/services/log';
import { BRIDGE_OUT, ROOT } from './global-setup';

/** The host serves the build at a reserved, never-resolving origin (Chromium cannot route custom schemes). */
export const HARNESS_ORIGIN = HOST_ORIGIN;
export const RENDERER_DIR = path.join(ROOT, 'dist/renderer');
export const ARTIFACTS = path.join(ROOT, 'tests/e2e/artifacts');
export const CHROMIUM = process.env.PMB_CHROMIUM ?? '/usr/bin/chromium';
/** Flags for this machine's Chromium in CI (no GPU, no OS sandbox in containers); the host adds its own. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu'];

export interface TestDialogs extends Dialogs {
  /** Paths the next save dialogs return, in order; when empty, the dialog accepts its default path. null = cancel. */
  saveAnswers: (string | null)[];
  folderAnswers: (string | null)[];
  /** Paths the next open-file dialogs return, in order; when empty, the dialog is cancelled. */
  fileAnswers: (string | null)[];
  savesShown: { title: string; defaultPath: string }[];
  /** While set, the save dialog stays open until it resolves (as a user still choosing where to save). */
  saveGate?: Promise<void>;
}

export interface LaunchOptions {
  workspaceDir?: string;
  userDataDir?: string;
  /** Hash route to open, e.g. '#/deposits'. */
  route?: string;
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  /** Use the product's in-app file dialog instead of the answer queue (for the dialog's own tests). */
  inAppDialog?: boolean;
}

export interface LaunchedApp {
  page: Page;
  context: BrowserContext;
  /** Opens a blank page in the same browser (pixel comparisons decode PNGs there). */
  browser: { newPage(): Promise<Page> };
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
  /** Every request main received, with the URL of the document that sent it. */
  invocations?: { channel: string; senderUrl: string | null }[];
  /** Full-screen requests made by presentation mode, in order. */
  fullscreenCalls: boolean[];
  /** Presenter windows opened by presentation mode (Chromium harness: pages of the same browser). */
  presenterPages?: Page[];
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
    fileAnswers: [],
    savesShown: [],
    async showSave(opts) {
      d.savesShown.push({ title: opts.title, defaultPath: opts.defaultPath });
      await d.saveGate;
      return d.saveAnswers.length ? (d.saveAnswers.shift() ?? null) : opts.defaultPath;
    },
    async chooseFolder() {
      return d.folderAnswers.shift() ?? null;
    },
    async chooseFile() {
      return d.fileAnswers.shift() ?? null;
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
  const dialogs = createTestDialogs();
  const openedExternal: string[] = [];
  const openedPaths: string[] = [];
  const shownInFolder: string[] = [];
  const escapedRequests: string[] = [];

  const host = await startChromiumHost({
    executablePath: CHROMIUM,
    headless: true,
    appVersion: 'test',
    rendererDir: RENDERER_DIR,
    bridgeScript: readFileSync(path.join(BRIDGE_OUT, 'chromium-bridge.js'), 'utf8'),
    userDataDir,
    documentsDir: path.join(userDataDir, 'Documents'),
    homeDir: userDataDir,
    log: createLog(userDataDir, { console: false }),
    workspaceOverride: workspaceDir,
    route: options.route,
    viewport: options.viewport ?? { width: 1360, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    browserArgs: CHROMIUM_ARGS,
    dialogs: options.inAppDialog ? undefined : dialogs,
    shell: {
      openExternal: async (url) => void openedExternal.push(url),
      openPath: async (p) => void openedPaths.push(p),
      showItemInFolder: (p) => void shownInFolder.push(p),
    },
    onBlockedRequest: (url) => void escapedRequests.push(url),
  });
  const { page, context } = host;
  host.context.on('request', (req) => {
    const url = req.url();
    if (!url.startsWith(`${HOST_ORIGIN}/`) && !/^(data|blob|about):/.test(url) && !escapedRequests.includes(url))
      escapedRequests.push(url);
  });
  await page.waitForSelector('html[data-app-ready="true"]', { state: 'attached', timeout: 20_000 });

  return {
    page,
    context,
    browser: { newPage: () => context.newPage() },
    workspaceDir,
    userDataDir,
    dialogs,
    openedExternal,
    openedPaths,
    shownInFolder,
    printPages: host.printPages,
    escapedRequests,
    servedAssets: host.servedAssets,
    fullscreenCalls: host.fullscreenCalls,
    presenterPages: host.presenterPages,
    invocations: host.invocations,
    invoke: (channel, payload) => host.core.invoke(channel, payload, HOST_APP_URL),
    openFile: (filePath) => host.core.openFile(filePath),
    async close() {
      await host.close();
      if (!options.workspaceDir) rmSync(workspaceDir, { recursive: true, force: true });
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
      if (escapedRequests.length > 0) {
        throw new Error(`Requests tried to leave the machine: ${escapedRequests.join(', ')}`);
      }
    },
  };
}

/** Waits for a view to signal it has rendered its content (never a sleep). */
export async function waitForView(page: Page, view: string): Promise<void> {
  await page.waitForSelector(`[data-view-ready="${view}"]`, { timeout: 20_000 });
}
