// Why: a publisher signs a data edition so teams can tell it comes from them and was not altered on the way.
// Node's own ed25519, no new dependency.
//   npx tsx scripts/sign-edition.ts keygen <folder>                       makes edition-signing.private.pem, prints the public key
//   npx tsx scripts/sign-edition.ts sign <edition.json> <key.pem> [out]   checks the edition whole, then writes it signed
//   npx tsx scripts/sign-edition.ts verify <edition.json>                 says whether the signature matches, and whose key it is
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { readEditionFile } from '../shared/edition/file';
import {
  generateEditionKeyPair,
  keyFingerprint,
  signEditionFile,
  verifyEditionContent,
} from '../electron/services/edition-signature';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const [command, a, b, c] = process.argv.slice(2);

if (command === 'keygen' && a) {
  const file = path.join(a, 'edition-signing.private.pem');
  if (existsSync(file)) fail(`${file} exists already; it was not overwritten.`);
  const keys = generateEditionKeyPair();
  writeFileSync(file, keys.privateKeyPem, { mode: 0o600, flag: 'wx' });
  console.log(`Private key: ${file} (keep it secret; anyone holding it can sign as you)`);
  console.log(`Public key:  ${keys.publicKey}`);
  console.log(`Fingerprint: ${keyFingerprint(keys.publicKey)}`);
  console.log('Teams add the public key under Settings → Data edition → Trusted publishers.');
} else if (command === 'sign' && a && b) {
  const out = c ?? a.replace(/\.json$/, '.signed.json');
  try {
    writeFileSync(out, signEditionFile(path.basename(a), readFileSync(a, 'utf8'), readFileSync(b, 'utf8')));
  } catch (err) {
    fail((err as Error).message);
  }
  console.log(`Signed edition written to ${out}`);
} else if (command === 'verify' && a) {
  const checked = readEditionFile(path.basename(a), readFileSync(a, 'utf8'));
  if (!checked.ok) fail(checked.message);
  if (!checked.signature)
    fail(`${path.basename(a)} is a valid edition (${checked.edition.meta.id}) but is not signed.`);
  if (!verifyEditionContent(checked.raw, checked.signature))
    fail(`${path.basename(a)}: the signature does not match the content (altered after signing).`);
  console.log(
    `${path.basename(a)}: edition ${checked.edition.meta.id}, signature valid, key ${keyFingerprint(checked.signature.publicKey)}`,
  );
} else {
  fail('Usage: sign-edition.ts keygen <folder> | sign <edition.json> <key.pem> [out.json] | verify <edition.json>');
}
