// Why: the workspace folder can be switched at run time. This holds the current store and watcher and
// swaps both together, so handlers always talk to the folder the user last chose.
import path from 'node:path';
import type { EventPayload } from '../../../shared/ipc/contract';
import { AppError } from '../../../shared/errors';
import { workspaceFolderProblem } from './preflight';
import type { KindRegistry } from './store';
import { diskError } from '../disk-errors';
import { WorkspaceStore } from './store';
import { watchWorkspace } from './watcher';

export const DEFAULT_WORKSPACE_NAME = 'Pakistan Minerals Briefing';

export function defaultWorkspaceDir(documentsDir: string): string {
  return path.join(documentsDir, DEFAULT_WORKSPACE_NAME);
}

export class WorkspaceContext {
  lastSwept = 0;
  /**
   * Set when the folder the app was pointed at could not be opened (at start-up): the app runs and says so,
   * offering another folder or the default one, and nothing in that folder has been touched.
   */
  problem: { dir: string; message: string } | null = null;
  private current: WorkspaceStore | null = null;
  private watcher: { close(): Promise<void> } | null = null;

  constructor(
    private readonly kinds: KindRegistry,
    private readonly onChange: (change: EventPayload<'workspace:changed'>) => void,
    private readonly options: { watch: boolean } = { watch: true },
  ) {}

  get store(): WorkspaceStore {
    if (!this.current) {
      const why = this.problem
        ? `the folder "${path.basename(this.problem.dir)}" could not be opened: ${this.problem.message}`
        : 'no workspace folder is open';
      throw new AppError(
        'IO_ERROR',
        `The workspace is not available (${why}). Choose another folder or use the default folder.`,
      );
    }
    return this.current;
  }

  /** The folder the app is pointed at, whether or not it could be opened. */
  get dir(): string | null {
    return this.current?.root ?? this.problem?.dir ?? null;
  }

  /**
   * Switches to `dir`. It is checked first and, if unusable, refused with the reason and nothing changed
   * (neither that folder nor the app's current one). `mustExist`: a folder saved or chosen earlier, which
   * must not be silently re-created; only the default folder is created on first use.
   */
  async open(dir: string, options: { mustExist?: boolean } = {}): Promise<void> {
    const store = new WorkspaceStore(path.resolve(dir), this.kinds);
    const problem = await workspaceFolderProblem(store.root, store.folders(), options.mustExist ?? false);
    if (problem) {
      throw new AppError(
        'IO_ERROR',
        `The workspace folder "${path.basename(store.root)}" cannot be used: ${problem}.`,
        {
          file: path.basename(store.root),
          reason: problem,
        },
      );
    }
    let swept: number;
    try {
      ({ swept } = await store.init());
    } catch (err) {
      // The folder stays as it was; the message names the chosen folder (by name only) and what to do.
      throw diskError(err, 'use', path.resolve(dir), 'The workspace was not changed; choose another folder.');
    }
    await this.watcher?.close();
    this.current = store;
    this.problem = null;
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
