// Why: the Electron shell, kept thin. It creates the window, applies the security rules, serves the app
// over app:// and wires ipcMain to the invoker. The app behind it (settings, workspace, handlers, logging)
// is app-core.ts, shared with the Chromium host; all behaviour lives in plain modules tested under Node.
import { app, BrowserWindow, dialog, ipcMain, Menu, protocol, session, shell } from 'electron';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { AppError } from '../../shared/errors';
import { scenarioPathsFromArgv } from '../services/file-open';
import { createLog, type AppLog } from '../services/log';
import type { StoredSettings } from '../services/settings';
import { startAppCore } from './app-core';
import { handle } from './ipc/handle';
import { APP_HOST, APP_ORIGIN, APP_SCHEME, serveAppAsset } from './protocol/app-assets';
import { externalUrl, isAllowedRequest } from './security-policy';
import { buildMenu } from './menu';
import { createElectronPrintEngine } from './print-window';
import { createSecureWindow } from './window-options';

const here = path.dirname(fileURLToPath(import.meta.url));
const rendererDir = path.join(here, '..', 'dist', 'renderer');
const preloadPath = path.join(here, 'preload.cjs');
const devServerUrl = !app.isPackaged ? process.env.VITE_DEV_SERVER_URL : undefined;
const appUrl = devServerUrl ?? `${APP_SCHEME}://${APP_HOST}/index.html`;

// Test hooks for the end-to-end suite against real Electron; ignored in a packaged app.
const testUserData = !app.isPackaged ? process.env.PMB_USER_DATA_DIR : undefined;
const testWorkspace = !app.isPackaged ? process.env.PMB_WORKSPACE_DIR : undefined;
if (testUserData) app.setPath('userData', testUserData);

protocol.registerSchemesAsPrivileged([
  { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true, codeCache: true } },
]);
app.enableSandbox();

let mainWindow: BrowserWindow | null = null;
let presenterWindow: BrowserWindow | null = null;
let log: AppLog | null = null;
// Files handed to us before the window can show them (macOS sends open-file before ready).
const pendingFiles: string[] = scenarioPathsFromArgv(process.argv.slice(1));
let openFile: ((filePath: string) => void) | null = null;

app.on('open-file', (event, filePath) => {
  event.preventDefault();
  if (openFile) openFile(filePath);
  else pendingFiles.push(filePath);
});

if (!app.requestSingleInstanceLock()) {
  app.quit();
} else {
  app.on('second-instance', (_event, argv) => {
    for (const f of scenarioPathsFromArgv(argv.slice(1))) {
      if (openFile) openFile(f);
      else pendingFiles.push(f);
    }
    if (mainWindow) {
      if (mainWindow.isMinimized()) mainWindow.restore();
      mainWindow.focus();
    }
  });
  void app.whenReady().then(start).catch(failedToStart);
}

/** Start-up never fails silently: the message and the log file's path in a dialog, then a non-zero exit. */
function failedToStart(err: unknown): void {
  const logFile = log?.file ?? path.join(app.getPath('userData'), 'logs', 'main.log');
  try {
    (log ?? createLog(app.getPath('userData'))).error('start-up failed', err);
  } catch {
    // The log itself may be what failed (a read-only user-data folder); the dialog still says what happened.
  }
  const message = err instanceof Error ? err.message : String(err);
  dialog.showErrorBox(
    'Pakistan Minerals Briefing could not start',
    `${message}\n\nDetails are in the log file:\n${logFile}`,
  );
  app.exit(1);
}

async function start(): Promise<void> {
  log = createLog(app.getPath('userData'));
  const ses = session.defaultSession;
  ses.protocol.handle(APP_SCHEME, async (request) => {
    const res = await serveAppAsset(rendererDir, request.url);
    return new Response(new Uint8Array(res.body), { status: res.status, headers: res.headers });
  });
  // Fully offline: anything not served by the app itself is cancelled before it leaves the machine.
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !isAllowedRequest(details.url, devServerUrl ? new URL(devServerUrl).origin : undefined) });
  });
  ses.setPermissionRequestHandler((_wc, _permission, callback) => callback(false));
  ses.setPermissionCheckHandler(() => false);

  const emit = (event: string, payload: unknown) => mainWindow?.webContents.send(event, payload);
  const core = await startAppCore({
    appVersion: app.getVersion(),
    platform: process.platform,
    userDataDir: app.getPath('userData'),
    documentsDir: app.getPath('documents'),
    workspaceOverride: testWorkspace,
    trustedOrigin: devServerUrl ? new URL(devServerUrl).origin : APP_ORIGIN,
    log,
    printEngine: createElectronPrintEngine(appUrl, preloadPath),
    emit,
    dialogs: {
      async showSave(opts) {
        const r = await dialog.showSaveDialog(mainWindow!, opts);
        return r.canceled || !r.filePath ? null : r.filePath;
      },
      async chooseFolder(opts) {
        const r = await dialog.showOpenDialog(mainWindow!, {
          ...opts,
          properties: ['openDirectory', 'createDirectory'],
        });
        return r.canceled ? null : (r.filePaths[0] ?? null);
      },
      async chooseFile(opts) {
        const r = await dialog.showOpenDialog(mainWindow!, { ...opts, properties: ['openFile'] });
        return r.canceled ? null : (r.filePaths[0] ?? null);
      },
    },
    window: {
      setFullScreen: (on) => {
        mainWindow?.setFullScreen(on);
        return on;
      },
      // The presenter's window: the same secure app window, on the presentation route in its presenter role.
      openPresenter: async (hash) => {
        if (presenterWindow && !presenterWindow.isDestroyed()) return presenterWindow.focus();
        presenterWindow = createSecureWindow(
          { width: 1280, height: 800, show: true, title: 'Presenter view' },
          preloadPath,
        );
        presenterWindow.on('closed', () => (presenterWindow = null));
        await presenterWindow.loadURL(`${appUrl}${hash}`);
      },
    },
    shell: {
      openExternal: (url) => shell.openExternal(url),
      openPath: async (p) => {
        const failure = await shell.openPath(p);
        if (failure) throw new AppError('IO_ERROR', `Could not open ${path.basename(p)}: ${failure}`);
      },
      showItemInFolder: (p) => shell.showItemInFolder(p),
    },
  });
  handle(ipcMain, core.invoke);

  app.on('web-contents-created', (_e, contents) => {
    contents.on('will-navigate', (event) => event.preventDefault());
    contents.on('will-redirect', (event) => event.preventDefault());
    contents.on('will-attach-webview', (event) => event.preventDefault());
    contents.setWindowOpenHandler(({ url }) => {
      const allowed = externalUrl(url);
      if (allowed) void shell.openExternal(allowed);
      return { action: 'deny' };
    });
  });

  Menu.setApplicationMenu(buildMenu({ isDev: Boolean(devServerUrl) }));
  const saveBounds = (bounds: NonNullable<StoredSettings['windowBounds']>) =>
    void core.settings
      .update({ windowBounds: bounds })
      .catch((err: unknown) => log?.warn('window bounds not saved', err));
  mainWindow = createWindow(core.stored.windowBounds, saveBounds);
  app.on('before-quit', () => void core.close());
  await mainWindow.loadURL(appUrl);
  openFile = (filePath) => void core.openFile(filePath);
  for (const f of pendingFiles.splice(0)) openFile(f);
}

function createWindow(
  bounds: StoredSettings['windowBounds'],
  saveBounds: (b: NonNullable<StoredSettings['windowBounds']>) => void,
): BrowserWindow {
  const win = createSecureWindow(
    {
      width: bounds?.width ?? 1360,
      height: bounds?.height ?? 860,
      ...(bounds ? { x: bounds.x, y: bounds.y } : {}),
      minWidth: 960,
      minHeight: 640,
      show: false,
      title: 'Pakistan Minerals Briefing',
      backgroundColor: '#0f1b2d',
    },
    preloadPath,
  );
  if (bounds?.maximized) win.maximize();
  win.once('ready-to-show', () => win.show());
  win.on('close', () => saveBounds({ ...win.getNormalBounds(), maximized: win.isMaximized() }));
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
    // A warm hidden print window would otherwise keep the app alive after its only visible window closed.
    for (const other of BrowserWindow.getAllWindows()) if (!other.isVisible()) other.destroy();
  });
  return win;
}

app.on('window-all-closed', () => {
  if (process.platform !== 'darwin') app.quit();
});
