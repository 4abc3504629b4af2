// Why: file names come from the renderer, which we treat as untrusted, and from a shared folder other platforms
// also use. Every name is checked against the one set of name rules (shared/workspace/names.ts) and resolved
// here; it must land directly inside its kind's folder, so "../../etc/passwd" or an absolute path is refused.
import path from 'node:path';
import { AppError } from '../../../shared/errors';
import { fileNameProblem } from '../../../shared/workspace/names';

export function resolveInside(root: string, subdir: string, name: string): string {
  const base = path.resolve(root, subdir);
  if (name.includes('\0') || name.includes('/') || name.includes('\\') || name === '..' || name === '.') {
    throw new AppError(
      'OUTSIDE_WORKSPACE',
      `"${printable(name)}" is not a plain file name; paths outside the workspace are refused.`,
    );
  }
  const problem = fileNameProblem(name);
  if (problem)
    throw new AppError('BAD_INPUT', `"${printable(name)}" cannot be used as a file name: ${problem}.`, {
      file: printable(name),
    });
  const full = path.resolve(base, name);
  // Defence in depth at the trust boundary: after the checks above (no separator, no "." or "..") a name always
  // resolves directly inside the folder, so this refusal cannot be reached.
  // Stryker disable next-line all: unreachable, as said above
  if (path.dirname(full) !== base) throw new AppError('OUTSIDE_WORKSPACE', `"${printable(name)}" was refused.`);
  return full;
}

/** A name as it may appear in a message: control and bidi characters shown as code points, never acted on. */
export function printable(name: string): string {
  return name.slice(0, 140).replace(
    // eslint-disable-next-line no-control-regex
    /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g,
    (c) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`,
  );
}
