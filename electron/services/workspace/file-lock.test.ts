// The cross-process file lock: a lock another process holds is waited for (retrying) and then reported busy by
// name; a crashed holder's stale lock is taken over; locks on several files never deadlock (taken in one order,
// each file once); a lock is released even when the work under it fails. Another process is stood in for by a
// proper-lockfile lock on the same lock folder, which is exactly what another instance of the app takes.
import { existsSync, mkdirSync, mkdtempSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_LOCK_OPTIONS, LOCK_MARKER, lockPathFor, withFileLocks } from './file-lock';

let dir: string;
const held: (() => Promise<void>)[] = [];
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pmb-lock-'));
});
afterEach(async () => {
  vi.restoreAllMocks();
  for (const release of held.splice(0)) await release().catch(() => undefined);
});
const f = (name: string) => path.join(dir, name);
const holdLock = async (full: string) => {
  const release = await lockfile.lock(full, { realpath: false, lockfilePath: lockPathFor(full) });
  held.push(release);
  return release;
};
const quick = { staleMs: 10_000, waitMs: 40 };

describe('withFileLocks', () => {
  it('keeps the lock folder hidden beside the file', () => {
    expect(lockPathFor(path.join(dir, 'a.json'))).toBe(path.join(dir, `.a.json${LOCK_MARKER}`));
    expect(LOCK_MARKER).toBe('.pmb-lock');
  });

  it('by default waits 15 s for another window’s lock and takes over one not refreshed for 10 s', () => {
    expect(DEFAULT_LOCK_OPTIONS).toEqual({ staleMs: 10_000, waitMs: 15_000 });
  });

  it('runs the work holding the lock, and removes the lock afterwards', async () => {
    const during = await withFileLocks([f('a.json')], quick, async () => existsSync(lockPathFor(f('a.json'))));
    expect(during).toBe(true);
    expect(existsSync(lockPathFor(f('a.json')))).toBe(false);
  });

  it('releases the lock when the work fails, so the next save is not blocked', async () => {
    await expect(
      withFileLocks([f('a.json')], quick, async () => {
        throw new Error('disk full');
      }),
    ).rejects.toThrow('disk full');
    expect(existsSync(lockPathFor(f('a.json')))).toBe(false);
    expect(await withFileLocks([f('a.json')], quick, async () => 'saved')).toBe('saved');
  });

  it('reports a file another process keeps locked as busy, by name, without running the work', async () => {
    await holdLock(f('a.json'));
    const work = vi.fn(async () => 'saved');
    await expect(withFileLocks([f('a.json')], quick, work)).rejects.toMatchObject({
      code: 'IO_ERROR',
      message: 'a.json is being saved by another app window or computer. Try again in a moment; nothing was changed.',
      details: { file: 'a.json' },
    });
    expect(work).not.toHaveBeenCalled();
  });

  it('retries while another process holds the lock, and runs the work once it is released', async () => {
    const release = await holdLock(f('a.json'));
    const attempts = vi.spyOn(lockfile, 'lock');
    const saved = withFileLocks([f('a.json')], { staleMs: 10_000, waitMs: 30_000 }, async () => 'saved');
    await vi.waitFor(() => expect(attempts.mock.calls.length).toBeGreaterThanOrEqual(3), { timeout: 10_000 });
    await release();
    expect(await saved).toBe('saved');
  });

  it('takes over the lock of a process that crashed (not refreshed for staleMs)', async () => {
    mkdirSync(lockPathFor(f('a.json')));
    const old = (Date.now() - 5_000) / 1000;
    utimesSync(lockPathFor(f('a.json')), old, old);
    expect(await withFileLocks([f('a.json')], { staleMs: 2_000, waitMs: 40 }, async () => 'saved')).toBe('saved');
    // A lock refreshed within staleMs is someone's live lock.
    mkdirSync(lockPathFor(f('b.json')));
    await expect(
      withFileLocks([f('b.json')], { staleMs: 2_000, waitMs: 40 }, async () => 'saved'),
    ).rejects.toMatchObject({ code: 'IO_ERROR' });
  });

  it('passes on a failure other than a held lock as it is (the folder is gone)', async () => {
    await expect(
      withFileLocks([path.join(dir, 'missing', 'a.json')], quick, async () => 'saved'),
    ).rejects.toMatchObject({
      code: 'ENOENT',
    });
  });

  it('locks a file named twice (or by two spellings of its path) once', async () => {
    const rel = path.relative(process.cwd(), f('a.json'));
    expect(await withFileLocks([f('a.json'), rel, f('a.json')], quick, async () => 'renamed')).toBe('renamed');
  });

  it('two operations on the same pair in opposite order never deadlock', async () => {
    const order: string[] = [];
    const [ab, ba] = await Promise.all([
      withFileLocks([f('a.json'), f('b.json')], quick, async () => {
        order.push('a→b');
        return 'a→b';
      }),
      withFileLocks([f('b.json'), f('a.json')], quick, async () => {
        order.push('b→a');
        return 'b→a';
      }),
    ]);
    expect([ab, ba]).toEqual(['a→b', 'b→a']);
    expect(order).toHaveLength(2);
  });
});
