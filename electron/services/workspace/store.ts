// Why: main owns the disk. This is the one place that reads and writes workspace documents, so the
// guarantees hold everywhere: validated on read, crash-safe on write, a damaged file never overwritten,
// a file changed by someone else (another window, another machine on a synced folder) never silently
// clobbered, deletes kept recoverable in .trash, and nothing outside the workspace ever touched.
// See docs/workspace-sharing.md for what is guaranteed across processes and machines.
import { createHash } from 'node:crypto';
import { constants as fsConstants, promises as fs, type Dirent } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { decodeDocument, encodeDocument, type DocumentKind } from '../../../shared/workspace/documents';
import type { DocKind, FileEntry } from '../../../shared/workspace/files';
import type { DocContent } from '../../../shared/workspace/kinds';
import { fileNameProblem } from '../../../shared/workspace/names';
import { diskError } from '../disk-errors';
import { sweepTempFiles, writeFileAtomicUnlocked } from './atomic-write';
import { DEFAULT_LOCK_OPTIONS, withFileLocks, type LockOptions } from './file-lock';
import { assertRealFolder, MAX_DOCUMENT_BYTES, readGuarded, regularFileOrNothing } from './fs-guard';
import { printable, resolveInside } from './paths';

export type KindRegistry = Partial<Record<DocKind, DocumentKind<unknown>>>;
export const TRASH_DIR = '.trash';

export interface StoreOptions {
  lock?: Partial<LockOptions>;
  /** Files larger than this are refused unread (default MAX_DOCUMENT_BYTES). */
  maxBytes?: number;
}

export function revisionOf(bytes: string | Buffer): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 20);
}

/** How many files a listing reads at once: enough to overlap slow network reads, few enough not to swamp main. */
const LIST_CONCURRENCY = 8;

async function mapBounded<T, R>(items: readonly T[], limit: number, fn: (item: T) => Promise<R>): Promise<R[]> {
  // Stryker disable next-line ArrayDeclaration: every index is assigned before the array is returned
  const out: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await fn(items[i]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return out;
}

// Stryker disable next-line EqualityOperator: names in one folder are unique, so < and <= order alike
const byName = (a: Dirent, b: Dirent) => (a.name < b.name ? -1 : 1);

export class WorkspaceStore {
  private rootReal: string;
  private readonly lock: LockOptions;
  private readonly maxBytes: number;
  /** Listing entries by file identity (inode, size, mtime): an unchanged file is not read and decoded again. */
  private readonly listCache = new Map<string, { key: string; entry: FileEntry }>();

  constructor(
    readonly root: string,
    private readonly kinds: KindRegistry,
    options: StoreOptions = {},
  ) {
    this.rootReal = path.resolve(root);
    this.lock = { ...DEFAULT_LOCK_OPTIONS, ...options.lock };
    this.maxBytes = options.maxBytes ?? MAX_DOCUMENT_BYTES;
  }

  private kind(kind: DocKind): DocumentKind<unknown> {
    const k = this.kinds[kind];
    if (!k) throw new AppError('BAD_INPUT', `Unknown document kind "${kind}".`);
    return k;
  }

  folders(): string[] {
    return [...new Set(['scenarios', 'briefings', 'data', ...Object.values(this.kinds).map((k) => k!.dir)])];
  }

  /** Creates the folder layout and removes temp files whose writer is gone (a crash, a kill). */
  async init(): Promise<{ swept: number }> {
    for (const dir of this.folders()) await fs.mkdir(path.join(this.root, dir), { recursive: true });
    this.rootReal = await fs.realpath(this.root);
    return { swept: await sweepTempFiles(this.root) };
  }

  /** The checked path of a document: its kind's fixed name, a safe name, inside a real folder of the workspace. */
  private async target(kind: DocKind, name: string): Promise<{ k: DocumentKind<unknown>; full: string }> {
    const k = this.kind(kind);
    const full = resolveInside(this.root, k.dir, name);
    if (k.fixedName && name !== k.fixedName) {
      throw new AppError(
        'BAD_INPUT',
        `The ${k.label} is always ${k.dir}/${k.fixedName}; "${printable(name)}" was refused.`,
        {
          file: printable(name),
        },
      );
    }
    await assertRealFolder(this.rootReal, path.dirname(full), k.dir);
    return { k, full };
  }

  async list(kind: DocKind): Promise<FileEntry[]> {
    const k = this.kind(kind);
    const dir = path.join(this.root, k.dir);
    let dirents: Dirent[];
    try {
      await assertRealFolder(this.rootReal, dir, k.dir);
      dirents = await fs.readdir(dir, { withFileTypes: true });
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
      if (err instanceof AppError) throw err;
      throw diskError(err, 'list', dir);
    }
    const mine = dirents
      .filter((d) => d.name.endsWith('.json') && !d.name.startsWith('.') && (!k.fixedName || d.name === k.fixedName))
      .sort(byName);
    const entries = await mapBounded(mine, LIST_CONCURRENCY, (d) =>
      this.entry(kind, k, path.join(dir, d.name), d.name),
    );
    return entries.filter((e): e is FileEntry => e !== null);
  }

  private async entry(kind: DocKind, k: DocumentKind<unknown>, full: string, name: string): Promise<FileEntry | null> {
    const shown = printable(name);
    const bad = (problem: string, modifiedAt = new Date(0).toISOString()): FileEntry => ({
      kind,
      name: shown,
      revision: null,
      modifiedAt,
      status: 'damaged',
      problem,
    });
    const nameProblem = fileNameProblem(name);
    if (nameProblem) return bad(`"${shown}" cannot be used as a file name: ${nameProblem}. Rename it in the folder.`);
    let read: Awaited<ReturnType<typeof readGuarded>>;
    try {
      const stat = await regularFileOrNothing(full, name);
      if (!stat) return null; // deleted between readdir and read: the watcher reports it
      const key = `${stat.ino}:${stat.size}:${stat.mtimeMs}`;
      const cached = this.listCache.get(full);
      if (cached?.key === key) return cached.entry;
      read = await readGuarded(full, name, this.maxBytes);
      if (!read) return null;
      const entry = this.describe(kind, k, name, read.bytes, read.stat.mtime);
      this.listCache.set(full, { key: `${read.stat.ino}:${read.stat.size}:${read.stat.mtimeMs}`, entry });
      return entry;
    } catch (err) {
      return bad(err instanceof AppError ? err.message : diskError(err, 'read', full).message);
    }
  }

  private describe(kind: DocKind, k: DocumentKind<unknown>, name: string, bytes: Buffer, mtime: Date): FileEntry {
    const base = { kind, name, revision: revisionOf(bytes), modifiedAt: mtime.toISOString() };
    try {
      const doc = decodeDocument(k, bytes.toString('utf8'), name) as {
        name?: unknown;
        title?: unknown;
        meta?: { name?: unknown };
        scenario?: { meta?: { name?: unknown } };
      };
      // A scenario file holds its scenario (and its name) one level down.
      const title = [doc.scenario?.meta?.name, doc.meta?.name, doc.title, doc.name].find(
        (t): t is string => typeof t === 'string',
      );
      return { ...base, status: 'ok', ...(title ? { title } : {}) };
    } catch (err) {
      const e = err as AppError;
      return { ...base, status: e.code === 'NEWER_VERSION' ? 'newer-version' : 'damaged', problem: e.message };
    }
  }

  async read<K extends DocKind>(kind: K, name: string): Promise<{ content: DocContent<K>; revision: string }> {
    const { k, full } = await this.target(kind, name);
    const read = await readGuarded(full, name, this.maxBytes);
    if (!read) throw new AppError('NOT_FOUND', `${name} no longer exists in the workspace.`, { file: name });
    // The kind's schema validated it; the registry maps each kind to its content type (kinds.ts).
    return {
      content: decodeDocument(k, read.bytes.toString('utf8'), name) as DocContent<K>,
      revision: revisionOf(read.bytes),
    };
  }

  /**
   * expectedRevision: the revision the editor loaded (null = must be a new file). Undefined means the
   * user chose to overwrite after being told of a conflict. The revision is re-checked under the file's
   * cross-process lock, so a save from another window or machine in between is reported, never lost.
   */
  async write(
    kind: DocKind,
    name: string,
    content: unknown,
    expectedRevision?: string | null,
  ): Promise<{ name: string; revision: string }> {
    const { k, full } = await this.target(kind, name);
    const text = encodeDocument(k, content, name);
    return withFileLocks([full], this.lock, async () => {
      const current = await readGuarded(full, name, this.maxBytes);
      if (current !== null) {
        try {
          decodeDocument(k, current.bytes.toString('utf8'), name);
        } catch (err) {
          const e = err as AppError;
          const newer = e.code === 'NEWER_VERSION';
          throw new AppError(
            newer ? 'NEWER_VERSION' : 'DAMAGED_FILE',
            `${name} on disk is ${newer ? 'from a newer app version' : 'damaged'}, so it is never overwritten. Save under another name. (${e.message})`,
            { file: name },
          );
        }
        const currentRevision = revisionOf(current.bytes);
        if (expectedRevision === null) {
          const hint = k.fixedName
            ? 'Reload it, or overwrite it with your version.'
            : 'Choose another name or overwrite it.';
          throw new AppError('CONFLICT', `${name} already exists. ${hint}`, { file: name, currentRevision });
        }
        if (expectedRevision !== undefined && expectedRevision !== currentRevision) {
          throw new AppError(
            'CONFLICT',
            `${name} was changed on disk since you opened it (perhaps by a colleague or a sync client).`,
            {
              file: name,
              currentRevision,
            },
          );
        }
      } else if (typeof expectedRevision === 'string') {
        throw new AppError(
          'CONFLICT',
          `${name} was renamed or deleted on disk since you opened it. Save it again to recreate it.`,
          {
            file: name,
            currentRevision: null,
          },
        );
      }
      try {
        await fs.mkdir(path.dirname(full), { recursive: true });
        await writeFileAtomicUnlocked(full, text);
      } catch (err) {
        throw diskError(err, 'save', full);
      }
      return { name, revision: revisionOf(text) };
    });
  }

  /** Moves the file to .trash so a delete can be undone. */
  async delete(kind: DocKind, name: string): Promise<{ trashedAs: string }> {
    const { k, full } = await this.target(kind, name);
    const trashDir = path.join(this.root, TRASH_DIR, k.dir);
    const trashedAs = `${new Date().toISOString().replace(/[:.]/g, '-')}--${name}`;
    await assertRealFolder(this.rootReal, path.join(this.root, TRASH_DIR), TRASH_DIR);
    await fs.mkdir(trashDir, { recursive: true });
    await assertRealFolder(this.rootReal, trashDir, `${TRASH_DIR}/${k.dir}`);
    return withFileLocks([full], this.lock, async () => {
      if (!(await regularFileOrNothing(full, name)))
        throw new AppError('NOT_FOUND', `${name} no longer exists in the workspace.`, { file: name });
      await moveNoReplace(
        full,
        path.join(trashDir, trashedAs),
        name,
        `${name} was deleted twice at the same moment; try again.`,
      );
      return { trashedAs };
    });
  }

  async restore(kind: DocKind, trashedAs: string): Promise<{ name: string; revision: string }> {
    const dir = this.kind(kind).dir;
    const name = trashedAs.split('--').slice(1).join('--');
    if (fileNameProblem(name))
      throw new AppError('BAD_INPUT', `"${printable(trashedAs)}" is not a deleted workspace file.`);
    const from = resolveInside(path.join(this.root, TRASH_DIR), dir, trashedAs);
    await assertRealFolder(this.rootReal, path.dirname(from), `${TRASH_DIR}/${dir}`);
    const { full: to } = await this.target(kind, name);
    return withFileLocks([to], this.lock, async () => {
      // Read before the move: the revision is the restored copy's, and one too large to open is not moved.
      const copy = await readGuarded(from, trashedAs, this.maxBytes);
      if (!copy) throw new AppError('NOT_FOUND', `The deleted copy of ${name} is no longer in .trash.`);
      await moveNoReplace(from, to, name, `${name} exists again; rename it before restoring the deleted copy.`);
      return { name, revision: revisionOf(copy.bytes) };
    });
  }

  /** Locks both names (in a fixed order), so a save to either file waits for the rename and vice versa. */
  async rename(kind: DocKind, name: string, newName: string): Promise<{ name: string; revision: string }> {
    const { k, full: from } = await this.target(kind, name);
    const { full: to } = await this.target(kind, newName);
    return withFileLocks([from, to], this.lock, async () => {
      const current = await readGuarded(from, name, this.maxBytes);
      if (!current) throw new AppError('NOT_FOUND', `${name} no longer exists in the workspace.`, { file: name });
      decodeDocument(k, current.bytes.toString('utf8'), name); // a damaged file is reported, not moved under a new name
      await moveNoReplace(from, to, name, `${newName} already exists. Choose another name.`);
      return { name: newName, revision: revisionOf(current.bytes) };
    });
  }

  /** Every file that fails to load, across kinds, for the workspace banner. */
  async damaged(): Promise<{ file: string; message: string }[]> {
    const out: { file: string; message: string }[] = [];
    for (const kind of Object.keys(this.kinds) as DocKind[]) {
      let entries: FileEntry[];
      try {
        entries = await this.list(kind);
      } catch (err) {
        out.push({ file: `${this.kind(kind).dir}/`, message: (err as Error).message });
        continue;
      }
      for (const e of entries) {
        if (e.status !== 'ok')
          // Stryker disable next-line StringLiteral: an entry that is not ok always carries its problem (entry())
          out.push({ file: `${this.kind(kind).dir}/${e.name}`, message: e.problem ?? 'unreadable' });
      }
    }
    return out;
  }
}

/**
 * Moves a file without ever replacing one at the target, even one a sync client creates a moment before:
 * link() fails with EEXIST where rename() would silently overwrite. Where hard links are not supported
 * (some network shares and FAT drives), an exclusive copy does the same job; after any link failure but a
 * vanished source it is tried, and it refuses an existing target (EEXIST) just as link() does.
 */
async function moveNoReplace(from: string, to: string, name: string, conflictMessage: string): Promise<void> {
  const conflict = () => new AppError('CONFLICT', conflictMessage, { file: path.basename(to) });
  try {
    await fs.link(from, to);
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT')
      throw new AppError('NOT_FOUND', `${name} is no longer there.`, { file: name });
    try {
      await fs.copyFile(from, to, fsConstants.COPYFILE_EXCL);
    } catch (copyErr) {
      if ((copyErr as NodeJS.ErrnoException).code === 'EEXIST') throw conflict();
      throw diskError(copyErr, 'move', from);
    }
  }
  await fs.unlink(from);
}
