// Why: a crash, a power cut or a killed process mid-save must leave either the old file or the new one,
// never a truncated mix. We write a sibling temp file, fsync it, rename it over the target (atomic on
// POSIX and NTFS), then fsync the folder so the rename itself survives a power cut.
// Hand-written rather than write-file-atomic because we need a temp-file name we can recognise and sweep
// after a crash, and a rename retry for Windows, where antivirus or sync clients briefly lock files (EPERM/EBUSY).
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';

export const TEMP_MARKER = '.pmb-tmp-';
const RETRY_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);

const locks = new Map<string, Promise<unknown>>();

/** Serialises writers per path, so two saves to one file cannot interleave their renames. */
export async function withPathLock<T>(filePath: string, fn: () => Promise<T>): Promise<T> {
  const key = path.resolve(filePath);
  const previous = locks.get(key) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(fn);
  locks.set(key, run);
  try {
    return await run;
  } finally {
    if (locks.get(key) === run) locks.delete(key);
  }
}

export function tempPathFor(filePath: string): string {
  const dir = path.dirname(filePath);
  return path.join(dir, `.${path.basename(filePath)}${TEMP_MARKER}${process.pid}-${randomBytes(4).toString('hex')}`);
}

async function renameWithRetry(from: string, to: string, attempts = 8): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? '';
      if (!RETRY_CODES.has(code) || i >= attempts - 1) throw err;
      await new Promise((r) => setTimeout(r, 15 * 2 ** i));
    }
  }
}

async function fsyncDir(dir: string): Promise<void> {
  // Windows cannot open a directory for fsync; NTFS journals the rename anyway.
  if (process.platform === 'win32') return;
  const handle = await fs.open(dir, 'r');
  try {
    await handle.sync();
  } finally {
    await handle.close();
  }
}

export async function writeFileAtomic(filePath: string, data: string | Uint8Array): Promise<void> {
  await withPathLock(filePath, () => writeFileAtomicUnlocked(filePath, data));
}

/** For callers that already hold the path lock (a read-check-write sequence). */
export async function writeFileAtomicUnlocked(filePath: string, data: string | Uint8Array): Promise<void> {
  {
    const tmp = tempPathFor(filePath);
    let handle: fs.FileHandle | undefined;
    try {
      handle = await fs.open(tmp, 'wx', 0o644);
      await handle.writeFile(data);
      await handle.sync();
      await handle.close();
      handle = undefined;
      await renameWithRetry(tmp, filePath);
      await fsyncDir(path.dirname(filePath));
    } catch (err) {
      await handle?.close().catch(() => undefined);
      await fs.rm(tmp, { force: true }).catch(() => undefined);
      throw err;
    }
  }
}

/** Removes temp files left by a crashed writer. Returns how many were removed. */
export async function sweepTempFiles(dir: string): Promise<number> {
  let removed = 0;
  let entries: import('node:fs').Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.')) removed += await sweepTempFiles(full);
    } else if (entry.name.includes(TEMP_MARKER)) {
      await fs.rm(full, { force: true });
      removed++;
    }
  }
  return removed;
}
