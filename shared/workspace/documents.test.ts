import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { decodeDocument, encodeDocument, type DocumentKind } from './documents';

// A kind with two numbered migrations: v1 stored `rate` as a fraction, v2 renamed it, v3 stores percent.
const Schema = z.object({ schemaVersion: z.literal(3), kind: z.literal('demo'), ratePct: z.number().min(0).max(100) });
const demo: DocumentKind<z.infer<typeof Schema>> = {
  kind: 'demo',
  dir: 'demo',
  label: 'demo file',
  currentVersion: 3,
  migrations: [
    ({ rate, ...rest }) => ({ ...rest, discountRate: rate }),
    ({ discountRate, ...rest }) => ({ ...rest, ratePct: Number(discountRate) * 100 }),
  ],
  schema: Schema,
};

describe('decodeDocument', () => {
  it('runs the numbered migrations in order', () => {
    expect(decodeDocument(demo, '{"schemaVersion":1,"kind":"demo","rate":0.08}', 'a.json')).toEqual({
      schemaVersion: 3,
      kind: 'demo',
      ratePct: 8,
    });
    expect(decodeDocument(demo, '{"schemaVersion":2,"kind":"demo","discountRate":0.1}', 'a.json')).toEqual({
      schemaVersion: 3,
      kind: 'demo',
      ratePct: 10,
    });
  });

  it('refuses a newer version, naming the file and both versions', () => {
    expect(() => decodeDocument(demo, '{"schemaVersion":4,"kind":"demo"}', 'b.json')).toThrow(
      /b\.json was written by a newer version of the app \(schemaVersion 4; this version reads up to 3\)/,
    );
  });

  it('names the file and the field that failed', () => {
    expect(() => decodeDocument(demo, '{"schemaVersion":3,"kind":"demo","ratePct":"eight"}', 'c.json')).toThrow(
      /c\.json has invalid content: ratePct: /,
    );
  });

  it('explains an empty or truncated file', () => {
    expect(() => decodeDocument(demo, '', 'd.json')).toThrow('d.json cannot be read: the file is empty.');
    expect(() => decodeDocument(demo, '{"schemaVersion":3,"ki', 'e.json')).toThrow(
      /e\.json cannot be read: it is not valid JSON/,
    );
  });

  it('refuses a file without a schema version', () => {
    expect(() => decodeDocument(demo, '{"kind":"demo"}', 'f.json')).toThrow(
      /f\.json is not a demo file: schemaVersion/,
    );
  });

  it('encodes stable JSON ending in a newline and refuses invalid documents', () => {
    expect(encodeDocument(demo, { schemaVersion: 3, kind: 'demo', ratePct: 8 }, 'g.json')).toBe(
      '{\n  "schemaVersion": 3,\n  "kind": "demo",\n  "ratePct": 8\n}\n',
    );
    expect(() => encodeDocument(demo, { schemaVersion: 3, kind: 'demo', ratePct: 800 }, 'g.json')).toThrow(
      /Refusing to save g\.json: ratePct/,
    );
  });
});
