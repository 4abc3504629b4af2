// Why: file names come from the renderer, which we treat as untrusted. Every path is resolved here
// and must land inside its kind's folder, so "../../etc/passwd" or an absolute path is refused.
import path from 'node:path';
import { AppError } from '../../../shared/ipc/errors';

export function resolveInside(root: string, subdir: string, name: string): string {
  const base = path.resolve(root, subdir);
  if (name.includes('\0') || name.includes('/') || name.includes('\\') || name === '..' || name === '.') {
    throw new AppError('OUTSIDE_WORKSPACE', `"${name}" is not a plain file name; paths outside the workspace are refused.`);
  }
  const full = path.resolve(base, name);
  const rel = path.relative(base, full);
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel) || rel.includes(path.sep)) {
    throw new AppError('OUTSIDE_WORKSPACE', `"${name}" resolves outside the workspace folder and was refused.`);
  }
  return full;
}
