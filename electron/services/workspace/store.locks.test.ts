// Every save, delete, restore and rename holds the cross-process lock of each file it touches: while another app
// window or computer holds one, the operation waits (up to the store's waitMs), then is refused with a message and
// nothing changed; once the lock is released the same operation goes through.
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import lockfile from 'proper-lockfile';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { documentKinds } from '../../../shared/workspace/kinds';
import { lockPathFor } from './file-lock';
import { WorkspaceStore } from './store';

const briefing = (title: string) => ({
  schemaVersion: 2,
  kind: 'briefing',
  title,
  date: '2026-03-01',
  sections: [{ type: 'cover' }],
});

let root: string;
let store: WorkspaceStore;
const held: (() => Promise<void>)[] = [];
beforeEach(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'pmb-locks-'));
  // A short wait, so a refused operation is reported quickly.
  store = new WorkspaceStore(root, documentKinds, { lock: { waitMs: 60 } });
  await store.init();
});
afterEach(async () => {
  for (const release of held.splice(0)) await release().catch(() => undefined);
});
const file = (name: string) => path.join(root, 'briefings', name);
const titleOn = (name: string) => (JSON.parse(readFileSync(file(name), 'utf8')) as { title: string }).title;
/** Another process's lock on a file: the same lock folder the store uses. */
const holdLock = async (full: string) => {
  const release = await lockfile.lock(full, { realpath: false, lockfilePath: lockPathFor(full) });
  held.push(release);
  return release;
};
const busy = (name: string) => ({
  code: 'IO_ERROR',
  message: `${name} is being saved by another app window or computer. Try again in a moment; nothing was changed.`,
});

describe('operations on a file another process holds', () => {
  it('a save waits for the lock and is refused; after release it is saved', async () => {
    const { revision } = await store.write('briefing', 'q.json', briefing('Before'), null);
    const release = await holdLock(file('q.json'));
    await expect(store.write('briefing', 'q.json', briefing('After'), revision)).rejects.toMatchObject(busy('q.json'));
    expect(titleOn('q.json')).toBe('Before');
    await release();
    await store.write('briefing', 'q.json', briefing('After'), revision);
    expect(titleOn('q.json')).toBe('After');
  });

  it('a delete is refused while the file is locked, and the file stays', async () => {
    await store.write('briefing', 'q.json', briefing('Kept'), null);
    await holdLock(file('q.json'));
    await expect(store.delete('briefing', 'q.json')).rejects.toMatchObject(busy('q.json'));
    expect(titleOn('q.json')).toBe('Kept');
  });

  it('a restore is refused while its target name is locked (someone is saving a new file there)', async () => {
    await store.write('briefing', 'q.json', briefing('Deleted'), null);
    const { trashedAs } = await store.delete('briefing', 'q.json');
    await holdLock(file('q.json'));
    await expect(store.restore('briefing', trashedAs)).rejects.toMatchObject(busy('q.json'));
    expect(existsSync(file('q.json'))).toBe(false);
    expect(existsSync(path.join(root, '.trash/briefings', trashedAs))).toBe(true);
  });

  it('a rename is refused while the old or the new name is locked', async () => {
    await store.write('briefing', 'a.json', briefing('A'), null);
    const releaseNew = await holdLock(file('b.json'));
    await expect(store.rename('briefing', 'a.json', 'b.json')).rejects.toMatchObject(busy('b.json'));
    await releaseNew();
    const releaseOld = await holdLock(file('a.json'));
    await expect(store.rename('briefing', 'a.json', 'b.json')).rejects.toMatchObject(busy('a.json'));
    expect(titleOn('a.json')).toBe('A');
    expect(existsSync(file('b.json'))).toBe(false);
    await releaseOld();
    await store.rename('briefing', 'a.json', 'b.json');
    expect(titleOn('b.json')).toBe('A');
  });
});
