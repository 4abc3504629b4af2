// Why: teams share a workspace through Git, OneDrive or a network share, so files change under us.
// The watcher turns those external edits into events the renderer can act on (reload a list, warn an editor).
import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import type { EventPayload } from '../../../shared/ipc/contract';
import type { DocKind } from '../../../shared/workspace/files';
import { TEMP_MARKER } from './atomic-write';
import { LOCK_MARKER } from './file-lock';
import { revisionOf, type KindRegistry } from './store';
import { promises as fs } from 'node:fs';

export type ChangeListener = (change: EventPayload<'workspace:changed'>) => void;

export function watchWorkspace(
  root: string,
  kinds: KindRegistry,
  onChange: ChangeListener,
): { ready: Promise<void>; close(): Promise<void> } {
  const byDir = new Map<string, { kind: DocKind; fixedName?: string }[]>();
  for (const [kind, def] of Object.entries(kinds)) {
    if (def) byDir.set(def.dir, [...(byDir.get(def.dir) ?? []), { kind: kind as DocKind, fixedName: def.fixedName }]);
  }
  // Several single-file kinds can share a folder (state/): the file name decides which one changed.
  const kindOf = (dir: string, name: string): DocKind | undefined => {
    // Stryker disable next-line ArrayDeclaration: events come only from the kinds' own folders (depth 0)
    const candidates = byDir.get(dir) ?? [];
    return (candidates.find((c) => c.fixedName === name) ?? candidates.find((c) => !c.fixedName))?.kind;
  };
  const watcher: FSWatcher = watch(
    [...byDir.keys()].map((d) => path.join(root, d)),
    {
      ignoreInitial: true,
      depth: 0,
      // Sync clients write in bursts; wait for the file to settle before reading its revision.
      awaitWriteFinish: { stabilityThreshold: 120, pollInterval: 40 },
      // Temp files and lock folders are our own bookkeeping; the rename that ends a save is the event that matters.
      // Only the entry's own name is looked at: a workspace inside a folder named ".trash-…" is watched all the same.
      // Stryker disable next-line all: saves work only (their names start with a dot, which report() drops anyway)
      ignored: (p: string) => path.basename(p).includes(TEMP_MARKER) || path.basename(p).includes(LOCK_MARKER),
    },
  );
  const report = async (change: 'add' | 'change' | 'unlink', file: string) => {
    const name = path.basename(file);
    const kind = kindOf(path.basename(path.dirname(file)), name);
    if (!kind || !name.endsWith('.json') || name.startsWith('.')) return;
    let revision: string | null = null;
    if (change !== 'unlink') {
      try {
        revision = revisionOf(await fs.readFile(file));
      } catch {
        return;
      }
    }
    onChange({ kind, name, change, revision });
  };
  watcher.on('add', (f) => void report('add', f));
  watcher.on('change', (f) => void report('change', f));
  watcher.on('unlink', (f) => void report('unlink', f));
  const ready = new Promise<void>((resolve) => watcher.once('ready', () => resolve()));
  return { ready, close: () => watcher.close() };
}
