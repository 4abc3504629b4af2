// What the renderer is told when files change outside the app: an edit and a delete of a document, with the new
// revision (none for a delete), and nothing for the app's own bookkeeping (temp files, lock folders, the trash),
// hidden files, other file types or folders the workspace does not use. Ignored files are written before a sentinel
// document, and the check runs once the sentinel's event has arrived.
import { mkdirSync, mkdtempSync, promises as fsp, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventPayload } from '../../../shared/ipc/contract';
import { documentKinds } from '../../../shared/workspace/kinds';
import { TEMP_MARKER } from './atomic-write';
import { LOCK_MARKER } from './file-lock';
import { revisionOf, WorkspaceStore } from './store';
import { watchWorkspace } from './watcher';

type Change = EventPayload<'workspace:changed'>;
let root: string;
let seen: Change[];
let watcher: { ready: Promise<void>; close(): Promise<void> };
beforeEach(async () => {
  root = mkdtempSync(path.join(tmpdir(), 'pmb-watch-ev-'));
  await new WorkspaceStore(root, documentKinds).init();
  writeFileSync(path.join(root, 'scenarios', 'a.json'), '{"v":1}');
  seen = [];
  watcher = watchWorkspace(root, documentKinds, (c) => seen.push(c));
  await watcher.ready;
});
afterEach(async () => {
  vi.restoreAllMocks();
  await watcher.close();
});
const arrived = (name: string, change: Change['change']) =>
  expect.poll(() => seen.some((c) => c.name === name && c.change === change), { timeout: 5000 }).toBe(true);

describe('watchWorkspace', () => {
  it('reports an edit with the new revision and a delete with none; existing files are not reported', async () => {
    writeFileSync(path.join(root, 'scenarios', 'a.json'), '{"v":2}');
    await arrived('a.json', 'change');
    unlinkSync(path.join(root, 'scenarios', 'a.json'));
    await arrived('a.json', 'unlink');
    expect(seen).toEqual([
      { kind: 'scenario', name: 'a.json', change: 'change', revision: revisionOf('{"v":2}') },
      { kind: 'scenario', name: 'a.json', change: 'unlink', revision: null },
    ]);
  });

  it('ignores bookkeeping, hidden and other files, and folders of no kind', async () => {
    const scenarios = path.join(root, 'scenarios');
    writeFileSync(path.join(scenarios, `.b.json${TEMP_MARKER}1-abcd`), '{}');
    mkdirSync(path.join(scenarios, `.b.json${LOCK_MARKER}`));
    writeFileSync(path.join(scenarios, '.hidden.json'), '{}');
    writeFileSync(path.join(scenarios, 'notes.txt'), 'x');
    mkdirSync(path.join(root, '.trash', 'scenarios'), { recursive: true });
    writeFileSync(path.join(root, '.trash', 'scenarios', 'x--b.json'), '{}');
    mkdirSync(path.join(root, 'misc'));
    writeFileSync(path.join(root, 'misc', 'm.json'), '{}');
    writeFileSync(path.join(root, 'sentinel.json'), '{}');
    rmSync(path.join(scenarios, `.b.json${LOCK_MARKER}`), { recursive: true });
    writeFileSync(path.join(root, 'briefings', 'sentinel.json'), '{}');
    await arrived('sentinel.json', 'add');
    expect(seen).toEqual([{ kind: 'briefing', name: 'sentinel.json', change: 'add', revision: revisionOf('{}') }]);
  });

  it('tells the state files apart by name in their shared folder, and ignores other names there', async () => {
    writeFileSync(path.join(root, 'state', 'other.json'), '{}');
    writeFileSync(path.join(root, 'state', 'roadmap.json'), '{}');
    await arrived('roadmap.json', 'add');
    writeFileSync(path.join(root, 'state', 'risk-scores.json'), '{}');
    await arrived('risk-scores.json', 'add');
    expect(seen.map((c) => `${c.kind}:${c.name}`)).toEqual(['roadmap:roadmap.json', 'risk-scores:risk-scores.json']);
  });

  it('says nothing about a file it cannot read (gone again, or locked by a sync client)', async () => {
    const realRead = fsp.readFile.bind(fsp);
    vi.spyOn(fsp, 'readFile').mockImplementation(async (...args: Parameters<typeof fsp.readFile>) => {
      if (String(args[0]).endsWith('flaky.json')) throw Object.assign(new Error('EBUSY'), { code: 'EBUSY' });
      return realRead(...args);
    });
    writeFileSync(path.join(root, 'scenarios', 'flaky.json'), '{}');
    writeFileSync(path.join(root, 'scenarios', 'sentinel.json'), '{}');
    await arrived('sentinel.json', 'add');
    expect(seen.map((c) => c.name)).toEqual(['sentinel.json']);
  });

  it('watches a workspace inside a folder whose name looks like bookkeeping, and skips kinds not registered', async () => {
    const parent = path.join(mkdtempSync(path.join(tmpdir(), 'pmb-watch-ev-')), `.trash-2025${TEMP_MARKER}x`);
    const inside = path.join(parent, 'ws');
    await new WorkspaceStore(inside, documentKinds).init();
    const changes: string[] = [];
    const other = watchWorkspace(inside, { ...documentKinds, 'data-pack': undefined }, (c) => changes.push(c.name));
    await other.ready;
    try {
      writeFileSync(path.join(inside, 'scenarios', 'a.json'), '{}');
      await expect.poll(() => changes, { timeout: 5000 }).toEqual(['a.json']);
    } finally {
      await other.close();
    }
  });
});
