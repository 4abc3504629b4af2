import { mkdtempSync, readFileSync, readdirSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { documentKinds } from '../../../shared/workspace/kinds';
import { createScenarioFromPreset } from '../../../shared/scenario';
import type { ScenarioFile } from '../../../shared/workspace/scenario-file';
import { revisionOf, WorkspaceStore } from './store';

const scenarioFile = (name: string): ScenarioFile => {
  const s = createScenarioFromPreset('reko-diq', { now: '2026-03-01T00:00:00.000Z' });
  return { schemaVersion: 1, kind: 'scenario', scenario: { ...s, meta: { ...s.meta, name } } };
};

const roadmap = (offset = 0) => ({
  schemaVersion: 1,
  kind: 'roadmap',
  anchorDate: '2025-10-02',
  phases: [
    { id: 'demonstration', startOffsetYears: offset, durationYears: 3, note: '' },
    { id: 'scaling', startOffsetYears: 3, durationYears: 6, note: '' },
    { id: 'impact', startOffsetYears: 9, durationYears: 10, note: '' },
  ],
});

let root: string;
let store: WorkspaceStore;
beforeEach(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'pmb-store-'));
  store = new WorkspaceStore(root, documentKinds);
  await store.init();
});

describe('WorkspaceStore', () => {
  it('creates the workspace layout', () => {
    for (const dir of ['scenarios', 'briefings', 'data', 'state']) expect(existsSync(path.join(root, dir))).toBe(true);
  });

  it('round-trips a document and reports its revision', async () => {
    const { revision } = await store.write('roadmap', 'roadmap.json', roadmap(), null);
    const read = await store.read('roadmap', 'roadmap.json');
    expect(read.revision).toBe(revision);
    expect(read.content).toEqual(roadmap());
  });

  it('refuses invalid content before touching the disk, naming the field', async () => {
    const bad = { ...roadmap(), anchorDate: 'soon' };
    await expect(store.write('roadmap', 'roadmap.json', bad, null)).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringContaining('anchorDate'),
    });
    expect(existsSync(path.join(root, 'state/roadmap.json'))).toBe(false);
  });

  it('reports a truncated file as damaged by name and never overwrites it', async () => {
    const file = path.join(root, 'state/roadmap.json');
    const truncated = JSON.stringify(roadmap()).slice(0, 40);
    writeFileSync(file, truncated);
    await expect(store.read('roadmap', 'roadmap.json')).rejects.toMatchObject({
      code: 'DAMAGED_FILE',
      message: expect.stringContaining('roadmap.json cannot be read: it is not valid JSON'),
    });
    await expect(store.write('roadmap', 'roadmap.json', roadmap(), undefined)).rejects.toMatchObject({
      code: 'DAMAGED_FILE',
      message: expect.stringContaining('never overwritten'),
    });
    expect(readFileSync(file, 'utf8')).toBe(truncated);
    const listed = await store.list('roadmap');
    expect(listed).toEqual([expect.objectContaining({ name: 'roadmap.json', status: 'damaged' })]);
  });

  it('refuses a file from a newer version with a message saying so, and leaves it untouched', async () => {
    const file = path.join(root, 'state/roadmap.json');
    writeFileSync(file, JSON.stringify({ ...roadmap(), schemaVersion: 9 }));
    await expect(store.read('roadmap', 'roadmap.json')).rejects.toMatchObject({
      code: 'NEWER_VERSION',
      message: expect.stringContaining('newer version of the app (schemaVersion 9'),
    });
    await expect(store.write('roadmap', 'roadmap.json', roadmap(), undefined)).rejects.toMatchObject({
      code: 'NEWER_VERSION',
    });
    expect(JSON.parse(readFileSync(file, 'utf8')).schemaVersion).toBe(9);
    expect((await store.list('roadmap'))[0]?.status).toBe('newer-version');
  });

  it('detects a file changed on disk since it was read and refuses to clobber it', async () => {
    const { revision } = await store.write('roadmap', 'roadmap.json', roadmap(0), null);
    writeFileSync(path.join(root, 'state/roadmap.json'), JSON.stringify(roadmap(1), null, 2));
    await expect(store.write('roadmap', 'roadmap.json', roadmap(2), revision)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('changed on disk'),
    });
    expect(
      ((await store.read('roadmap', 'roadmap.json')).content as ReturnType<typeof roadmap>).phases[0]!.startOffsetYears,
    ).toBe(1);
    // Choosing "overwrite" (no expected revision) is the user's explicit decision.
    await store.write('roadmap', 'roadmap.json', roadmap(2), undefined);
    expect(
      ((await store.read('roadmap', 'roadmap.json')).content as ReturnType<typeof roadmap>).phases[0]!.startOffsetYears,
    ).toBe(2);
  });

  it('refuses to create over an existing file', async () => {
    await store.write('roadmap', 'roadmap.json', roadmap(), null);
    await expect(store.write('roadmap', 'roadmap.json', roadmap(1), null)).rejects.toMatchObject({ code: 'CONFLICT' });
  });

  it.each(['../outside.json', '/etc/passwd.json', 'a/b.json', 'a\\b.json'])(
    'refuses the traversal path %s',
    async (name) => {
      await expect(store.read('roadmap', name)).rejects.toMatchObject({ code: 'OUTSIDE_WORKSPACE' });
    },
  );

  it('refuses a name starting with dots as a file name, not as a path', async () => {
    await expect(store.read('scenario', '..%2Fx.json')).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringContaining('must not start with a dot'),
    });
  });

  it('keeps deleted files recoverable in .trash', async () => {
    await store.write('roadmap', 'roadmap.json', roadmap(), null);
    const { trashedAs } = await store.delete('roadmap', 'roadmap.json');
    expect(existsSync(path.join(root, 'state/roadmap.json'))).toBe(false);
    expect(readdirSync(path.join(root, '.trash/state'))).toContain(trashedAs);
    await store.restore('roadmap', trashedAs);
    expect((await store.read('roadmap', 'roadmap.json')).content).toEqual(roadmap());
  });

  it('renames without overwriting another file, keeping the revision', async () => {
    const { revision } = await store.write('scenario', 'a.json', scenarioFile('A'), null);
    await store.write('scenario', 'other.json', scenarioFile('Other'), null);
    await expect(store.rename('scenario', 'a.json', 'other.json')).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'other.json already exists. Choose another name.',
    });
    expect((await store.read('scenario', 'other.json')).content.scenario.meta.name).toBe('Other');
    expect(await store.rename('scenario', 'a.json', 'moved.json')).toEqual({ name: 'moved.json', revision });
    expect((await store.list('scenario')).map((e) => e.name)).toEqual(['moved.json', 'other.json']);
    await expect(store.rename('scenario', 'a.json', 'again.json')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('accepts a re-save with the revision it read and refuses the stale one', async () => {
    const first = await store.write('scenario', 'a.json', scenarioFile('v1'), null);
    const second = await store.write('scenario', 'a.json', scenarioFile('v2'), first.revision);
    expect(second.revision).not.toBe(first.revision);
    await expect(store.write('scenario', 'a.json', scenarioFile('v3'), first.revision)).rejects.toMatchObject({
      code: 'CONFLICT',
    });
    const third = await store.write('scenario', 'a.json', scenarioFile('v3'), second.revision);
    expect(await store.read('scenario', 'a.json')).toEqual({ content: scenarioFile('v3'), revision: third.revision });
  });

  it('refuses a save with a revision to a file renamed or deleted meanwhile, instead of resurrecting it', async () => {
    const { revision } = await store.write('scenario', 'a.json', scenarioFile('v1'), null);
    await store.rename('scenario', 'a.json', 'b.json');
    await expect(store.write('scenario', 'a.json', scenarioFile('v2'), revision)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: expect.stringContaining('renamed or deleted'),
    });
    expect(existsSync(path.join(root, 'scenarios/a.json'))).toBe(false);
    // Saving as a new file (null) or deliberately (undefined) recreates it.
    await store.write('scenario', 'a.json', scenarioFile('v2'), undefined);
    expect((await store.read('scenario', 'a.json')).content.scenario.meta.name).toBe('v2');
  });

  it('keeps each state kind to its fixed file name: no false damage, no cross-decoding', async () => {
    await store.write('roadmap', 'roadmap.json', roadmap(), null);
    await store.write('risk-scores', 'risk-scores.json', { schemaVersion: 1, kind: 'risk-scores', scores: {} }, null);
    expect((await store.list('roadmap')).map((e) => [e.name, e.status])).toEqual([['roadmap.json', 'ok']]);
    expect((await store.list('risk-scores')).map((e) => [e.name, e.status])).toEqual([['risk-scores.json', 'ok']]);
    expect(await store.damaged()).toEqual([]);
    await expect(store.write('roadmap', 'risk-scores.json', roadmap(), undefined)).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: 'The roadmap file is always state/roadmap.json; "risk-scores.json" was refused.',
    });
    await expect(store.read('risk-scores', 'roadmap.json')).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });

  it('lists damaged files across kinds for the workspace banner', async () => {
    writeFileSync(
      path.join(root, 'data/broken-pack.json'),
      '{"schemaVersion":1,"kind":"data-pack","name":"X","deposits":[]}',
    );
    const damaged = await store.damaged();
    expect(damaged).toEqual([
      {
        file: 'data/broken-pack.json',
        message: expect.stringContaining('deposits: a data pack must hold at least one deposit'),
      },
    ]);
  });
});

describe('WorkspaceStore: what the file list and the messages show', () => {
  it('lists only the kind’s .json documents, sorted, with each scenario’s name as its title and revision', async () => {
    const b = await store.write('scenario', 'b.json', scenarioFile('Bravo'), null);
    const a = await store.write('scenario', 'a.json', scenarioFile('Alpha'), null);
    writeFileSync(path.join(root, 'scenarios/notes.txt'), 'not a document');
    writeFileSync(path.join(root, 'scenarios/.hidden.json'), '{}');
    const listed = await store.list('scenario');
    expect(listed.map((e) => [e.name, e.title, e.status, e.revision])).toEqual([
      ['a.json', 'Alpha', 'ok', a.revision],
      ['b.json', 'Bravo', 'ok', b.revision],
    ]);
    expect(Date.parse(listed[0]!.modifiedAt)).toBeGreaterThan(Date.now() - 60_000);
    // A file changed outside the app is read again, not served from the listing cache; the next listing (from the
    // cache) shows the edited file with its new revision, exactly as the fresh one did.
    const edited = JSON.stringify(scenarioFile('Alpha 2'), null, 1);
    writeFileSync(path.join(root, 'scenarios/a.json'), edited);
    const fresh = await store.list('scenario');
    expect(fresh.map((e) => [e.name, e.title, e.revision])).toEqual([
      ['a.json', 'Alpha 2', revisionOf(edited)],
      ['b.json', 'Bravo', b.revision],
    ]);
    expect(await store.list('scenario')).toEqual(fresh);
  });

  it('says how to resolve a conflict on creating a file, by kind', async () => {
    await store.write('scenario', 'a.json', scenarioFile('A'), null);
    await expect(store.write('scenario', 'a.json', scenarioFile('A'), null)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'a.json already exists. Choose another name or overwrite it.',
    });
    await store.write('roadmap', 'roadmap.json', roadmap(), null);
    await expect(store.write('roadmap', 'roadmap.json', roadmap(1), null)).rejects.toMatchObject({
      message: 'roadmap.json already exists. Reload it, or overwrite it with your version.',
    });
    const stale = await store.write('roadmap', 'roadmap.json', roadmap(2), undefined);
    await store.write('roadmap', 'roadmap.json', roadmap(3), stale.revision);
    await expect(store.write('roadmap', 'roadmap.json', roadmap(4), stale.revision)).rejects.toMatchObject({
      message: 'roadmap.json was changed on disk since you opened it (perhaps by a colleague or a sync client).',
      details: { file: 'roadmap.json', currentRevision: expect.stringMatching(/^[0-9a-f]{20}$/) },
    });
  });

  it('restores a deleted file under its own name (even one containing "--"), never over a new one', async () => {
    const saved = await store.write('scenario', 'copy--2.json', scenarioFile('Copy'), null);
    const { trashedAs } = await store.delete('scenario', 'copy--2.json');
    expect(trashedAs).toMatch(/^\d{4}-\d\d-\d\dT\d\d-\d\d-\d\d-\d{3}Z--copy--2\.json$/);
    await expect(store.delete('scenario', 'copy--2.json')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await store.write('scenario', 'copy--2.json', scenarioFile('New'), null);
    await expect(store.restore('scenario', trashedAs)).rejects.toMatchObject({
      code: 'CONFLICT',
      message: 'copy--2.json exists again; rename it before restoring the deleted copy.',
    });
    expect((await store.read('scenario', 'copy--2.json')).content.scenario.meta.name).toBe('New');
    await store.delete('scenario', 'copy--2.json');
    expect(await store.restore('scenario', trashedAs)).toEqual({ name: 'copy--2.json', revision: saved.revision });
    expect((await store.read('scenario', 'copy--2.json')).content.scenario.meta.name).toBe('Copy');
    await expect(store.restore('scenario', trashedAs)).rejects.toMatchObject({ code: 'NOT_FOUND' });
    await expect(store.restore('scenario', 'no-separator.json')).rejects.toMatchObject({ code: 'BAD_INPUT' });
  });

  it('refuses a kind it does not know, naming it', async () => {
    const bare = new WorkspaceStore(root, { scenario: documentKinds.scenario });
    await expect(bare.read('roadmap', 'roadmap.json')).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: 'Unknown document kind "roadmap".',
    });
    expect(bare.folders()).toEqual(['scenarios', 'briefings', 'data']);
  });
});
