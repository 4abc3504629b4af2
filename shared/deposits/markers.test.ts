// Why: marker size must be monotonic in deposit size, bounded, and fixed for "not comparable" deposits,
// and the legend ticks must sit inside the data's range, or the map would misstate sizes.
import { describe, expect, it } from 'vitest';
import { buildComparison } from './compare';
import { MARKER_R_MAX, MARKER_R_MIN, MARKER_R_UNSIZED, sizeScale, stageShapePath } from './markers';
import { makeDeposit } from './deposits.fixture';

const sized = (v: number | null) => ({ size: v === null ? null : { value: v, unit: 'Mt', figureId: 'f' } });

describe('marker size scale', () => {
  const s = sizeScale([sized(0.026), sized(3000), sized(50), sized(null)]);
  it('maps the range onto the radius bounds, monotonically, on a log scale', () => {
    expect(s.radius(0.026)).toBeCloseTo(MARKER_R_MIN);
    expect(s.radius(3000)).toBeCloseTo(MARKER_R_MAX);
    expect(s.radius(1)).toBeGreaterThan(s.radius(0.5));
    expect(s.radius(1e6)).toBeCloseTo(MARKER_R_MAX);
  });
  it('gives unsized deposits the fixed small marker', () => {
    expect(s.radius(null)).toBe(MARKER_R_UNSIZED);
  });
  it('offers at most three legend ticks inside the range', () => {
    // 0.026–3000 spans the decades 0.1 … 1000; the legend keeps first, middle and last (an empty list would pass
    // the bounds check below on its own).
    expect(s.ticks).toEqual([0.1, 10, 1000]);
    for (const t of s.ticks) expect(t >= s.min && t <= s.max).toBe(true);
  });
  it('draws one distinct closed shape per stage', () => {
    const paths = (['producing', 'development', 'exploration', 'prospect'] as const).map((st) => stageShapePath(st, 6));
    expect(new Set(paths).size).toBe(4);
    for (const p of paths) expect(p.endsWith('Z')).toBe(true);
  });
});

describe('deposit comparison', () => {
  const fig = (id: string, label: string, value: number | string, unit: string) => ({
    id,
    label,
    value,
    unit,
    asOf: '2025',
    sourceIds: ['s'],
    confidence: 'A' as const,
    basis: 'press-report' as const,
  });
  const a = makeDeposit({
    id: 'a',
    fields: [
      fig('a.owners', 'Owners', 'X', ''),
      fig('a.resource', 'Resource', 10, 'Mt'),
      fig('a.only', 'Only A', 1, 'km'),
    ],
  });
  const b = makeDeposit({
    id: 'b',
    fields: [fig('b.resource', 'Resource', 2, 'bn t'), fig('b.owners', 'Operator', 'Y', '')],
  });
  it('aligns fields by key, shared keys first, and flags differing units', () => {
    const rows = buildComparison([a, b]);
    expect(rows.map((r) => r.key)).toEqual(['owners', 'resource', 'only']);
    expect(rows[1]!.unitsDiffer).toBe(true);
    expect(rows[0]!.unitsDiffer).toBe(false);
    expect(rows[2]!.cells[1]).toBeNull();
    expect(rows[1]!.cells.map((c) => c?.value)).toEqual([10, 2]);
  });
});
