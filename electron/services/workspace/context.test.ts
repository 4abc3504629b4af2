// Switching the workspace folder: an unusable folder is refused with the reason and nothing changes (neither that
// folder nor the one already open); a usable one is opened, its dead writers' temp files swept and counted, and
// every handler then talks to it. Before any folder opens, each call says why the workspace is not available.
import { existsSync, mkdirSync, mkdtempSync, promises as fsp, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { documentKinds } from '../../../shared/workspace/kinds';
import { HOST_TAG, TEMP_MARKER } from './atomic-write';
import { DEFAULT_WORKSPACE_NAME, defaultWorkspaceDir, WorkspaceContext } from './context';

let base: string;
beforeEach(() => {
  base = mkdtempSync(path.join(tmpdir(), 'pmb-ctx-'));
});
afterEach(() => {
  vi.restoreAllMocks();
});
const context = () => new WorkspaceContext(documentKinds, () => undefined, { watch: false });

describe('WorkspaceContext', () => {
  it('the default folder is named after the app, inside Documents', () => {
    expect(DEFAULT_WORKSPACE_NAME).toBe('Pakistan Minerals Briefing');
    expect(defaultWorkspaceDir('/home/u/Documents')).toBe(path.join('/home/u/Documents', 'Pakistan Minerals Briefing'));
  });

  it('before a folder is open, every call says no workspace is open and what to do', () => {
    const ws = context();
    expect(ws.dir).toBeNull();
    expect(() => ws.store).toThrow(expect.objectContaining({ code: 'IO_ERROR' }));
    expect(() => ws.store).toThrow(
      'The workspace is not available (no workspace folder is open). Choose another folder or use the default folder.',
    );
  });

  it('when the chosen folder could not be opened, calls name it (by name only) and the reason', () => {
    const ws = context();
    ws.problem = { dir: path.join(base, 'Team share'), message: 'the folder no longer exists' };
    expect(ws.dir).toBe(path.join(base, 'Team share'));
    expect(() => ws.store).toThrow(
      'The workspace is not available (the folder "Team share" could not be opened: the folder no longer exists). ' +
        'Choose another folder or use the default folder.',
    );
  });

  it('opens a folder: creates its layout, counts the temp files swept, and clears an earlier problem', async () => {
    const dir = path.join(base, 'ws');
    mkdirSync(path.join(dir, 'scenarios'), { recursive: true });
    writeFileSync(path.join(dir, 'scenarios', `.a.json${TEMP_MARKER}${HOST_TAG}-999999-0badf00d`), 'half');
    const ws = context();
    ws.problem = { dir: path.join(base, 'gone'), message: 'gone' };
    await ws.open(dir);
    expect(ws.problem).toBeNull();
    expect(ws.lastSwept).toBe(1);
    expect(ws.dir).toBe(dir);
    expect(ws.store.root).toBe(dir);
    expect(readdirSync(path.join(dir, 'scenarios'))).toEqual([]);
    expect(existsSync(path.join(dir, 'briefings'))).toBe(true);
  });

  it('refuses a saved folder that no longer exists, without creating it, and keeps the open one', async () => {
    const first = path.join(base, 'first');
    const ws = context();
    await ws.open(first);
    const missing = path.join(base, 'Team share');
    await expect(ws.open(missing, { mustExist: true })).rejects.toMatchObject({
      code: 'IO_ERROR',
      message:
        'The workspace folder "Team share" cannot be used: the folder no longer exists (it may be on a drive or ' +
        'share that is not connected).',
      details: {
        file: 'Team share',
        reason: 'the folder no longer exists (it may be on a drive or share that is not connected)',
      },
    });
    expect(existsSync(missing)).toBe(false);
    expect(ws.dir).toBe(first);
  });

  it('creates the default folder on first use', async () => {
    const ws = context();
    await ws.open(path.join(base, 'new'));
    expect(existsSync(path.join(base, 'new', 'scenarios'))).toBe(true);
  });

  it('a folder that fails while being set up is refused by name, and the open one is kept', async () => {
    const first = path.join(base, 'first');
    const ws = context();
    await ws.open(first);
    const next = path.join(base, 'next');
    mkdirSync(next);
    vi.spyOn(fsp, 'mkdir').mockRejectedValueOnce(Object.assign(new Error('EROFS'), { code: 'EROFS' }));
    await expect(ws.open(next)).rejects.toMatchObject({
      code: 'IO_ERROR',
      message: `Could not use "next" in the folder "${path.basename(base)}": the disk is read-only. The workspace was not changed; choose another folder.`,
    });
    expect(ws.dir).toBe(first);
    expect(readdirSync(next)).toEqual([]);
  });

  it('after a switch, reports edits in the new folder only, once it has been scanned', async () => {
    const seen: string[] = [];
    const ws = new WorkspaceContext(documentKinds, (c) => seen.push(`${c.name}:${c.change}`));
    const first = path.join(base, 'first');
    const second = path.join(base, 'second');
    await ws.open(first);
    await ws.open(second);
    try {
      writeFileSync(path.join(first, 'scenarios', 'old.json'), '{}');
      writeFileSync(path.join(second, 'scenarios', 'new.json'), '{}');
      await expect.poll(() => seen, { timeout: 5000 }).toContain('new.json:add');
      expect(seen).toEqual(['new.json:add']);
    } finally {
      await ws.close();
    }
  });

  it('a context opened without watching reports nothing', async () => {
    const seen: string[] = [];
    const quiet = new WorkspaceContext(documentKinds, (c) => seen.push(c.name), { watch: false });
    const loud = new WorkspaceContext(documentKinds, (c) => seen.push(`loud:${c.name}`));
    const dir = path.join(base, 'ws');
    await quiet.open(dir);
    await loud.open(dir);
    try {
      writeFileSync(path.join(dir, 'scenarios', 'a.json'), '{}');
      await expect.poll(() => seen, { timeout: 5000 }).toContain('loud:a.json');
      expect(seen).toEqual(['loud:a.json']);
    } finally {
      await loud.close();
      await quiet.close();
    }
  });

  it('a closed context reports nothing more', async () => {
    const seen: string[] = [];
    const closed = new WorkspaceContext(documentKinds, (c) => seen.push(`closed:${c.name}`));
    const open = new WorkspaceContext(documentKinds, (c) => seen.push(`open:${c.name}`));
    const dir = path.join(base, 'ws');
    await closed.open(dir);
    await closed.close();
    await open.open(dir);
    try {
      writeFileSync(path.join(dir, 'scenarios', 'a.json'), '{}');
      await expect.poll(() => seen, { timeout: 5000 }).toContain('open:a.json');
      expect(seen).toEqual(['open:a.json']);
    } finally {
      await open.close();
    }
  });
});
