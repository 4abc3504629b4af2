// Why: the briefing builder's workspace side. The open briefing is a document session like every other editor's
// (revision-checked saves, conflict state, its own saves recognised, a clean briefing following the disk, a folder
// switch re-reading it); listing, duplicating and deleting saved briefings are the library around it.
import type { BriefingSpec } from '../../../../shared/briefing/spec';
import { copyName } from '../../../../shared/workspace/names';
import { api, ApiError } from '../../api/client';
import { readDocument, writeDocument } from '../../api/documents';
import { createDocumentSession, type DocumentSession } from '../../stores/documentSession';
import { fileList, refreshFileList } from '../../stores/fileLists';
import { editedFromSpec, useBriefingBuilder, type EditedBriefing } from './builderStore';

export const briefingSession: DocumentSession<'briefing'> = createDocumentSession('briefing', {
  // A new briefing belongs to no folder: only edits to a saved one are at stake when the disk or folder changes.
  dirty: () => useBriefingBuilder.getState().dirty && briefingSession.store.getState().file !== null,
  label: (): string =>
    briefingSession.store.getState().file?.name ?? useBriefingBuilder.getState().briefing.settings.title,
  reload: (name) => void openBriefing(name).catch(() => undefined),
});

/** Opens a saved briefing into the builder (a missing one keeps what is edited; the session marks it deleted). */
export async function openBriefing(name: string): Promise<void> {
  try {
    useBriefingBuilder.getState().load(editedFromSpec(await briefingSession.open(name)));
  } catch (err) {
    if (!(err instanceof ApiError && err.code === 'NOT_FOUND' && briefingSession.store.getState().file?.name === name))
      throw err;
  }
}

/** Starts a new, unsaved briefing in the builder. */
export function startNewBriefing(briefing: EditedBriefing): void {
  briefingSession.adopt(null);
  useBriefingBuilder.getState().load(briefing);
}

/**
 * Saves the valid spec: to the open briefing (revision-checked; `overwrite` after the user chose "keep mine"), or,
 * for a new one, under `suggested` or a free copy name. Throws with main's message when it was not saved.
 */
export async function saveBriefing(spec: BriefingSpec, suggested: string, overwrite = false): Promise<string> {
  const open = briefingSession.store.getState().file;
  const taken = new Set(fileList('briefing').map((b) => b.name));
  const as = open ? undefined : taken.has(suggested) ? copyName(suggested, taken) : suggested;
  const res = await briefingSession.save(spec, as ? { as } : { overwrite });
  if (!res.ok) throw new Error(res.message);
  useBriefingBuilder.getState().markSaved();
  await refreshFileList('briefing');
  return res.name;
}

export async function duplicateBriefing(name: string): Promise<string> {
  const { content } = await readDocument('briefing', name);
  const copy = copyName(name, new Set(fileList('briefing').map((b) => b.name)));
  await writeDocument('briefing', copy, content, null);
  await refreshFileList('briefing');
  return copy;
}

export async function deleteBriefing(name: string): Promise<void> {
  await api('workspace:delete-file', { kind: 'briefing', name });
  // What is edited stays in the builder as a new, unsaved briefing.
  if (briefingSession.store.getState().file?.name === name) {
    briefingSession.adopt(null);
    useBriefingBuilder.setState({ dirty: true });
  }
  await refreshFileList('briefing');
}

/** A saved briefing's spec, read for re-export without opening it. */
export async function readBriefing(name: string): Promise<BriefingSpec> {
  return (await readDocument('briefing', name)).content;
}
