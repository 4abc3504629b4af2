import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { subsetFont } from './subset-font';

const FONTS = path.resolve(import.meta.dirname, '../renderer/src/assets/fonts');
const math = readFileSync(path.join(FONTS, 'NotoSansMath-Symbols.ttf'));

function tables(font: Buffer): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  for (let i = 0; i < font.readUInt16BE(4); i++) {
    const rec = 12 + i * 16;
    out.set(
      font.toString('latin1', rec, rec + 4),
      font.subarray(font.readUInt32BE(rec + 8), font.readUInt32BE(rec + 8) + font.readUInt32BE(rec + 12)),
    );
  }
  return out;
}

describe('subsetFont', () => {
  it('keeps only the requested glyphs (plus .notdef), each reachable through a new cmap', () => {
    const out = subsetFont(math, [0x2248, 0x2192]);
    const t = tables(out);
    expect(t.get('maxp')!.readUInt16BE(4)).toBe(3);
    // Re-subsetting the result finds both code points again: the written cmap and glyph table are readable.
    expect(() => subsetFont(out, [0x2248, 0x2192])).not.toThrow();
    expect(() => subsetFont(out, [0x2265])).toThrow(/no glyph for U\+2265/);
    expect(out.length).toBeLessThan(math.length);
  });

  it('writes a valid sfnt: whole-file checksum and sorted table directory', () => {
    const out = subsetFont(math, [0x2248]);
    const padded = Buffer.concat([out, Buffer.alloc((4 - (out.length % 4)) % 4)]);
    let sum = 0;
    for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
    expect(sum).toBe(0xb1b0afba);
    const tags = [...tables(out).keys()];
    expect(tags).toEqual([...tags].sort());
    expect(tags).not.toContain('GSUB');
  });

  it('takes the vertical metrics of a reference font, so a symbol does not heighten a line', () => {
    const ref = Buffer.from(math);
    const refTables = tables(ref);
    const hhea = refTables.get('hhea')!;
    hhea.writeInt16BE(1069, 4);
    hhea.writeInt16BE(-293, 6);
    const out = tables(subsetFont(math, [0x2248], ref));
    expect(out.get('hhea')!.readInt16BE(4)).toBe(1069);
    expect(out.get('hhea')!.readInt16BE(6)).toBe(-293);
  });
});
