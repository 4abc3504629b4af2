import { describe, expect, it } from 'vitest';
import { cholesky, createRng, percentileSorted, pert, triangular } from './random';

describe('random', () => {
  it('is reproducible from a seed and roughly uniform / normal', () => {
    const a = createRng(42);
    const b = createRng(42);
    const xs = Array.from({ length: 20000 }, () => a.next());
    expect(Array.from({ length: 20000 }, () => b.next())).toEqual(xs);
    expect(xs.reduce((s, x) => s + x, 0) / xs.length).toBeCloseTo(0.5, 1);
    const r = createRng(1);
    const zs = Array.from({ length: 20000 }, () => r.normal());
    const m = zs.reduce((s, x) => s + x, 0) / zs.length;
    const v = zs.reduce((s, x) => s + (x - m) ** 2, 0) / zs.length;
    expect(Math.abs(m)).toBeLessThan(0.03);
    expect(v).toBeCloseTo(1, 1);
  });

  it('triangular and PERT stay in range with the right mean', () => {
    const r = createRng(9);
    // triangular mean = (min + mode + max) / 3 = 1; PERT mean = (min + 4 mode + max) / 6 = 0.5
    const t = Array.from({ length: 20000 }, () => triangular(r.next(), -1, 0, 4));
    expect(Math.min(...t)).toBeGreaterThanOrEqual(-1);
    expect(Math.max(...t)).toBeLessThanOrEqual(4);
    expect(t.reduce((s, x) => s + x, 0) / t.length).toBeCloseTo(1, 1);
    const p = Array.from({ length: 20000 }, () => pert(r, -1, 0, 4));
    expect(p.reduce((s, x) => s + x, 0) / p.length).toBeCloseTo(0.5, 1);
  });

  it('Cholesky reproduces the matrix and rejects non-positive-definite input', () => {
    const m = [
      [1, 0.4, 0.3],
      [0.4, 1, 0.3],
      [0.3, 0.3, 1],
    ];
    const L = cholesky(m)!;
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < 3; j++) {
        let s = 0;
        for (let k = 0; k < 3; k++) s += L[i * 3 + k]! * L[j * 3 + k]!;
        expect(s).toBeCloseTo(m[i]![j]!, 12);
      }
    expect(
      cholesky([
        [1, 2],
        [2, 1],
      ]),
    ).toBeNull();
  });

  it('percentiles interpolate like Excel PERCENTILE.INC', () => {
    expect(percentileSorted([1, 2, 3, 4, 5], 0.1)).toBeCloseTo(1.4, 12);
    expect(percentileSorted([1, 2, 3, 4, 5], 0.5)).toBe(3);
  });
});
