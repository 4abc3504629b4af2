// Why: the drivers' ranking in the Risks view comes from correlations accumulated trial by trial. They must equal the
// textbook two-pass Pearson coefficient, stay exactly 0 for a driver that never varied (it must not rank by rounding
// noise) and not drift for large values far from zero, such as NPVs in USD m.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addTrial, correlation, newComoments } from './mc-correlation';

function pearson(x: number[], y: number[]): number {
  const n = x.length;
  const mx = x.reduce((a, b) => a + b, 0) / n;
  const my = y.reduce((a, b) => a + b, 0) / n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    sxy += (x[i]! - mx) * (y[i]! - my);
    sxx += (x[i]! - mx) ** 2;
    syy += (y[i]! - my) ** 2;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
}

function accumulate(rows: [number, number, number][]) {
  const m = newComoments(2);
  const x = new Float64Array(2);
  for (const [a, b, y] of rows) {
    x[0] = a;
    x[1] = b;
    addTrial(m, x, y);
  }
  return m;
}

describe('correlations accumulated trial by trial', () => {
  it('equal the two-pass Pearson coefficient of each driver with NPV', () => {
    const v = fc.integer({ min: -1e6, max: 1e6 }).map((k) => k / 1000);
    fc.assert(
      fc.property(fc.array(fc.tuple(v, v, v), { minLength: 3, maxLength: 200 }), (rows) => {
        const m = accumulate(rows);
        for (const j of [0, 1]) {
          const want = pearson(
            rows.map((r) => r[j]!),
            rows.map((r) => r[2]),
          );
          expect(Math.abs(correlation(m, j) - want)).toBeLessThan(1e-9);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('are exactly 0 for a driver that never varied, or with fewer than two trials', () => {
    const m = accumulate([
      [1.1, 3, 10],
      [1.1, 5, 14],
      [1.1, 4, 11],
    ]);
    expect(correlation(m, 0)).toBe(0);
    expect(correlation(m, 1)).toBeCloseTo(pearson([3, 5, 4], [10, 14, 11]), 12);
    expect(correlation(accumulate([[2, 3, 9]]), 1)).toBe(0);
    expect(correlation(newComoments(1), 0)).toBe(0);
  });

  it('keep their precision for NPVs far from zero', () => {
    const rows: [number, number, number][] = Array.from({ length: 10_000 }, (_, i) => {
      const d = Math.sin(i * 12.9898) * 0.5;
      return [d, Math.cos(i), 2e5 + 3e3 * d + Math.cos(i * 7.1)];
    });
    const m = accumulate(rows);
    expect(correlation(m, 0)).toBeCloseTo(
      pearson(
        rows.map((r) => r[0]),
        rows.map((r) => r[2]),
      ),
      12,
    );
  });
});
