// Why: the bundled text fonts (Noto Sans, Noto Naskh Arabic, Noto Nastaliq Urdu) lack symbols the data and UI
// use (≈ ≥ ≤ → ← ↑ ↓ ▲ ▼ ⚠ …). Without a bundled face for them Chromium falls back to a system font (DejaVu)
// and, for a synthesized bold, prints Type 3 outlines. This makes small, real TrueType subsets of Noto Sans
// Math and Noto Sans Symbols 2 (SIL OFL 1.1) holding exactly those glyphs, for renderer/src/assets/fonts.
//
//   node --import tsx/esm scripts/subset-font.ts <source.ttf> <out.ttf> <code points, e.g. 2248,2192> [metrics.ttf]
//
// With a metrics font (Noto Sans), the subset takes its ascender, descender and line gap: a symbol inside a
// Noto Sans line then neither makes the line taller nor gets a taller text box in the PDF than its neighbours.
//
// Only what a renderer needs is kept: outlines (glyf/loca, composites followed), metrics, a format-4 cmap,
// the hinting programs the outlines call, and the name/OS2/post tables. Layout tables (GSUB, GPOS, MATH)
// refer to the original glyph ids and are dropped.
import { readFileSync, writeFileSync } from 'node:fs';

type Tables = Map<string, Buffer>;

function readTables(font: Buffer): Tables {
  const tables: Tables = new Map();
  const n = font.readUInt16BE(4);
  for (let i = 0; i < n; i++) {
    const rec = 12 + i * 16;
    const tag = font.toString('latin1', rec, rec + 4);
    const offset = font.readUInt32BE(rec + 8);
    tables.set(tag, font.subarray(offset, offset + font.readUInt32BE(rec + 12)));
  }
  return tables;
}

function need(t: Tables, tag: string): Buffer {
  const b = t.get(tag);
  if (!b) throw new Error(`The source font has no '${tag}' table: only TrueType-outline fonts can be subset.`);
  return b;
}

/** Glyph id for a code point from the font's Unicode cmap (format 4 or 12). */
function cmapLookup(cmap: Buffer): (cp: number) => number {
  const n = cmap.readUInt16BE(2);
  const subtables = Array.from({ length: n }, (_, i) => ({
    platform: cmap.readUInt16BE(4 + i * 8),
    encoding: cmap.readUInt16BE(6 + i * 8),
    offset: cmap.readUInt32BE(8 + i * 8),
  }));
  const pick =
    subtables.find((s) => s.platform === 3 && s.encoding === 10) ??
    subtables.find((s) => s.platform === 3 && s.encoding === 1);
  if (!pick) throw new Error('The source font has no Windows Unicode cmap.');
  const t = cmap.subarray(pick.offset);
  const format = t.readUInt16BE(0);
  if (format === 12) {
    const groups = t.readUInt32BE(12);
    return (cp) => {
      for (let g = 0; g < groups; g++) {
        const o = 16 + g * 12;
        const start = t.readUInt32BE(o);
        if (cp >= start && cp <= t.readUInt32BE(o + 4)) return t.readUInt32BE(o + 8) + (cp - start);
      }
      return 0;
    };
  }
  if (format !== 4) throw new Error(`Unsupported cmap format ${format}.`);
  const segs = t.readUInt16BE(6) / 2;
  return (cp) => {
    for (let s = 0; s < segs; s++) {
      const end = t.readUInt16BE(14 + s * 2);
      if (cp > end) continue;
      const start = t.readUInt16BE(16 + segs * 2 + s * 2);
      if (cp < start) return 0;
      const delta = t.readInt16BE(16 + segs * 4 + s * 2);
      const rangeAt = 16 + segs * 6 + s * 2;
      const range = t.readUInt16BE(rangeAt);
      if (range === 0) return (cp + delta) & 0xffff;
      const gid = t.readUInt16BE(rangeAt + range + (cp - start) * 2);
      return gid === 0 ? 0 : (gid + delta) & 0xffff;
    }
    return 0;
  };
}

const ARG_WORDS = 0x1;
const HAS_SCALE = 0x8;
const MORE = 0x20;
const XY_SCALE = 0x40;
const TWO_BY_TWO = 0x80;

/** Offsets of the glyph-index fields in a composite glyph, so they can be followed and renumbered. */
function componentRefs(glyph: Buffer): number[] {
  if (glyph.length === 0 || glyph.readInt16BE(0) >= 0) return [];
  const refs: number[] = [];
  let p = 10;
  for (;;) {
    const flags = glyph.readUInt16BE(p);
    refs.push(p + 2);
    p += 4 + (flags & ARG_WORDS ? 4 : 2) + (flags & HAS_SCALE ? 2 : flags & XY_SCALE ? 4 : flags & TWO_BY_TWO ? 8 : 0);
    if (!(flags & MORE)) return refs;
  }
}

function checksum(b: Buffer): number {
  const padded = Buffer.concat([b, Buffer.alloc((4 - (b.length % 4)) % 4)]);
  let sum = 0;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

function buildCmap(map: [number, number][]): Buffer {
  const segs = [
    ...map.sort((a, b) => a[0] - b[0]).map(([cp, gid]) => ({ start: cp, end: cp, delta: (gid - cp) & 0xffff })),
    { start: 0xffff, end: 0xffff, delta: 1 },
  ];
  const n = segs.length;
  const sub = Buffer.alloc(16 + n * 8);
  const search = 2 ** Math.floor(Math.log2(n)) * 2;
  [4, sub.length, 0, n * 2, search, Math.log2(search / 2), n * 2 - search].forEach((v, i) =>
    sub.writeUInt16BE(v, i * 2),
  );
  segs.forEach((s, i) => {
    sub.writeUInt16BE(s.end, 14 + i * 2);
    sub.writeUInt16BE(s.start, 16 + n * 2 + i * 2);
    sub.writeUInt16BE(s.delta, 16 + n * 4 + i * 2);
    sub.writeUInt16BE(0, 16 + n * 6 + i * 2);
  });
  const head = Buffer.alloc(12);
  head.writeUInt16BE(0, 0);
  head.writeUInt16BE(1, 2);
  head.writeUInt16BE(3, 4);
  head.writeUInt16BE(1, 6);
  head.writeUInt32BE(12, 8);
  return Buffer.concat([head, sub]);
}

export function subsetFont(font: Buffer, codePoints: number[], metricsFrom?: Buffer): Buffer {
  const t = readTables(font);
  const head = Buffer.from(need(t, 'head'));
  const longLoca = head.readInt16BE(50) === 1;
  const loca = need(t, 'loca');
  const glyf = need(t, 'glyf');
  const hmtx = need(t, 'hmtx');
  const hMetrics = need(t, 'hhea').readUInt16BE(34);
  const offset = (g: number) => (longLoca ? loca.readUInt32BE(g * 4) : loca.readUInt16BE(g * 2) * 2);
  const glyphOf = (g: number) => glyf.subarray(offset(g), offset(g + 1));
  const metricsOf = (g: number): [number, number] => {
    const advance = hmtx.readUInt16BE(Math.min(g, hMetrics - 1) * 4);
    const lsb = g < hMetrics ? hmtx.readInt16BE(g * 4 + 2) : hmtx.readInt16BE(hMetrics * 4 + (g - hMetrics) * 2);
    return [advance, lsb];
  };

  const lookup = cmapLookup(need(t, 'cmap'));
  const mapped = codePoints.map((cp) => {
    const gid = lookup(cp);
    if (!gid) throw new Error(`The source font has no glyph for U+${cp.toString(16).toUpperCase().padStart(4, '0')}.`);
    return [cp, gid] as const;
  });
  // Glyph order: .notdef, then each needed glyph and the components it is built from.
  const order: number[] = [0];
  const add = (g: number) => {
    if (order.includes(g)) return;
    order.push(g);
    const glyph = glyphOf(g);
    for (const at of componentRefs(glyph)) add(glyph.readUInt16BE(at));
  };
  mapped.forEach(([, g]) => add(g));
  const newId = new Map(order.map((g, i) => [g, i]));

  const glyphs = order.map((g) => {
    const glyph = Buffer.from(glyphOf(g));
    for (const at of componentRefs(glyph)) glyph.writeUInt16BE(newId.get(glyph.readUInt16BE(at))!, at);
    return Buffer.concat([glyph, Buffer.alloc((4 - (glyph.length % 4)) % 4)]);
  });
  const newLoca = Buffer.alloc((order.length + 1) * 4);
  let at = 0;
  glyphs.forEach((g, i) => {
    newLoca.writeUInt32BE(at, i * 4);
    at += g.length;
  });
  newLoca.writeUInt32BE(at, order.length * 4);
  const newHmtx = Buffer.alloc(order.length * 4);
  order.forEach((g, i) => {
    const [advance, lsb] = metricsOf(g);
    newHmtx.writeUInt16BE(advance, i * 4);
    newHmtx.writeInt16BE(lsb, i * 4 + 2);
  });
  const hhea = Buffer.from(need(t, 'hhea'));
  hhea.writeUInt16BE(order.length, 34);
  const maxp = Buffer.from(need(t, 'maxp'));
  maxp.writeUInt16BE(order.length, 4);
  const post = Buffer.from(need(t, 'post').subarray(0, 32));
  post.writeUInt32BE(0x00030000, 0);
  head.writeInt16BE(1, 50);
  head.writeUInt32BE(0, 8);
  // The bounding box of the glyphs kept (each glyph header holds its own xMin, yMin, xMax, yMax).
  const boxes = glyphs.filter((g) => g.length >= 10);
  [0, 1, 2, 3].forEach((k) => {
    const vals = boxes.map((g) => g.readInt16BE(2 + k * 2));
    head.writeInt16BE(k < 2 ? Math.min(...vals) : Math.max(...vals), 36 + k * 2);
  });
  const os2 = Buffer.from(t.get('OS/2') ?? Buffer.alloc(0));
  if (metricsFrom) {
    const ref = readTables(metricsFrom);
    need(ref, 'hhea').copy(hhea, 4, 4, 10); // ascender, descender, lineGap
    const refOs2 = need(ref, 'OS/2');
    if (os2.length >= 78) refOs2.copy(os2, 68, 68, 78); // sTypoAscender/Descender/LineGap, usWinAscent/Descent
  }

  const out: Tables = new Map([
    ['head', head],
    ['hhea', hhea],
    ['maxp', maxp],
    ['hmtx', newHmtx],
    ['cmap', buildCmap(mapped.map(([cp, g]) => [cp, newId.get(g)!]))],
    ['loca', newLoca],
    ['glyf', Buffer.concat(glyphs)],
    ['post', post],
  ]);
  // Naming, vertical metrics and the hinting programs the glyph instructions call are kept as they are.
  if (os2.length) out.set('OS/2', os2);
  for (const tag of ['name', 'cvt ', 'fpgm', 'prep', 'gasp']) {
    const b = t.get(tag);
    if (b) out.set(tag, b);
  }
  return writeFont(out);
}

function writeFont(tables: Tables): Buffer {
  const tags = [...tables.keys()].sort();
  const n = tags.length;
  const dir = Buffer.alloc(12 + n * 16);
  const search = 2 ** Math.floor(Math.log2(n)) * 16;
  dir.writeUInt32BE(0x00010000, 0);
  [n, search, Math.log2(search / 16), n * 16 - search].forEach((v, i) => dir.writeUInt16BE(v, 4 + i * 2));
  const bodies: Buffer[] = [];
  let offset = dir.length;
  tags.forEach((tag, i) => {
    const b = tables.get(tag)!;
    const rec = 12 + i * 16;
    dir.write(tag, rec, 'latin1');
    dir.writeUInt32BE(checksum(b), rec + 4);
    dir.writeUInt32BE(offset, rec + 8);
    dir.writeUInt32BE(b.length, rec + 12);
    const padded = Buffer.concat([b, Buffer.alloc((4 - (b.length % 4)) % 4)]);
    bodies.push(padded);
    offset += padded.length;
  });
  const font = Buffer.concat([dir, ...bodies]);
  // head.checkSumAdjustment makes the whole file sum to 0xB1B0AFBA.
  const headAt = dir.readUInt32BE(12 + tags.indexOf('head') * 16 + 8);
  font.writeUInt32BE((0xb1b0afba - checksum(font)) >>> 0, headAt + 8);
  return font;
}

if (process.argv[1]?.endsWith('subset-font.ts')) {
  const [source, target, list, metrics] = process.argv.slice(2);
  if (!source || !target || !list)
    throw new Error('usage: subset-font.ts <source.ttf> <out.ttf> <hex code points, comma-separated> [metrics.ttf]');
  const cps = list.split(',').map((h) => parseInt(h, 16));
  const out = subsetFont(readFileSync(source), cps, metrics ? readFileSync(metrics) : undefined);
  writeFileSync(target, out);
  console.log(`${target}: ${cps.length} code points, ${out.length} bytes`);
}
