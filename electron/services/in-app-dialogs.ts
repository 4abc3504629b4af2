// Why: a host without system file dialogs (the Chromium host) still needs "Save as" and "Choose folder".
// This is main's half of the in-app dialog: it implements the same Dialogs interface the services use, asks
// the app window to show the dialog (an event), lists folders for it only while that dialog is open, and
// checks the answer before the waiting service gets it.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { DialogAnswer, FileDialogRequest, FolderListing } from '../../shared/dialog/file-dialog';
import { AppError } from '../../shared/errors';
import type { Dialogs } from './dialogs';
import { diskReason } from './disk-errors';

export interface InAppDialogDeps {
  /** Shows the dialog in the app window. */
  show(request: FileDialogRequest): void;
  /** Quick places besides the workspace (home, documents). */
  places: { label: string; path: string }[];
}

export class InAppDialogs implements Dialogs {
  private readonly pending = new Map<string, { request: FileDialogRequest; resolve(answer: string | null): void }>();
  private seq = 0;

  constructor(private readonly deps: InAppDialogDeps) {}

  showSave(options: {
    title: string;
    defaultPath: string;
    filters: FileDialogRequest['filters'];
  }): Promise<string | null> {
    return this.ask({ mode: 'save', ...options });
  }

  chooseFolder(options: { title: string; defaultPath: string }): Promise<string | null> {
    return this.ask({ mode: 'folder', ...options, filters: [] });
  }

  chooseFile(options: {
    title: string;
    defaultPath: string;
    filters: FileDialogRequest['filters'];
  }): Promise<string | null> {
    return this.ask({ mode: 'open', ...options });
  }

  /** The folder's sub-folders (and, in a save dialog, the files its filters accept), for the open dialog `id`. */
  async list(id: string, dir: string, workspaceDir: string | null): Promise<FolderListing> {
    const entry = this.pending.get(id);
    if (!entry) throw new AppError('BAD_INPUT', 'That dialog is already closed.');
    const full = path.resolve(dir);
    let dirents: import('node:fs').Dirent[];
    try {
      dirents = await fs.readdir(full, { withFileTypes: true });
    } catch (err) {
      throw new AppError('IO_ERROR', `Could not open the folder ${full}: ${diskReason(err)}.`, { file: full });
    }
    const extensions = entry.request.filters.flatMap((f) => f.extensions.map((e) => `.${e.toLowerCase()}`));
    const visible = dirents.filter((d) => !d.name.startsWith('.'));
    const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name);
    const item = (kind: 'folder' | 'file') => (d: { name: string }) => ({
      name: d.name,
      kind,
      path: path.join(full, d.name),
    });
    const folders = visible.filter((d) => d.isDirectory()).map(item('folder'));
    const accepted = (d: import('node:fs').Dirent) =>
      d.isFile() && extensions.includes(path.extname(d.name).toLowerCase());
    const files = entry.request.mode === 'folder' ? [] : visible.filter(accepted).map(item('file'));
    const parent = path.dirname(full);
    const places = [...(workspaceDir ? [{ label: 'Workspace', path: workspaceDir }] : []), ...this.deps.places];
    return {
      path: full,
      parent: parent === full ? null : parent,
      entries: [...folders.sort(byName), ...files.sort(byName)],
      places,
    };
  }

  /** Closes dialog `id` with the user's choice (null = Cancel). A choice that cannot be used is refused with the reason. */
  async answer(id: string, choice: DialogAnswer['choice']): Promise<boolean> {
    const entry = this.pending.get(id);
    if (!entry) return false;
    let answer: string | null = null;
    if (choice !== null) {
      const folder = path.resolve(choice.folder);
      const stat = await fs.stat(folder).catch((err: unknown) => err as Error);
      if (stat instanceof Error)
        throw new AppError('BAD_INPUT', `The folder ${folder} cannot be used: ${diskReason(stat)}.`, { file: folder });
      if (!stat.isDirectory()) throw new AppError('BAD_INPUT', `${folder} is not a folder.`, { file: folder });
      const name = choice.name?.trim() ?? '';
      const { mode } = entry.request;
      if (mode !== 'folder' && (!name || name === '.' || name === '..'))
        throw new AppError('BAD_INPUT', mode === 'save' ? 'Type a file name.' : 'Choose a file.');
      answer = mode === 'folder' ? folder : path.join(folder, name);
      if (mode === 'open') {
        const file = await fs.stat(answer).catch(() => null);
        if (!file?.isFile()) throw new AppError('BAD_INPUT', `${name} is not a file in ${folder}.`, { file: answer });
      }
    }
    this.pending.delete(id);
    entry.resolve(answer);
    return true;
  }

  /** The window went away: every open dialog counts as cancelled. */
  cancelAll(): void {
    for (const [id, entry] of this.pending) {
      this.pending.delete(id);
      entry.resolve(null);
    }
  }

  private ask(request: Omit<FileDialogRequest, 'id'>): Promise<string | null> {
    const id = `dlg-${++this.seq}`;
    return new Promise((resolve) => {
      const full = { id, ...request };
      this.pending.set(id, { request: full, resolve });
      this.deps.show(full);
    });
  }
}
