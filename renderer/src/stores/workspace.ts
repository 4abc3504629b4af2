// Why: the workspace folder, its damaged files and the chosen settings, fetched once from main and
// refreshed when the folder changes, so the banner and the views agree on what is on disk.
import { create } from 'zustand';
import type { WorkspaceInfo } from '../../../shared/ipc/contract';
import { api, hasBridge } from '../api/client';

interface WorkspaceState {
  info: WorkspaceInfo | null;
  error: string | null;
  load(): Promise<void>;
  chooseFolder(): Promise<boolean>;
  /** Switches to Documents/Pakistan Minerals Briefing (offered when the saved folder cannot be opened). */
  useDefaultFolder(): Promise<boolean>;
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
  async chooseFolder() {
    try {
      const info = await api('workspace:choose-folder');
      if (info) set({ info, error: null });
      return info !== null;
    } catch (err) {
      set({ error: (err as Error).message });
      return false;
    }
  },
  async useDefaultFolder() {
    try {
      set({ info: await api('workspace:use-default-folder'), error: null });
      return true;
    } catch (err) {
      set({ error: (err as Error).message });
      return false;
    }
  },
}));
