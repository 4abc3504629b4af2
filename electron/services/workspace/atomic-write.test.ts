import { spawn } from 'node:child_process';
import {
  mkdirSync,
  mkdtempSync,
  promises as fsp,
  readFileSync,
  readdirSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  HOST_TAG,
  ORPHAN_TEMP_AGE_MS,
  sweepTempFiles,
  TEMP_MARKER,
  tempPathFor,
  tempWriter,
  writeFileAtomic,
  writerGone,
} from './atomic-write';

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temp file behind', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pmb-aw-'));
    const file = path.join(dir, 'a.json');
    await writeFileAtomic(file, 'one');
    await writeFileAtomic(file, 'two');
    expect(readFileSync(file, 'utf8')).toBe('two');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('serialises concurrent writers to one path: the last call wins, whole', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pmb-aw-'));
    const file = path.join(dir, 'a.json');
    const payloads = Array.from({ length: 20 }, (_, i) => `${i}:`.padEnd(50_000, String(i % 10)));
    await Promise.all(payloads.map((p) => writeFileAtomic(file, p)));
    expect(readFileSync(file, 'utf8')).toBe(payloads[19]);
  });

  it('fails cleanly when the folder does not exist, leaving nothing behind', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pmb-aw-'));
    await expect(writeFileAtomic(path.join(dir, 'missing', 'a.json'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('sweeps temp files a crashed writer left, recursively, and nothing else', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pmb-aw-'));
    const sub = path.join(dir, 'scenarios');
    await writeFileAtomic(path.join(dir, 'keep.json'), 'x');
    mkdirSync(sub);
    writeFileSync(tempPathFor(path.join(sub, 'a.json')), 'half');
    writeFileSync(tempPathFor(path.join(dir, 'b.json')), 'half');
    expect(await sweepTempFiles(dir)).toBe(2);
    expect(readdirSync(dir).filter((n) => n.includes(TEMP_MARKER))).toEqual([]);
    expect(readdirSync(sub)).toEqual([]);
    expect(readFileSync(path.join(dir, 'keep.json'), 'utf8')).toBe('x');
  });
});

describe('temp files name their writer, and only a gone writer loses its temp file', () => {
  const dead = async (): Promise<number> => {
    const child = spawn(process.execPath, ['-e', '']);
    await new Promise((r) => child.on('exit', r));
    return child.pid!;
  };

  it('a temp name sits beside the target, hidden, and records this machine and process', () => {
    const tmp = tempPathFor('/w/scenarios/a.json');
    expect(path.dirname(tmp)).toBe('/w/scenarios');
    expect(path.basename(tmp)).toMatch(
      new RegExp(`^\\.a\\.json\\${TEMP_MARKER}${HOST_TAG}-${process.pid}-[0-9a-f]{8}$`),
    );
    expect(tempWriter(path.basename(tmp))).toEqual({ host: HOST_TAG, pid: process.pid });
    expect(tempPathFor('/w/a.json')).not.toBe(tempPathFor('/w/a.json'));
    // the last marker counts: a target whose own name contains the marker
    expect(tempWriter(`.x${TEMP_MARKER}y.json${TEMP_MARKER}0123abcd-42-ff`)).toEqual({ host: '0123abcd', pid: 42 });
    for (const name of [
      'a.json',
      `.a.json${TEMP_MARKER}`,
      `.a.json${TEMP_MARKER}0123abcd-42`,
      `.a${TEMP_MARKER}0123abcd-x-ff`,
    ])
      expect(tempWriter(name)).toBeNull();
  });

  it('judges a writer gone by age, by machine and by process', async () => {
    const now = Date.now();
    const name = (host: string, pid: number) => `.a.json${TEMP_MARKER}${host}-${pid}-abcd1234`;
    const other = HOST_TAG === '00000000' ? '11111111' : '00000000';
    // Another machine's file: its writer may be alive, so only an hour's age condemns it.
    expect(writerGone(name(other, 1), '/w/x', now - ORPHAN_TEMP_AGE_MS, now)).toBe(false);
    expect(writerGone(name(other, 1), '/w/x', now - ORPHAN_TEMP_AGE_MS - 1, now)).toBe(true);
    // An older version's name records no writer: kept until it is old.
    expect(writerGone(`.a.json${TEMP_MARKER}`, '/w/x', now, now)).toBe(false);
    // This machine: a finished process's file goes, a running one's stays.
    expect(writerGone(name(HOST_TAG, await dead()), '/w/x', now, now)).toBe(true);
    expect(writerGone(name(HOST_TAG, process.ppid), '/w/x', now, now)).toBe(false);
    // This process: gone unless it is writing that very file now.
    expect(writerGone(name(HOST_TAG, process.pid), '/w/x', now, now)).toBe(true);
  });

  it('the sweep keeps live writers’ files, hidden folders and anything reached through a link', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pmb-aw-'));
    const outside = mkdtempSync(path.join(tmpdir(), 'pmb-aw-out-'));
    const other = HOST_TAG === '00000000' ? '11111111' : '00000000';
    const deadPid = await dead();
    const keep = [
      `.a.json${TEMP_MARKER}${other}-1-abcd1234`, // another machine, recent
      `.b.json${TEMP_MARKER}${HOST_TAG}-${process.ppid}-abcd1234`, // a running process
      'c.json',
    ];
    for (const n of keep) writeFileSync(path.join(dir, n), 'x');
    writeFileSync(path.join(dir, `.d.json${TEMP_MARKER}${HOST_TAG}-${deadPid}-abcd1234`), 'x');
    mkdirSync(path.join(dir, '.trash'));
    writeFileSync(path.join(dir, '.trash', `.e.json${TEMP_MARKER}${HOST_TAG}-${deadPid}-abcd1234`), 'x');
    writeFileSync(path.join(outside, `.f.json${TEMP_MARKER}${HOST_TAG}-${deadPid}-abcd1234`), 'x');
    symlinkSync(outside, path.join(dir, 'linked'), 'dir');
    expect(await sweepTempFiles(dir)).toBe(1);
    expect(readdirSync(dir).sort()).toEqual([...keep, '.trash', 'linked'].sort());
    expect(readdirSync(path.join(dir, '.trash'))).toHaveLength(1);
    expect(readdirSync(outside)).toHaveLength(1);
    // An hour later the other machine's file is an orphan too; the running writer's file is still kept.
    expect(await sweepTempFiles(dir, Date.now() + ORPHAN_TEMP_AGE_MS + 1000)).toBe(2);
    expect(readdirSync(dir).sort()).toEqual(['.trash', 'c.json', 'linked']);
    expect(await sweepTempFiles(path.join(dir, 'missing'))).toBe(0);
  });

  it('writes the file readable by others, as any saved document', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pmb-aw-'));
    const file = path.join(dir, 'a.json');
    await writeFileAtomic(file, new TextEncoder().encode('bytes'));
    expect(readFileSync(file, 'utf8')).toBe('bytes');
    const umask = process.umask();
    expect(statSync(file).mode & 0o777).toBe(0o644 & ~umask);
  });
});

describe('writeFileAtomic when the rename is refused or slow', () => {
  const err = (code: string) => Object.assign(new Error(code), { code });
  afterEach(() => vi.restoreAllMocks());

  it('retries a rename a sync client or antivirus briefly blocks (EBUSY, EPERM), then saves whole', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pmb-aw-'));
    const file = path.join(dir, 'a.json');
    writeFileSync(file, 'old');
    const real = fsp.rename.bind(fsp);
    const rename = vi
      .spyOn(fsp, 'rename')
      .mockRejectedValueOnce(err('EBUSY'))
      .mockRejectedValueOnce(err('EPERM'))
      .mockImplementation(real);
    await writeFileAtomic(file, 'new');
    expect(rename).toHaveBeenCalledTimes(3);
    expect(readFileSync(file, 'utf8')).toBe('new');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('gives up after 8 attempts, keeps the old file and removes its temp file', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pmb-aw-'));
    const file = path.join(dir, 'a.json');
    writeFileSync(file, 'old');
    const rename = vi.spyOn(fsp, 'rename').mockRejectedValue(err('EACCES'));
    const t0 = Date.now();
    await expect(writeFileAtomic(file, 'new')).rejects.toMatchObject({ code: 'EACCES' });
    expect(rename).toHaveBeenCalledTimes(8);
    // Waits grow 15, 30, ... 960 ms between attempts (1.9 s in all), giving the other program time to let go.
    expect(Date.now() - t0).toBeGreaterThanOrEqual(1800);
    expect(readFileSync(file, 'utf8')).toBe('old');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('does not retry other failures, and a failed save does not block the next one', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pmb-aw-'));
    const file = path.join(dir, 'a.json');
    const real = fsp.rename.bind(fsp);
    const rename = vi.spyOn(fsp, 'rename').mockRejectedValueOnce(err('EXDEV')).mockImplementation(real);
    const [first, second] = await Promise.allSettled([writeFileAtomic(file, 'one'), writeFileAtomic(file, 'two')]);
    expect(first).toMatchObject({ status: 'rejected', reason: { code: 'EXDEV' } });
    expect(second.status).toBe('fulfilled');
    expect(rename).toHaveBeenCalledTimes(2);
    expect(readFileSync(file, 'utf8')).toBe('two');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('a sweep while this process is mid-save leaves that save’s temp file alone', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pmb-aw-'));
    const file = path.join(dir, 'a.json');
    const real = fsp.rename.bind(fsp);
    let release!: () => void;
    const renaming = new Promise<void>((r) => (release = r));
    let reached!: () => void;
    const atRename = new Promise<void>((r) => (reached = r));
    vi.spyOn(fsp, 'rename').mockImplementation(async (from, to) => {
      reached();
      await renaming;
      return real(from, to);
    });
    const saving = writeFileAtomic(file, 'whole');
    await atRename;
    expect(readdirSync(dir).filter((n) => n.includes(TEMP_MARKER))).toHaveLength(1);
    expect(await sweepTempFiles(dir)).toBe(0);
    release();
    await saving;
    expect(readFileSync(file, 'utf8')).toBe('whole');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });
});

describe('atomic-write: the edges a crash, another user or another sweeper create', () => {
  const err = (code: string) => Object.assign(new Error(code), { code });
  const name = (host: string, pid: number) => `.a.json${TEMP_MARKER}${host}-${pid}-abcd1234`;
  const other = HOST_TAG === '00000000' ? '11111111' : '00000000';
  afterEach(() => vi.restoreAllMocks());

  it('reads a writer only from a well-formed stamp after the last marker', () => {
    expect(HOST_TAG).toMatch(/^[0-9a-f]{8}$/);
    expect(tempWriter(`${TEMP_MARKER}0123abcd-42-ff`)).toEqual({ host: '0123abcd', pid: 42 });
    for (const bad of [
      'abcdefgh0123abcd-42-ff', // no marker at all (8 characters, then a stamp)
      `.a.json${TEMP_MARKER}zz0123abcd-42-ff`,
      `.a.json${TEMP_MARKER}0123abcd-42-ffZZ`,
    ])
      expect(tempWriter(bad)).toBeNull();
  });

  it('keeps another machine’s temp file for the hour, even if a local process had its number', async () => {
    const now = Date.now();
    const child = spawn(process.execPath, ['-e', '']);
    await new Promise((r) => child.on('exit', r));
    expect(writerGone(name(other, child.pid!), '/w/x', now - 10 * 60_000, now)).toBe(false);
    expect(writerGone(name(other, child.pid!), '/w/x', now - 59 * 60_000, now)).toBe(false);
    expect(writerGone(name(other, child.pid!), '/w/x', now - 61 * 60_000, now)).toBe(true);
  });

  it('a local process of another user (EPERM on signal 0) is alive, so its temp file stays', () => {
    vi.spyOn(process, 'kill').mockImplementation(() => {
      throw err('EPERM');
    });
    expect(writerGone(name(HOST_TAG, 999_999), '/w/x', Date.now())).toBe(false);
    vi.spyOn(process, 'kill').mockImplementation(() => {
      throw err('ESRCH');
    });
    expect(writerGone(name(HOST_TAG, 999_999), '/w/x', Date.now())).toBe(true);
  });

  it('a temp file another instance sweeps at the same moment does not fail this sweep', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pmb-aw-'));
    const file = path.join(dir, name(other, 1));
    writeFileSync(file, 'x');
    const realLstat = fsp.lstat.bind(fsp);
    vi.spyOn(fsp, 'lstat').mockImplementation(async (p) => {
      const s = await realLstat(p);
      unlinkSync(p); // the other instance removes it between our look and our removal
      return s;
    });
    expect(await sweepTempFiles(dir, Date.now() + 2 * ORPHAN_TEMP_AGE_MS)).toBe(1);
    expect(readdirSync(dir)).toEqual([]);
  });

  it('syncs the file and then its folder (so the rename survives a power cut), closing both', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pmb-aw-'));
    const file = path.join(dir, 'a.json');
    const realOpen = fsp.open.bind(fsp);
    const events: string[] = [];
    vi.spyOn(fsp, 'open').mockImplementation(async (p, flags, mode) => {
      const h = await realOpen(p, flags, mode);
      const which = String(p) === dir ? 'folder' : 'file';
      const sync = h.sync.bind(h);
      const close = h.close.bind(h);
      h.sync = async () => (events.push(`sync ${which}`), sync());
      h.close = async () => (events.push(`close ${which}`), close());
      return h;
    });
    await writeFileAtomic(file, 'x');
    expect(events).toEqual(['sync file', 'close file', 'sync folder', 'close folder']);
    // Windows cannot open a folder for fsync (NTFS journals the rename): the folder step is skipped there.
    events.length = 0;
    const platform = Object.getOwnPropertyDescriptor(process, 'platform')!;
    Object.defineProperty(process, 'platform', { ...platform, value: 'win32' });
    try {
      await writeFileAtomic(file, 'y');
    } finally {
      Object.defineProperty(process, 'platform', platform);
    }
    expect(events).toEqual(['sync file', 'close file']);
    expect(readFileSync(file, 'utf8')).toBe('y');
  });

  it('a save issued while another is mid-rename waits for it (one writer per path at a time)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pmb-aw-'));
    const file = path.join(dir, 'a.json');
    const real = fsp.rename.bind(fsp);
    const gates: (() => void)[] = [];
    let arrived = () => {};
    vi.spyOn(fsp, 'rename').mockImplementation(async (from, to) => {
      await new Promise<void>((r) => {
        gates.push(r);
        arrived();
      });
      return real(from, to);
    });
    const reach = (n: number) =>
      new Promise<void>((r) => {
        arrived = () => gates.length >= n && r();
        arrived();
      });
    const a = writeFileAtomic(file, 'a');
    const b = writeFileAtomic(file, 'b');
    await reach(1);
    gates[0]!();
    await a;
    await reach(2); // b is renaming now
    const c = writeFileAtomic(file, 'c');
    await new Promise((r) => setTimeout(r, 100));
    expect(gates).toHaveLength(2); // c has not reached its rename while b holds the path
    gates[1]!();
    await b;
    await reach(3);
    gates[2]!();
    await c;
    expect(readFileSync(file, 'utf8')).toBe('c');
  });
});
