// Why: everything the Scenarios view does with the workspace goes through main (list, open, save, save as,
// duplicate, rename, delete with undo), and the open file is watched: a change on disk reloads a clean editor and
// raises the "changed on disk" choice when there are unsaved edits. No path here can drop the user's edits.
import { create } from 'zustand';
import type { FileEntry } from '../../../shared/workspace/files';
import { createScenarioFromPreset, presets, type Scenario } from '../../../shared/scenario';
import { copyName, copyNumber, slugify, toFileName } from '../../../shared/workspace/names';
import { api, hasBridge, onEvent, type ApiError } from '../api/client';
import { readDocument, writeDocument } from '../api/documents';
import { clearDraft, readDraft, startDraftAutosave, type Draft } from './scenarioDrafts';
import { isDirty, sameScenario, useScenarioStore } from './scenario';
import { onWorkspaceSwitched, registerUnsavedCheck } from './workspace';

registerUnsavedCheck(() => {
  const st = useScenarioStore.getState();
  return st.scenario && isDirty(st) ? [`scenario ${st.fileName ?? st.scenario.meta.name}`] : [];
});

interface LibraryState {
  files: FileEntry[];
  loading: boolean;
  error: string | null;
  /** The last delete, so "Undo" can restore it from .trash. */
  lastDeleted: { name: string; trashedAs: string } | null;
  /** Unsaved edits found for the document just opened: offered, never applied silently. */
  draftOffer: Draft | null;
  refresh(): Promise<void>;
}

export const useScenarioLibrary = create<LibraryState>((set) => ({
  files: [],
  loading: false,
  error: null,
  lastDeleted: null,
  draftOffer: null,
  async refresh() {
    if (!hasBridge()) return;
    set({ loading: true });
    try {
      set({ files: await api('workspace:list-files', { kind: 'scenario' }), loading: false, error: null });
    } catch (err) {
      set({ loading: false, error: (err as Error).message });
    }
  },
}));

const fileEnvelope = (scenario: Scenario) => ({ schemaVersion: 1 as const, kind: 'scenario' as const, scenario });

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
  startDraftAutosave();
  const id = presets.some((p) => p.id === presetId) ? presetId : 'blank';
  const key = `preset:${id}${opts.deposit ? `:${opts.deposit}` : ''}`;
  const s = createScenarioFromPreset(id, { now: new Date().toISOString() });
  if (opts.depositName && id === 'blank') s.meta = { ...s.meta, name: opts.depositName, id: opts.deposit ?? s.meta.id };
  useScenarioStore
    .getState()
    .load({ key, scenario: s, source: s, sourceLabel: presetLabel(id), fileName: null, revision: null, saved: null });
  offerDraft(key, s);
}

/** Opens a workspace file; errors (damaged, newer, missing) are returned for the view to show. */
export async function openFile(name: string): Promise<string | null> {
  startDraftAutosave();
  try {
    const res = await readDocument('scenario', name);
    const s = res.content.scenario;
    useScenarioStore.getState().load({
      key: `file:${name}`,
      scenario: s,
      source: s,
      sourceLabel: name,
      fileName: name,
      revision: res.revision,
      saved: s,
    });
    offerDraft(`file:${name}`, s);
    return null;
  } catch (err) {
    return (err as Error).message;
  }
}

export function restoreDraft(): void {
  const d = useScenarioLibrary.getState().draftOffer;
  if (!d) return;
  const cur = useScenarioStore.getState();
  useScenarioStore.getState().load({
    key: d.key,
    scenario: cur.scenario ?? d.scenario,
    source: d.source,
    sourceLabel: d.sourceLabel,
    fileName: d.fileName,
    revision: d.revision,
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

/** Events for the open file that arrive while our own save is in flight are judged once its revision is known. */
let saving = false;
const deferred: { name: string; change: string; revision: string | null }[] = [];

async function write(
  name: string,
  expectedRevision: string | null | undefined,
): Promise<'saved' | 'conflict' | 'error'> {
  const st = useScenarioStore.getState();
  if (!st.scenario) return 'error';
  const prevKey = st.key;
  const scenario: Scenario = { ...st.scenario, meta: { ...st.scenario.meta, updatedAt: new Date().toISOString() } };
  st.set({ save: { status: 'saving', message: null } });
  saving = true;
  try {
    const res = await writeDocument('scenario', name, fileEnvelope(scenario), expectedRevision);
    // Edits typed while the write was in flight stay unsaved (and in the draft).
    const now = useScenarioStore.getState().scenario;
    useScenarioStore.getState().markSaved(name, res.revision, scenario);
    if (now && now !== st.scenario) useScenarioStore.getState().edit(now, 'after-save');
    if (prevKey && prevKey !== `file:${name}`) clearDraft(prevKey);
    if (!isDirty(useScenarioStore.getState())) clearDraft(`file:${name}`);
    void useScenarioLibrary.getState().refresh();
    return 'saved';
  } catch (err) {
    const e = err as ApiError;
    if (e.code === 'CONFLICT' && expectedRevision !== null) {
      useScenarioStore
        .getState()
        .set({ disk: { kind: 'changed', message: e.message }, save: { status: 'idle', message: null } });
      return 'conflict';
    }
    useScenarioStore.getState().set({ save: { status: 'error', message: e.message } });
    return e.code === 'CONFLICT' ? 'conflict' : 'error';
  } finally {
    saving = false;
    for (const ev of deferred.splice(0)) onFileEvent(ev);
  }
}

/** Save to the open file (conflict-checked). Returns 'needs-name' for a never-saved scenario. */
export async function saveCurrent(): Promise<'saved' | 'conflict' | 'error' | 'needs-name'> {
  const st = useScenarioStore.getState();
  if (!st.fileName) return 'needs-name';
  // After a delete on disk the file is simply recreated.
  return write(st.fileName, st.disk?.kind === 'deleted' ? null : st.revision);
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
  const r = await write(name, null);
  return { ok: r === 'saved', name };
}

/** "Keep mine": write over the copy on disk deliberately (no expected revision). */
export async function overwriteTheirs(): Promise<void> {
  const st = useScenarioStore.getState();
  if (st.fileName) await write(st.fileName, undefined);
}

/** "Reload theirs": my version stays one Undo away (and the banner said so), so even this choice loses nothing. */
export async function reloadTheirs(): Promise<string | null> {
  const st = useScenarioStore.getState();
  if (!st.fileName) return null;
  const mine = st.scenario;
  const err = await openFile(st.fileName);
  if (!err && mine) useScenarioStore.temporal.setState({ pastStates: [{ scenario: mine }], futureStates: [] });
  return err;
}

export async function duplicateFile(name: string): Promise<string | null> {
  try {
    const { content } = await readDocument('scenario', name);
    const taken = new Set(useScenarioLibrary.getState().files.map((f) => f.name));
    const copy = copyName(name, taken);
    const scenario = {
      ...content.scenario,
      meta: { ...content.scenario.meta, name: `${content.scenario.meta.name} (${copyNumber(copy)})` },
    };
    await writeDocument('scenario', copy, fileEnvelope(scenario), null);
    await useScenarioLibrary.getState().refresh();
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
    if (st.fileName === name && st.scenario && st.saved) {
      // Adopt the renamed file's revision only if it is the version we loaded: if someone changed it on disk
      // meanwhile, keeping our old revision makes the next save report the conflict instead of overwriting.
      const revision = st.revision === res.revision ? res.revision : st.revision;
      useScenarioStore.getState().markSaved(newName, revision ?? res.revision, st.saved);
      if (!sameScenario(st.scenario, st.saved)) useScenarioStore.getState().edit(st.scenario, 'rename');
    }
    await useScenarioLibrary.getState().refresh();
    return null;
  } catch (err) {
    return (err as Error).message;
  }
}

export async function deleteFile(name: string): Promise<string | null> {
  try {
    const { trashedAs } = await api('workspace:delete-file', { kind: 'scenario', name });
    useScenarioLibrary.setState({ lastDeleted: { name, trashedAs } });
    await useScenarioLibrary.getState().refresh();
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
    await useScenarioLibrary.getState().refresh();
    return null;
  } catch (err) {
    return (err as Error).message;
  }
}

function onFileEvent(e: { name: string; change: string; revision: string | null }): void {
  const st = useScenarioStore.getState();
  if (e.name !== st.fileName) return;
  if (saving) return void deferred.push(e);
  if (e.change === 'unlink') return st.set({ disk: { kind: 'deleted' } });
  if (e.revision !== null && e.revision === st.revision) return; // our own save
  if (isDirty(st) || st.disk) st.set({ disk: { kind: 'changed', message: null } });
  else void openFile(e.name);
}

let watching = false;
export function watchScenarioFiles(): void {
  if (watching) return;
  watching = true;
  onEvent('workspace:changed', (e) => {
    if (e.kind !== 'scenario') return;
    void useScenarioLibrary.getState().refresh();
    onFileEvent(e);
  });
  // After a folder switch the list is the new folder's; an open file is re-read from there, or marked missing.
  onWorkspaceSwitched(() => {
    useScenarioLibrary.setState({ lastDeleted: null });
    void useScenarioLibrary.getState().refresh();
    const open = useScenarioStore.getState().fileName;
    if (open) {
      void openFile(open).then((err) => err && useScenarioStore.getState().set({ disk: { kind: 'deleted' } }));
    }
  });
}
