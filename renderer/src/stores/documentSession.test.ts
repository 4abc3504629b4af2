// The one document session, against an in-memory workspace that answers like main (revision-checked writes) and a
// watcher whose reports the test delivers, late or early, as the real one may.
import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { EventName } from '../../../shared/ipc/contract';
import { defaultRiskScores } from '../../../shared/risks/defaults';
import type { RiskScores } from '../../../shared/risks/scores';
import { i18n } from '../i18n';
import { createDocumentSession } from './documentSession';
import { answerSwitchPrompt, unsavedEdits, useWorkspace } from './workspace';

type Change = { kind: 'risk-scores'; name: string; change: 'add' | 'change' | 'unlink'; revision: string | null };
const disk = new Map<string, { content: unknown; revision: string }>();
const listeners = new Set<(p: Change) => void>();
let nextRevision = 1;
const rev = () => (nextRevision++).toString(16).padStart(16, '0');

function fail(code: string, message: string) {
  return { ok: false as const, error: { code, message } };
}

const fake = {
  async invoke(channel: string, input: Record<string, unknown>) {
    const name = input?.name as string;
    if (channel === 'workspace:read-file') {
      const f = disk.get(name);
      return f ? { ok: true, value: f } : fail('NOT_FOUND', `${name} no longer exists in the workspace.`);
    }
    if (channel === 'workspace:write-file') {
      const f = disk.get(name);
      const expected = input.expectedRevision;
      if (f && expected === null) return fail('CONFLICT', `${name} already exists.`);
      if (f && typeof expected === 'string' && expected !== f.revision)
        return fail('CONFLICT', `${name} was changed on disk since you opened it.`);
      if (!f && typeof expected === 'string') return fail('CONFLICT', `${name} was renamed or deleted on disk.`);
      const revision = rev();
      disk.set(name, { content: input.content, revision });
      return { ok: true, value: { name, revision } };
    }
    if (channel === 'workspace:choose-folder') {
      disk.clear();
      const info = { dir: 'B', isDefault: false, folders: [], damaged: [], sweptTempFiles: 0 };
      return { ok: true, value: info };
    }
    return fail('INTERNAL', `unexpected ${channel}`);
  },
  on(event: EventName, listener: (p: Change) => void) {
    if (event !== 'workspace:changed') return () => undefined;
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
Object.assign(window, { briefing: fake });

const emit = (c: Omit<Change, 'kind'>) => listeners.forEach((l) => l({ kind: 'risk-scores', ...c }));
const scores = (impact: number): RiskScores => {
  const r = defaultRiskScores();
  r.scores['policy-regulation'] = { likelihood: 2, impact, note: '' };
  return r;
};
/** A colleague's save, straight to disk, reported by the watcher. */
function colleagueWrites(name: string, content: unknown): string {
  const revision = rev();
  disk.set(name, { content, revision });
  emit({ name, change: 'change', revision });
  return revision;
}
const settle = () => new Promise((r) => setTimeout(r, 0));

function session(dirty = false) {
  const editor = { isDirty: dirty, reload: vi.fn() };
  const s = createDocumentSession('risk-scores', {
    dirty: () => editor.isDirty,
    label: () => 'risk-scores.json',
    reload: editor.reload,
  });
  return { s, editor };
}

beforeEach(() => {
  disk.clear();
  listeners.clear();
});

describe('document session', () => {
  it('recognises its own save when the watcher reports it late, after a newer save', async () => {
    const { s, editor } = session();
    s.adopt({ name: 'risk-scores.json', revision: null });
    const first = await s.save(scores(3));
    const second = await s.save(scores(4));
    expect(first.ok && second.ok).toBe(true);
    if (!first.ok) return;
    emit({ name: 'risk-scores.json', change: 'change', revision: first.revision });
    expect(editor.reload).not.toHaveBeenCalled();
    expect(s.store.getState().disk).toBeNull();
  });

  it('reloads a clean editor on a colleague change, and flags it instead when there are unsaved edits', async () => {
    const { s, editor } = session();
    s.adopt({ name: 'risk-scores.json', revision: null });
    await s.save(scores(3));
    colleagueWrites('risk-scores.json', scores(1));
    expect(editor.reload).toHaveBeenCalledWith('risk-scores.json');

    editor.isDirty = true;
    colleagueWrites('risk-scores.json', scores(2));
    expect(editor.reload).toHaveBeenCalledTimes(1);
    expect(s.store.getState().disk).toEqual({ kind: 'changed', message: null });
  });

  it('refuses to save over a change it has not seen, keeping theirs, until the user chooses to overwrite', async () => {
    const { s } = session(true);
    s.adopt({ name: 'risk-scores.json', revision: null });
    await s.save(scores(3));
    const theirs = scores(1);
    disk.set('risk-scores.json', { content: theirs, revision: rev() }); // not yet reported by the watcher
    const refused = await s.save(scores(5));
    expect(refused).toMatchObject({ ok: false, conflict: true });
    expect(disk.get('risk-scores.json')!.content).toBe(theirs);
    expect(s.store.getState().disk).toMatchObject({
      kind: 'changed',
      message: expect.stringMatching(/changed on disk/),
    });
    expect(await s.save(scores(5), { overwrite: true })).toMatchObject({ ok: true });
    expect(s.store.getState().disk).toBeNull();
  });

  it('never saves a new name over an existing file, and reports it as an error, not a disk change', async () => {
    const { s } = session();
    disk.set('taken.json', { content: scores(1), revision: rev() });
    expect(await s.save(scores(2), { as: 'taken.json' })).toMatchObject({ ok: false, conflict: true });
    expect(s.store.getState()).toMatchObject({ disk: null, error: expect.stringMatching(/already exists/) });
  });

  it('marks a file deleted under unsaved edits, and the next save creates it again', async () => {
    const { s } = session(true);
    s.adopt({ name: 'risk-scores.json', revision: null });
    await s.save(scores(3));
    // A save's rename may be reported as unlink + add: a file still there is not deleted.
    emit({ name: 'risk-scores.json', change: 'unlink', revision: null });
    await settle();
    expect(s.store.getState().disk).toBeNull();
    disk.delete('risk-scores.json');
    emit({ name: 'risk-scores.json', change: 'unlink', revision: null });
    await settle();
    expect(s.store.getState().disk).toEqual({ kind: 'deleted' });
    expect(await s.save(scores(4))).toMatchObject({ ok: true });
    expect(disk.has('risk-scores.json')).toBe(true);
  });

  it('judges a report that arrives during its own save once that save is known', async () => {
    const { s, editor } = session();
    s.adopt({ name: 'risk-scores.json', revision: null });
    const pending = s.save(scores(3));
    // The report of this very save, delivered before the write call returned.
    emit({ name: 'risk-scores.json', change: 'add', revision: disk.get('risk-scores.json')!.revision });
    await pending;
    await settle();
    expect(editor.reload).not.toHaveBeenCalled();
  });

  it('asks about unsaved edits before a folder switch, then re-reads the open file from the new folder', async () => {
    const { s, editor } = session(true);
    s.adopt({ name: 'risk-scores.json', revision: null });
    await s.save(scores(3));
    expect(unsavedEdits()).toContainEqual({ kind: 'risk-scores', name: 'risk-scores.json' });

    const kept = useWorkspace.getState().chooseFolder();
    await settle();
    expect(useWorkspace.getState().switchPrompt).toContainEqual({ kind: 'risk-scores', name: 'risk-scores.json' });
    answerSwitchPrompt(false);
    expect(await kept).toBe(false);
    expect(editor.reload).not.toHaveBeenCalled();

    const switched = useWorkspace.getState().chooseFolder();
    await settle();
    answerSwitchPrompt(true);
    expect(await switched).toBe(true);
    expect(editor.reload).toHaveBeenCalledWith('risk-scores.json');
    // Nothing it knew of the old folder applies: the file is not on disk there until saved.
    expect(s.store.getState().file).toEqual({ name: 'risk-scores.json', revision: null });
    s.dispose();
  });

  it("refuses a save with no file name yet, saying so in the reader's language, and writes nothing", async () => {
    const { s } = session();
    const en = await s.save(scores(3));
    expect(en).toMatchObject({ ok: false, conflict: false, message: expect.stringContaining('no file name yet') });
    await i18n.changeLanguage('ur');
    try {
      const ur = await s.save(scores(3));
      expect(ur.ok).toBe(false);
      if (!ur.ok) expect(ur.message).toContain('فائل نام');
    } finally {
      await i18n.changeLanguage('en');
    }
    expect(disk.size).toBe(0);
  });
});
