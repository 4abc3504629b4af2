// Why: every Monte Carlo figure rests on these samplers. The generator must be the published sfc32 (seeded through
// splitmix32) to the bit, so a saved seed gives the same odds on any machine; the samplers must have the moments and
// inverse CDFs of their textbook distributions. Checked against an independent reference implementation, closed-form
// inverse CDFs and moments, within stated sampling error.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { cholesky, createRng, gamma, lognormalFromZ, percentileSorted, pert, triangular } from './random';

/** sfc32 (Chris Doty-Humphrey, PractRand) seeded by four splitmix32 outputs, 12 warm-up rounds, from the spec. */
function referenceSfc32(seed: number): () => number {
  let s = seed >>> 0;
  const splitmix32 = () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
  let [a, b, c, d] = [splitmix32(), splitmix32(), splitmix32(), splitmix32()];
  const next = () => {
    const t = (((a + b) >>> 0) + d) >>> 0;
    d = (d + 1) >>> 0;
    a = (b ^ (b >>> 9)) >>> 0;
    b = (c + (c << 3)) >>> 0;
    c = (((c << 21) | (c >>> 11)) + t) >>> 0;
    return t / 2 ** 32;
  };
  for (let i = 0; i < 12; i++) next();
  return next;
}

const moments = (xs: number[]) => {
  const n = xs.length;
  const m = xs.reduce((s, x) => s + x, 0) / n;
  const v = xs.reduce((s, x) => s + (x - m) ** 2, 0) / (n - 1);
  return { m, v };
};

describe('seeded generator', () => {
  it.each([0, 1, 42, 0xdeadbeef])('seed %d gives the reference sfc32 sequence to the bit', (seed) => {
    const ref = referenceSfc32(seed);
    const r = createRng(seed);
    for (let i = 0; i < 5000; i++) expect(r.next()).toBe(ref());
  });
  it('normal draws are Marsaglia polar pairs from that sequence: mean 0, variance 1, 68.3% within one sd', () => {
    const ref = referenceSfc32(7);
    const r = createRng(7);
    for (let i = 0; i < 200; i++) {
      let u: number, v: number, q: number;
      do {
        u = 2 * ref() - 1;
        v = 2 * ref() - 1;
        q = u * u + v * v;
      } while (q >= 1 || q === 0);
      const m = Math.sqrt((-2 * Math.log(q)) / q);
      expect(r.normal()).toBeCloseTo(u * m, 12);
      expect(r.normal()).toBeCloseTo(v * m, 12);
    }
    const zs = Array.from({ length: 40_000 }, () => r.normal());
    const { m, v } = moments(zs);
    expect(Math.abs(m)).toBeLessThan(0.02); // se 0.005
    expect(Math.abs(v - 1)).toBeLessThan(0.03); // se 0.007
    expect(Math.abs(zs.filter((z) => Math.abs(z) < 1).length / zs.length - 0.6827)).toBeLessThan(0.01);
  });
  it('a lognormal multiplier is exp(sigma z): median 1 at z = 0', () => {
    expect(lognormalFromZ(0.3, 0)).toBe(1);
    expect(lognormalFromZ(0.3, 2)).toBeCloseTo(Math.exp(0.6), 15);
    expect(lognormalFromZ(0.3, -1)).toBeCloseTo(Math.exp(-0.3), 15);
  });
});

describe('triangular inverse CDF', () => {
  it('hits the hand-computed quantiles of Triangular(-1, 0, 4)', () => {
    expect(triangular(0, -1, 0, 4)).toBe(-1);
    expect(triangular(0.1, -1, 0, 4)).toBeCloseTo(-1 + Math.sqrt(0.5), 12); // u (max - min)(mode - min) = 0.5
    expect(triangular(0.2, -1, 0, 4)).toBeCloseTo(0, 12); // F(mode) = 1/5
    expect(triangular(0.6, -1, 0, 4)).toBeCloseTo(4 - Math.sqrt(8), 12); // (1 - u) x 5 x 4 = 8
  });
  it('returns the mode when the range is empty or reversed', () => {
    expect(triangular(0.3, 2, 2, 2)).toBe(2);
    expect(triangular(0.3, 3, 1, 2)).toBe(1);
  });
  it('inverts the triangular CDF for any range and mode', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -100, max: 100, noNaN: true }),
        fc.double({ min: 0.01, max: 100, noNaN: true }),
        // The mode's place in the range in steps of 0.1%: a subnormal step would make the check's own F() 0 / 0.
        fc.integer({ min: 0, max: 1000 }).map((k) => k / 1000),
        fc.double({ min: 0, max: 0.999, noNaN: true }),
        (lo, width, at, u) => {
          const hi = lo + width;
          const mode = lo + at * width;
          const x = triangular(u, lo, mode, hi);
          const F =
            x <= mode
              ? mode > lo
                ? (x - lo) ** 2 / (width * (mode - lo))
                : 0
              : 1 - (hi - x) ** 2 / (width * (hi - mode));
          expect(x).toBeGreaterThanOrEqual(lo - 1e-9);
          expect(x).toBeLessThanOrEqual(hi + 1e-9);
          expect(F).toBeCloseTo(u, 6);
        },
      ),
    );
  });
});

describe('gamma and PERT', () => {
  it.each([0.5, 1, 3.7])('Gamma(%d, 1) has mean and variance equal to its shape', (k) => {
    const r = createRng(11);
    const { m, v } = moments(Array.from({ length: 20_000 }, () => gamma(r, k)));
    // se of the mean sqrt(k / n); of the variance about k sqrt((2 + 6 / k) / n)
    expect(Math.abs(m - k)).toBeLessThan(4 * Math.sqrt(k / 20_000));
    expect(Math.abs(v / k - 1)).toBeLessThan(4 * Math.sqrt((2 + 6 / k) / 20_000));
  });
  it('PERT(-1, 0, 4) has mean (min + 4 mode + max) / 6 and variance (mean - min)(max - mean) / 7, in range', () => {
    const r = createRng(12);
    const xs = Array.from({ length: 20_000 }, () => pert(r, -1, 0, 4));
    const { m, v } = moments(xs);
    expect(Math.abs(m - 0.5)).toBeLessThan(0.03); // sd 0.945, se 0.007
    expect(Math.abs(v - (1.5 * 3.5) / 7)).toBeLessThan(0.04);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(-1);
    expect(Math.max(...xs)).toBeLessThanOrEqual(4);
  });
  it('PERT with an empty or reversed range is its mode', () => {
    const r = createRng(13);
    expect(pert(r, 2, 2, 2)).toBe(2);
    expect(pert(r, 3, 1, 2)).toBe(1);
  });
});

describe('Cholesky factor and percentiles', () => {
  it('is lower triangular with a positive diagonal; a singular matrix is refused', () => {
    const L = cholesky([
      [4, 2],
      [2, 3],
    ])!;
    expect([...L]).toEqual([2, 0, 1, expect.closeTo(Math.sqrt(2), 14)]);
    expect([...cholesky([[9]])!]).toEqual([3]);
    expect(
      cholesky([
        [1, 1],
        [1, 1],
      ]),
    ).toBeNull();
    expect(cholesky([[0]])).toBeNull();
  });
  it('percentiles hit the ends and interpolate between order statistics; an empty sample gives 0', () => {
    expect(percentileSorted([], 0.5)).toBe(0);
    expect(percentileSorted([5], 0.9)).toBe(5);
    expect(percentileSorted([1, 3], 0)).toBe(1);
    expect(percentileSorted([1, 3], 1)).toBe(3);
    expect(percentileSorted([1, 3], 0.25)).toBe(1.5);
    expect(percentileSorted([1, 2, 4, 8], 0.5)).toBe(3);
  });
});
