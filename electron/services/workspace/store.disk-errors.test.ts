// Disks that fail or lack features: a folder that cannot be listed, a save the disk refuses, and moves on drives
// without hard links (some network shares, FAT), where an exclusive copy replaces link(). Each failure is told in
// words with the file's name, and nothing is lost or overwritten. The failing call is injected on fs.promises.
import { existsSync, mkdtempSync, promises as fsp, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { documentKinds } from '../../../shared/workspace/kinds';
import { WorkspaceStore } from './store';

const briefing = (title: string) => ({
  schemaVersion: 2,
  kind: 'briefing',
  title,
  date: '2026-03-01',
  sections: [{ type: 'cover' }],
});
const errno = (code: string) => Object.assign(new Error(`${code}: injected`), { code });

let root: string;
let store: WorkspaceStore;
beforeEach(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'pmb-disk-'));
  store = new WorkspaceStore(root, documentKinds);
  await store.init();
});
afterEach(() => {
  vi.restoreAllMocks();
});
const file = (name: string) => path.join(root, 'briefings', name);
const titleOn = (name: string) => (JSON.parse(readFileSync(file(name), 'utf8')) as { title: string }).title;

describe('a disk that fails', () => {
  it('a folder that cannot be listed is reported in words, and shown in the banner', async () => {
    vi.spyOn(fsp, 'readdir').mockRejectedValue(errno('EIO'));
    const message =
      'Could not list "briefings" in the folder "' +
      path.basename(root) +
      '": the disk reported a read or write error. Nothing was changed.';
    await expect(store.list('briefing')).rejects.toMatchObject({ code: 'IO_ERROR', message });
    expect(await store.damaged()).toContainEqual({ file: 'briefings/', message });
  });

  it('a save the disk refuses is reported by name and leaves the old file', async () => {
    const { revision } = await store.write('briefing', 'q.json', briefing('Old'), null);
    vi.spyOn(fsp, 'mkdir').mockRejectedValueOnce(errno('EROFS'));
    await expect(store.write('briefing', 'q.json', briefing('New'), revision)).rejects.toMatchObject({
      code: 'IO_ERROR',
      message: 'Could not save "q.json" in the folder "briefings": the disk is read-only. Nothing was changed.',
    });
    expect(titleOn('q.json')).toBe('Old');
  });
});

describe('a drive without hard links', () => {
  it('renames by an exclusive copy: the file moves, the old name is gone', async () => {
    const { revision } = await store.write('briefing', 'a.json', briefing('A'), null);
    const link = vi.spyOn(fsp, 'link').mockRejectedValue(errno('EPERM'));
    expect(await store.rename('briefing', 'a.json', 'b.json')).toEqual({ name: 'b.json', revision });
    expect(link).toHaveBeenCalled();
    expect(readdirSync(path.join(root, 'briefings'))).toEqual(['b.json']);
    expect(titleOn('b.json')).toBe('A');
  });

  it('never copies over a file that exists under the new name', async () => {
    await store.write('briefing', 'a.json', briefing('A'), null);
    await store.write('briefing', 'b.json', briefing('B'), null);
    vi.spyOn(fsp, 'link').mockRejectedValue(errno('EPERM'));
    await expect(store.rename('briefing', 'a.json', 'b.json')).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'b.json already exists. Choose another name.',
      details: { file: 'b.json' },
    });
    expect([titleOn('a.json'), titleOn('b.json')]).toEqual(['A', 'B']);
  });

  it('a copy the disk refuses is reported in words and the file stays under its old name', async () => {
    await store.write('briefing', 'a.json', briefing('A'), null);
    vi.spyOn(fsp, 'link').mockRejectedValue(errno('EPERM'));
    vi.spyOn(fsp, 'copyFile').mockRejectedValue(errno('ENOSPC'));
    await expect(store.rename('briefing', 'a.json', 'b.json')).rejects.toMatchObject({
      code: 'IO_ERROR',
      message: 'Could not move "a.json" in the folder "briefings": the disk is full. Nothing was changed.',
    });
    expect(titleOn('a.json')).toBe('A');
    expect(existsSync(file('b.json'))).toBe(false);
  });

  it('a file a sync client removed just before the move is reported as gone, not as a disk error', async () => {
    await store.write('briefing', 'a.json', briefing('A'), null);
    vi.spyOn(fsp, 'link').mockRejectedValueOnce(errno('ENOENT'));
    await expect(store.rename('briefing', 'a.json', 'b.json')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'a.json is no longer there.',
      details: { file: 'a.json' },
    });
    expect(existsSync(file('b.json'))).toBe(false);
  });
});
