// Why: Electron's binary cannot be downloaded here, yet the Electron glue (main/index.ts, print-window.ts,
// menu.ts) must run under test. This is a recording stand-in for the `electron` module: it implements the
// parts the built main uses, records every call, and lets a test fire app events and invoke handlers.
import { EventEmitter } from 'node:events';

export interface Recorder {
  calls: { what: string; args: unknown[] }[];
  windows: FakeWindow[];
  handlers: Map<string, (event: unknown, payload: unknown) => unknown>;
  protocolHandler: ((request: Request) => Promise<Response>) | null;
  beforeRequest: ((details: { url: string }, cb: (r: { cancel: boolean }) => void) => void) | null;
  permissionRequest: ((wc: unknown, permission: string, cb: (granted: boolean) => void) => void) | null;
  permissionCheck: (() => boolean) | null;
  errorBoxes: { title: string; content: string }[];
  exitCode: number | null;
  paths: Record<string, string>;
  ready(): void;
  app: EventEmitter;
  /** Throws from this call, to drive the start-up failure path. */
  failOn: string | null;
}

// On globalThis, not in this module: a test re-imports the built main (and this module) for each start.
const store = globalThis as unknown as { __pmbFakeRecorder?: Recorder };
export const recorder = (): Recorder => store.__pmbFakeRecorder!;

export class FakeWindow extends EventEmitter {
  destroyed = false;
  visible = false;
  maximized = false;
  url = '';
  bounds = { x: 40, y: 50, width: 1200, height: 800 };
  readonly sent: { event: string; payload: unknown }[] = [];
  readonly webContents: EventEmitter & Record<string, unknown>;
  constructor(readonly options: Record<string, unknown>) {
    super();
    const wc = new EventEmitter() as EventEmitter & Record<string, unknown>;
    wc.send = (event: string, payload: unknown) => void this.sent.push({ event, payload });
    wc.executeJavaScript = async (code: string) => {
      const m = /location\.hash = "(.*)"/.exec(code);
      if (m) this.url = this.url.split('#')[0] + m[1];
    };
    wc.printToPDF = async () => Buffer.from('%PDF-1.7 fake');
    wc.setWindowOpenHandler = (h: unknown) => void recorder().calls.push({ what: 'setWindowOpenHandler', args: [h] });
    this.webContents = wc;
    recorder().windows.push(this);
    recorder().calls.push({ what: 'new BrowserWindow', args: [options] });
  }
  async loadURL(url: string) {
    this.url = url;
    recorder().calls.push({ what: 'loadURL', args: [url] });
  }
  show() {
    this.visible = true;
  }
  maximize() {
    this.maximized = true;
  }
  isMaximized() {
    return this.maximized;
  }
  getNormalBounds() {
    return this.bounds;
  }
  isVisible() {
    return this.visible;
  }
  isDestroyed() {
    return this.destroyed;
  }
  isMinimized() {
    return false;
  }
  restore() {}
  focus() {
    recorder().calls.push({ what: 'focus', args: [] });
  }
  setFullScreen(on: boolean) {
    recorder().calls.push({ what: 'setFullScreen', args: [on] });
  }
  destroy() {
    if (this.destroyed) return;
    this.destroyed = true;
    this.emit('closed');
  }
  static getAllWindows() {
    return recorder().windows.filter((w) => !w.destroyed);
  }
}

/** A fresh fake (one per import of the built main). */
export function createFakeElectron(paths: Record<string, string>) {
  let resolveReady: () => void = () => undefined;
  const readyPromise = new Promise<void>((r) => (resolveReady = r));
  const appEmitter = new EventEmitter();
  const rec: Recorder = {
    calls: [],
    windows: [],
    handlers: new Map(),
    protocolHandler: null,
    beforeRequest: null,
    permissionRequest: null,
    permissionCheck: null,
    errorBoxes: [],
    exitCode: null,
    paths,
    ready: () => {
      rec.calls.push({ what: 'ready', args: [] });
      resolveReady();
    },
    app: appEmitter,
    failOn: null,
  };
  store.__pmbFakeRecorder = rec;
  const log =
    (what: string) =>
    (...args: unknown[]) => {
      rec.calls.push({ what, args });
      if (rec.failOn === what) throw new Error(`${what} failed (injected)`);
    };
  const app = Object.assign(appEmitter, {
    isPackaged: false,
    enableSandbox: log('app.enableSandbox'),
    requestSingleInstanceLock: () => true,
    whenReady: () => readyPromise,
    quit: log('app.quit'),
    exit: (code: number) => {
      rec.exitCode = code;
      rec.calls.push({ what: 'app.exit', args: [code] });
    },
    getPath: (name: string) => {
      if (!rec.paths[name]) throw new Error(`no fake path ${name}`);
      return rec.paths[name];
    },
    setPath: (name: string, value: string) => void (rec.paths[name] = value),
    getVersion: () => '0.0.0-fake',
  });
  const session = {
    defaultSession: {
      protocol: {
        handle: (scheme: string, h: (r: Request) => Promise<Response>) => {
          log('protocol.handle')(scheme);
          rec.protocolHandler = h;
        },
      },
      webRequest: { onBeforeRequest: (h: Recorder['beforeRequest']) => void (rec.beforeRequest = h) },
      setPermissionRequestHandler: (h: Recorder['permissionRequest']) => void (rec.permissionRequest = h),
      setPermissionCheckHandler: (h: Recorder['permissionCheck']) => void (rec.permissionCheck = h),
    },
  };
  return {
    app,
    BrowserWindow: FakeWindow,
    session,
    protocol: { registerSchemesAsPrivileged: log('protocol.registerSchemesAsPrivileged') },
    ipcMain: { handle: (channel: string, h: (e: unknown, p: unknown) => unknown) => void rec.handlers.set(channel, h) },
    dialog: {
      showSaveDialog: async () => ({ canceled: true }),
      showOpenDialog: async () => ({ canceled: true, filePaths: [] }),
      showErrorBox: (title: string, content: string) => void rec.errorBoxes.push({ title, content }),
    },
    Menu: { buildFromTemplate: (t: unknown) => ({ template: t }), setApplicationMenu: log('Menu.setApplicationMenu') },
    shell: {
      openExternal: log('shell.openExternal'),
      openPath: async () => '',
      showItemInFolder: log('shell.showItemInFolder'),
    },
  };
}
