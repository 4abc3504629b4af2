import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sweepTempFiles, TEMP_MARKER, tempPathFor, writeFileAtomic } from './atomic-write';

describe('writeFileAtomic', () => {
  it('replaces the file and leaves no temp file behind', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pmb-aw-'));
    const file = path.join(dir, 'a.json');
    await writeFileAtomic(file, 'one');
    await writeFileAtomic(file, 'two');
    expect(readFileSync(file, 'utf8')).toBe('two');
    expect(readdirSync(dir)).toEqual(['a.json']);
  });

  it('serialises concurrent writers to one path: the last call wins, whole', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pmb-aw-'));
    const file = path.join(dir, 'a.json');
    const payloads = Array.from({ length: 20 }, (_, i) => `${i}:`.padEnd(50_000, String(i % 10)));
    await Promise.all(payloads.map((p) => writeFileAtomic(file, p)));
    expect(readFileSync(file, 'utf8')).toBe(payloads[19]);
  });

  it('fails cleanly when the folder does not exist, leaving nothing behind', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pmb-aw-'));
    await expect(writeFileAtomic(path.join(dir, 'missing', 'a.json'), 'x')).rejects.toMatchObject({ code: 'ENOENT' });
    expect(readdirSync(dir)).toEqual([]);
  });

  it('sweeps temp files a crashed writer left, recursively, and nothing else', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'pmb-aw-'));
    const sub = path.join(dir, 'scenarios');
    await writeFileAtomic(path.join(dir, 'keep.json'), 'x');
    mkdirSync(sub);
    writeFileSync(tempPathFor(path.join(sub, 'a.json')), 'half');
    writeFileSync(tempPathFor(path.join(dir, 'b.json')), 'half');
    expect(await sweepTempFiles(dir)).toBe(2);
    expect(readdirSync(dir).filter((n) => n.includes(TEMP_MARKER))).toEqual([]);
    expect(readdirSync(sub)).toEqual([]);
    expect(readFileSync(path.join(dir, 'keep.json'), 'utf8')).toBe('x');
  });
});
