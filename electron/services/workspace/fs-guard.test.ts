// The guard on every workspace file and folder, entry type by entry type and race by race: a file swapped for a link
// or a pipe between the check and the open, a file growing while read, a disk error, a workspace link retargeted
// while open. Each is refused (or read) with the message a user sees; nothing is followed, blocked on or read whole.
import { execFileSync } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  promises as fsp,
  readdirSync,
  realpathSync,
  rmSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { assertRealFolder, readGuarded, regularFileOrNothing } from './fs-guard';

const posix = process.platform !== 'win32';
const errno = (code: string) => Object.assign(new Error(`${code}: injected`), { code });
let base: string;
let server: Server | undefined;
beforeEach(() => {
  base = realpathSync(mkdtempSync(path.join(tmpdir(), 'pmb-guard-')));
});
afterEach(async () => {
  vi.restoreAllMocks();
  await new Promise((r) => (server ? server.close(r) : r(undefined)));
  server = undefined;
});
const at = (name: string) => path.join(base, name);
/** Runs `before` just before the guard opens the file: what a sync client might do in that instant. */
const beforeOpen = (before: () => void) => {
  const real = fsp.open.bind(fsp);
  return vi.spyOn(fsp, 'open').mockImplementationOnce(async (...args: Parameters<typeof fsp.open>) => {
    before();
    return real(...args);
  });
};

describe.runIf(posix)('entries that are not ordinary files', () => {
  it.each([
    ['a folder', (p: string) => mkdirSync(p)],
    ['a device', (p: string) => execFileSync('mknod', [p, 'c', '1', '3'])],
    ['a named pipe', (p: string) => execFileSync('mkfifo', [p])],
  ])('refuses %s, saying what it is', async (what, make) => {
    make(at('x.json'));
    await expect(regularFileOrNothing(at('x.json'), 'x.json')).rejects.toMatchObject({
      code: 'OUTSIDE_WORKSPACE',
      message: `x.json is ${what}, not an ordinary file: only ordinary files are opened. Replace it with a real file.`,
      details: { file: 'x.json' },
    });
  });

  it('refuses a link without following it, saying why', async () => {
    writeFileSync(at('target'), 'TOP-SECRET');
    symlinkSync(at('target'), at('x.json'));
    await expect(regularFileOrNothing(at('x.json'), 'x.json')).rejects.toMatchObject({
      code: 'OUTSIDE_WORKSPACE',
      message:
        'x.json is a link, not an ordinary file: links are never followed, so nothing outside the workspace is ' +
        'touched. Replace it with a real file.',
    });
  });

  it('refuses a socket', async () => {
    server = createServer();
    await new Promise((r) => server!.listen(at('s.json'), () => r(undefined)));
    await expect(regularFileOrNothing(at('s.json'), 's.json')).rejects.toMatchObject({
      message: expect.stringContaining('s.json is a socket, not an ordinary file'),
    });
  });

  it('a check the disk fails is reported in words, by name', async () => {
    writeFileSync(at('f'), 'x');
    await expect(regularFileOrNothing(path.join(at('f'), 'x.json'), 'x.json')).rejects.toMatchObject({
      code: 'IO_ERROR',
      message: 'Could not check "x.json": part of the path is not a folder. Nothing was changed.',
    });
  });
});

describe.runIf(posix)('workspace folders', () => {
  it('accepts a real folder inside the workspace and one not created yet', async () => {
    mkdirSync(at('scenarios'));
    await expect(assertRealFolder(base, at('scenarios'), 'scenarios')).resolves.toBeUndefined();
    await expect(assertRealFolder(base, at('briefings'), 'briefings')).resolves.toBeUndefined();
  });

  it('refuses a file where the folder should be, saying so', async () => {
    writeFileSync(at('scenarios'), 'x');
    await expect(assertRealFolder(base, at('scenarios'), 'scenarios')).rejects.toMatchObject({
      code: 'OUTSIDE_WORKSPACE',
      message:
        'The workspace folder "scenarios" is a file, not a real folder: links out of the workspace are never ' +
        'followed. Replace it with a real folder.',
      details: { file: 'scenarios' },
    });
  });

  it('a folder the disk cannot check is reported in words', async () => {
    writeFileSync(at('f'), 'x');
    await expect(assertRealFolder(base, path.join(at('f'), 'scenarios'), 'scenarios')).rejects.toMatchObject({
      code: 'IO_ERROR',
      message: 'Could not open the folder "scenarios": part of the path is not a folder. Nothing was changed.',
    });
  });

  it('refuses a folder that resolves outside the workspace (the workspace link was retargeted)', async () => {
    mkdirSync(at('real/scenarios'), { recursive: true });
    mkdirSync(at('elsewhere/scenarios'), { recursive: true });
    symlinkSync(at('real'), at('ws'));
    const rootReal = realpathSync(at('ws'));
    await expect(assertRealFolder(rootReal, path.join(at('ws'), 'scenarios'), 'scenarios')).resolves.toBeUndefined();
    unlinkSync(at('ws'));
    symlinkSync(at('elsewhere'), at('ws'));
    await expect(assertRealFolder(rootReal, path.join(at('ws'), 'scenarios'), 'scenarios')).rejects.toMatchObject({
      code: 'OUTSIDE_WORKSPACE',
      message: 'The workspace folder "scenarios" resolves outside the workspace and was refused.',
      details: { file: 'scenarios' },
    });
    // A folder above the workspace's own real path is outside it too.
    await expect(assertRealFolder(at('real/scenarios/deeper'), at('real/scenarios'), 'x')).rejects.toMatchObject({
      code: 'OUTSIDE_WORKSPACE',
    });
  });
});

describe.runIf(posix)('reading', () => {
  it('reads a file of exactly the size limit, and an empty one', async () => {
    writeFileSync(at('a.json'), 'x'.repeat(64));
    const read = await readGuarded(at('a.json'), 'a.json', 64);
    expect(read?.bytes.toString()).toBe('x'.repeat(64));
    expect(read?.stat.size).toBe(64);
    writeFileSync(at('e.json'), '');
    expect((await readGuarded(at('e.json'), 'e.json'))?.bytes.length).toBe(0);
  });

  it('refuses a file over the limit unread, with its size in the details', async () => {
    writeFileSync(at('big.json'), 'x'.repeat(65));
    await expect(readGuarded(at('big.json'), 'big.json', 64)).rejects.toMatchObject({
      code: 'DAMAGED_FILE',
      details: { file: 'big.json', bytes: 65 },
    });
  });

  it.runIf(process.platform === 'linux')('never leaves a file open, read or refused', async () => {
    writeFileSync(at('a.json'), '{}');
    writeFileSync(at('big.json'), 'x'.repeat(65));
    const openFiles = () => readdirSync('/proc/self/fd').length;
    const before = openFiles();
    for (let i = 0; i < 20; i++) {
      await readGuarded(at('a.json'), 'a.json', 64);
      await readGuarded(at('big.json'), 'big.json', 64).catch(() => undefined);
    }
    expect(openFiles()).toBe(before);
  });

  it('reads a file larger than one read call returns', async () => {
    const big = 'abcdefghij'.repeat(200_000);
    writeFileSync(at('big.json'), big);
    expect((await readGuarded(at('big.json'), 'big.json'))?.bytes.toString()).toBe(big);
  });

  it('returns nothing for a file that is not there, or removed just before the open', async () => {
    expect(await readGuarded(at('none.json'), 'none.json')).toBeNull();
    writeFileSync(at('a.json'), '{}');
    beforeOpen(() => unlinkSync(at('a.json')));
    expect(await readGuarded(at('a.json'), 'a.json')).toBeNull();
  });

  it('refuses a file swapped for a link just before the open, without reading the target', async () => {
    writeFileSync(at('secret'), 'TOP-SECRET');
    writeFileSync(at('a.json'), '{}');
    beforeOpen(() => {
      rmSync(at('a.json'));
      symlinkSync(at('secret'), at('a.json'));
    });
    await expect(readGuarded(at('a.json'), 'a.json')).rejects.toMatchObject({
      code: 'OUTSIDE_WORKSPACE',
      message: expect.stringContaining('a.json is a link, not an ordinary file'),
    });
  });

  it('returns nothing when the open meets a link that is gone again at the re-check', async () => {
    writeFileSync(at('a.json'), '{}');
    vi.spyOn(fsp, 'open').mockRejectedValueOnce(errno('ELOOP'));
    expect(await readGuarded(at('a.json'), 'a.json')).toBeNull();
  });

  it('refuses a file swapped for a pipe just before the open, without blocking on it', async () => {
    writeFileSync(at('a.json'), '{}');
    beforeOpen(() => {
      rmSync(at('a.json'));
      execFileSync('mkfifo', [at('a.json')]);
    });
    await expect(readGuarded(at('a.json'), 'a.json')).rejects.toMatchObject({
      code: 'OUTSIDE_WORKSPACE',
      message: 'a.json is a named pipe, not an ordinary file; it was not opened.',
      details: { file: 'a.json' },
    });
  });

  it('an open the disk refuses is reported in words, by name', async () => {
    writeFileSync(at('a.json'), '{}');
    vi.spyOn(fsp, 'open').mockRejectedValueOnce(errno('EACCES'));
    await expect(readGuarded(at('a.json'), 'a.json')).rejects.toMatchObject({
      code: 'IO_ERROR',
      message: 'Could not read "a.json": permission was denied (the folder is read-only for you). Nothing was changed.',
    });
  });

  it('a file that grows while it is read is reported, not read without bound', async () => {
    writeFileSync(at('a.json'), 'x'.repeat(100));
    const real = fsp.open.bind(fsp);
    vi.spyOn(fsp, 'open').mockImplementationOnce(async (...args: Parameters<typeof fsp.open>) => {
      const handle = await real(...args);
      const stat = await handle.stat();
      // The size seen when the file was opened; a sync client then appends to it.
      vi.spyOn(handle, 'stat').mockResolvedValue(Object.assign(stat, { size: 40 }));
      return handle;
    });
    await expect(readGuarded(at('a.json'), 'a.json')).rejects.toMatchObject({
      code: 'IO_ERROR',
      message: 'a.json changed while it was read (a sync client may be writing it). Try again.',
      details: { file: 'a.json' },
    });
  });
});
