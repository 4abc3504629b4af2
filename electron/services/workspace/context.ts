// Why: the workspace folder can be switched at run time. This holds the current store and watcher and
// swaps both together, so handlers always talk to the folder the user last chose.
import path from 'node:path';
import type { EventPayload } from '../../../shared/ipc/contract';
import type { KindRegistry } from './store';
import { WorkspaceStore } from './store';
import { watchWorkspace } from './watcher';

export const DEFAULT_WORKSPACE_NAME = 'Pakistan Minerals Briefing';

export function defaultWorkspaceDir(documentsDir: string): string {
  return path.join(documentsDir, DEFAULT_WORKSPACE_NAME);
}

export class WorkspaceContext {
  store!: WorkspaceStore;
  lastSwept = 0;
  private watcher: { close(): Promise<void> } | null = null;

  constructor(
    private readonly kinds: KindRegistry,
    private readonly onChange: (change: EventPayload<'workspace:changed'>) => void,
    private readonly options: { watch: boolean } = { watch: true },
  ) {}

  async open(dir: string): Promise<void> {
    const store = new WorkspaceStore(path.resolve(dir), this.kinds);
    const { swept } = await store.init();
    await this.watcher?.close();
    this.store = store;
    this.lastSwept = swept;
    const watcher = this.options.watch ? watchWorkspace(store.root, this.kinds, this.onChange) : null;
    this.watcher = watcher;
    // Only report the workspace open once the watcher has scanned it, so no external edit is missed.
    await watcher?.ready;
  }

  async close(): Promise<void> {
    await this.watcher?.close();
    this.watcher = null;
  }
}
