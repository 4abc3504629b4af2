// Why: a saved workspace folder can stop being usable between runs (a share not mounted, a folder turned
// read-only, a file where a subfolder should be). Opening it would then fail half-way, after creating some
// subfolders or deleting some temp files. This check runs first and changes nothing, so the app can open
// with a banner naming the folder and the problem instead of failing to start.
import { constants, promises as fs } from 'node:fs';
import path from 'node:path';
import { diskReason } from '../disk-errors';

/** Why `dir` cannot be opened as a workspace, or null when it can. `mustExist`: a saved folder, not the default. */
export async function workspaceFolderProblem(
  dir: string,
  subfolders: readonly string[],
  mustExist: boolean,
): Promise<string | null> {
  const stat = await fs.stat(dir).catch((err: NodeJS.ErrnoException) => err);
  if (stat instanceof Error) {
    if (stat.code !== 'ENOENT') return `the folder cannot be read: ${diskReason(stat)}`;
    if (mustExist) return 'the folder no longer exists (it may be on a drive or share that is not connected)';
    return null; // the default folder is created on first use
  }
  if (!stat.isDirectory()) return 'this is a file, not a folder';
  for (const sub of subfolders) {
    // A sub-folder not there yet is created on opening; one that is a file cannot be.
    const usable = await fs.stat(path.join(dir, sub)).then(
      (s) => s.isDirectory(),
      () => true,
    );
    if (!usable) return `"${sub}" inside it is a file where the app keeps a folder`;
  }
  if (!(await writable(dir))) return 'the folder is read-only for you, so nothing could be saved in it';
  return null;
}

/**
 * Permission bits are not the whole story (root passes every access check; an immutable flag or a read-only
 * mount still refuses writes), so a probe file is created and removed at once: the folder ends as it was.
 */
async function writable(dir: string): Promise<boolean> {
  try {
    await fs.access(dir, constants.W_OK);
  } catch {
    return false;
  }
  const probe = path.join(dir, `.pmb-write-probe-${process.pid}`);
  try {
    await (await fs.open(probe, 'wx')).close();
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EEXIST';
  }
  await fs.rm(probe, { force: true });
  return true;
}
