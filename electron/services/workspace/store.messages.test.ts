// What the user is told when a save, delete, restore or rename is refused: the message names the file and what to
// do, the details carry the file (and, for a conflict, the revision on disk) for the editor's conflict dialog, and
// nothing on disk changes. Also: the start-up sweep's count, and the trash folder refused when it is a link.
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { documentKinds } from '../../../shared/workspace/kinds';
import { HOST_TAG, TEMP_MARKER } from './atomic-write';
import { revisionOf, WorkspaceStore } from './store';

const briefing = (title: string) => ({
  schemaVersion: 2,
  kind: 'briefing',
  title,
  date: '2026-03-01',
  sections: [{ type: 'cover' }],
});
const posix = process.platform !== 'win32';

let base: string;
let root: string;
let store: WorkspaceStore;
beforeEach(async () => {
  base = mkdtempSync(path.join(tmpdir(), 'pmb-msg-'));
  root = path.join(base, 'ws');
  store = new WorkspaceStore(root, documentKinds);
  await store.init();
});
afterEach(() => {
  vi.useRealTimers();
});
const file = (name: string) => path.join(root, 'briefings', name);

describe('start-up', () => {
  it('reports how many temp files of dead writers it swept', async () => {
    writeFileSync(file(`.a.json${TEMP_MARKER}${HOST_TAG}-999999-0badf00d`), 'half');
    writeFileSync(file(`.b.json${TEMP_MARKER}${HOST_TAG}-999998-0badf00d`), 'half');
    expect(await new WorkspaceStore(root, documentKinds).init()).toEqual({ swept: 2 });
    expect(readdirSync(path.join(root, 'briefings'))).toEqual([]);
  });
});

describe('refused saves', () => {
  it('a state file under another name is refused, naming the file', async () => {
    await expect(store.write('roadmap', 'plan.json', {}, null)).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: 'The roadmap file is always state/roadmap.json; "plan.json" was refused.',
      details: { file: 'plan.json' },
    });
  });

  it('opening a file that is not there says so by name', async () => {
    await expect(store.read('briefing', 'q9.json')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'q9.json no longer exists in the workspace.',
      details: { file: 'q9.json' },
    });
  });

  it('a damaged file on disk is never overwritten, and the message says why and what to do', async () => {
    writeFileSync(file('q.json'), '{"schemaVersion":1');
    const err = await store.write('briefing', 'q.json', briefing('Mine'), undefined).catch((e: unknown) => e);
    expect(err).toMatchObject({
      code: 'DAMAGED_FILE',
      message: expect.stringMatching(
        /^q\.json on disk is damaged, so it is never overwritten\. Save under another name\. \(q\.json cannot be read/,
      ),
      details: { file: 'q.json' },
    });
    expect(readFileSync(file('q.json'), 'utf8')).toBe('{"schemaVersion":1');
  });

  it('a file from a newer app is never overwritten, and the message says so', async () => {
    writeFileSync(file('q.json'), JSON.stringify({ ...briefing('Newer'), schemaVersion: 7 }));
    await expect(store.write('briefing', 'q.json', briefing('Mine'), undefined)).rejects.toMatchObject({
      code: 'NEWER_VERSION',
      message: expect.stringMatching(/^q\.json on disk is from a newer app version, so it is never overwritten\./),
      details: { file: 'q.json' },
    });
    expect(JSON.parse(readFileSync(file('q.json'), 'utf8')).title).toBe('Newer');
  });

  it('a new file over an existing one: the conflict carries the revision on disk', async () => {
    const theirs = await store.write('briefing', 'q.json', briefing('Theirs'), null);
    await expect(store.write('briefing', 'q.json', briefing('Mine'), null)).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { file: 'q.json', currentRevision: theirs.revision },
    });
    expect(revisionOf(readFileSync(file('q.json')))).toBe(theirs.revision);
  });

  it('a save to a file deleted meanwhile: the conflict says there is no revision on disk', async () => {
    const { revision } = await store.write('briefing', 'q.json', briefing('Mine'), null);
    await store.delete('briefing', 'q.json');
    await expect(store.write('briefing', 'q.json', briefing('Mine 2'), revision)).rejects.toMatchObject({
      code: 'CONFLICT',
      details: { file: 'q.json', currentRevision: null },
    });
    expect(existsSync(file('q.json'))).toBe(false);
  });
});

describe('refused deletes, restores and renames', () => {
  it('deleting or renaming a file that is gone says so by name', async () => {
    const gone = {
      code: 'NOT_FOUND',
      message: 'q.json no longer exists in the workspace.',
      details: { file: 'q.json' },
    };
    await expect(store.delete('briefing', 'q.json')).rejects.toMatchObject(gone);
    await expect(store.rename('briefing', 'q.json', 'r.json')).rejects.toMatchObject(gone);
    expect(existsSync(file('r.json'))).toBe(false);
  });

  it('restoring a name that is not a deleted file, or a copy no longer in .trash, says which', async () => {
    await expect(store.restore('briefing', 'plain.json')).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: '"plain.json" is not a deleted workspace file.',
    });
    await expect(store.restore('briefing', '2026-01-01T00-00-00-000Z--q.json')).rejects.toMatchObject({
      code: 'NOT_FOUND',
      message: 'The deleted copy of q.json is no longer in .trash.',
    });
    expect(existsSync(file('q.json'))).toBe(false);
  });

  it('two deletes of the same name in the same millisecond: the second is refused and both copies are kept', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-03-01T10:00:00.000Z'));
    await store.write('briefing', 'q.json', briefing('First'), null);
    const { trashedAs } = await store.delete('briefing', 'q.json');
    await store.write('briefing', 'q.json', briefing('Second'), null);
    await expect(store.delete('briefing', 'q.json')).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'q.json was deleted twice at the same moment; try again.',
      details: { file: trashedAs },
    });
    expect(JSON.parse(readFileSync(file('q.json'), 'utf8')).title).toBe('Second');
    const trashed = path.join(root, '.trash/briefings', trashedAs);
    expect(JSON.parse(readFileSync(trashed, 'utf8')).title).toBe('First');
  });

  it('a deleted copy too large to open is not restored: it stays in .trash', async () => {
    await store.write('briefing', 'q.json', briefing('Big'), null);
    const { trashedAs } = await store.delete('briefing', 'q.json');
    const small = new WorkspaceStore(root, documentKinds, { maxBytes: 50 });
    await expect(small.restore('briefing', trashedAs)).rejects.toMatchObject({
      code: 'DAMAGED_FILE',
      message: expect.stringContaining('are not opened'),
    });
    expect(existsSync(file('q.json'))).toBe(false);
    expect(readdirSync(path.join(root, '.trash/briefings'))).toEqual([trashedAs]);
  });
});

describe.runIf(posix)('a linked trash folder', () => {
  it('a delete is refused, naming the trash folder, and the file stays', async () => {
    await store.write('briefing', 'q.json', briefing('Q'), null);
    const outside = path.join(base, 'outside');
    mkdirSync(outside);
    mkdirSync(path.join(root, '.trash'));
    symlinkSync(outside, path.join(root, '.trash/briefings'));
    await expect(store.delete('briefing', 'q.json')).rejects.toMatchObject({
      code: 'OUTSIDE_WORKSPACE',
      message: expect.stringContaining('The workspace folder ".trash/briefings" is a link'),
    });
    expect(existsSync(file('q.json'))).toBe(true);
    expect(readdirSync(outside)).toEqual([]);
  });

  it('a restore from it is refused, naming the trash folder, and nothing is moved', async () => {
    const outside = path.join(base, 'outside');
    mkdirSync(outside);
    const trashedAs = '2026-01-01T00-00-00-000Z--q.json';
    writeFileSync(path.join(outside, trashedAs), JSON.stringify(briefing('Planted')));
    mkdirSync(path.join(root, '.trash'));
    symlinkSync(outside, path.join(root, '.trash/briefings'));
    await expect(store.restore('briefing', trashedAs)).rejects.toMatchObject({
      code: 'OUTSIDE_WORKSPACE',
      message: expect.stringContaining('The workspace folder ".trash/briefings" is a link'),
    });
    expect(existsSync(file('q.json'))).toBe(false);
    expect(readdirSync(outside)).toEqual([trashedAs]);
  });
});
