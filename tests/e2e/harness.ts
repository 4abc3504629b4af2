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
import { createPagePrintEngine } from '../../electron/host-chromium/print-page';
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
  /** Every request main received, with the URL of the document that sent it. */
  invocations?: { channel: string; senderUrl: string | null }[];
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
  const invocations: { channel: string; senderUrl: string | null }[] = [];
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
    printEngine: createPagePrintEngine(async () => {
      const p = await context!.newPage();
      printPages.push(p);
      return p;
    }, `${HARNESS_ORIGIN}/index.html`),
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
    const senderUrl = frame.parentFrame() === null ? frame.url() : null;
    invocations.push({ channel, senderUrl });
    return invoker(channel, payload, senderUrl);
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
    invocations,
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

/** Waits for a view to signal it has rendered its content (never a sleep). */
export async function waitForView(page: Page, view: string): Promise<void> {
  await page.waitForSelector(`[data-view-ready="${view}"]`, { timeout: 20_000 });
}
