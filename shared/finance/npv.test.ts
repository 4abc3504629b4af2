import * as formulajs from '@formulajs/formulajs';
import { describe, expect, it } from 'vitest';
import { discountFactors, npv } from './index';

describe('npv', () => {
  it('matches hand-computed vectors', () => {
    // -100 + 110/1.1 = 0
    expect(npv(0.1, [-100, 110])).toBeCloseTo(0, 12);
    // -1000 + 300/1.1 + 400/1.21 + 500/1.331 = -1000 + 272.7273 + 330.5785 + 375.6574 = -21.0368
    expect(npv(0.1, [-1000, 300, 400, 500])).toBeCloseTo(-1000 + 300 / 1.1 + 400 / 1.21 + 500 / 1.331, 10);
    expect(npv(0.1, [-1000, 300, 400, 500])).toBeCloseTo(-21.0368, 4);
  });

  it('at rate 0 is the plain sum', () => {
    expect(npv(0, [-5, 1, 2, 3.5])).toBeCloseTo(1.5, 12);
  });

  it('equals Excel flows[0] + NPV(rate, flows[1..]) (formulajs)', () => {
    const flows = [-5800, -2000, 300, ...Array.from({ length: 37 }, (_, i) => 900 + 13 * i), -600];
    for (const r of [0.01, 0.05, 0.08, 0.1, 0.25]) {
      const excel = flows[0]! + (formulajs.NPV(r, ...flows.slice(1)) as number);
      expect(npv(r, flows)).toBeCloseTo(excel, 6);
    }
  });

  it('mid-year discounts t >= 1 at t - 0.5 and raises the NPV of positive flows', () => {
    // 100/1.1^0.5 + 100/1.1^1.5
    expect(npv(0.1, [0, 100, 100], { midYear: true })).toBeCloseTo(100 / Math.sqrt(1.1) + 100 / 1.1 ** 1.5, 10);
    expect(npv(0.1, [0, 100, 100], { midYear: true })).toBeGreaterThan(npv(0.1, [0, 100, 100]));
  });

  it('handles empty input, 60-year lives and invalid rates', () => {
    expect(npv(0.1, [])).toBe(0);
    const flows = [-1000, ...Array.from({ length: 60 }, () => 100)];
    // annuity: -1000 + 100 (1 - 1.08^-60) / 0.08
    expect(npv(0.08, flows)).toBeCloseTo(-1000 + (100 * (1 - 1.08 ** -60)) / 0.08, 8);
    expect(Number.isNaN(npv(-1, [1, 2]))).toBe(true);
  });

  it('discount factors follow both conventions', () => {
    const df = discountFactors(0.1, 3);
    expect([...df]).toEqual([1, 1 / 1.1, 1 / 1.1 / 1.1]);
    const mid = discountFactors(0.1, 3, true);
    expect(mid[1]).toBeCloseTo(1 / Math.sqrt(1.1), 14);
  });
});

describe('npv at the edge of the double range', () => {
  it('does not overflow when the flows are near the largest double but the NPV is not', () => {
    // -1e308 + 1e308/1.1 + 1e308/1.21 = 1e308 (-1 + 0.90909 + 0.82645) = 7.3554e307
    const v = npv(0.1, [-1e308, 1e308, 1e308]);
    expect(Number.isFinite(v)).toBe(true);
    expect(v / 1e307).toBeCloseTo(7.355371900826446, 10);
    expect(npv(0.1, [-1e308, 1e308, 1e308], { midYear: true }) / 1e307).toBeCloseTo(
      (-1 + 1.1 ** -0.5 + 1.1 ** -1.5) * 10,
      10,
    );
  });
  it('is still infinite or NaN when a flow is', () => {
    expect(npv(0.1, [1, Infinity])).toBe(Infinity);
    expect(Number.isNaN(npv(0.1, [1, Number.NaN]))).toBe(true);
  });
});

describe('npv guards and buffers', () => {
  it('refuses any rate at or below -100% (no discount factor exists there)', () => {
    for (const r of [-1, -1.5, -2, -Infinity, Number.NaN]) expect(npv(r, [-100, 50, 80])).toBeNaN();
    // Just above -100% is a valid (if extreme) rate: -100 + 50/0.5 = 0
    expect(npv(-0.5, [-100, 50])).toBeCloseTo(0, 12);
  });

  it('is exactly 0 for all-zero flows at any valid rate', () => {
    expect(npv(0.1, [0, 0, 0])).toBe(0);
    expect(npv(0.1, [0])).toBe(0);
  });

  it('scales by the largest flow, not the last: a tiny closing flow after huge ones', () => {
    const max = Number.MAX_VALUE;
    expect(npv(0.1, [-max, max, max, 1e-300]) / max).toBeCloseTo(-1 + 1 / 1.1 + 1 / 1.21, 12);
  });

  it('survives flows at the largest double: -MAX + MAX/1.1 + MAX/1.21 = 0.7355 MAX', () => {
    const max = Number.MAX_VALUE;
    expect(npv(0.1, [-max, max, max]) / max).toBeCloseTo(-1 + 1 / 1.1 + 1 / 1.21, 12);
  });

  it('discount factors fill only the first n entries of a given buffer and reuse it', () => {
    const out = new Float64Array(5).fill(-7);
    const df = discountFactors(0.25, 3, false, out);
    expect(df).toBe(out);
    expect([...out]).toEqual([1, 0.8, expect.closeTo(0.64, 14), -7, -7]);
    expect([...discountFactors(0.25, 0, false, new Float64Array(2).fill(-7))]).toEqual([-7, -7]);
    // mid-year: t - 0.5 years, so df[1] = 1.25^-0.5 and df[2] = 1.25^-1.5
    const mid = discountFactors(0.25, 3, true);
    expect(mid[0]).toBe(1);
    expect(mid[2]).toBeCloseTo(1.25 ** -1.5, 14);
  });
});
