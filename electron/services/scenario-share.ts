// Why: analysts hand scenarios to colleagues outside the shared workspace (e-mail, USB). A shared scenario is
// the validated file envelope under the .pmbscenario extension the installers associate with the app, so a
// double-click on the receiving side opens it (see file-open.ts).
import path from 'node:path';
import { promises as fs } from 'node:fs';
import { cleanFileStem } from '../../shared/workspace/names';
import { diskError } from './disk-errors';
import { encodeDocument } from '../../shared/workspace/documents';
import { scenarioKind, type ScenarioFile } from '../../shared/workspace/scenario-file';
import type { Dialogs } from './dialogs';
import { savePathWithExtension } from './save-target';
import { writeFileAtomic } from './workspace/atomic-write';

export async function shareScenarioFile(
  content: ScenarioFile,
  suggestedName: string,
  deps: { dialogs: Dialogs; defaultDir: string },
): Promise<{ path: string; bytes: number } | null> {
  const stem = cleanFileStem(suggestedName, 'scenario', 80);
  const text = encodeDocument(scenarioKind, content, `${stem}.pmbscenario`);
  await fs.mkdir(deps.defaultDir, { recursive: true });
  const chosen = await deps.dialogs.showSave({
    title: 'Share scenario file',
    defaultPath: path.join(deps.defaultDir, `${stem}.pmbscenario`),
    filters: [{ name: 'Pakistan Minerals Briefing scenario', extensions: ['pmbscenario'] }],
  });
  if (!chosen) return null;
  const target = await savePathWithExtension(chosen, 'pmbscenario');
  try {
    await writeFileAtomic(target, text);
  } catch (err) {
    throw diskError(err, 'save', target, 'No partial file was left.');
  }
  return { path: target, bytes: Buffer.byteLength(text) };
}
