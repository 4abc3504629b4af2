// Why: the roadmap timing is a workspace file the user owns and may share, and the scenario UI evaluates linked
// scenarios against it. This store holds the current RoadmapState, autosaves it with conflict detection and
// reloads it when a colleague's copy changes on disk. The generic part is shared with the risk-scores store.
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { DocContent } from '../../../shared/workspace/kinds';
import type { RoadmapState } from '../../../shared/roadmap/state';
import { defaultRoadmapState } from '../../../shared/roadmap/defaults';
import { ApiError, hasBridge, onEvent } from '../api/client';
import { readDocument, writeDocument } from '../api/documents';
import { onWorkspaceSwitched, registerUnsavedCheck } from './workspace';

export type SaveStatus = 'loading' | 'defaults' | 'loaded' | 'unsaved' | 'saving' | 'saved' | 'conflict' | 'error';

export interface DocState<T> {
  doc: T;
  revision: string | null;
  status: SaveStatus;
  /** Shown beside the status: why a save failed, or what the conflict is. */
  message: string | null;
  /** Reads the file from the workspace (always; use {@link ensureLoaded} from views). */
  load(): Promise<void>;
  /** Loads once per session, so returning to a view never drops unsaved edits. */
  ensureLoaded(): void;
  update(next: T): void;
  reset(): void;
  reloadTheirs(): Promise<void>;
  overwrite(): Promise<void>;
}

/** Long enough to batch a burst of keyboard steps into one write, short enough that "Saved" follows promptly. */
const AUTOSAVE_MS = 500;

export function createStateDocStore<K extends 'roadmap' | 'risk-scores'>(opts: {
  kind: K;
  name: string;
  label: string;
  defaults: () => DocContent<K>;
}): UseBoundStore<StoreApi<DocState<DocContent<K>>>> {
  type T = DocContent<K>;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let watching = false;
  // Revisions this window wrote: their change events arrive late (the watcher waits for writes to settle) and may
  // overtake a newer save, so they must not read as someone else's edit.
  const ownRevisions = new Set<string>();
  const dirty = (s: SaveStatus) => s === 'unsaved' || s === 'saving';
  // Set when a save failed (disk busy, file damaged): the edits exist only in memory until a save succeeds.
  let pendingEdits = false;

  const store = create<DocState<T>>((set, get) => {
    async function write(expectedRevision: string | null | undefined): Promise<void> {
      const doc = get().doc;
      set({ status: 'saving', message: null });
      try {
        const res = await writeDocument(opts.kind, opts.name, doc, expectedRevision);
        ownRevisions.add(res.revision);
        pendingEdits = false;
        // Edits made while the write was in flight are saved by the next round.
        if (get().doc !== doc) {
          set({ revision: res.revision, status: 'unsaved' });
          schedule();
        } else set({ revision: res.revision, status: 'saved' });
      } catch (err) {
        const e = err as ApiError;
        // Main's wording offers "another name", which a fixed state file cannot use: say what happened instead.
        if (e.code === 'CONFLICT')
          set({
            status: 'conflict',
            message: 'Your latest edit is not saved yet. Keep their version, or replace it with yours.',
          });
        else {
          pendingEdits = true;
          set({ status: 'error', message: e.message });
        }
      }
    }
    function schedule() {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        timer = null;
        if (get().status === 'conflict' || !hasBridge()) return;
        void write(get().revision);
      }, AUTOSAVE_MS);
    }
    function watch() {
      if (watching) return;
      watching = true;
      // Both state files live in one folder, which the watcher may report under either state kind: match on the name.
      onEvent('workspace:changed', (e) => {
        if (e.name !== opts.name || (e.kind !== 'roadmap' && e.kind !== 'risk-scores')) return;
        const s = get();
        if (e.revision !== null && (e.revision === s.revision || ownRevisions.has(e.revision))) return;
        if (dirty(s.status) || s.status === 'conflict') return; // the next save reports the conflict
        if (pendingEdits) {
          // Reloading would silently replace edits a failed save still holds: let the user choose.
          set({
            status: 'conflict',
            message:
              'The file changed on disk while your latest edit was not saved. Keep their version, or replace it with yours.',
          });
          return;
        }
        void s.load();
      });
    }
    return {
      doc: opts.defaults(),
      revision: null,
      status: 'loading',
      message: null,
      async load() {
        watch();
        if (!hasBridge()) return set({ status: 'defaults' });
        try {
          const before = get().doc;
          const res = await readDocument(opts.kind, opts.name);
          // An edit made while the file was being read wins; its save will meet any conflict.
          if (get().doc !== before && dirty(get().status)) return;
          if (res.revision === get().revision && get().status !== 'loading') return;
          pendingEdits = false;
          set({ doc: res.content, revision: res.revision, status: 'loaded', message: null });
        } catch (err) {
          if (err instanceof ApiError && err.code === 'NOT_FOUND') {
            pendingEdits = false;
            set({ doc: opts.defaults(), revision: null, status: 'defaults', message: null });
          } else
            set({
              doc: opts.defaults(),
              status: 'error',
              message: `${(err as Error).message} The article defaults are shown; your file was left untouched.`,
            });
        }
      },
      ensureLoaded() {
        if (get().status === 'loading') void get().load();
      },
      update(next) {
        set({ doc: next, status: get().status === 'conflict' ? 'conflict' : 'unsaved' });
        schedule();
      },
      reset() {
        get().update(opts.defaults());
      },
      async reloadTheirs() {
        if (timer) clearTimeout(timer);
        await get().load();
      },
      async overwrite() {
        if (timer) clearTimeout(timer);
        // No expected revision: the user chose to replace the copy on disk.
        await write(undefined);
      },
    };
  });
  // A folder switch asks about edits not yet on disk, then reads this file from the new folder (defaults if absent).
  registerUnsavedCheck(() => {
    const s = store.getState().status;
    return pendingEdits || dirty(s) || s === 'conflict' ? [opts.label] : [];
  });
  onWorkspaceSwitched(() => {
    if (timer) clearTimeout(timer);
    timer = null;
    pendingEdits = false;
    ownRevisions.clear();
    store.setState({ revision: null, status: 'loading', message: null });
    void store.getState().load();
  });
  return store;
}

export const ROADMAP_FILE = 'roadmap.json';

export const useRoadmap = createStateDocStore({
  kind: 'roadmap',
  name: ROADMAP_FILE,
  label: 'the roadmap',
  defaults: defaultRoadmapState,
});

/** The roadmap in force (the scenario UI evaluates roadmap-following scenarios with it). */
export const useRoadmapState = (): RoadmapState => useRoadmap((s) => s.doc);

// Loaded at start (this module is imported by the app frame), so scenario evaluation sees the saved roadmap even
// before anyone opens the Roadmap view.
if (typeof window !== 'undefined' && hasBridge()) useRoadmap.getState().ensureLoaded();
