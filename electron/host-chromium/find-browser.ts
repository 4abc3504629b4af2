// Why: where Electron's binary is missing, the app opens in the machine's own Chromium-family browser. This
// finds one: PMB_BROWSER first (a path or a command name), then Chromium, Chrome, Edge and Brave on PATH
// and in their standard install places on Linux, Windows and macOS. It reports every place it tried.
import { accessSync, constants, statSync } from 'node:fs';
import path from 'node:path';

export interface BrowserSearch {
  found: { name: string; path: string } | null;
  tried: string[];
}

const LINUX_COMMANDS = [
  ['Chromium', 'chromium'],
  ['Chromium', 'chromium-browser'],
  ['Google Chrome', 'google-chrome'],
  ['Google Chrome', 'google-chrome-stable'],
  ['Microsoft Edge', 'microsoft-edge'],
  ['Microsoft Edge', 'microsoft-edge-stable'],
  ['Brave', 'brave-browser'],
  ['Brave', 'brave'],
] as const;

const LINUX_PLACES = [
  ['Chromium', '/usr/bin/chromium'],
  ['Chromium', '/snap/bin/chromium'],
  ['Google Chrome', '/opt/google/chrome/chrome'],
  ['Microsoft Edge', '/opt/microsoft/msedge/msedge'],
  ['Brave', '/opt/brave.com/brave/brave'],
  ['Chromium', '/var/lib/flatpak/exports/bin/org.chromium.Chromium'],
] as const;

const MAC_PLACES = [
  ['Google Chrome', 'Google Chrome.app/Contents/MacOS/Google Chrome'],
  ['Chromium', 'Chromium.app/Contents/MacOS/Chromium'],
  ['Microsoft Edge', 'Microsoft Edge.app/Contents/MacOS/Microsoft Edge'],
  ['Brave', 'Brave Browser.app/Contents/MacOS/Brave Browser'],
] as const;

const WINDOWS_PLACES = [
  ['Google Chrome', 'Google\\Chrome\\Application\\chrome.exe'],
  ['Microsoft Edge', 'Microsoft\\Edge\\Application\\msedge.exe'],
  ['Brave', 'BraveSoftware\\Brave-Browser\\Application\\brave.exe'],
  ['Chromium', 'Chromium\\Application\\chrome.exe'],
] as const;

export interface SearchEnv {
  platform: NodeJS.Platform;
  env: NodeJS.ProcessEnv;
  home: string;
  /** Whether a file exists and may be run (injected for tests). */
  isExecutable?(file: string): boolean;
}

function executable(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false;
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function candidates(search: SearchEnv): { name: string; file: string }[] {
  const { platform, env, home } = search;
  const onPath = (cmd: string) => onPathCandidates(cmd, search);
  if (platform === 'darwin') {
    const roots = ['/Applications', path.posix.join(home, 'Applications')];
    return MAC_PLACES.flatMap(([name, rel]) => roots.map((r) => ({ name, file: path.posix.join(r, rel) })));
  }
  if (platform === 'win32') {
    const roots = [env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.LOCALAPPDATA].filter((r): r is string => Boolean(r));
    return [
      ...WINDOWS_PLACES.flatMap(([name, rel]) => roots.map((r) => ({ name, file: path.win32.join(r, rel) }))),
      ...(['chrome', 'msedge', 'brave'] as const).flatMap((cmd) => onPath(cmd).map((file) => ({ name: cmd, file }))),
    ];
  }
  return [
    ...LINUX_COMMANDS.flatMap(([name, cmd]) => onPath(cmd).map((file) => ({ name, file }))),
    ...LINUX_PLACES.map(([name, file]) => ({ name, file })),
  ];
}

export function findBrowser(search: SearchEnv): BrowserSearch {
  const isExecutable = search.isExecutable ?? executable;
  const tried: string[] = [];
  const override = search.env.PMB_BROWSER?.trim();
  if (override) {
    // A bare command name is looked up on PATH; a path is taken as given. Nothing else is tried: the user chose.
    const files = override.includes('/') || override.includes('\\') ? [override] : onPathCandidates(override, search);
    for (const file of files) {
      tried.push(file);
      if (isExecutable(file)) return { found: { name: `PMB_BROWSER (${override})`, path: file }, tried };
    }
    return { found: null, tried };
  }
  const seen = new Set<string>();
  for (const c of candidates(search)) {
    if (seen.has(c.file)) continue;
    seen.add(c.file);
    tried.push(c.file);
    if (isExecutable(c.file)) return { found: { name: c.name, path: c.file }, tried };
  }
  return { found: null, tried };
}

/** Where `command` would be on PATH (with .exe on Windows). */
function onPathCandidates(command: string, search: SearchEnv): string[] {
  const dirs = (search.env.PATH ?? search.env.Path ?? '')
    .split(search.platform === 'win32' ? ';' : ':')
    .filter(Boolean);
  const p = search.platform === 'win32' ? path.win32 : path.posix;
  return dirs.map((d) =>
    p.join(d, search.platform === 'win32' && !command.endsWith('.exe') ? `${command}.exe` : command),
  );
}
