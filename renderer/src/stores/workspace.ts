// Why: the workspace folder, its damaged files and the chosen settings, fetched once from main and
// refreshed when the folder changes, so the banner and the views agree on what is on disk. Choosing another
// folder is an event for every document store: each one with unsaved edits is asked about first, and after
// the switch each reloads from the new folder (scenarios, briefings, roadmap, risk scores, data packs). The
// question is the app's own translated dialog (FolderSwitchPrompt), answered through this store.
import { create } from 'zustand';
import type { WorkspaceInfo } from '../../../shared/ipc/contract';
import type { DocKind } from '../../../shared/workspace/files';
import { api, hasBridge } from '../api/client';

/** A document with edits not on disk, as the folder-switch prompt names it. */
export interface UnsavedDocument {
  kind: DocKind;
  /** Its file name, or the title of a document never saved. */
  name: string;
}

interface WorkspaceState {
  info: WorkspaceInfo | null;
  error: string | null;
  /** Asked before a switch when documents hold unsaved edits; answered with {@link answerSwitchPrompt}. */
  switchPrompt: UnsavedDocument[] | null;
  load(): Promise<void>;
  /** Returns false when the user kept the current folder (cancelled, or chose to keep unsaved edits). */
  chooseFolder(): Promise<boolean>;
  /** Switches to Documents/Pakistan Minerals Briefing (offered when the saved folder cannot be opened). */
  useDefaultFolder(): Promise<boolean>;
}

/** Each document session says what it holds unsaved, or nothing. */
type UnsavedCheck = () => UnsavedDocument[];
const unsavedChecks = new Set<UnsavedCheck>();
const switchListeners = new Set<() => void>();
let answer: ((switchAnyway: boolean) => void) | null = null;

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
export function unsavedEdits(): UnsavedDocument[] {
  return [...unsavedChecks].flatMap((check) => check());
}

/** The prompt's answer: true switches and gives the edits up, false keeps this folder and the edits. */
export function answerSwitchPrompt(switchAnyway: boolean): void {
  const resolve = answer;
  answer = null;
  useWorkspace.setState({ switchPrompt: null });
  resolve?.(switchAnyway);
}

function askAboutUnsaved(unsaved: UnsavedDocument[]): Promise<boolean> {
  if (unsaved.length === 0) return Promise.resolve(true);
  answer?.(false);
  return new Promise((resolve) => {
    answer = resolve;
    useWorkspace.setState({ switchPrompt: unsaved });
  });
}

/** The one way to change folders: ask about unsaved edits, switch, then tell every store (see onWorkspaceSwitched). */
async function switchFolder(open: () => Promise<WorkspaceInfo | null>): Promise<boolean> {
  if (!(await askAboutUnsaved(unsavedEdits()))) return false;
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
  switchPrompt: null,
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
