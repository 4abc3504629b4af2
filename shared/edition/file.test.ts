import { describe, expect, it } from 'vitest';
import { bundledEdition } from '../data';
import { canonicalJson, readEditionFile, signedText } from './file';
import { editionLabel } from './label';
import { tinyNextEditionInput } from './edition.fixture';

const text = (v: unknown) => JSON.stringify(v, null, 2);

describe('edition file', () => {
  it('accepts a whole, consistent edition, and the bundled one', () => {
    const r = readEditionFile('2026-06.json', text(tinyNextEditionInput()));
    expect(r.ok && r.edition.meta.id).toBe('2026-06');
    expect(r.ok && r.signature).toBeNull();
    expect(readEditionFile('bundled.json', text(bundledEdition)).ok).toBe(true);
  });

  it('refuses a file that is not JSON, naming the file', () => {
    const r = readEditionFile('usb.json', '{"schemaVersion": 1,');
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/^usb\.json is not valid JSON/) });
  });

  it('refuses a bad field, naming file and field', () => {
    const e = tinyNextEditionInput();
    (e.dataset.headline[0] as { confidence: string }).confidence = 'Z';
    const r = readEditionFile('colleague.json', text(e));
    expect(r.ok).toBe(false);
    expect(!r.ok && r.message).toMatch(
      /^colleague\.json is not a valid data edition: dataset\.headline\.0\.confidence: /,
    );
  });

  it('refuses a citation of a missing source and a figure newer than the edition', () => {
    const e = tinyNextEditionInput();
    e.dataset.deposits[0]!.fields[0]!.sourceIds = ['nowhere'];
    e.dataset.prices[0]!.reference.asOf = '2026-07-01';
    const r = readEditionFile('e.json', text(e));
    expect(!r.ok && r.message).toContain(
      'dataset.deposits[0].fields[0].sourceIds[0] cites source "nowhere", which is not in dataset.sources',
    );
    expect(!r.ok && r.message).toContain(
      "figure price.copper.asOf is 2026-07-01, later than the edition's as-of date 2026-06-24",
    );
  });

  it('refuses a newer format with a reason to update', () => {
    const r = readEditionFile('e.json', text({ ...tinyNextEditionInput(), schemaVersion: 2 }));
    expect(!r.ok && r.message).toBe(
      'e.json is edition format 2, newer than this app reads (1). Update the app to use it.',
    );
  });

  it('signs the same bytes whatever the key order or whitespace, never the signature itself', () => {
    expect(canonicalJson({ b: 1, a: [{ d: null, c: 'x' }] })).toBe('{"a":[{"c":"x","d":null}],"b":1}');
    expect(signedText({ b: 2, signature: { value: 'x' }, a: 1 })).toBe('{"a":1,"b":2}');
  });

  it('writes the edition label in English and Urdu', () => {
    expect(editionLabel({ id: '2026-06', asOf: '2026-06-24' })).toBe('Data edition 2026-06, figures as of 24 Jun 2026');
    const ur = editionLabel({ id: '2026-06', asOf: '2026-06-24' }, 'ur');
    expect(ur).toContain('2026-06');
    expect(ur).toMatch(/^ڈیٹا ایڈیشن/);
  });
});
