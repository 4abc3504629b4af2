// The file list as a user sees it while the folder changes under it: files deleted or swapped by a sync client
// mid-listing, a disk that fails one read, unchanged files served without being read again, a bounded number of
// reads at once. The fs-guard module is wrapped (the real functions run) so a test can act between two steps.
import { mkdtempSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import type { DocumentKind } from '../../../shared/workspace/documents';
import { documentKinds } from '../../../shared/workspace/kinds';
import { revisionOf, WorkspaceStore } from './store';

/** What the test wants done around the guard's checks; reset before each test. */
const hooks: {
  beforeCheck?: (full: string) => void;
  read?: (full: string) => 'vanished' | Error | undefined;
  inFlight: number;
  maxInFlight: number;
  reads: string[];
} = { inFlight: 0, maxInFlight: 0, reads: [] };

vi.mock('./fs-guard', async (importOriginal) => {
  const real = await importOriginal<typeof import('./fs-guard')>();
  return {
    ...real,
    regularFileOrNothing: async (full: string, label: string) => {
      hooks.inFlight++;
      hooks.maxInFlight = Math.max(hooks.maxInFlight, hooks.inFlight);
      try {
        hooks.beforeCheck?.(full);
        return await real.regularFileOrNothing(full, label);
      } finally {
        hooks.inFlight--;
      }
    },
    readGuarded: async (full: string, label: string, limit?: number) => {
      hooks.reads.push(path.basename(full));
      const what = hooks.read?.(full);
      if (what === 'vanished') return null;
      if (what) throw what;
      return real.readGuarded(full, label, limit);
    },
  };
});

const briefing = (title: string) => ({
  schemaVersion: 2,
  kind: 'briefing',
  title,
  date: '2026-03-01',
  sections: [{ type: 'cover' }],
});
const briefingText = (title: string) => JSON.stringify(briefing(title));

let root: string;
let store: WorkspaceStore;
beforeEach(async () => {
  hooks.beforeCheck = undefined;
  hooks.read = undefined;
  hooks.inFlight = 0;
  hooks.maxInFlight = 0;
  hooks.reads = [];
  root = mkdtempSync(path.join(tmpdir(), 'pmb-list-'));
  store = new WorkspaceStore(root, documentKinds);
  await store.init();
});
const put = (name: string, text: string) => writeFileSync(path.join(root, 'briefings', name), text);

describe('listing a folder that changes under it', () => {
  it('lists nothing (and does not fail) when the kind’s folder was removed', async () => {
    rmSync(path.join(root, 'briefings'), { recursive: true });
    expect(await store.list('briefing')).toEqual([]);
    expect(await store.damaged()).toEqual([]);
  });

  it('sorts by name whatever order the disk returns, listing only visible .json files', async () => {
    // Node lists a folder sorted by UTF-8 bytes on POSIX (in the disk's order elsewhere); the store's order is the
    // same on every platform: by UTF-16 an emoji sorts before a fullwidth letter (U+FF21), by UTF-8 after it.
    const names = [
      ...Array.from({ length: 12 }, (_, i) => `b-${String.fromCharCode(97 + ((i * 5) % 12))}.json`),
      '\u{FF21}.json',
      '\u{1F600}.json',
    ];
    for (const n of names) put(n, briefingText(n));
    put('readme.txt', 'x');
    put('.hidden.json', briefingText('hidden'));
    const listed = await store.list('briefing');
    expect(listed.map((e) => e.name)).toEqual([...names].sort());
    expect(listed.map((e) => e.title)).toEqual([...names].sort());
  });

  it('shows a briefing’s title, and no title for a roadmap', async () => {
    put('q3.json', briefingText('Q3 minerals outlook'));
    expect(await store.list('briefing')).toEqual([
      expect.objectContaining({ name: 'q3.json', title: 'Q3 minerals outlook', status: 'ok' }),
    ]);
    const roadmap = {
      schemaVersion: 1,
      kind: 'roadmap',
      anchorDate: '2025-10-02',
      phases: [
        { id: 'demonstration', startOffsetYears: 0, durationYears: 3, note: '' },
        { id: 'scaling', startOffsetYears: 3, durationYears: 6, note: '' },
        { id: 'impact', startOffsetYears: 9, durationYears: 10, note: '' },
      ],
    };
    await store.write('roadmap', 'roadmap.json', roadmap, null);
    const [entry] = await store.list('roadmap');
    expect(entry).toMatchObject({ name: 'roadmap.json', status: 'ok' });
    expect(entry).not.toHaveProperty('title');
  });

  it('a document whose scenario part has no meta is listed as ok, under its own name', async () => {
    const kind: DocumentKind<unknown> = {
      kind: 'scenario',
      dir: 'scenarios',
      label: 'wrapper file',
      currentVersion: 1,
      migrations: [],
      schema: z.object({ schemaVersion: z.literal(1), name: z.string(), scenario: z.object({}) }),
    };
    const bare = new WorkspaceStore(root, { scenario: kind });
    writeFileSync(path.join(root, 'scenarios/w.json'), '{"schemaVersion":1,"name":"Wrapped","scenario":{}}');
    expect(await bare.list('scenario')).toEqual([expect.objectContaining({ title: 'Wrapped', status: 'ok' })]);
  });

  it('leaves out a file deleted between the folder listing and its check', async () => {
    put('a.json', briefingText('A'));
    put('gone.json', briefingText('Gone'));
    hooks.beforeCheck = (full) => {
      if (path.basename(full) === 'gone.json') unlinkSync(full);
    };
    expect((await store.list('briefing')).map((e) => [e.name, e.status])).toEqual([['a.json', 'ok']]);
  });

  it('leaves out a file deleted between its check and its read', async () => {
    put('a.json', briefingText('A'));
    put('gone.json', briefingText('Gone'));
    hooks.read = (full) => (path.basename(full) === 'gone.json' ? 'vanished' : undefined);
    expect((await store.list('briefing')).map((e) => e.name)).toEqual(['a.json']);
  });

  it('reports a file the disk fails to read as damaged, with the reason in words, and lists the others', async () => {
    put('a.json', briefingText('A'));
    put('bad.json', briefingText('Bad'));
    hooks.read = (full) =>
      path.basename(full) === 'bad.json' ? Object.assign(new Error('EIO: i/o error'), { code: 'EIO' }) : undefined;
    expect(await store.list('briefing')).toEqual([
      expect.objectContaining({ name: 'a.json', status: 'ok' }),
      expect.objectContaining({
        name: 'bad.json',
        status: 'damaged',
        revision: null,
        problem:
          'Could not read "bad.json" in the folder "briefings": the disk reported a read or write error. Nothing was changed.',
      }),
    ]);
  });

  it('does not read an unchanged file again, and reads a changed one', async () => {
    put('a.json', briefingText('A'));
    put('b.json', briefingText('B'));
    const first = await store.list('briefing');
    expect(hooks.reads.sort()).toEqual(['a.json', 'b.json']);
    hooks.reads = [];
    expect(await store.list('briefing')).toEqual(first);
    expect(hooks.reads).toEqual([]);
    put('b.json', briefingText('B, second edition'));
    const again = await store.list('briefing');
    expect(hooks.reads).toEqual(['b.json']);
    expect(again.map((e) => [e.title, e.revision])).toEqual([
      ['A', first[0]!.revision],
      ['B, second edition', revisionOf(briefingText('B, second edition'))],
    ]);
  });

  it('checks at most 8 files at once, and overlaps that many on a large folder', async () => {
    for (let i = 0; i < 30; i++) put(`f${String(i).padStart(2, '0')}.json`, briefingText(`F${i}`));
    const listed = await store.list('briefing');
    expect(listed).toHaveLength(30);
    expect(listed.every((e) => e.status === 'ok')).toBe(true);
    expect(hooks.maxInFlight).toBe(8);
  });
});
