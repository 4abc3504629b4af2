// Why: a crash, a power cut or a killed process mid-save must leave either the old file or the new one,
// never a truncated mix. We write a sibling temp file, fsync it, rename it over the target (atomic on
// POSIX and NTFS), then fsync the folder so the rename itself survives a power cut.
// Hand-written rather than write-file-atomic because we need temp-file names that say who wrote them, so the
// start-up sweep removes only files whose writer is gone (another instance may be mid-save in a shared folder),
// and a rename retry for Windows, where antivirus or sync clients briefly lock files (EPERM/EBUSY).
import { createHash, randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import { hostname } from 'node:os';
import path from 'node:path';

export const TEMP_MARKER = '.pmb-tmp-';
/** A temp file this old has no live writer on any machine (a save takes milliseconds, a slow share seconds). */
export const ORPHAN_TEMP_AGE_MS = 60 * 60 * 1000;
const RETRY_CODES = new Set(['EPERM', 'EBUSY', 'EACCES']);

/** Which machine wrote a temp file: a short hash, so the name leaks nothing and stays short. */
export const HOST_TAG = createHash('sha256').update(hostname()).digest('hex').slice(0, 8);
/** Temp files this process is writing right now: the sweep must never remove them. */
const inFlight = new Set<string>();

const queues = new Map<string, Promise<unknown>>();
/** Serialises this process's writers per path (the cross-process lock is in file-lock.ts). */
export async function withPathLock<T>(filePath: string, fn: () => Promise<T>): Promise<T> {
  const key = path.resolve(filePath);
  const previous = queues.get(key) ?? Promise.resolve();
  const run = previous.catch(() => undefined).then(fn);
  queues.set(key, run);
  try {
    return await run;
  } finally {
    if (queues.get(key) === run) queues.delete(key);
  }
}

/** `.name.json.pmb-tmp-<host>-<pid>-<random>`: hidden, recognisable, and naming its writer. */
export function tempPathFor(filePath: string): string {
  const stamp = `${HOST_TAG}-${process.pid}-${randomBytes(4).toString('hex')}`;
  return path.join(path.dirname(filePath), `.${path.basename(filePath)}${TEMP_MARKER}${stamp}`);
}

/** The writer a temp file name records, or null for a name without one (written by an older version). */
export function tempWriter(name: string): { host: string; pid: number } | null {
  const at = name.lastIndexOf(TEMP_MARKER);
  if (at < 0) return null;
  const m = /^([0-9a-f]{8})-(\d+)-[0-9a-f]+$/.exec(name.slice(at + TEMP_MARKER.length));
  return m ? { host: m[1]!, pid: Number(m[2]) } : null;
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'; // exists, owned by someone else
  }
}

/**
 * Whether the writer of a temp file is certainly gone: this process (and not writing it now), or a process of
 * this machine that no longer runs. Another machine's temp file is judged by age only: its writer may be alive.
 */
export function writerGone(name: string, full: string, mtimeMs: number, now = Date.now()): boolean {
  if (now - mtimeMs > ORPHAN_TEMP_AGE_MS) return true;
  const writer = tempWriter(name);
  if (!writer || writer.host !== HOST_TAG) return false;
  if (writer.pid === process.pid) return !inFlight.has(full);
  return !processAlive(writer.pid);
}

async function renameWithRetry(from: string, to: string, attempts = 8): Promise<void> {
  for (let i = 0; ; i++) {
    try {
      await fs.rename(from, to);
      return;
    } catch (err) {
      // Stryker disable next-line StringLiteral: any stand-in for a missing code is not a retry code
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
  const tmp = tempPathFor(filePath);
  inFlight.add(tmp);
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
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: without force, a missing temp throws; .catch ignores it
    await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw err;
  } finally {
    inFlight.delete(tmp);
  }
}

/** Removes temp files whose writer is gone (see writerGone), recursively. Returns how many were removed. */
export async function sweepTempFiles(dir: string, now = Date.now()): Promise<number> {
  let removed = 0;
  let entries: import('node:fs').Dirent[];
  try {
    entries = await fs.readdir(dir, { withFileTypes: true });
  } catch {
    return 0;
  }
  for (const entry of entries) {
    const full = path.join(dir, entry.name);
    // Dirent types come from lstat: a link to a folder is not entered, so the sweep never leaves the workspace.
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.')) removed += await sweepTempFiles(full, now);
    } else if (entry.isFile() && entry.name.includes(TEMP_MARKER)) {
      // Stryker disable next-line ArrowFunction: undefined and null are both "no file" to the check below
      const stat = await fs.lstat(full).catch(() => null);
      if (stat && writerGone(entry.name, full, stat.mtimeMs, now)) {
        await fs.rm(full, { force: true });
        removed++;
      }
    }
  }
  return removed;
}
