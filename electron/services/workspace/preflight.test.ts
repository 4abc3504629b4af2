// The check before a workspace folder is opened: each reason a folder is unusable is named in words, a usable one
// passes, and the check leaves the folder exactly as it was (its write probe removed). As root every permission
// check passes, so a read-only disk is simulated by failing the call that would fail on one.
import { mkdirSync, mkdtempSync, promises as fsp, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { workspaceFolderProblem } from './preflight';

const SUBS = ['scenarios', 'briefings'];
const errno = (code: string) => Object.assign(new Error(`${code}: injected`), { code });
let base: string;
beforeEach(() => {
  base = mkdtempSync(path.join(tmpdir(), 'pmb-pre-'));
});
afterEach(() => {
  vi.restoreAllMocks();
});

describe('workspaceFolderProblem', () => {
  it('passes a usable folder and leaves it as it was', async () => {
    mkdirSync(path.join(base, 'scenarios'));
    expect(await workspaceFolderProblem(base, SUBS, true)).toBeNull();
    expect(readdirSync(base)).toEqual(['scenarios']);
  });

  it('a missing folder: fine for the default one (created on first use), refused for a saved one', async () => {
    const missing = path.join(base, 'missing');
    expect(await workspaceFolderProblem(missing, SUBS, false)).toBeNull();
    expect(await workspaceFolderProblem(missing, SUBS, true)).toBe(
      'the folder no longer exists (it may be on a drive or share that is not connected)',
    );
  });

  it('a path through a file cannot be read, whether or not it must exist', async () => {
    writeFileSync(path.join(base, 'f'), 'x');
    for (const mustExist of [false, true]) {
      expect(await workspaceFolderProblem(path.join(base, 'f', 'ws'), SUBS, mustExist)).toBe(
        'the folder cannot be read: part of the path is not a folder',
      );
    }
  });

  it('a file instead of a folder', async () => {
    writeFileSync(path.join(base, 'ws'), 'x');
    expect(await workspaceFolderProblem(path.join(base, 'ws'), SUBS, false)).toBe('this is a file, not a folder');
  });

  it('a file where the app keeps a sub-folder, named', async () => {
    mkdirSync(path.join(base, 'scenarios'));
    writeFileSync(path.join(base, 'briefings'), 'x');
    expect(await workspaceFolderProblem(base, SUBS, true)).toBe(
      '"briefings" inside it is a file where the app keeps a folder',
    );
  });

  it('a folder without write permission is read-only', async () => {
    vi.spyOn(fsp, 'access').mockRejectedValue(errno('EACCES'));
    expect(await workspaceFolderProblem(base, SUBS, true)).toBe(
      'the folder is read-only for you, so nothing could be saved in it',
    );
  });

  it('a folder whose permissions allow writing but whose disk refuses it is read-only too', async () => {
    const open = vi.spyOn(fsp, 'open').mockRejectedValue(errno('EROFS'));
    expect(await workspaceFolderProblem(base, SUBS, true)).toBe(
      'the folder is read-only for you, so nothing could be saved in it',
    );
    expect(open).toHaveBeenCalledWith(path.join(base, `.pmb-write-probe-${process.pid}`), 'wx');
  });

  it('a probe left by this process (an earlier check cut short) still proves the folder writable', async () => {
    writeFileSync(path.join(base, `.pmb-write-probe-${process.pid}`), '');
    expect(await workspaceFolderProblem(base, SUBS, true)).toBeNull();
  });

  it('a probe someone else removes at once (a sync client tidying up) still proves the folder writable', async () => {
    const realRm = fsp.rm.bind(fsp);
    vi.spyOn(fsp, 'rm').mockImplementation(async (...args: Parameters<typeof fsp.rm>) => {
      await realRm(args[0], { force: true });
      return realRm(...args);
    });
    expect(await workspaceFolderProblem(base, SUBS, true)).toBeNull();
    expect(readdirSync(base)).toEqual([]);
  });
});
