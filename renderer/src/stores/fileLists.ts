// Why: the scenario library, the briefing builder's lists, the presentation menu and the roadmap's linked
// scenarios all show what a kind's folder holds. One listing per kind, refreshed when the watcher reports a change
// there and when the folder is switched, so every view agrees with the disk and none keeps a stale list.
import { create } from 'zustand';
import type { DocKind, FileEntry } from '../../../shared/workspace/files';
import { api, hasBridge, onEvent } from '../api/client';
import { onWorkspaceSwitched } from './workspace';

interface Listing {
  files: FileEntry[];
  /** True until the first listing of this kind arrived. */
  loading: boolean;
  error: string | null;
}

const useListings = create<Partial<Record<DocKind, Listing>>>(() => ({}));
const EMPTY: Listing = { files: [], loading: true, error: null };
const requested = new Set<DocKind>();

/** Lists `kind` again now; the views following it update when it arrives. */
export async function refreshFileList(kind: DocKind): Promise<FileEntry[]> {
  if (!hasBridge()) {
    useListings.setState({ [kind]: { files: [], loading: false, error: null } });
    return [];
  }
  watch();
  try {
    const files = await api('workspace:list-files', { kind });
    useListings.setState({ [kind]: { files, loading: false, error: null } });
    return files;
  } catch (err) {
    const prev = useListings.getState()[kind] ?? EMPTY;
    useListings.setState({ [kind]: { ...prev, loading: false, error: (err as Error).message } });
    return prev.files;
  }
}

/** The files of a kind as last listed (empty before the first listing). */
export function fileList(kind: DocKind): FileEntry[] {
  return useListings.getState()[kind]?.files ?? [];
}

/** The listing of a kind, fetched on first use and kept current. */
export function useFileList(kind: DocKind): Listing {
  const listing = useListings((s) => s[kind]);
  if (!listing && !requested.has(kind)) {
    requested.add(kind);
    queueMicrotask(() => void refreshFileList(kind));
  }
  return listing ?? EMPTY;
}

let watching = false;
function watch(): void {
  if (watching) return;
  watching = true;
  onEvent('workspace:changed', (e) => {
    if (useListings.getState()[e.kind]) void refreshFileList(e.kind);
  });
  onWorkspaceSwitched(() => {
    for (const kind of Object.keys(useListings.getState()) as DocKind[]) void refreshFileList(kind);
  });
}
