// Why: the roadmap timing and the risk scores are single workspace files (state/roadmap.json,
// state/risk-scores.json) edited in place: the editor holds the document, autosaves it shortly after each edit
// through the document session (which checks revisions and watches the disk), and shows the article defaults
// while no file exists. One editor for both, so they save, conflict and follow a folder switch alike.
import { create, type StoreApi, type UseBoundStore } from 'zustand';
import type { DocContent } from '../../../shared/workspace/kinds';
import { ApiError, hasBridge } from '../api/client';
import { createDocumentSession, type DocumentSession } from './documentSession';

export type SaveStatus = 'loading' | 'defaults' | 'loaded' | 'unsaved' | 'saving' | 'saved' | 'conflict' | 'error';

export interface DocState<T> {
  doc: T;
  status: SaveStatus;
  /** Why a save or read failed, shown beside the status. */
  message: string | null;
  /** The file could not be read: the article defaults are in view and the file was left as it is. */
  defaultsShown: boolean;
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
  defaults: () => DocContent<K>;
}): UseBoundStore<StoreApi<DocState<DocContent<K>>>> {
  type T = DocContent<K>;
  let timer: ReturnType<typeof setTimeout> | null = null;
  // Set when a save failed (disk busy, file damaged): the edits exist only in memory until a save succeeds.
  let pendingEdits = false;
  const editing = (s: SaveStatus) => s === 'unsaved' || s === 'saving';
  const stop = () => {
    if (timer) clearTimeout(timer);
    timer = null;
  };

  const session: DocumentSession<K> = createDocumentSession(opts.kind, {
    dirty: (): boolean => pendingEdits || editing(store.getState().status),
    label: () => opts.name,
    reload: () => {
      // A clean editor follows the disk; after a folder switch the edits were given up when the user confirmed.
      stop();
      pendingEdits = false;
      store.setState({ status: 'loading', message: null });
      void store.getState().load();
    },
  });
  session.adopt({ name: opts.name, revision: null });
  // The session found the file changed under unsaved edits (or a save met that change): the user chooses.
  session.store.subscribe((s, prev) => {
    if (s.disk?.kind === 'changed' && prev.disk?.kind !== 'changed') {
      stop();
      store.setState({ status: 'conflict', message: null });
    }
  });

  const store: UseBoundStore<StoreApi<DocState<T>>> = create<DocState<T>>((set, get) => {
    async function write(overwrite: boolean): Promise<void> {
      const doc = get().doc;
      set({ status: 'saving', message: null });
      const res = await session.save(doc, { overwrite });
      if (res.ok) {
        pendingEdits = false;
        // Edits made while the write was in flight are saved by the next round.
        if (get().doc !== doc) {
          set({ status: 'unsaved' });
          schedule();
        } else set({ status: 'saved' });
      } else if (res.conflict) set({ status: 'conflict', message: null });
      else {
        pendingEdits = true;
        set({ status: 'error', message: res.message, defaultsShown: false });
      }
    }
    function schedule() {
      stop();
      timer = setTimeout(() => {
        timer = null;
        if (get().status === 'conflict' || !hasBridge()) return;
        void write(false);
      }, AUTOSAVE_MS);
    }
    return {
      doc: opts.defaults(),
      status: 'loading',
      message: null,
      defaultsShown: false,
      async load() {
        if (!hasBridge()) return set({ status: 'defaults' });
        const before = { doc: get().doc, file: session.store.getState().file };
        try {
          const doc = await session.open(opts.name);
          // An edit made while the file was being read wins; its save meets any conflict with the old revision.
          if (get().doc !== before.doc && editing(get().status)) return session.adopt(before.file);
          pendingEdits = false;
          set({ doc, status: 'loaded', message: null, defaultsShown: false });
        } catch (err) {
          if (err instanceof ApiError && err.code === 'NOT_FOUND') {
            pendingEdits = false;
            session.adopt({ name: opts.name, revision: null });
            set({ doc: opts.defaults(), status: 'defaults', message: null, defaultsShown: false });
          } else
            set({
              doc: opts.defaults(),
              status: 'error',
              message: (err as Error).message,
              defaultsShown: true,
            });
        }
      },
      ensureLoaded() {
        if (get().status === 'loading') void get().load();
      },
      update(next) {
        // Once edited, what shows is the user's document, no longer the article defaults standing in.
        set({ doc: next, status: get().status === 'conflict' ? 'conflict' : 'unsaved', defaultsShown: false });
        schedule();
      },
      reset() {
        get().update(opts.defaults());
      },
      async reloadTheirs() {
        stop();
        pendingEdits = false;
        await get().load();
      },
      async overwrite() {
        stop();
        // No expected revision: the user chose to replace the copy on disk.
        await write(true);
      },
    };
  });
  return store;
}
