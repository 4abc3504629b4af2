// Why: everything the Scenarios view does with the workspace goes through main (list, open, save, save as,
// duplicate, rename, delete with undo) and through the scenario document session, which checks revisions, watches
// the open file and follows a folder switch: a change on disk reloads a clean editor and raises the "changed on
// disk" choice when there are unsaved edits. No path here can drop the user's edits.
import { create } from 'zustand';
import { createScenarioFromPreset, presets, type Scenario } from '../../../shared/scenario';
import { copyName, copyNumber, slugify, toFileName } from '../../../shared/workspace/names';
import { api, ApiError } from '../api/client';
import { readDocument, writeDocument } from '../api/documents';
import { createDocumentSession, type DocumentSession } from './documentSession';
import { fileList, refreshFileList } from './fileLists';
import { clearDraft, readDraft, startDraftAutosave, type Draft } from './scenarioDrafts';
import { isDirty, sameScenario, useScenarioStore } from './scenario';
import { onWorkspaceSwitched } from './workspace';

/** The open scenario file: its name and revision, the disk state for the banners, the save in flight. */
export const scenarioSession: DocumentSession<'scenario'> = createDocumentSession('scenario', {
  dirty: () => isDirty(useScenarioStore.getState()),
  label: (): string =>
    scenarioSession.store.getState().file?.name ?? useScenarioStore.getState().scenario?.meta.name ?? '',
  reload: (name) => void openFile(name, { keepIfMissing: true }),
});
const openFileName = () => scenarioSession.store.getState().file?.name ?? null;

interface LibraryState {
  /** The last delete, so "Undo" can restore it from .trash. */
  lastDeleted: { name: string; trashedAs: string } | null;
  /** Unsaved edits found for the document just opened: offered, never applied silently. */
  draftOffer: Draft | null;
}

export const useScenarioLibrary = create<LibraryState>(() => ({ lastDeleted: null, draftOffer: null }));
// The undo of a delete belongs to the folder it was made in.
onWorkspaceSwitched(() => useScenarioLibrary.setState({ lastDeleted: null }));

const refreshLibrary = () => refreshFileList('scenario');
const autosaveDrafts = () => startDraftAutosave(() => scenarioSession.store.getState().file);

/** A user-typed name as a safe workspace file name ("Reko Diq base" -> "Reko Diq base.json"). */
const scenarioFileName = (name: string) => toFileName(name, 'scenario');

function offerDraft(key: string, current: Scenario): void {
  const d = readDraft(key);
  useScenarioLibrary.setState({ draftOffer: d && !sameScenario(d.scenario, current) ? d : null });
  if (d && sameScenario(d.scenario, current)) clearDraft(key);
}

export function presetLabel(presetId: string): string {
  return presets.find((p) => p.id === presetId)?.name ?? presetId;
}

/** A new, unsaved scenario from a preset; `depositName` prefills a blank project for "Model this deposit". */
export function openPreset(presetId: string, opts: { deposit?: string; depositName?: string } = {}): void {
  autosaveDrafts();
  const id = presets.some((p) => p.id === presetId) ? presetId : 'blank';
  const key = `preset:${id}${opts.deposit ? `:${opts.deposit}` : ''}`;
  const s = createScenarioFromPreset(id, { now: new Date().toISOString() });
  if (opts.depositName && id === 'blank') s.meta = { ...s.meta, name: opts.depositName, id: opts.deposit ?? s.meta.id };
  scenarioSession.adopt(null);
  useScenarioStore.getState().load({ key, scenario: s, source: s, sourceLabel: presetLabel(id), saved: null });
  offerDraft(key, s);
}

/**
 * Opens a workspace file; errors (damaged, newer, missing) are returned for the view to show. `keepIfMissing`:
 * re-reading the open file (a change on disk, a folder switch) keeps the editor's content when the file is gone,
 * and the session marks it deleted so the next save creates it again.
 */
export async function openFile(name: string, opts: { keepIfMissing?: boolean } = {}): Promise<string | null> {
  autosaveDrafts();
  try {
    const s = (await scenarioSession.open(name)).scenario;
    useScenarioStore.getState().load({ key: `file:${name}`, scenario: s, source: s, sourceLabel: name, saved: s });
    offerDraft(`file:${name}`, s);
    return null;
  } catch (err) {
    if (opts.keepIfMissing && err instanceof ApiError && err.code === 'NOT_FOUND') return null;
    return (err as Error).message;
  }
}

export function restoreDraft(): void {
  const d = useScenarioLibrary.getState().draftOffer;
  if (!d) return;
  const cur = useScenarioStore.getState();
  // The draft's revision is what its edits were based on: a save still detects a newer copy on disk.
  scenarioSession.adopt(d.fileName ? { name: d.fileName, revision: d.revision } : null);
  useScenarioStore.getState().load({
    key: d.key,
    scenario: cur.scenario ?? d.scenario,
    source: d.source,
    sourceLabel: d.sourceLabel,
    saved: cur.saved,
  });
  // The draft becomes an ordinary (undoable) edit on top of what was opened.
  useScenarioStore.getState().edit(d.scenario, 'draft');
  useScenarioLibrary.setState({ draftOffer: null });
}

export function discardDraft(): void {
  const d = useScenarioLibrary.getState().draftOffer;
  if (d) clearDraft(d.key);
  useScenarioLibrary.setState({ draftOffer: null });
}

async function write(
  name: string,
  opts: { as?: string; overwrite?: boolean },
): Promise<'saved' | 'conflict' | 'error'> {
  const st = useScenarioStore.getState();
  if (!st.scenario) return 'error';
  const prevKey = st.key;
  const scenario: Scenario = { ...st.scenario, meta: { ...st.scenario.meta, updatedAt: new Date().toISOString() } };
  const res = await scenarioSession.save({ schemaVersion: 1, kind: 'scenario', scenario }, opts);
  if (!res.ok) return res.conflict ? 'conflict' : 'error';
  // Edits typed while the write was in flight stay unsaved (and in the draft).
  const now = useScenarioStore.getState().scenario;
  useScenarioStore.getState().markSaved(name, scenario);
  if (now && now !== st.scenario) useScenarioStore.getState().edit(now, 'after-save');
  if (prevKey && prevKey !== `file:${name}`) clearDraft(prevKey);
  if (!isDirty(useScenarioStore.getState())) clearDraft(`file:${name}`);
  void refreshLibrary();
  return 'saved';
}

/** Save to the open file (conflict-checked). Returns 'needs-name' for a never-saved scenario. */
export async function saveCurrent(): Promise<'saved' | 'conflict' | 'error' | 'needs-name'> {
  const name = openFileName();
  if (!name) return 'needs-name';
  // After a delete on disk the session simply creates the file again.
  return write(name, {});
}

/** Save under a new name; never overwrites an existing file (CONFLICT is reported as a message). */
export async function saveAs(displayName: string): Promise<{ ok: boolean; name: string }> {
  const name = scenarioFileName(displayName);
  const st = useScenarioStore.getState();
  if (st.scenario) {
    const title = displayName.replace(/\.json$/i, '').trim() || st.scenario.meta.name;
    const id = slugify(name.replace(/\.json$/, ''), 'scenario', 100);
    st.edit({ ...st.scenario, meta: { ...st.scenario.meta, name: title, id } }, 'save-as');
  }
  const r = await write(name, { as: name });
  return { ok: r === 'saved', name };
}

/** "Keep mine": write over the copy on disk deliberately (no expected revision). */
export async function overwriteTheirs(): Promise<void> {
  const name = openFileName();
  if (name) await write(name, { overwrite: true });
}

/** "Reload theirs": my version stays one Undo away (and the banner said so), so even this choice loses nothing. */
export async function reloadTheirs(): Promise<string | null> {
  const name = openFileName();
  if (!name) return null;
  const mine = useScenarioStore.getState().scenario;
  const err = await openFile(name);
  if (!err && mine) useScenarioStore.temporal.setState({ pastStates: [{ scenario: mine }], futureStates: [] });
  return err;
}

export async function duplicateFile(name: string): Promise<string | null> {
  try {
    const { content } = await readDocument('scenario', name);
    const taken = new Set(fileList('scenario').map((f) => f.name));
    const copy = copyName(name, taken);
    const scenario = {
      ...content.scenario,
      meta: { ...content.scenario.meta, name: `${content.scenario.meta.name} (${copyNumber(copy)})` },
    };
    await writeDocument('scenario', copy, { schemaVersion: 1, kind: 'scenario', scenario }, null);
    await refreshLibrary();
    return null;
  } catch (err) {
    return (err as Error).message;
  }
}

export async function renameFile(name: string, newDisplayName: string): Promise<string | null> {
  try {
    const newName = scenarioFileName(newDisplayName);
    const res = await api('workspace:rename-file', { kind: 'scenario', name, newName });
    const st = useScenarioStore.getState();
    const open = scenarioSession.store.getState().file;
    if (open?.name === name && st.scenario && st.saved) {
      // Adopt the renamed file's revision only if it is the version we loaded: if someone changed it on disk
      // meanwhile, keeping our old revision makes the next save report the conflict instead of overwriting.
      scenarioSession.adopt({ name: newName, revision: open.revision ?? res.revision });
      useScenarioStore.getState().markSaved(newName, st.saved);
      if (!sameScenario(st.scenario, st.saved)) useScenarioStore.getState().edit(st.scenario, 'rename');
    }
    await refreshLibrary();
    return null;
  } catch (err) {
    return (err as Error).message;
  }
}

export async function deleteFile(name: string): Promise<string | null> {
  try {
    const { trashedAs } = await api('workspace:delete-file', { kind: 'scenario', name });
    useScenarioLibrary.setState({ lastDeleted: { name, trashedAs } });
    await refreshLibrary();
    return null;
  } catch (err) {
    return (err as Error).message;
  }
}

export async function undoDelete(): Promise<string | null> {
  const d = useScenarioLibrary.getState().lastDeleted;
  if (!d) return null;
  try {
    await api('workspace:restore-file', { kind: 'scenario', trashedAs: d.trashedAs });
    useScenarioLibrary.setState({ lastDeleted: null });
    await refreshLibrary();
    return null;
  } catch (err) {
    return (err as Error).message;
  }
}
