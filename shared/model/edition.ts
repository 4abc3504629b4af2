// Why: the bundled data is a versioned *edition*, so every screen, PDF and export can say which data it
// uses and a team can move to a newer edition without a new release. This is the one schema for an
// edition's identity; the dataset inside is the existing DatasetSchema.
import { z } from 'zod';
import { DatasetSchema } from './dataset';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written YYYY-MM-DD');

export const EditionMetaSchema = z.object({
  /** e.g. "2026-06"; a suffix may follow for a corrected re-issue ("2026-06-r2"). */
  id: z.string().regex(/^\d{4}-\d{2}(-[a-z0-9]+)?$/, 'must look like 2026-06 or 2026-06-r2'),
  /** The day the edition was published. */
  publishedAt: isoDate,
  /** The as-of date of the newest figure in the edition. */
  asOf: isoDate,
  /** The edition this one revises, for the "What changed" view; null for the first. */
  previousId: z.string().nullable(),
  publisher: z.string().min(1).max(200),
  notes: z.string().max(4000).optional(),
});
export type EditionMeta = z.infer<typeof EditionMetaSchema>;

export const EditionSchema = z.object({
  schemaVersion: z.literal(1),
  meta: EditionMetaSchema,
  dataset: DatasetSchema,
});
export type Edition = z.infer<typeof EditionSchema>;
export type EditionInput = z.input<typeof EditionSchema>;
