// Why: where a real Electron binary exists (ELECTRON_OVERRIDE_DIST_PATH), the same specs run against the
// real app: real protocol handler, real preload, real ipcMain. Dialogs and the system browser are stubbed
// inside main so tests stay unattended.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { _electron as electron } from 'playwright-core';
import type { LaunchedApp, LaunchOptions, TestDialogs } from './harness';
import { ROOT } from './global-setup';

export const electronBinary = (): string | null => {
  const dir = process.env.ELECTRON_OVERRIDE_DIST_PATH;
  if (!dir) return null;
  return path.join(
    dir,
    process.platform === 'win32'
      ? 'electron.exe'
      : process.platform === 'darwin'
        ? 'Electron.app/Contents/MacOS/Electron'
        : 'electron',
  );
};

export async function launchElectronApp(options: LaunchOptions): Promise<LaunchedApp> {
  const executablePath = electronBinary();
  if (!executablePath) throw new Error('ELECTRON_OVERRIDE_DIST_PATH is not set');
  const workspaceDir = options.workspaceDir ?? mkdtempSync(path.join(tmpdir(), 'pmb-ws-'));
  const userDataDir = options.userDataDir ?? mkdtempSync(path.join(tmpdir(), 'pmb-ud-'));
  const escapedRequests: string[] = [];
  const openedExternal: string[] = [];
  const app = await electron.launch({
    executablePath,
    args: [ROOT, '--no-sandbox'],
    env: { ...process.env, PMB_WORKSPACE_DIR: workspaceDir, PMB_USER_DATA_DIR: userDataDir },
  });
  const page = await app.firstWindow();
  page.on('requestfailed', (r) => {
    if (!r.url().startsWith('app://')) escapedRequests.push(r.url());
  });
  await app.evaluate(({ dialog, shell }) => {
    const g = globalThis as unknown as { __saveAnswers: (string | null)[]; __opened: string[] };
    g.__saveAnswers = [];
    g.__opened = [];
    dialog.showSaveDialog = (async (...args: unknown[]) => {
      const opts = (args.length > 1 ? args[1] : args[0]) as { defaultPath?: string };
      const answer = g.__saveAnswers.length ? g.__saveAnswers.shift() : opts.defaultPath;
      return { canceled: answer == null, filePath: answer ?? '' };
    }) as never;
    shell.openExternal = (async (url: string) => void g.__opened.push(url)) as never;
  });
  if (options.route) await page.evaluate((h) => (location.hash = h), options.route);
  await page.waitForSelector('html[data-app-ready="true"]');
  const dialogs: TestDialogs = {
    saveAnswers: [],
    folderAnswers: [],
    savesShown: [],
    showSave: async () => null,
    chooseFolder: async () => null,
    fileAnswers: [],
    chooseFile: async () => null,
  };
  // Forward answers queued by a spec into main before each use.
  const pushAnswers = new Proxy(dialogs.saveAnswers, {
    set(target, prop, value) {
      (target as unknown as Record<string | symbol, unknown>)[prop] = value;
      if (prop !== 'length')
        void app.evaluate(
          (_e, v) => (globalThis as unknown as { __saveAnswers: unknown[] }).__saveAnswers.push(v),
          value,
        );
      return true;
    },
  });
  dialogs.saveAnswers = pushAnswers;
  return {
    page,
    context: page.context(),
    browser: null as never,
    workspaceDir,
    userDataDir,
    dialogs,
    openedExternal,
    escapedRequests,
    servedAssets: [],
    fullscreenCalls: [],
    async openFile(filePath) {
      await app.evaluate(
        ({ app: electronApp }, p) => void electronApp.emit('open-file', { preventDefault() {} }, p),
        filePath,
      );
    },
    invoke: async (channel, payload) =>
      page.evaluate(
        ([c, p]) =>
          (window as unknown as { briefing: { invoke(c: string, p: unknown): Promise<never> } }).briefing.invoke(c, p),
        [channel, payload] as const,
      ),
    async close() {
      openedExternal.push(...(await app.evaluate(() => (globalThis as unknown as { __opened: string[] }).__opened)));
      await app.close();
      if (!options.workspaceDir) rmSync(workspaceDir, { recursive: true, force: true });
      if (!options.userDataDir) rmSync(userDataDir, { recursive: true, force: true });
      if (escapedRequests.length) throw new Error(`Requests tried to leave the machine: ${escapedRequests.join(', ')}`);
    },
  };
}
