// Why: main tells the renderer which edition is active, where it came from and who vouches for it; this is
// the one shape of that answer, shared by the contract, the edition service and the views that show it.
import { z } from 'zod';
import { EditionSchema } from '../model/edition';
import { SignerStatusSchema, TrustedPublisherSchema } from './schemas';

export const EditionOriginSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('bundled') }),
  z.object({
    kind: z.literal('imported'),
    fileName: z.string(),
    /** The path it was imported from, as the user chose it. */
    importedFrom: z.string(),
    importedAt: z.string(),
    /** Of the imported file's bytes: which edition a print job belongs to. */
    sha256: z.string(),
  }),
]);
export type EditionOrigin = z.infer<typeof EditionOriginSchema>;

export const ActiveEditionSchema = z.object({
  /** null: the edition built into this release is active. */
  edition: EditionSchema.nullable(),
  origin: EditionOriginSchema,
  signer: SignerStatusSchema,
  /** Why the workspace's stored edition is not in use (damaged, tampered); the bundled edition is used. */
  problem: z.string().nullable(),
});
export type ActiveEditionInfo = z.output<typeof ActiveEditionSchema>;

/** The key a print job carries so the print surface renders the edition the export started with. */
export const editionKey = (info: Pick<ActiveEditionInfo, 'origin'>): string =>
  info.origin.kind === 'bundled' ? 'bundled' : info.origin.sha256;

export const TrustedPublisherViewSchema = TrustedPublisherSchema.extend({ fingerprint: z.string() });
export type TrustedPublisherView = z.infer<typeof TrustedPublisherViewSchema>;
