// Why: the Chromium host has no Electron `shell`, so opening a source link in the system browser and
// opening or showing an exported PDF go through the OS's own opener (xdg-open, open, explorer). The
// handlers decide WHAT may be opened (the same URL rule, only files this session exported); this only opens.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import type { Shell } from '../services/dialogs';

function run(command: string, args: string[]): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { detached: true, stdio: 'ignore', windowsHide: true });
    child.once('error', reject);
    child.once('spawn', () => {
      child.unref();
      resolve();
    });
  });
}

export function osShell(platform: NodeJS.Platform = process.platform): Shell {
  const open = (target: string) =>
    platform === 'darwin'
      ? run('open', [target])
      : platform === 'win32'
        ? run('explorer.exe', [target])
        : run('xdg-open', [target]);
  const failed = (what: string) => (err: Error) => {
    throw new AppError('IO_ERROR', `Could not open ${what}: the system opener failed (${err.message}).`);
  };
  return {
    openExternal: (url) => open(url).catch(failed('the link')),
    openPath: (p) => open(p).catch(failed(path.basename(p))),
    showItemInFolder(p) {
      const shown =
        platform === 'darwin'
          ? run('open', ['-R', p])
          : platform === 'win32'
            ? run('explorer.exe', [`/select,${p}`])
            : open(path.dirname(p));
      void shown.catch(() => undefined);
    },
  };
}
