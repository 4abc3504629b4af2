import { describe, expect, it } from 'vitest';
import { formatCompact } from './number';
import { alignedTicks, niceStep, niceTicks } from './ticks';

const is125 = (step: number) => {
  const m = step / 10 ** Math.floor(Math.log10(step));
  return [1, 2, 5].some((x) => Math.abs(m - x) < 1e-9);
};

describe('axis ticks', () => {
  it('steps by 1, 2 or 5 times a power of ten', () => {
    expect([0.13, 0.3, 1, 1.2, 3, 4.9, 7, 16.5, 2300].map(niceStep)).toEqual([0.2, 0.5, 1, 2, 5, 5, 10, 20, 5000]);
  });

  it('labels NPV vs copper price honestly: no "17k" at 16.5k', () => {
    const { ticks, step } = niceTicks(0, 22_000);
    expect(ticks).toEqual([0, 5000, 10_000, 15_000, 20_000, 25_000]);
    const labels = ticks.map((v) => formatCompact(v, 'en-GB', step));
    expect(labels).toEqual(['0', '5k', '10k', '15k', '20k', '25k']);
    // Every label reads back as its tick's value.
    for (const [i, l] of labels.entries())
      expect(Number(l.replace('k', '')) * (l.endsWith('k') ? 1000 : 1)).toBe(ticks[i]);
  });

  it('covers negative ranges, includes zero and ends the domain on a tick', () => {
    const t = niceTicks(-1300, 40_000);
    expect(t.ticks[0]).toBeLessThanOrEqual(-1300);
    expect(t.ticks).toContain(0);
    expect(t.domain).toEqual([t.ticks[0], t.ticks[t.ticks.length - 1]]);
    expect(t.ticks.length).toBeLessThanOrEqual(6);
    expect(is125(t.step)).toBe(true);
    for (let i = 1; i < t.ticks.length; i++) expect(t.ticks[i]! - t.ticks[i - 1]!).toBeCloseTo(t.step, 9);
  });

  it('gives the same ticks for the same range (histogram and S-curve agree)', () => {
    expect(niceTicks(-1300, 40_000)).toEqual(niceTicks(-1300, 40_000));
  });

  it('works without zero, for small and for flat ranges', () => {
    expect(niceTicks(0.31, 0.58, { includeZero: false }).ticks).toEqual([0.3, 0.4, 0.5, 0.6]);
    expect(niceTicks(5, 5, { includeZero: false }).ticks.length).toBeGreaterThanOrEqual(2);
    expect(niceTicks(Number.NaN, 3).ticks).toEqual([0, 1]);
  });

  it('never writes more ticks than asked, whatever the range', () => {
    for (const [lo, hi] of [
      [0, 1],
      [-7, 93],
      [12, 9999],
      [-0.02, 0.07],
      [-5e6, 1],
    ] as const) {
      for (const n of [3, 5, 6, 8]) {
        const t = niceTicks(lo, hi, { maxTicks: n });
        expect(t.ticks.length).toBeLessThanOrEqual(n);
        expect(is125(t.step)).toBe(true);
      }
    }
  });

  it('aligns zero on two axes with 1-2-5 steps', () => {
    const { left, right } = alignedTicks([-800, 300, 900], [-2000, 5000, 15_000]);
    expect(left.ticks.indexOf(0)).toBe(right.ticks.indexOf(0));
    expect(is125(left.step) && is125(right.step)).toBe(true);
    expect(left.ticks[0]).toBeLessThanOrEqual(-800);
    expect(right.ticks[right.ticks.length - 1]).toBeGreaterThanOrEqual(15_000);
  });
});
