// Why: the workspace folder, its damaged files and the chosen settings, fetched once from main and
// refreshed when the folder changes, so the banner and the views agree on what is on disk. Choosing another
// folder is an event for every document store: each one with unsaved edits is asked about first, and after
// the switch each reloads from the new folder (scenarios, briefings, roadmap, risk scores, data packs).
import { create } from 'zustand';
import type { WorkspaceInfo } from '../../../shared/ipc/contract';
import { api, hasBridge } from '../api/client';

interface WorkspaceState {
  info: WorkspaceInfo | null;
  error: string | null;
  load(): Promise<void>;
  /** Returns false when the user kept the current folder (cancelled, or chose to keep unsaved edits). */
  chooseFolder(): Promise<boolean>;
  /** Switches to Documents/Pakistan Minerals Briefing (offered when the saved folder cannot be opened). */
  useDefaultFolder(): Promise<boolean>;
}

/** Each document store says what it holds unsaved ("the roadmap", "scenario Base.json"), or nothing. */
type UnsavedCheck = () => string[];
const unsavedChecks = new Set<UnsavedCheck>();
const switchListeners = new Set<() => void>();

export function registerUnsavedCheck(check: UnsavedCheck): () => void {
  unsavedChecks.add(check);
  return () => unsavedChecks.delete(check);
}

/** Runs `fn` after the workspace folder was switched; returns the unsubscribe function. */
export function onWorkspaceSwitched(fn: () => void): () => void {
  switchListeners.add(fn);
  return () => switchListeners.delete(fn);
}

/** What every store would lose if the folder changed now. */
export function unsavedEdits(): string[] {
  return [...unsavedChecks].flatMap((check) => check());
}

/** The one way to change folders: ask about unsaved edits, switch, then tell every store (see onWorkspaceSwitched). */
async function switchFolder(open: () => Promise<WorkspaceInfo | null>): Promise<boolean> {
  const unsaved = unsavedEdits();
  if (
    unsaved.length > 0 &&
    !window.confirm(
      `Unsaved edits (${unsaved.join(', ')}) stay in the current folder's editors and will be lost if you switch. Switch folder anyway?`,
    )
  ) {
    return false;
  }
  try {
    const info = await open();
    if (!info) return false;
    useWorkspace.setState({ info, error: null });
    for (const fn of switchListeners) fn();
    return true;
  } catch (err) {
    useWorkspace.setState({ error: (err as Error).message });
    return false;
  }
}

export const useWorkspace = create<WorkspaceState>((set) => ({
  info: null,
  error: null,
  async load() {
    if (!hasBridge()) return;
    try {
      set({ info: await api('workspace:get-info'), error: null });
    } catch (err) {
      set({ error: (err as Error).message });
    }
  },
  chooseFolder: () => switchFolder(() => api('workspace:choose-folder')),
  useDefaultFolder: () => switchFolder(() => api('workspace:use-default-folder')),
}));
