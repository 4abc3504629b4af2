// Why: the small shapes that cross the IPC boundary (signature block, trusted publisher, signer status) sit
// apart from the file reader, so the contract and the preload do not pull in the bundled data with it.
import { z } from 'zod';

const base64url = z.string().regex(/^[A-Za-z0-9_-]+$/, 'must be base64url text');

export const EditionSignatureSchema = z.object({
  algorithm: z.literal('ed25519'),
  /** The signer's raw 32-byte public key, base64url (the "x" of its JWK). */
  publicKey: base64url.length(43, 'must be a 32-byte ed25519 public key (43 base64url characters)'),
  /** The 64-byte signature over canonicalJson(file without "signature"), base64url. */
  value: base64url.length(86, 'must be a 64-byte ed25519 signature (86 base64url characters)'),
});
export type EditionSignature = z.infer<typeof EditionSignatureSchema>;

/** A publisher whose editions this machine trusts; kept in the per-machine settings, never in the workspace. */
export const TrustedPublisherSchema = z.object({
  name: z.string().trim().min(1, 'give the publisher a name').max(120),
  publicKey: EditionSignatureSchema.shape.publicKey,
});
export type TrustedPublisher = z.infer<typeof TrustedPublisherSchema>;

/** Who vouches for an edition: shown beside the edition label wherever it is described. */
export const SignerStatusSchema = z.discriminatedUnion('status', [
  z.object({ status: z.literal('bundled') }),
  z.object({ status: z.literal('unsigned') }),
  z.object({ status: z.literal('trusted'), name: z.string(), publicKey: z.string(), fingerprint: z.string() }),
  z.object({ status: z.literal('unknown'), publicKey: z.string(), fingerprint: z.string() }),
]);
export type SignerStatus = z.infer<typeof SignerStatusSchema>;
