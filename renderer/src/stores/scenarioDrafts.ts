// Why: unsaved edits must survive a crash, a reload or opening another scenario. Drafts live in localStorage,
// keyed by the document ('file:<name>' or 'preset:<id>'), NOT in the workspace: the store only allows files in
// kind folders (no .drafts/), and autosaving into the scenario file itself would publish half-finished edits to
// colleagues who share the folder and destroy the "last saved" version the conflict check relies on. A draft is
// per machine, written debounced while there are unsaved edits and removed once they are saved or discarded.
import type { Scenario } from '../../../shared/scenario';
import { ScenarioSchema } from '../../../shared/scenario';
import type { OpenFile } from './documentSession';
import { isDirty, useScenarioStore, type ScenarioEditorState } from './scenario';

export interface Draft {
  key: string;
  scenario: Scenario;
  source: Scenario;
  sourceLabel: string;
  fileName: string | null;
  /** Revision of the file the edits were based on: a save after restoring still detects a newer copy on disk. */
  revision: string | null;
  savedAt: string;
}

const PREFIX = 'pmb.scenario-draft:';
const DEBOUNCE_MS = 400;

function storage(): Storage | null {
  try {
    return typeof localStorage === 'undefined' ? null : localStorage;
  } catch {
    return null;
  }
}

export function readDraft(key: string): Draft | null {
  const raw = storage()?.getItem(PREFIX + key);
  if (!raw) return null;
  try {
    const d = JSON.parse(raw) as Draft;
    // A draft from an older/damaged build is ignored rather than fed to the engine.
    if (!ScenarioSchema.safeParse(d.scenario).success || !ScenarioSchema.safeParse(d.source).success) return null;
    return d;
  } catch {
    return null;
  }
}

export function clearDraft(key: string): void {
  storage()?.removeItem(PREFIX + key);
}

export function writeDraft(
  s: Pick<ScenarioEditorState, 'key' | 'scenario' | 'source' | 'sourceLabel'>,
  file: OpenFile | null,
): void {
  if (!s.key || !s.scenario || !s.source) return;
  const d: Draft = {
    key: s.key,
    scenario: s.scenario,
    source: s.source,
    sourceLabel: s.sourceLabel,
    fileName: file?.name ?? null,
    revision: file?.revision ?? null,
    savedAt: new Date().toISOString(),
  };
  try {
    storage()?.setItem(PREFIX + s.key, JSON.stringify(d));
  } catch {
    // Quota or privacy mode: the edits are still in memory; the save button remains the safe path.
  }
}

let started = false;
/** Keeps the draft of the open scenario in step with its unsaved edits (idempotent); `fileOf` is its open file. */
export function startDraftAutosave(fileOf: () => OpenFile | null): void {
  if (started) return;
  started = true;
  let timer: ReturnType<typeof setTimeout> | null = null;
  // The file the previous document was opened from, for its draft when the user switches documents quickly.
  let prevFile = fileOf();
  useScenarioStore.subscribe((s, prev) => {
    const file = prevFile;
    prevFile = fileOf();
    if (s.scenario === prev.scenario && s.saved === prev.saved && s.key === prev.key) return;
    if (timer) clearTimeout(timer);
    // Switching documents within the debounce must not drop the previous one's edits ("save as" clears its own).
    if (prev.key && prev.key !== s.key && isDirty(prev)) writeDraft(prev, file);
    timer = setTimeout(() => {
      timer = null;
      const cur = useScenarioStore.getState();
      if (!cur.key) return;
      if (isDirty(cur)) writeDraft(cur, fileOf());
      else clearDraft(cur.key);
    }, DEBOUNCE_MS);
  });
}
