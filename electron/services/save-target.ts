// Why: a save dialog asks before replacing the file the user picked, but when we add a missing extension
// afterwards ("report" → "report.csv") that question was never asked about the real target. This refuses to
// replace such a file silently.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';

export async function savePathWithExtension(chosen: string, ext: string): Promise<string> {
  if (path.extname(chosen).toLowerCase() === `.${ext}`) return chosen;
  const target = `${chosen}.${ext}`;
  const exists = await fs.access(target).then(
    () => true,
    () => false,
  );
  if (exists) {
    throw new AppError(
      'CONFLICT',
      `${path.basename(target)} already exists. Choose it by its full name in the dialog to replace it, or pick another name.`,
      {
        file: path.basename(target),
      },
    );
  }
  return target;
}
