// Why: what a workspace file is, as both sides see it: its kind (one sub-folder each), a name that is safe on every
// platform, its revision and a listing entry. Workspace code owns these; the IPC contract imports them.
import { z } from 'zod';
import { cleanFileStem, fileNameProblem } from './names';

/** Workspace document kinds the renderer may address. Each maps to one sub-folder. */
export const DocKindSchema = z.enum(['scenario', 'briefing', 'data-pack', 'roadmap', 'risk-scores']);
export type DocKind = z.infer<typeof DocKindSchema>;

/** A bare file name inside its kind's folder, valid on Windows, macOS and Linux alike (see names.ts). */
export const FileNameSchema = z.string().superRefine((name, ctx) => {
  const problem = fileNameProblem(name);
  if (problem) ctx.addIssue({ code: 'custom', message: problem });
});

/** A name offered in a save dialog, without its extension: exactly what the one cleaner gives (so a scenario
 *  called "Reko Diq (revised Phase 1 cost, ECC Sep 2025)" is offered as it reads), at most 100 characters. */
export const FileStemSchema = z
  .string()
  .min(1)
  .max(100)
  .refine(
    (stem) => cleanFileStem(stem, '') === stem,
    "letters, digits, spaces and _ ( ) . , ' & + - only, with no leading or trailing dot, space or dash",
  );

/** A file's content hash: what an editor loaded, so a save can tell whether the file changed since. */
export const RevisionSchema = z.string().regex(/^[0-9a-f]{16,64}$/);

export const FileEntrySchema = z.object({
  kind: DocKindSchema,
  name: z.string(),
  revision: RevisionSchema.nullable(),
  modifiedAt: z.string(),
  status: z.enum(['ok', 'damaged', 'newer-version']),
  problem: z.string().optional(),
  title: z.string().optional(),
});
export type FileEntry = z.infer<typeof FileEntrySchema>;
