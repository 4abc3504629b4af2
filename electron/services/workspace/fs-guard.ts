// Why: a shared workspace is a hostile file system. A colleague's sync client, a careless script or an attacker
// can put links, pipes, devices or huge files in it. Every operation checks what it is about to touch with lstat,
// so nothing follows a link out of the workspace, nothing blocks on a pipe, and no file is read whole before its
// size is known. Messages name the workspace-relative file, never the link's target or an absolute path.
import { constants as fsConstants, promises as fs, type Stats } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { diskError } from '../disk-errors';

/** The largest workspace file the app opens. Scenarios and briefings are kilobytes; a big data pack a few MB. */
export const MAX_DOCUMENT_BYTES = 8 * 1024 * 1024;

const megabytes = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

function kindOfEntry(stat: Stats): string {
  if (stat.isSymbolicLink()) return 'a link';
  if (stat.isFIFO()) return 'a named pipe';
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device';
  if (stat.isSocket()) return 'a socket';
  if (stat.isDirectory()) return 'a folder';
  return 'a file'; // Windows, macOS and Linux have no other kind of entry
}

/** Refuses anything but a regular file (or nothing) at `full`; returns the lstat, or null when nothing is there. */
export async function regularFileOrNothing(full: string, label: string): Promise<Stats | null> {
  let stat: Stats;
  try {
    stat = await fs.lstat(full);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw diskError(err, 'check', label);
  }
  if (!stat.isFile()) {
    const what = kindOfEntry(stat);
    const why = stat.isSymbolicLink()
      ? 'links are never followed, so nothing outside the workspace is touched'
      : 'only ordinary files are opened';
    throw new AppError(
      'OUTSIDE_WORKSPACE',
      `${label} is ${what}, not an ordinary file: ${why}. Replace it with a real file.`,
      { file: label },
    );
  }
  return stat;
}

/**
 * Makes sure a workspace sub-folder is a real folder inside the workspace (not a link to somewhere else).
 * `rootReal` is the workspace's own real path (the chosen folder may itself be reached through a link).
 */
export async function assertRealFolder(rootReal: string, dir: string, label: string): Promise<void> {
  let stat: Stats;
  try {
    stat = await fs.lstat(dir);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return; // created on the first save
    throw diskError(err, 'open the folder', label);
  }
  if (stat.isSymbolicLink() || !stat.isDirectory()) {
    throw new AppError(
      'OUTSIDE_WORKSPACE',
      `The workspace folder "${label}" is ${kindOfEntry(stat)}, not a real folder: links out of the workspace are never followed. Replace it with a real folder.`,
      { file: label },
    );
  }
  const real = await fs.realpath(dir);
  if (path.relative(rootReal, real).startsWith('..') || path.isAbsolute(path.relative(rootReal, real))) {
    throw new AppError(
      'OUTSIDE_WORKSPACE',
      `The workspace folder "${label}" resolves outside the workspace and was refused.`,
      { file: label },
    );
  }
}

const NOFOLLOW = fsConstants.O_NOFOLLOW ?? 0;
const NONBLOCK = fsConstants.O_NONBLOCK ?? 0;

/**
 * Reads a workspace file without following a link, without blocking on a pipe and without reading more than
 * the size limit. The size is checked on the open handle (fstat), so a file swapped for a link or a device
 * between the check and the read is still refused. Async throughout: main's event loop keeps running.
 */
export async function readGuarded(
  full: string,
  label: string,
  limit = MAX_DOCUMENT_BYTES,
): Promise<{ bytes: Buffer; stat: Stats } | null> {
  // Links, pipes and devices are refused before the open; a missing file is reported by the open (ENOENT).
  await regularFileOrNothing(full, label);
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(full, fsConstants.O_RDONLY | NOFOLLOW | NONBLOCK);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return null;
    if (code === 'ELOOP') return regularFileOrNothing(full, label).then(() => null); // became a link: refused there
    throw diskError(err, 'read', label);
  }
  try {
    const stat = await handle.stat();
    if (!stat.isFile())
      throw new AppError(
        'OUTSIDE_WORKSPACE',
        `${label} is ${kindOfEntry(stat)}, not an ordinary file; it was not opened.`,
        { file: label },
      );
    if (stat.size > limit) {
      throw new AppError(
        'DAMAGED_FILE',
        `${label} is ${megabytes(stat.size)}; workspace files over ${megabytes(limit)} are not opened. Move it out of the workspace folder.`,
        { file: label, bytes: stat.size },
      );
    }
    // Read at most size + 1 bytes: a file still growing is reported, never read without bound.
    const buffer = Buffer.alloc(Math.min(stat.size, limit) + 1);
    let length = 0;
    for (;;) {
      const { bytesRead } = await handle.read(buffer, length, buffer.length - length, length);
      if (bytesRead === 0) break;
      length += bytesRead;
      if (length >= buffer.length) {
        throw new AppError(
          'IO_ERROR',
          `${label} changed while it was read (a sync client may be writing it). Try again.`,
          { file: label },
        );
      }
    }
    return { bytes: buffer.subarray(0, length), stat };
  } finally {
    await handle.close().catch(() => undefined);
  }
}
