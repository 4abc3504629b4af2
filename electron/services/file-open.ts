// Why: double-clicking a scenario file (file association), or passing one on the command line, must open
// it in the app. The file may live anywhere (an e-mail attachment, a USB stick), so it is validated and
// copied into the workspace's scenarios folder, never edited in place, then shown in the editor.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { AppError } from '../../shared/errors';
import { decodeDocument } from '../../shared/workspace/documents';
import { cleanFileStem, copyName } from '../../shared/workspace/names';
import { scenarioKind } from '../../shared/workspace/scenario-file';
import type { WorkspaceStore } from './workspace/store';

export const SCENARIO_EXTENSIONS = ['.pmbscenario', '.json'];

/** Picks the file arguments out of a command line (Electron passes its own flags and the app path too). */
export function scenarioPathsFromArgv(argv: readonly string[]): string[] {
  return argv.filter(
    (a) =>
      !a.startsWith('-') &&
      SCENARIO_EXTENSIONS.includes(path.extname(a).toLowerCase()) &&
      path.basename(a) !== 'package.json',
  );
}

export async function importScenarioFile(filePath: string, store: WorkspaceStore): Promise<{ name: string }> {
  const base = path.basename(filePath);
  if (!SCENARIO_EXTENSIONS.includes(path.extname(filePath).toLowerCase())) {
    throw new AppError('BAD_INPUT', `${base} is not a scenario file (.pmbscenario or .json).`, { file: base });
  }
  let text: string;
  try {
    text = await fs.readFile(filePath, 'utf8');
  } catch (err) {
    throw new AppError('IO_ERROR', `Could not open ${base}: ${(err as NodeJS.ErrnoException).code ?? 'read error'}.`, {
      file: base,
    });
  }
  const doc = decodeDocument(scenarioKind, text, base);
  const scenariosDir = path.resolve(store.root, scenarioKind.dir);
  if (path.dirname(path.resolve(filePath)) === scenariosDir && base.endsWith('.json')) return { name: base };

  const stem = cleanFileStem(base.replace(/\.(pmbscenario|json)$/i, ''), 'scenario', 80);
  const tried = new Set<string>();
  for (let i = 1; i < 1000; i++) {
    const name = i === 1 ? `${stem}.json` : copyName(`${stem}.json`, tried);
    tried.add(name);
    try {
      const existing = await store.read('scenario', name);
      if (JSON.stringify(existing.content) === JSON.stringify(doc)) return { name };
    } catch (err) {
      if ((err as AppError).code !== 'NOT_FOUND') continue;
      await store.write('scenario', name, doc, null);
      return { name };
    }
  }
  throw new AppError('CONFLICT', `Too many copies of ${base} in the workspace.`);
}
