import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { TrustedPublisher } from '../../shared/edition/schemas';
import { tinyNextEditionInput } from '../../shared/edition/edition.fixture';
import { editionKey } from '../../shared/edition/active';
import { EditionService } from './edition';
import { generateEditionKeyPair, keyFingerprint, signEditionContent, signEditionFile } from './edition-signature';

let dir: string;
let trusted: TrustedPublisher[];
const service = () =>
  new EditionService({
    workspaceRoot: () => path.join(dir, 'ws'),
    trustedPublishers: async () => trusted,
    now: () => new Date('2026-06-30T09:00:00Z'),
  });
const write = (name: string, content: unknown) => {
  const file = path.join(dir, name);
  writeFileSync(file, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return file;
};
const keys = generateEditionKeyPair();
const signed = () => {
  const e = tinyNextEditionInput();
  return { ...e, signature: signEditionContent(e as unknown as Record<string, unknown>, keys.privateKeyPem) };
};
const activeFile = () => path.join(dir, 'ws', 'editions', 'active.json');

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'pmb-edition-'));
  trusted = [];
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('edition import', () => {
  it('starts on the bundled edition', async () => {
    expect(await service().active()).toEqual({
      edition: null,
      origin: { kind: 'bundled' },
      signer: { status: 'bundled' },
      problem: null,
    });
  });

  it('applies a good unsigned edition, records where it came from and when, and says the publisher is unknown', async () => {
    const file = write('2026-06.json', tinyNextEditionInput());
    const info = await service().import(file);
    expect(info.edition?.meta.id).toBe('2026-06');
    expect(info.signer).toEqual({ status: 'unsigned' });
    expect(info.origin).toMatchObject({
      kind: 'imported',
      fileName: '2026-06.json',
      importedFrom: file,
      importedAt: '2026-06-30T09:00:00.000Z',
    });
    expect(editionKey(info)).toMatch(/^[0-9a-f]{64}$/);
    // It is the workspace's edition from now on, for every app that opens the folder.
    expect((await service().active()).edition?.meta.id).toBe('2026-06');
  });

  it('names a trusted signer, and an untrusted one only by fingerprint', async () => {
    const file = write('signed.json', signed());
    expect((await service().import(file)).signer).toEqual({
      status: 'unknown',
      publicKey: keys.publicKey,
      fingerprint: keyFingerprint(keys.publicKey),
    });
    trusted = [{ name: 'Ministry data unit', publicKey: keys.publicKey }];
    expect((await service().active()).signer).toMatchObject({ status: 'trusted', name: 'Ministry data unit' });
  });

  it('refuses a bad file naming file and field, and changes nothing', async () => {
    const good = await service().import(write('good.json', tinyNextEditionInput()));
    const before = readFileSync(activeFile(), 'utf8');
    const bad = tinyNextEditionInput();
    (bad.meta as { asOf: string }).asOf = '24 June';
    await expect(service().import(write('bad.json', bad))).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringMatching(
        /^bad\.json is not a valid data edition: meta\.asOf: must be a date written YYYY-MM-DD/,
      ),
    });
    await expect(service().import(write('broken.json', '{"meta":'))).rejects.toMatchObject({
      message: expect.stringMatching(/^broken\.json is not valid JSON/),
    });
    expect(readFileSync(activeFile(), 'utf8')).toBe(before);
    expect((await service().active()).origin).toEqual(good.origin);
  });

  it('refuses a tampered signed file (signature mismatch) and changes nothing', async () => {
    const s = signed();
    (s.meta as { publisher: string }).publisher = 'Someone else';
    await expect(service().import(write('tampered.json', s))).rejects.toMatchObject({
      code: 'BAD_INPUT',
      message: expect.stringMatching(/^tampered\.json has a signature that does not match its content/),
    });
    expect(await service().active()).toMatchObject({ edition: null, origin: { kind: 'bundled' } });
  });

  it('refuses a stored edition altered inside the workspace, leaving the file and using the bundled one', async () => {
    await service().import(write('signed.json', signed()));
    const record = JSON.parse(readFileSync(activeFile(), 'utf8'));
    record.file.dataset.headline[0].value = 99;
    writeFileSync(activeFile(), JSON.stringify(record));
    const info = await service().active();
    expect(info).toMatchObject({ edition: null, origin: { kind: 'bundled' } });
    expect(info.problem).toMatch(/^editions\/active\.json: signed\.json has a signature that does not match/);
    expect(JSON.parse(readFileSync(activeFile(), 'utf8')).file.dataset.headline[0].value).toBe(99);
  });

  it('goes back to the bundled edition, keeping the imported record in history', async () => {
    await service().import(write('2026-06.json', tinyNextEditionInput()));
    expect(await service().useBundled()).toMatchObject({ edition: null, origin: { kind: 'bundled' } });
    expect(await service().active()).toMatchObject({ edition: null, origin: { kind: 'bundled' }, problem: null });
    const history = readdirSync(path.join(dir, 'ws', 'editions', 'history'));
    expect(history).toHaveLength(1);
    expect(JSON.parse(readFileSync(path.join(dir, 'ws', 'editions', 'history', history[0]!), 'utf8')).fileName).toBe(
      '2026-06.json',
    );
  });
});

describe('signing an edition file (scripts/sign-edition.ts)', () => {
  it('signs a valid edition so it imports, and refuses to sign an invalid one', async () => {
    const text = signEditionFile('e.json', JSON.stringify(tinyNextEditionInput()), keys.privateKeyPem);
    expect(JSON.parse(text).signature.publicKey).toBe(keys.publicKey);
    trusted = [{ name: 'Data unit', publicKey: keys.publicKey }];
    expect((await service().import(write('e.json', text))).signer).toMatchObject({
      status: 'trusted',
      name: 'Data unit',
    });
    // Re-signing replaces the old signature rather than signing it.
    const again = signEditionFile('e.json', text, generateEditionKeyPair().privateKeyPem);
    expect((await service().import(write('e2.json', again))).signer.status).toBe('unknown');
    expect(() => signEditionFile('bad.json', '{"schemaVersion":1}', keys.privateKeyPem)).toThrow(
      /^bad\.json is not a valid data edition: .*It was not signed\.$/,
    );
  });
});
