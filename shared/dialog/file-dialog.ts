// Why: where the host cannot show the system's save and choose-folder dialogs (the Chromium host), main asks
// the app window to show its own: main opens a dialog by event, lists folders on request (only while that
// dialog is open) and receives the answer. These are the messages, shared by main and the renderer.
import { z } from 'zod';

export const DialogIdSchema = z.string().regex(/^dlg-\d{1,9}$/, 'must be a dialog id');

export const FileDialogRequestSchema = z.object({
  id: DialogIdSchema,
  /** save: pick a folder and type a file name; open: pick an existing file; folder: pick a folder. */
  mode: z.enum(['save', 'open', 'folder']),
  title: z.string(),
  /** Save: the suggested file (folder + name). Open and folder: the folder to start in. */
  defaultPath: z.string(),
  filters: z.array(z.object({ name: z.string(), extensions: z.array(z.string()) })),
});
export type FileDialogRequest = z.infer<typeof FileDialogRequestSchema>;

export const FolderListingSchema = z.object({
  path: z.string(),
  parent: z.string().nullable(),
  /** Sub-folders first; in a save or open dialog also the files its filters accept. */
  entries: z.array(z.object({ name: z.string(), kind: z.enum(['folder', 'file']), path: z.string() })),
  /** Quick places to jump to: the workspace, home, documents. */
  places: z.array(z.object({ label: z.string(), path: z.string() })),
});
export type FolderListing = z.infer<typeof FolderListingSchema>;

/** The user's choice: a folder (and, in a save or open dialog, a file name in it), or null for Cancel. */
export const DialogAnswerSchema = z.object({
  id: DialogIdSchema,
  choice: z
    .object({
      folder: z.string().min(1).max(4096),
      name: z
        .string()
        .max(255)
        .regex(/^[^/\\\0]*$/, 'a file name cannot contain / or \\')
        .optional(),
    })
    .nullable(),
});
export type DialogAnswer = z.infer<typeof DialogAnswerSchema>;
