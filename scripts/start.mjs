// Why: `npm start` must open the app on any machine. Where Electron's binary is present (downloaded by
// npm install, or given by ELECTRON_OVERRIDE_DIST_PATH) it starts the desktop shell; where it is missing
// (offline and locked-down machines cannot download it) it says so in one paragraph and opens the same
// app in the machine's Chromium, Chrome, Edge or Brave. `npm run start:browser` (--browser) forces that.
// The check reads Electron's install record instead of requiring the package, which would try to download.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const forceBrowser = args.includes('--browser');
const appArgs = args.filter((a) => a !== '--browser');

/** The Electron executable, or null (with the reason) when its binary is not installed. */
export function electronBinary(env = process.env) {
  let pkgDir;
  try {
    pkgDir = path.dirname(createRequire(import.meta.url).resolve('electron/package.json'));
  } catch {
    return { path: null, reason: 'the electron package is not installed' };
  }
  const record = path.join(pkgDir, 'path.txt');
  const exe = existsSync(record) ? readFileSync(record, 'utf8').trim() : '';
  if (env.ELECTRON_OVERRIDE_DIST_PATH) {
    const file = path.join(
      env.ELECTRON_OVERRIDE_DIST_PATH,
      exe || (process.platform === 'win32' ? 'electron.exe' : 'electron'),
    );
    return existsSync(file)
      ? { path: file }
      : { path: null, reason: `ELECTRON_OVERRIDE_DIST_PATH has no Electron binary (${file})` };
  }
  if (!exe)
    return {
      path: null,
      reason: "Electron's binary was never downloaded (npm install could not reach its download server)",
    };
  const file = path.join(pkgDir, 'dist', exe);
  return existsSync(file) ? { path: file } : { path: null, reason: `Electron's binary is missing (${file})` };
}

const WHY = (reason) =>
  `Electron's desktop shell is not available: ${reason}. The app opens in this machine's Chromium-family browser ` +
  'instead (same app, same data, nothing leaves the machine). To get the desktop shell, point ' +
  'ELECTRON_OVERRIDE_DIST_PATH at a folder holding an Electron binary, or set ELECTRON_MIRROR to a mirror you can ' +
  'reach and run `npm install` again, or install the app from its installers (`npm run dist` on a connected machine).';

if (!process.env.PMB_SKIP_BUILD) {
  const built = spawnSync(process.platform === 'win32' ? 'npm.cmd' : 'npm', ['run', 'build'], {
    cwd: root,
    stdio: 'inherit',
  });
  if (built.status !== 0) process.exit(built.status ?? 1);
}

const electron = forceBrowser ? { path: null, reason: 'the browser host was asked for (--browser)' } : electronBinary();
if (electron.path) {
  const child = spawn(electron.path, [root, ...appArgs], { stdio: 'inherit' });
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
} else {
  if (!forceBrowser) console.log(`\n${WHY(electron.reason)}\n`);
  const host = path.join(root, 'dist-electron', 'chromium-host.js');
  const { runChromiumHost } = await import(pathToFileURL(host).href);
  process.exit(await runChromiumHost(appArgs));
}
