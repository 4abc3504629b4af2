// Why: the Chromium host's command line (`npm start` without Electron, `npm run start:browser`): find a
// browser, take the single-instance lock (or hand our files to the running app), open the app window and
// wait for it to close. Start-up never fails silently: every failure prints its message and the log file.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { scenarioPathsFromArgv } from '../services/file-open';
import { createLog } from '../services/log';
import { findBrowser } from './find-browser';
import { startChromiumHost, WINDOW_TITLE, type ChromiumHost } from './host';
import { acquireInstanceLock } from './single-instance';

const here = path.dirname(fileURLToPath(import.meta.url));
// The built host sits in dist-electron/, beside the package it belongs to.
const pkg = JSON.parse(readFileSync(path.join(here, '..', 'package.json'), 'utf8')) as {
  productName: string;
  version: string;
};

/** Where Electron keeps this app's data, so both hosts share settings and the remembered workspace. */
export function defaultUserDataDir(platform = process.platform, env = process.env, home = os.homedir()): string {
  const name = pkg.productName;
  if (platform === 'win32') return path.join(env.APPDATA ?? path.join(home, 'AppData', 'Roaming'), name);
  if (platform === 'darwin') return path.join(home, 'Library', 'Application Support', name);
  return path.join(env.XDG_CONFIG_HOME ?? path.join(home, '.config'), name);
}

/** Runs the host until its window closes; resolves to the process exit code. */
export async function runChromiumHost(argv: string[], env = process.env): Promise<number> {
  const userDataDir = env.PMB_USER_DATA_DIR ?? defaultUserDataDir();
  const log = createLog(userDataDir);
  const files = scenarioPathsFromArgv(argv);
  const search = findBrowser({ platform: process.platform, env, home: os.homedir() });
  if (!search.found) {
    console.error(
      `No Chromium, Chrome, Edge or Brave browser was found, so the app cannot open. Tried:\n  ${search.tried.join('\n  ')}\n` +
        'Install one of them, or set PMB_BROWSER to the browser program (a path, or a command on PATH).',
    );
    log.error('no browser found', search.tried);
    return 2;
  }
  let host: ChromiumHost | null = null;
  try {
    const lock = await acquireInstanceLock(userDataDir, files, (handed) => void host?.openFiles(handed));
    if (!lock.primary) {
      console.log(
        `${WINDOW_TITLE} is already open; ${files.length ? 'the files were handed to it' : 'it was brought to the front'}.`,
      );
      return 0;
    }
    log.info(`Chromium host starting with ${search.found.name} (${search.found.path})`);
    host = await startChromiumHost({
      executablePath: search.found.path,
      headless: env.PMB_HEADLESS === '1',
      appVersion: pkg.version,
      rendererDir: path.join(here, '..', 'dist', 'renderer'),
      bridgeScript: readFileSync(path.join(here, 'chromium-bridge.js'), 'utf8'),
      userDataDir,
      documentsDir: path.join(os.homedir(), 'Documents'),
      homeDir: os.homedir(),
      log,
      workspaceOverride: env.PMB_WORKSPACE_DIR,
      // Chromium refuses to run as root with its sandbox (containers, CI); it has no sandbox to offer there.
      browserArgs: process.getuid?.() === 0 ? ['--no-sandbox'] : [],
    });
    await host.page.waitForSelector('html[data-app-ready="true"]', { state: 'attached', timeout: 60_000 });
    if (files.length) await host.openFiles(files);
    if (env.PMB_SMOKE_DIR) await smoke(host, env.PMB_SMOKE_DIR);
    await host.closed;
    await host.close();
    await lock.release();
    return 0;
  } catch (err) {
    log.error('start-up failed', err);
    const message = err instanceof Error ? err.message : String(err);
    console.error(`${WINDOW_TITLE} could not start: ${message}\nDetails are in the log file: ${log.file}`);
    if (host && !host.page.isClosed()) await showStartError(host, message, log.file);
    await host?.close();
    return 1;
  }
}

/** The error in the app window too, for whoever started the app from a menu and sees no terminal. */
async function showStartError(host: ChromiumHost, message: string, logFile: string): Promise<void> {
  const esc = (s: string) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c]!);
  await host.page
    .setContent(
      `<title>${WINDOW_TITLE}</title><h1>${WINDOW_TITLE} could not start</h1><p>${esc(message)}</p><p>Log: <code>${esc(logFile)}</code></p>`,
    )
    .catch(() => undefined);
  await host.closed;
}

/**
 * CI's headed start check (PMB_SMOKE_DIR): the host itself, through its own page handle, records the window
 * title and the view shown, saves a screenshot there, then closes its window as a user would.
 */
async function smoke(host: ChromiumHost, dir: string): Promise<void> {
  const { mkdirSync, writeFileSync } = await import('node:fs');
  mkdirSync(dir, { recursive: true });
  await host.page.waitForSelector('[data-view-ready="overview"]', { timeout: 60_000 });
  const view = await host.page.getAttribute('[data-view-ready]', 'data-view-ready');
  const heading = await host.page
    .locator('main h1')
    .first()
    .innerText()
    .catch(() => '');
  await host.page.screenshot({ path: path.join(dir, 'headed-overview.png') });
  // Epoch time of the Overview's first contentful paint, so a benchmark can time it from the process start.
  const firstPaintEpochMs = await host.page.evaluate(
    () => performance.timeOrigin + (performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN),
  );
  const record = { title: await host.page.title(), view, heading, url: host.page.url(), firstPaintEpochMs };
  writeFileSync(path.join(dir, 'smoke.json'), JSON.stringify(record));
  await host.page.close();
}
