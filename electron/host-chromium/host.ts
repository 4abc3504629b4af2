// Why: the Chromium host: the same app and services as the Electron shell, in an app-mode window of the
// machine's Chromium-family browser, driven by playwright-core over a pipe in the pattern of Carlo. The
// build is served at a reserved origin by route interception and the preload API travels over a Playwright
// binding whose frame is checked like Electron's sender, so no network port is opened and no other program
// or page can reach the handlers. The e2e harness runs this same host headless.
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type BrowserContext, type CDPSession, type Page, type Route } from 'playwright-core';
import type { EventName, EventPayload } from '../../shared/ipc/contract';
import { fromWire, toWire, type WireError } from '../../shared/ipc/wire';
import { startAppCore, type AppCore } from '../main/app-core';
import { serveAppAsset } from '../main/protocol/app-assets';
import { externalUrl } from '../main/security-policy';
import type { Dialogs, Shell } from '../services/dialogs';
import { InAppDialogs } from '../services/in-app-dialogs';
import type { AppLog } from '../services/log';
import type { StoredSettings } from '../services/settings';
import { osShell } from './os-shell';
import { createPagePrintEngine } from './print-page';

/** Reserved (RFC 2606), never resolvable: Chromium cannot route custom schemes, so the app lives here. */
export const HOST_ORIGIN = 'https://briefing.invalid';
export const HOST_APP_URL = `${HOST_ORIGIN}/index.html`;
export const WINDOW_TITLE = 'Pakistan Minerals Briefing';

/** The flags the host always passes: offline, quiet, no prompts; the resolver refuses every outside host. */
export const BROWSER_FLAGS = [
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
  '--deny-permission-prompts',
  '--disable-features=Translate,MediaRouter,OptimizationHints',
  '--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost',
];

export interface ChromiumHostOptions {
  executablePath: string;
  headless: boolean;
  appVersion: string;
  rendererDir: string;
  /** The bridge preload's JavaScript (electron/preload/chromium-bridge.ts, built). */
  bridgeScript: string;
  userDataDir: string;
  documentsDir: string;
  homeDir: string;
  log: AppLog;
  workspaceOverride?: string;
  /** Hash route to open first, e.g. '#/briefing'. */
  route?: string;
  /** Headless only: the page size (a headed window has the remembered window size). */
  viewport?: { width: number; height: number };
  colorScheme?: 'light' | 'dark';
  /** Extra browser flags (e.g. --no-sandbox where the OS sandbox is unavailable). */
  browserArgs?: string[];
  /** Tests replace the in-app dialog and the OS opener with recorders; the product never does. */
  dialogs?: Dialogs;
  shell?: Shell;
  /** Called for each request refused because it would leave the machine. */
  onBlockedRequest?(url: string): void;
}

export interface ChromiumHost {
  core: AppCore;
  context: BrowserContext;
  page: Page;
  printPages: Page[];
  servedAssets: string[];
  invocations: { channel: string; senderUrl: string | null }[];
  fullscreenCalls: boolean[];
  /** Presenter windows presentation mode opened (window:open-presenter). */
  presenterPages: Page[];
  /** Resolves when the user closes the app window. */
  closed: Promise<void>;
  /** Sends a contract event to the app window. */
  emit<E extends EventName>(event: E, payload: EventPayload<E>): void;
  /** A second start handed over these files: import them and bring the window to the front. */
  openFiles(files: string[]): Promise<void>;
  close(): Promise<void>;
}

type Bounds = NonNullable<StoredSettings['windowBounds']>;

function windowArgs(bounds: Bounds | undefined): string[] {
  const width = bounds?.width ?? 1360;
  const height = bounds?.height ?? 860;
  return [
    `--window-size=${width},${height}`,
    ...(bounds ? [`--window-position=${bounds.x},${bounds.y}`] : []),
    ...(bounds?.maximized ? ['--start-maximized'] : []),
  ];
}

export async function startChromiumHost(opts: ChromiumHostOptions): Promise<ChromiumHost> {
  const { log } = opts;
  let context: BrowserContext | null = null;
  let page: Page | null = null;
  let cdp: CDPSession | null = null;
  const printPages: Page[] = [];
  const servedAssets: string[] = [];
  const invocations: ChromiumHost['invocations'] = [];
  const fullscreenCalls: boolean[] = [];
  const presenterPages: Page[] = [];
  const pending: { event: string; payload: unknown }[] = [];

  const emit = (event: string, payload: unknown) => {
    if (!page) return void pending.push({ event, payload });
    void page
      .evaluate(
        ([e, p]) => (globalThis as unknown as { __pmbDispatch?: (e: string, p: string) => void }).__pmbDispatch?.(e, p),
        [event, toWire(payload)] as const,
      )
      .catch(() => undefined);
  };
  const inApp = opts.dialogs
    ? null
    : new InAppDialogs({
        show: (request) => emit('dialog:open', request),
        places: [
          { label: 'Home', path: opts.homeDir },
          { label: 'Documents', path: opts.documentsDir },
        ],
      });
  const shell = opts.shell ?? osShell();

  /** A page nobody sees: an off-screen background window of the same browser (no tab, no focus taken). */
  let surfaceSeq = 0;
  const openPrintPage = async (): Promise<Page> => {
    const next = context!.waitForEvent('page', (p) => p.url().endsWith(`#pmb-print-${surfaceSeq}`));
    const url = `about:blank#pmb-print-${++surfaceSeq}`;
    await cdp!.send('Target.createTarget', {
      url,
      newWindow: true,
      background: true,
      left: -32000,
      top: -32000,
      width: 1100,
      height: 1400,
    });
    const p = await next;
    printPages.push(p);
    return p;
  };

  const setFullScreen = async (on: boolean): Promise<boolean> => {
    fullscreenCalls.push(on);
    try {
      const { windowId } = (await cdp!.send('Browser.getWindowForTarget')) as { windowId: number };
      await cdp!.send('Browser.setWindowBounds', { windowId, bounds: { windowState: on ? 'fullscreen' : 'normal' } });
    } catch (err) {
      log.warn('full screen', err);
    }
    return on;
  };

  const core = await startAppCore({
    appVersion: opts.appVersion,
    platform: process.platform,
    userDataDir: opts.userDataDir,
    documentsDir: opts.documentsDir,
    workspaceOverride: opts.workspaceOverride,
    trustedOrigin: HOST_ORIGIN,
    dialogs: opts.dialogs ?? inApp!,
    fileDialog: inApp ?? undefined,
    shell,
    window: {
      setFullScreen: (on) => (void setFullScreen(on), on),
      // The presenter's window: another app window of the same browser, on the presentation route.
      openPresenter: async (hash) => {
        const open = presenterPages.find((p) => !p.isClosed());
        if (open) return void (await open.bringToFront());
        const p = await context!.newPage();
        presenterPages.push(p);
        // Replacing the blank page's history entry leaves the window one entry long, so the presenter's own
        // Esc (window.close(), as in Electron) may close it: a browser lets a page close a window of one entry.
        const url = `${HOST_APP_URL}${hash}`;
        type Loc = { location: { replace(u: string): void } };
        await Promise.all([
          p.waitForURL(url),
          p.evaluate((u) => (globalThis as unknown as Loc).location.replace(u), url),
        ]);
      },
    },
    printEngine: createPagePrintEngine(openPrintPage, HOST_APP_URL),
    emit,
    log,
  });

  const profileDir = path.join(opts.userDataDir, 'browser-profile');
  mkdirSync(profileDir, { recursive: true });
  context = await chromium.launchPersistentContext(profileDir, {
    executablePath: opts.executablePath,
    headless: opts.headless,
    // The first window is the app window (no tabs, no address bar); it shows the app once routes are set.
    args: [
      ...BROWSER_FLAGS,
      ...windowArgs(core.stored.windowBounds),
      ...(opts.browserArgs ?? []),
      `--app=data:text/html,<title>${WINDOW_TITLE}</title>`,
    ],
    ignoreDefaultArgs: ['about:blank'],
    viewport: opts.headless ? (opts.viewport ?? { width: 1360, height: 900 }) : null,
    colorScheme: opts.colorScheme ?? (opts.headless ? 'light' : undefined),
    serviceWorkers: 'block',
    acceptDownloads: false,
  });
  const ctx = context;

  const isOurPage = (p: Page | null | undefined) =>
    p !== null && p !== undefined && (p === page || printPages.includes(p) || presenterPages.includes(p));
  await ctx.route('**/*', (route: Route) => {
    const request = route.request();
    const url = request.url();
    if (url.startsWith(`${HOST_ORIGIN}/`)) {
      return serveAppAsset(opts.rendererDir, url).then((res) => {
        servedAssets.push(url);
        return route.fulfill({ status: res.status, headers: res.headers, body: res.body });
      });
    }
    // Nothing leaves the machine. A link that tried to open a window goes to the system browser instead,
    // under the same rule as the app's own source links; the window itself is closed.
    const from = request.frame().page();
    if (request.isNavigationRequest() && !isOurPage(from)) {
      const allowed = externalUrl(url);
      if (allowed) void shell.openExternal(allowed).catch((err: unknown) => log.warn('open link', err));
      void from.close().catch(() => undefined);
    } else opts.onBlockedRequest?.(url);
    return route.abort(request.isNavigationRequest() ? 'aborted' : 'blockedbyclient');
  });
  ctx.on('page', (p) => {
    // A popup with no URL to follow (window.open()) is closed as soon as it appears.
    setTimeout(() => {
      if (!isOurPage(p) && !p.isClosed() && (p.url() === 'about:blank' || p.url() === ''))
        void p.close().catch(() => undefined);
    }, 1000);
  });
  await ctx.exposeBinding('__pmbInvoke', async (source, channel: string, wire: unknown) => {
    // Like Electron's sender check: the exact frame, top-level only; a sub-frame never inherits the app's rights.
    const frame = source.frame;
    const senderUrl = frame.parentFrame() === null ? frame.url() : null;
    invocations.push({ channel, senderUrl });
    let payload: unknown;
    try {
      payload = fromWire(wire, `request to ${String(channel).slice(0, 80)}`);
    } catch (err) {
      return toWire({ ok: false, error: { code: 'BAD_INPUT', message: (err as WireError).message } });
    }
    return toWire(await core.invoke(channel, payload, senderUrl));
  });
  const saveBounds = async () => {
    try {
      const { windowId } = (await cdp!.send('Browser.getWindowForTarget')) as { windowId: number };
      const { bounds } = (await cdp!.send('Browser.getWindowBounds', { windowId })) as {
        bounds: { left: number; top: number; width: number; height: number; windowState: string };
      };
      if (bounds.windowState === 'normal' || bounds.windowState === 'maximized') {
        const prev = core.stored.windowBounds;
        const normal =
          bounds.windowState === 'normal'
            ? bounds
            : prev
              ? { left: prev.x, top: prev.y, width: prev.width, height: prev.height }
              : bounds;
        const next = {
          x: normal.left,
          y: normal.top,
          width: normal.width,
          height: normal.height,
          maximized: bounds.windowState === 'maximized',
        };
        core.stored.windowBounds = next;
        await core.settings.update({ windowBounds: next });
      }
    } catch {
      // The window is already gone; the last saved bounds stand.
    }
  };
  await ctx.exposeBinding('__pmbWindowChanged', (source) => (source.page === page ? saveBounds() : undefined));
  await ctx.addInitScript({ content: opts.bridgeScript });
  // Geolocation, notifications, camera…: the app asks for none, and a page that did would be refused.
  await ctx.clearPermissions();

  page = ctx.pages()[0] ?? (await ctx.newPage());
  cdp = await ctx.newCDPSession(page);
  const appPage = page;
  const closed = new Promise<void>((resolve) => appPage.once('close', () => resolve()));
  await appPage.goto(`${HOST_APP_URL}${opts.route ?? ''}`);
  for (const p of pending.splice(0)) emit(p.event, p.payload);

  let closing: Promise<void> | null = null;
  return {
    core,
    context: ctx,
    page: appPage,
    printPages,
    servedAssets,
    invocations,
    fullscreenCalls,
    presenterPages,
    closed,
    emit,
    async openFiles(files) {
      for (const f of files) await core.openFile(f);
      await appPage.bringToFront().catch(() => undefined);
    },
    close() {
      closing ??= (async () => {
        inApp?.cancelAll();
        await core.close();
        await ctx.close().catch(() => undefined);
      })();
      return closing;
    },
  };
}
