// The Electron glue under test without Electron's binary: the BUILT main (dist-electron/main.js) runs under
// Node against a recording fake of the `electron` module (tests/electron-fake), and this checks what the
// issue asks of it: privileged scheme before ready, app:// served with the CSP, hardened webPreferences on
// every window, permissions denied, outside requests cancelled, every contract channel behind handle(),
// open-file and second-instance reaching the scenario import, bounds saved on close, and start-up failures.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { channels } from '../../shared/ipc/contract';
import { createScenarioFromPreset } from '../../shared/scenario/presets';
import { createFakeElectron, type FakeWindow, type Recorder, recorder } from '../electron-fake/fake-electron';
import { ROOT } from './global-setup';

// Each test starts the built main afresh with a new fake; the mocked module forwards to whichever is current.
vi.mock('electron', async () => {
  const { FakeWindow } = await import('../electron-fake/fake-electron');
  const current = () => (globalThis as unknown as { __fakeElectron: Record<string, unknown> }).__fakeElectron;
  const names = ['app', 'session', 'protocol', 'ipcMain', 'dialog', 'Menu', 'shell'];
  const forward = (n: string) => new Proxy({}, { get: (_t, k) => (current()[n] as Record<PropertyKey, unknown>)[k] });
  return { BrowserWindow: FakeWindow, ...Object.fromEntries(names.map((n) => [n, forward(n)])) };
});

const MAIN = path.join(ROOT, 'dist-electron', 'main.js');
const APP_URL = 'app://briefing/index.html';
const sender = { senderFrame: { parent: null, url: APP_URL } };

async function startMain(opts: { workspace?: string; failOn?: string; argv?: string[] } = {}) {
  const base = mkdtempSync(path.join(tmpdir(), 'pmb-fake-electron-'));
  const paths = { userData: path.join(base, 'user-data'), documents: path.join(base, 'Documents') };
  mkdirSync(paths.userData, { recursive: true });
  if (opts.workspace)
    writeFileSync(
      path.join(paths.userData, 'settings.json'),
      JSON.stringify({ schemaVersion: 1, workspaceDir: opts.workspace }),
    );
  (globalThis as unknown as { __fakeElectron: unknown }).__fakeElectron = createFakeElectron(paths);
  const rec = recorder();
  rec.failOn = opts.failOn ?? null;
  const argv = process.argv;
  process.argv = [argv[0]!, MAIN, ...(opts.argv ?? [])];
  vi.resetModules();
  await import(MAIN);
  process.argv = argv;
  return { rec, base, paths };
}

const invoke = (rec: Recorder, channel: string, payload?: unknown) =>
  rec.handlers.get(channel)!(sender, payload) as Promise<{ ok: boolean; value?: unknown; error?: { message: string } }>;
const mainWindow = (rec: Recorder) => rec.windows.find((w) => w.options.title === 'Pakistan Minerals Briefing')!;
const until = async (check: () => boolean, what: string) => {
  for (let i = 0; i < 200 && !check(); i++) await new Promise((r) => setTimeout(r, 25));
  if (!check()) throw new Error(`timed out waiting for ${what}`);
};

function scenarioFile(dir: string, name: string): string {
  const file = path.join(dir, name);
  writeFileSync(
    file,
    JSON.stringify({ schemaVersion: 1, kind: 'scenario', scenario: createScenarioFromPreset('saindak') }),
  );
  return file;
}

describe('built Electron main against a recording fake of electron', () => {
  it('registers, serves, hardens, denies, cancels, handles every channel, imports opened files and saves bounds', async () => {
    const { rec, base, paths } = await startMain({ argv: [] });
    // app:// is privileged before the app is ready.
    const schemes = rec.calls.findIndex((c) => c.what === 'protocol.registerSchemesAsPrivileged');
    expect(schemes).toBeGreaterThanOrEqual(0);
    expect(rec.calls[schemes]!.args[0]).toEqual([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    expect(rec.calls.some((c) => c.what === 'app.enableSandbox')).toBe(true);
    const early = scenarioFile(base, 'before-ready.pmbscenario');
    rec.app.emit('open-file', { preventDefault() {} }, early);
    rec.ready();
    expect(rec.calls.findIndex((c) => c.what === 'ready')).toBeGreaterThan(schemes);
    await until(() => rec.calls.some((c) => c.what === 'loadURL' && c.args[0] === APP_URL), 'the main window to load');

    // The protocol handler serves index.html with the CSP header; a path outside the build is refused.
    const res = await rec.protocolHandler!(new Request(APP_URL));
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toContain("default-src 'none'");
    expect(await res.text()).toContain('<div id="root">');
    expect((await rec.protocolHandler!(new Request('app://briefing/../../package.json'))).status).not.toBe(200);

    // Permissions are denied; an outside URL is cancelled, the app's own is not.
    let granted: boolean | null = null;
    rec.permissionRequest!({}, 'geolocation', (g) => (granted = g));
    expect(granted).toBe(false);
    expect(rec.permissionCheck!()).toBe(false);
    const cancel = (url: string) => new Promise<boolean>((r) => rec.beforeRequest!({ url }, (x) => r(x.cancel)));
    expect(await cancel('https://example.com/track.js')).toBe(true);
    expect(await cancel(`${APP_URL}`)).toBe(false);

    // Every contract channel goes through handle(), and a foreign frame is refused.
    expect([...rec.handlers.keys()].sort()).toEqual([...channels].sort());
    const foreign = (await rec.handlers.get('app:get-info')!(
      { senderFrame: { parent: null, url: 'https://evil.example/' } },
      undefined,
    )) as { ok: boolean; error: { code: string } };
    expect(foreign).toMatchObject({ ok: false, error: { code: 'FORBIDDEN_SENDER' } });
    expect(await invoke(rec, 'app:get-info')).toMatchObject({
      ok: true,
      value: { version: '0.0.0-fake', offline: true },
    });

    // The print window (prewarm) gets the same hardened webPreferences as the main window.
    const warming = invoke(rec, 'briefing:prewarm');
    await until(() => rec.windows.length >= 2, 'the print window');
    await invoke(rec, 'print:report', { state: 'idle', surfaceId: 'surface-1' });
    expect(await warming).toMatchObject({ ok: true, value: { warmed: true } });
    expect(rec.windows.length).toBeGreaterThanOrEqual(2);
    for (const w of rec.windows) {
      expect(w.options.webPreferences).toMatchObject({
        contextIsolation: true,
        sandbox: true,
        nodeIntegration: false,
        nodeIntegrationInWorker: false,
        nodeIntegrationInSubFrames: false,
        webSecurity: true,
        allowRunningInsecureContent: false,
        webviewTag: false,
        preload: expect.stringMatching(/preload\.cjs$/),
      });
    }
    const printWin = rec.windows.find((w) => w.options.title === 'Printing briefing')!;
    expect(printWin.options.show).toBe(false);

    // open-file before ready, open-file after, and a second instance's argv all reach the scenario import.
    const win = mainWindow(rec);
    await until(() => win.sent.some((s) => s.event === 'app:file-opened'), 'the early open-file');
    rec.app.emit('open-file', { preventDefault() {} }, scenarioFile(base, 'later.pmbscenario'));
    rec.app.emit('second-instance', {}, ['electron', '.', scenarioFile(base, 'from-second.pmbscenario')]);
    await until(() => win.sent.filter((s) => s.event === 'app:file-opened').length === 3, 'three imports');
    // The two later imports run concurrently (each takes the workspace's file lock), so their order may vary.
    const opened = win.sent.filter((s) => s.event === 'app:file-opened').map((s) => s.payload as { name: string });
    expect(opened[0]).toEqual({ ok: true, kind: 'scenario', name: 'before-ready.json' });
    expect([...opened].sort((a, b) => a.name.localeCompare(b.name))).toEqual([
      { ok: true, kind: 'scenario', name: 'before-ready.json' },
      { ok: true, kind: 'scenario', name: 'from-second.json' },
      { ok: true, kind: 'scenario', name: 'later.json' },
    ]);
    expect(rec.calls.some((c) => c.what === 'focus')).toBe(true);
    const ws = path.join(paths.documents, 'Pakistan Minerals Briefing', 'scenarios');
    expect(JSON.parse(readFileSync(path.join(ws, 'later.json'), 'utf8')).kind).toBe('scenario');

    // Window bounds are saved on close.
    win.bounds = { x: 11, y: 22, width: 1111, height: 777 };
    win.emit('close');
    await until(() => {
      try {
        return (
          JSON.parse(readFileSync(path.join(paths.userData, 'settings.json'), 'utf8')).windowBounds?.width === 1111
        );
      } catch {
        return false;
      }
    }, 'the bounds to be saved');
    expect(JSON.parse(readFileSync(path.join(paths.userData, 'settings.json'), 'utf8')).windowBounds).toEqual({
      x: 11,
      y: 22,
      width: 1111,
      height: 777,
      maximized: false,
    });
    win.destroy();
    expect(printWin.isDestroyed()).toBe(true);
  });

  it('a saved workspace folder that cannot be opened: the window opens and the app reports the folder and problem', async () => {
    const gone = path.join(tmpdir(), `pmb-gone-${Date.now()}`);
    const { rec } = await startMain({ workspace: gone });
    rec.ready();
    await until(() => rec.calls.some((c) => c.what === 'loadURL'), 'the window');
    const info = await invoke(rec, 'workspace:get-info');
    expect(info).toMatchObject({
      ok: true,
      value: { dir: gone, unopenable: { dir: gone, message: expect.stringContaining('no longer exists') } },
    });
    expect(rec.exitCode).toBeNull();
    expect(rec.errorBoxes).toEqual([]);
    (mainWindow(rec) as FakeWindow).destroy();
  });

  it('any other start-up error: a dialog with the message and the log file, and a non-zero exit', async () => {
    const { rec, paths } = await startMain({ failOn: 'protocol.handle' });
    rec.ready();
    await until(() => rec.exitCode !== null, 'the exit');
    expect(rec.exitCode).toBe(1);
    expect(rec.errorBoxes).toHaveLength(1);
    expect(rec.errorBoxes[0]!.title).toContain('could not start');
    expect(rec.errorBoxes[0]!.content).toContain('protocol.handle failed (injected)');
    const logFile = path.join(paths.userData, 'logs', 'main.log');
    expect(rec.errorBoxes[0]!.content).toContain(logFile);
    await until(() => {
      try {
        return readFileSync(logFile, 'utf8').includes('protocol.handle failed (injected)');
      } catch {
        return false;
      }
    }, 'the log entry');
  });
});
