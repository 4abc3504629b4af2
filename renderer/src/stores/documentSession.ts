// Why: every editor of a workspace document (a scenario, a briefing and its talk, the roadmap, the risk scores)
// needs the same five things, and each once had its own copy: read a file typed for its kind, save it with the
// revision the editor loaded (so a colleague's change is never overwritten silently), hold the conflict state,
// recognise its own saves when the watcher reports them late, and reconcile what the watcher reports. This is the
// one document session; an editor keeps only its content and says whether it has unsaved edits.
import { createStore, useStore, type StoreApi } from 'zustand';
import type { DocKind } from '../../../shared/workspace/files';
import { documentKinds, type DocContent } from '../../../shared/workspace/kinds';
import { ApiError, hasBridge, onEvent } from '../api/client';
import { readDocument, writeDocument } from '../api/documents';
import { i18n } from '../i18n';
import { onWorkspaceSwitched, registerUnsavedCheck } from './workspace';

/** What happened on disk to the open file since the editor loaded it. */
export type DiskState =
  /** Someone else changed it while there were unsaved edits, or a save met their change (main's message). */
  | { kind: 'changed'; message: string | null }
  /** It is gone from disk (deleted, or absent from a newly chosen folder): the next save creates it again. */
  | { kind: 'deleted' }
  | null;

export interface OpenFile {
  name: string;
  /** The revision the editor's content is based on; null when the file is not on disk. */
  revision: string | null;
}

export interface SessionState {
  /** The file being edited; null for a document never saved. */
  file: OpenFile | null;
  saving: boolean;
  /** Why the last save failed (other than a conflict), fit to show beside the editor. */
  error: string | null;
  disk: DiskState;
}

export type SaveOutcome =
  { ok: true; name: string; revision: string } | { ok: false; conflict: boolean; message: string };

/** What the session asks of the editor that uses it. */
export interface DocumentEditor {
  /** Unsaved edits exist (a folder switch asks first; a change on disk is flagged instead of loaded). */
  dirty(): boolean;
  /** How the folder-switch prompt names this document: its file name, or the title of one never saved. */
  label(): string;
  /** Reads `name` again and shows it: a clean editor follows the disk, and a folder switch re-reads from there. */
  reload(name: string): void;
}

export interface DocumentSession<K extends DocKind> {
  readonly kind: K;
  readonly store: StoreApi<SessionState>;
  use<T>(select: (s: SessionState) => T): T;
  /** Reads `name` as the open file. A missing open file is marked deleted; the error is rethrown for the editor. */
  open(name: string): Promise<DocContent<K>>;
  /** Makes `file` the open file without reading it (a new document, a restored draft, a renamed file). */
  adopt(file: OpenFile | null): void;
  /**
   * Saves `content`: to the open file with its revision (a deleted one is created again), under `as` as a new file
   * (never over an existing one), or with `overwrite` over whatever is on disk (the user chose "keep mine").
   */
  save(content: DocContent<K>, opts?: { as?: string; overwrite?: boolean }): Promise<SaveOutcome>;
  /** Stops watching (sessions that live as long as a component). */
  dispose(): void;
}

/** The watcher may report a file under any kind sharing its folder (state/ holds two): match on folder and name. */
const sameFolder = (a: DocKind, b: DocKind) => documentKinds[a].dir === documentKinds[b].dir;

export function createDocumentSession<K extends DocKind>(kind: K, editor: DocumentEditor): DocumentSession<K> {
  const store = createStore<SessionState>(() => ({ file: null, saving: false, error: null, disk: null }));
  // Revisions this session wrote: their change events arrive late (the watcher waits for writes to settle) and may
  // overtake a newer save, so they must never read as someone else's edit.
  const own = new Set<string>();
  // Events for the open file that arrive during a save are judged once the save's revision is known.
  let deferred: { name: string; change: string; revision: string | null }[] = [];

  function reconcile(e: { name: string; change: string; revision: string | null }): void {
    const s = store.getState();
    if (!s.file || e.name !== s.file.name) return;
    if (s.saving) return void deferred.push(e);
    if (e.change === 'unlink') return void confirmGone(e.name);
    if (e.revision !== null && (e.revision === s.file.revision || own.has(e.revision))) return;
    if (editor.dirty() || s.disk) {
      if (s.disk?.kind !== 'changed') store.setState({ disk: { kind: 'changed', message: null } });
      return;
    }
    editor.reload(e.name);
  }

  // A save replaces the file by a rename, which a watcher may report as "unlink" then "add": only a file that is
  // really gone is treated as deleted; one still there is judged by its revision like any change.
  async function confirmGone(name: string): Promise<void> {
    try {
      const { revision } = await readDocument(kind, name);
      reconcile({ name, change: 'change', revision });
    } catch (err) {
      if (!(err instanceof ApiError && err.code === 'NOT_FOUND') || store.getState().file?.name !== name) return;
      if (editor.dirty() || store.getState().disk) store.setState({ disk: { kind: 'deleted' } });
      else editor.reload(name);
    }
  }

  const offs = [
    onEvent('workspace:changed', (e) => sameFolder(e.kind, kind) && reconcile(e)),
    registerUnsavedCheck(() =>
      editor.dirty() || store.getState().disk?.kind === 'changed' ? [{ kind, name: editor.label() }] : [],
    ),
    // The new folder is another workspace: nothing this session wrote or saw there applies; the open file is
    // re-read from it (or marked absent, so a save creates it there).
    onWorkspaceSwitched(() => {
      own.clear();
      deferred = [];
      const open = store.getState().file;
      store.setState({ disk: null, error: null, file: open && { name: open.name, revision: null } });
      if (open) editor.reload(open.name);
    }),
  ];

  return {
    kind,
    store,
    use: (select) => useStore(store, select),
    async open(name) {
      try {
        const res = await readDocument(kind, name);
        store.setState({ file: { name, revision: res.revision }, disk: null, error: null });
        return res.content;
      } catch (err) {
        if (err instanceof ApiError && err.code === 'NOT_FOUND' && store.getState().file?.name === name) {
          store.setState({ file: { name, revision: null }, disk: { kind: 'deleted' } });
        }
        throw err;
      }
    },
    adopt(file) {
      store.setState({ file, disk: null, error: null });
    },
    async save(content, opts = {}) {
      const s = store.getState();
      const name = opts.as ?? s.file?.name;
      if (!name) return { ok: false, conflict: false, message: i18n.t('document.noName', { ns: 'common' }) };
      // A new name must not exist yet; the open file must still be the version loaded; overwrite is deliberate.
      const open = name === s.file?.name;
      const expected = opts.overwrite ? undefined : !open || s.disk?.kind === 'deleted' ? null : s.file!.revision;
      if (!hasBridge()) return { ok: false, conflict: false, message: i18n.t('document.noBridge', { ns: 'common' }) };
      store.setState({ saving: true, error: null });
      try {
        const res = await writeDocument(kind, name, content, expected);
        own.add(res.revision);
        store.setState({ file: { name, revision: res.revision }, disk: null, error: null });
        return { ok: true, name, revision: res.revision };
      } catch (err) {
        const e = err instanceof ApiError ? err : new ApiError({ code: 'INTERNAL', message: (err as Error).message });
        const conflict = e.code === 'CONFLICT';
        // A conflict on the open file is a disk state the user resolves; a new name that is taken is an error.
        if (conflict && open) store.setState({ disk: { kind: 'changed', message: e.message } });
        else store.setState({ error: e.message });
        return { ok: false, conflict, message: e.message };
      } finally {
        store.setState({ saving: false });
        // Judged after the editor has taken in the outcome (its continuation runs before this timer).
        setTimeout(() => {
          for (const ev of deferred.splice(0)) reconcile(ev);
        }, 0);
      }
    },
    dispose() {
      for (const off of offs) off();
    },
  };
}
