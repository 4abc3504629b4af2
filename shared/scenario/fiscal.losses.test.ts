// Why: with two loss years before a profit, a loss vintage used up must stop the search for more: using the next
// vintage whole would give negative taxable income, a refund the tax law does not pay. Hand-computed at 30%.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { newTaxState, resetTax, taxSeries, taxStep } from './fiscal';

const taxes = (before: number[], rate: number, lossYears = 0) => {
  const out = new Float64Array(before.length);
  taxSeries(before.length, before, new Float64Array(before.length), rate, 0, lossYears, out);
  return [...out];
};

describe('loss carry-forward across several vintages', () => {
  it('uses the first loss whole and only what is needed of the second', () => {
    // Losses 50 and 30; year 2 profit 60 uses all of the 50 and 10 of the 30; year 3 profit 100 uses the last 20.
    const st = newTaxState(4);
    resetTax(st, 0.3, 0, 0);
    taxStep(st, 0, -50, 0);
    taxStep(st, 1, -30, 0);
    expect(taxStep(st, 2, 60, 0)).toBe(0);
    expect([st.used, st.taxable]).toEqual([60, 0]);
    expect(taxStep(st, 3, 100, 0)).toBeCloseTo(24, 12);
    expect([st.used, st.taxable]).toEqual([20, 80]);
  });
  it('matches a reference computed from cumulative profit, for any sequence (property)', () => {
    // With unlimited carry-forward, taxable income to date is the rise of the running sum above its previous peak.
    fc.assert(
      fc.property(fc.array(fc.integer({ min: -300, max: 300 }), { minLength: 1, maxLength: 10 }), (flows) => {
        let cum = 0;
        let peak = 0;
        const expected = flows.map((x) => {
          cum += x;
          const taxed = Math.max(0, cum - peak);
          peak = Math.max(peak, cum);
          return taxed * 0.3;
        });
        taxes(flows, 0.3).forEach((t, i) => expect(t).toBeCloseTo(expected[i]!, 9));
      }),
    );
  });
});

describe('a tax series over part of a longer buffer', () => {
  it('writes only the years asked for', () => {
    const out = new Float64Array(3).fill(7);
    taxSeries(2, [100, 100, 100], [0, 0, 0], 0.3, 0, 0, out);
    expect([...out]).toEqual([30, 30, 7]);
  });
});
