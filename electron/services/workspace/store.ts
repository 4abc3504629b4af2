// Why: main owns the disk. This is the one place that reads and writes workspace documents, so the
// guarantees hold everywhere: validated on read, crash-safe on write, a damaged file never overwritten,
// a file changed by someone else never silently clobbered, deletes kept recoverable in .trash.
import { createHash } from 'node:crypto';
import { constants as fsConstants, promises as fs } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/ipc/errors';
import type { DocKind, FileEntry } from '../../../shared/ipc/contract';
import { decodeDocument, encodeDocument, type DocumentKind } from '../../../shared/workspace/documents';
import { sweepTempFiles, withPathLock, writeFileAtomicUnlocked } from './atomic-write';
import { resolveInside } from './paths';

export type KindRegistry = Partial<Record<DocKind, DocumentKind<unknown>>>;

export const TRASH_DIR = '.trash';

export function revisionOf(bytes: string | Buffer): string {
  return createHash('sha256').update(bytes).digest('hex').slice(0, 20);
}

function isMissing(err: unknown): boolean {
  return (err as NodeJS.ErrnoException).code === 'ENOENT';
}

function ioError(err: unknown, what: string): AppError {
  const code = (err as NodeJS.ErrnoException).code ?? 'unknown';
  const reasons: Record<string, string> = {
    ENOSPC: 'the disk is full',
    EACCES: 'permission was denied',
    EPERM: 'the operation is not permitted (the file may be locked by another program)',
    EROFS: 'the disk is read-only',
    EBUSY: 'the file is busy',
  };
  return new AppError('IO_ERROR', `Could not ${what}: ${reasons[code] ?? `system error ${code}`}. Nothing was changed.`, { code });
}

export class WorkspaceStore {
  constructor(
    readonly root: string,
    private readonly kinds: KindRegistry,
  ) {}

  private kind(kind: DocKind): DocumentKind<unknown> {
    const k = this.kinds[kind];
    if (!k) throw new AppError('BAD_INPUT', `Unknown document kind "${kind}".`);
    return k;
  }

  folders(): string[] {
    return [...new Set(['scenarios', 'briefings', 'data', ...Object.values(this.kinds).map((k) => k!.dir)])];
  }

  /** Creates the folder layout and removes temp files a crashed save left behind. */
  async init(): Promise<{ swept: number }> {
    for (const dir of this.folders()) await fs.mkdir(path.join(this.root, dir), { recursive: true });
    return { swept: await sweepTempFiles(this.root) };
  }

  pathOf(kind: DocKind, name: string): string {
    return resolveInside(this.root, this.kind(kind).dir, name);
  }

  async list(kind: DocKind): Promise<FileEntry[]> {
    const k = this.kind(kind);
    const dir = path.join(this.root, k.dir);
    let names: string[];
    try {
      names = (await fs.readdir(dir)).filter((n) => n.endsWith('.json') && !n.startsWith('.'));
    } catch (err) {
      if (isMissing(err)) return [];
      throw ioError(err, `list the ${k.dir} folder`);
    }
    const entries = await Promise.all(
      names.sort().map(async (name): Promise<FileEntry | null> => {
        const full = path.join(dir, name);
        let text: string;
        let stat: import('node:fs').Stats;
        try {
          [text, stat] = await Promise.all([fs.readFile(full, 'utf8'), fs.stat(full)]);
        } catch {
          return null; // deleted between readdir and read: the watcher reports it
        }
        const base = { kind, name, revision: revisionOf(text), modifiedAt: stat.mtime.toISOString() };
        try {
          const doc = decodeDocument(k, text, name) as { name?: unknown; title?: unknown; meta?: { name?: unknown } };
          const title = [doc.meta?.name, doc.title, doc.name].find((t): t is string => typeof t === 'string');
          return { ...base, status: 'ok', ...(title ? { title } : {}) };
        } catch (err) {
          const e = err as AppError;
          return { ...base, status: e.code === 'NEWER_VERSION' ? 'newer-version' : 'damaged', problem: e.message };
        }
      }),
    );
    return entries.filter((e): e is FileEntry => e !== null);
  }

  async read(kind: DocKind, name: string): Promise<{ content: unknown; revision: string }> {
    const full = this.pathOf(kind, name);
    let text: string;
    try {
      text = await fs.readFile(full, 'utf8');
    } catch (err) {
      if (isMissing(err)) throw new AppError('NOT_FOUND', `${name} no longer exists in the workspace.`, { file: name });
      throw ioError(err, `read ${name}`);
    }
    return { content: decodeDocument(this.kind(kind), text, name), revision: revisionOf(text) };
  }

  /**
   * expectedRevision: the revision the editor loaded (null = must be a new file). Undefined means the
   * user chose to overwrite after being told of a conflict.
   */
  async write(kind: DocKind, name: string, content: unknown, expectedRevision?: string | null): Promise<{ name: string; revision: string }> {
    const k = this.kind(kind);
    const full = this.pathOf(kind, name);
    const text = encodeDocument(k, content, name);
    return withPathLock(full, async () => {
      let current: string | null = null;
      try {
        current = await fs.readFile(full, 'utf8');
      } catch (err) {
        if (!isMissing(err)) throw ioError(err, `read ${name} before saving`);
      }
      if (current !== null) {
        try {
          decodeDocument(k, current, name);
        } catch (err) {
          const e = err as AppError;
          throw new AppError(
            e.code === 'NEWER_VERSION' ? 'NEWER_VERSION' : 'DAMAGED_FILE',
            `${name} on disk is ${e.code === 'NEWER_VERSION' ? 'from a newer app version' : 'damaged'}, so it is never overwritten. Save under another name. (${e.message})`,
            { file: name },
          );
        }
        const currentRevision = revisionOf(current);
        if (expectedRevision === null) {
          const hint = k.fixedName ? 'Reload it, or overwrite it with your version.' : 'Choose another name or overwrite it.';
          throw new AppError('CONFLICT', `${name} already exists. ${hint}`, { file: name, currentRevision });
        }
        if (expectedRevision !== undefined && expectedRevision !== currentRevision) {
          throw new AppError('CONFLICT', `${name} was changed on disk since you opened it (perhaps by a colleague or a sync client).`, {
            file: name,
            currentRevision,
          });
        }
      }
      try {
        await fs.mkdir(path.dirname(full), { recursive: true });
        await writeFileAtomicUnlocked(full, text);
      } catch (err) {
        throw ioError(err, `save ${name}`);
      }
      return { name, revision: revisionOf(text) };
    });
  }

  /** Moves the file to .trash so a delete can be undone. */
  async delete(kind: DocKind, name: string): Promise<{ trashedAs: string }> {
    const full = this.pathOf(kind, name);
    const trashDir = path.join(this.root, TRASH_DIR, this.kind(kind).dir);
    const trashedAs = `${new Date().toISOString().replace(/[:.]/g, '-')}--${name}`;
    await fs.mkdir(trashDir, { recursive: true });
    try {
      await fs.rename(full, path.join(trashDir, trashedAs));
    } catch (err) {
      if (isMissing(err)) throw new AppError('NOT_FOUND', `${name} no longer exists in the workspace.`, { file: name });
      throw ioError(err, `delete ${name}`);
    }
    return { trashedAs };
  }

  async restore(kind: DocKind, trashedAs: string): Promise<{ name: string; revision: string }> {
    const dir = this.kind(kind).dir;
    const from = resolveInside(path.join(this.root, TRASH_DIR), dir, trashedAs);
    const name = trashedAs.split('--').slice(1).join('--');
    if (!/^[^.][^/\\\0]*\.json$/.test(name)) throw new AppError('BAD_INPUT', `"${trashedAs}" is not a deleted workspace file.`);
    const to = this.pathOf(kind, name);
    await withPathLock(to, () => moveNoReplace(from, to, name, `${name} exists again; rename it before restoring the deleted copy.`));
    return { name, revision: revisionOf(await fs.readFile(to)) };
  }

  async rename(kind: DocKind, name: string, newName: string): Promise<{ name: string; revision: string }> {
    const from = this.pathOf(kind, name);
    const to = this.pathOf(kind, newName);
    const { revision } = await this.read(kind, name);
    await withPathLock(to, () => moveNoReplace(from, to, name, `${newName} already exists. Choose another name.`));
    return { name: newName, revision };
  }

  /** Every file that fails to load, across kinds, for the workspace banner. */
  async damaged(): Promise<{ file: string; message: string }[]> {
    const out: { file: string; message: string }[] = [];
    for (const kind of Object.keys(this.kinds) as DocKind[]) {
      for (const e of await this.list(kind)) {
        if (e.status !== 'ok') out.push({ file: `${this.kind(kind).dir}/${e.name}`, message: e.problem ?? 'unreadable' });
      }
    }
    return out;
  }
}

/**
 * Moves a file without ever replacing one at the target, even one a sync client creates a moment before:
 * link() fails with EEXIST where rename() would silently overwrite. Where hard links are not supported
 * (some network shares and FAT drives), an exclusive copy does the same job.
 */
async function moveNoReplace(from: string, to: string, name: string, conflictMessage: string): Promise<void> {
  const conflict = () => new AppError('CONFLICT', conflictMessage, { file: path.basename(to) });
  try {
    await fs.link(from, to);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') throw conflict();
    if (isMissing(err)) throw new AppError('NOT_FOUND', `${name} is no longer there.`, { file: name });
    try {
      await fs.copyFile(from, to, fsConstants.COPYFILE_EXCL);
    } catch (copyErr) {
      if ((copyErr as NodeJS.ErrnoException).code === 'EEXIST') throw conflict();
      throw ioError(copyErr, `move ${name}`);
    }
  }
  await fs.unlink(from);
}
