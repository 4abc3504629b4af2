// Why: a deposit recorded with a zero or missing size must not stretch the map's size scale (log 0 is −∞), or every
// other marker would be drawn at the smallest radius. Worked by hand on a 10–1000 Mt range.
import { describe, expect, it } from 'vitest';
import { MARKER_R_MAX, MARKER_R_MIN, sizeScale } from './markers';

const sized = (value: number | null) => ({ size: value === null ? null : { value, unit: 'Mt', figureId: 'f' } });

describe('map size scale with unusable sizes', () => {
  it('ignores zero, negative and missing sizes when setting the range', () => {
    const s = sizeScale([sized(0), sized(-5), sized(null), sized(10), sized(1000)]);
    expect([s.min, s.max]).toEqual([10, 1000]);
    // 100 Mt is half-way between 10 and 1000 on the log scale: r² = 5² + ½ (15² − 5²) = 125.
    expect(s.radius(100)).toBeCloseTo(Math.sqrt(125), 12);
    expect(s.radius(10)).toBe(MARKER_R_MIN);
    expect(s.radius(1000)).toBe(MARKER_R_MAX);
    expect(s.ticks).toEqual([10, 100, 1000]);
  });

  it('shows four or more decades as first, middle and last tick', () => {
    expect(sizeScale([sized(1), sized(10_000)]).ticks).toEqual([1, 100, 10_000]);
    expect(sizeScale([sized(1), sized(1000)]).ticks).toEqual([1, 100, 1000]);
  });
});
