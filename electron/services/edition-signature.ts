// Why: a team must be able to tell an edition from a known publisher from one anybody could have written,
// and a file altered after signing must be refused. ed25519 through Node's own crypto: no new dependency.
import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify } from 'node:crypto';
import { readEditionFile, signedText } from '../../shared/edition/file';
import type { EditionSignature } from '../../shared/edition/schemas';

export interface EditionKeyPair {
  /** Raw 32-byte public key, base64url: what a team pastes into its trusted-publishers list. */
  publicKey: string;
  /** PKCS#8 PEM: the publisher keeps it private. */
  privateKeyPem: string;
}

export function generateEditionKeyPair(): EditionKeyPair {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const jwk = publicKey.export({ format: 'jwk' });
  return { publicKey: String(jwk.x), privateKeyPem: privateKey.export({ format: 'pem', type: 'pkcs8' }).toString() };
}

const publicKeyObject = (publicKey: string) =>
  createPublicKey({ key: { kty: 'OKP', crv: 'Ed25519', x: publicKey }, format: 'jwk' });

/** Signs the edition file's content (everything but "signature") and returns the signature block to add. */
export function signEditionContent(raw: Record<string, unknown>, privateKeyPem: string): EditionSignature {
  const key = createPrivateKey(privateKeyPem);
  const jwk = createPublicKey(key).export({ format: 'jwk' });
  const value = sign(null, Buffer.from(signedText(raw), 'utf8'), key).toString('base64url');
  return { algorithm: 'ed25519', publicKey: String(jwk.x), value };
}

/** True only when the signature was made by `signature.publicKey` over exactly this content. */
export function verifyEditionContent(raw: Record<string, unknown>, signature: EditionSignature): boolean {
  try {
    return verify(
      null,
      Buffer.from(signedText(raw), 'utf8'),
      publicKeyObject(signature.publicKey),
      Buffer.from(signature.value, 'base64url'),
    );
  } catch {
    return false; // a malformed key is a failed verification, never a crash
  }
}

/** A short, readable fingerprint of a public key ("3fa2 91c0 7e4b d5a8") to compare over the phone. */
export function keyFingerprint(publicKey: string): string {
  const hex = createHash('sha256').update(Buffer.from(publicKey, 'base64url')).digest('hex').slice(0, 16);
  return hex.match(/.{4}/g)!.join(' ');
}

/**
 * A signed copy of an edition file's text: the edition is checked whole first (an invalid edition is never
 * signed), any old signature is replaced, and the result stays readable JSON for review in a diff.
 */
export function signEditionFile(fileName: string, text: string, privateKeyPem: string): string {
  const checked = readEditionFile(fileName, text);
  if (!checked.ok) throw new Error(checked.message.replace(/ Nothing was changed\.$/, ' It was not signed.'));
  const { signature: _old, ...content } = checked.raw;
  return `${JSON.stringify({ ...content, signature: signEditionContent(content, privateKeyPem) }, null, 2)}\n`;
}
