// Why: every failed disk operation (a workspace save, a CSV, a shared scenario, a PDF) is reported the same way:
// which file, what went wrong in words, and that nothing half-written was left. One wording, one table of reasons.
// Messages name the file and at most its folder's name, never an absolute path (they are shown in the renderer
// and end up in screenshots and bug reports).
import path from 'node:path';
import { AppError } from '../../shared/errors';

const REASONS: Record<string, string> = {
  ENOSPC: 'the disk is full',
  EDQUOT: 'the disk quota is exhausted',
  EACCES: 'permission was denied (the folder is read-only for you)',
  EPERM: 'the operation is not permitted (the file may be open in another program)',
  EROFS: 'the disk is read-only',
  EBUSY: 'the file is busy (it may be open in another program)',
  ENOENT: 'the folder does not exist',
  ENOTDIR: 'part of the path is not a folder',
  EISDIR: 'a folder with that name already exists',
  EMFILE: 'too many files are open',
  ENAMETOOLONG: 'the name is too long for this disk',
  EIO: 'the disk reported a read or write error',
  ETIMEDOUT: 'the network drive did not answer in time',
};

/** The reason for a Node error code, in words ("the disk is full"); unknown codes are named as such. */
export function diskReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | undefined)?.code ?? 'unknown';
  return REASONS[code] ?? `system error ${code}`;
}

/**
 * An IO_ERROR for a failed disk operation. `action` is the verb phrase ("save", "read", "list"), `file` the path
 * (only its base name and its folder's name are shown), `outcome` what the user can rely on afterwards.
 */
export function diskError(err: unknown, action: string, file: string, outcome = 'Nothing was changed.'): AppError {
  const code = (err as NodeJS.ErrnoException | undefined)?.code ?? 'unknown';
  const folder = path.basename(path.dirname(file));
  // A bare file name ("x.json") has no folder to name: its dirname is ".".
  const where = folder && folder !== '.' ? ` in the folder "${folder}"` : '';
  return new AppError(
    'IO_ERROR',
    `Could not ${action} "${path.basename(file)}"${where}: ${diskReason(err)}. ${outcome}`,
    {
      file: path.basename(file),
      code,
    },
  );
}
