// Why: two app instances, or two machines on a synced or network folder, may save the same file at once. A check
// of the revision followed by a rename is only safe if nobody else can slip in between, so every save, rename and
// delete holds a lock on each file it touches, shared across processes. proper-lockfile creates a lock folder next
// to the file (mkdir is atomic on local disks and network shares) and keeps it fresh; a lock whose owner crashed
// goes stale and is taken over, so a killed process never blocks the workspace for long.
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { AppError } from '../../../shared/errors';
import { withPathLock } from './atomic-write';

export const LOCK_MARKER = '.pmb-lock';

export interface LockOptions {
  /** A lock not refreshed for this long is taken to belong to a crashed process (proper-lockfile's minimum: 2 s). */
  staleMs: number;
  /** How long to keep retrying a lock another process holds before reporting the file busy. */
  waitMs: number;
}

export const DEFAULT_LOCK_OPTIONS: LockOptions = { staleMs: 10_000, waitMs: 15_000 };

/** The lock folder for a file: hidden, beside it, so it lives on the same disk as the file it guards. */
export function lockPathFor(file: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}${LOCK_MARKER}`);
}

async function acquire(file: string, opts: LockOptions): Promise<() => Promise<void>> {
  const started = Date.now();
  // Stryker disable next-line UpdateOperator: the attempt count only sets the back-off's length
  for (let attempt = 0; ; attempt++) {
    try {
      return await lockfile.lock(file, {
        realpath: false, // the file may not exist yet (a first save)
        lockfilePath: lockPathFor(file),
        stale: opts.staleMs,
        // A lock lost while held (the disk went away) must not crash main; the rename under it already ran or failed.
        onCompromised: () => undefined,
      });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'ELOCKED') throw err;
      // Stryker disable next-line EqualityOperator: at millisecond resolution > and >= give up alike
      if (Date.now() - started > opts.waitMs) {
        throw new AppError(
          'IO_ERROR',
          `${path.basename(file)} is being saved by another app window or computer. Try again in a moment; nothing was changed.`,
          { file: path.basename(file) },
        );
      }
      // Jittered back-off: two waiting processes must not retry in lock-step.
      // Stryker disable next-line MethodExpression,ArithmeticOperator: spacing only; any delay retries until waitMs
      const delay = Math.min(100, 4 * 1.4 ** Math.min(attempt, 12)) * (0.5 + Math.random());
      await new Promise((r) => setTimeout(r, delay));
    }
  }
}

/**
 * Runs fn holding the locks of every file given, taken in one fixed (sorted) order so two operations on the
 * same pair of files (a rename a→b racing a rename b→a) cannot deadlock. In-process callers queue first, so
 * the cross-process lock is only contended by other processes.
 */
export async function withFileLocks<T>(files: readonly string[], opts: LockOptions, fn: () => Promise<T>): Promise<T> {
  const ordered = [...new Set(files.map((f) => path.resolve(f)))].sort();
  const run = async (i: number): Promise<T> => {
    if (i === ordered.length) return fn();
    const file = ordered[i]!;
    return withPathLock(file, async () => {
      const release = await acquire(file, opts);
      try {
        return await run(i + 1);
      } finally {
        await release().catch(() => undefined);
      }
    });
  };
  return run(0);
}
