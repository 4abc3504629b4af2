// Why: teams add or correct deposits without rebuilding the app. A pack is a workspace file, validated
// like the bundled data, and its deposits are marked as user data wherever they show.
import { z } from 'zod';
import { DepositSchema } from '../model/dataset';
import { SourceSchema } from '../model/sourced';
import type { DocumentKind } from './documents';

export const DataPackSchema = z.object({
  schemaVersion: z.literal(1),
  kind: z.literal('data-pack'),
  name: z.string().min(1, 'a data pack needs a name'),
  description: z.string().default(''),
  /** Extra sources the pack's figures cite; they may also cite bundled source ids. */
  sources: z.array(SourceSchema).default([]),
  /** Deposits the pack adds. Ids are the pack's own: one the bundled data or an earlier pack uses is reported and skipped. */
  deposits: z.array(DepositSchema).min(1, 'a data pack must hold at least one deposit'),
});
export type DataPack = z.infer<typeof DataPackSchema>;

export const dataPackKind: DocumentKind<DataPack> = {
  kind: 'data-pack',
  dir: 'data',
  label: 'data pack',
  currentVersion: 1,
  migrations: [],
  schema: DataPackSchema,
};
