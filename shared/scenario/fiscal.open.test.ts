// Why: taxStep skips the oldest-first loss search when no vintage holds a loss (a count it keeps). A count that
// drifted would skip a loss still owed, or keep one that expired: the tax must be, to the bit, what the plain search
// over every vintage gives, for any sequence of profits, losses and zero years, with or without expiry.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { newTaxState, resetTax, taxStep } from './fiscal';

/** The plain rule: expire vintages older than `lossYears`, then use the remaining losses oldest first. */
function reference(flows: number[], rate: number, lossYears: number) {
  const loss = new Array<number>(flows.length).fill(0);
  let oldest = 0;
  return flows.map((x, i) => {
    if (lossYears > 0) while (i - oldest > lossYears) loss[oldest++] = 0;
    let used = 0;
    if (x < 0) loss[i] = -x;
    else {
      let need = x;
      for (let v = oldest; v < i && need > 0; v++) {
        const take = Math.min(loss[v]!, need);
        loss[v] = loss[v]! - take;
        need -= take;
        used += take;
      }
    }
    const taxable = x > 0 ? Math.max(0, x - used) : 0;
    return { tax: taxable * rate, used, taxable };
  });
}

describe('loss carry-forward with the no-open-loss shortcut', () => {
  it('gives the plain search result to the bit (property)', () => {
    const year = fc.oneof(
      fc.constant(0),
      fc.integer({ min: -400, max: 400 }),
      fc.double({ min: -500, max: 500, noNaN: true }),
    );
    fc.assert(
      fc.property(
        fc.array(year, { minLength: 1, maxLength: 24 }),
        fc.integer({ min: 0, max: 5 }),
        (flows, lossYears) => {
          const st = newTaxState(flows.length);
          resetTax(st, 0.3, 0, lossYears);
          const got = flows.map((x, i) => ({ tax: taxStep(st, i, x, 0), used: st.used, taxable: st.taxable }));
          expect(got).toEqual(reference(flows, 0.3, lossYears));
        },
      ),
      { numRuns: 600 },
    );
  });

  it('neither taxes below zero nor grows the credit pool when losses used round above the income', () => {
    // Year 2's profit is used up by two losses whose sum rounds above it (found by the property above).
    const flows = [-3.023519583710647e-261, -1, 2.628482667164021e-260, 0];
    const st = newTaxState(flows.length);
    resetTax(st, 0.3, 0, 0);
    const got = flows.map((x, i) => ({ tax: taxStep(st, i, x, 0), taxable: st.taxable }));
    expect(got[2]).toEqual({ tax: 0, taxable: 0 });
    expect(st.pool).toBe(0);
  });

  it('keeps its losses in the scratch array it is given (a view of a workspace), not in a copy', () => {
    const scratch = new Float64Array(4);
    const st = newTaxState(scratch);
    resetTax(st, 0.3, 0, 0);
    taxStep(st, 0, -40, 0);
    expect(st.loss).toBe(scratch);
    expect(scratch[0]).toBe(40);
  });

  it('taxes the same without recording, and then leaves the recorded outputs as they were', () => {
    const flows = [-100, 30, 0, -20, 150, 40];
    const rec = newTaxState(flows.length);
    const lean = newTaxState(flows.length);
    resetTax(rec, 0.3, 0.1, 2);
    resetTax(lean, 0.3, 0.1, 2, false);
    Object.assign(lean, { used: 7, taxable: 8, credit: 9 });
    for (const [i, x] of flows.entries())
      expect(taxStep(lean, i, x, i === 1 ? 50 : 0)).toBe(taxStep(rec, i, x, i === 1 ? 50 : 0));
    expect([lean.used, lean.taxable, lean.credit]).toEqual([7, 8, 9]);
    expect([rec.used, rec.taxable]).toEqual([0, 40]);
  });

  it('still owes a loss after profit years that used none of it and after a reset', () => {
    // Loss 100 in year 0, zero years 1-2, profit 30 in year 3 (uses 30), profit 100 in year 4 (uses the last 70).
    const st = newTaxState(5);
    resetTax(st, 0.3, 0, 0);
    for (const [i, x] of [-100, 0, 0, 30, 100].entries()) taxStep(st, i, x, 0);
    expect([st.used, st.taxable]).toEqual([70, 30]);
    // A reset forgets the run before: the same year-0 profit is taxed whole.
    resetTax(st, 0.3, 0, 0);
    expect(taxStep(st, 0, 50, 0)).toBeCloseTo(15, 12);
    expect(st.used).toBe(0);
  });

  it('still owes a loss that follows a vintage expiring at zero', () => {
    // Two-year carry: year 0's loss expires in year 3, year 1's zero vintage in year 4; year 3's loss of 50, 10 of
    // it used in year 4, still offsets 40 of year 5's profit.
    const flows = [-100, 10, 0, -50, 10, 100];
    const st = newTaxState(flows.length);
    resetTax(st, 0.3, 0, 2);
    const got = flows.map((x, i) => ({ tax: taxStep(st, i, x, 0), used: st.used, taxable: st.taxable }));
    expect(got).toEqual(reference(flows, 0.3, 2));
    expect(got[5]).toMatchObject({ used: 40, taxable: 60 });
  });
});

describe('the search reads only vintages that can hold a loss', () => {
  const visits = (flows: number[], lossYears: number) => {
    const st = newTaxState(flows.length);
    resetTax(st, 0.3, 0, lossYears);
    flows.forEach((x, i) => taxStep(st, i, x, 0));
    return st.visited;
  };
  const profits = new Array<number>(20).fill(10);
  it('reads none over years of profit without a loss', () => {
    expect(visits([0, ...profits, ...profits], 0)).toBe(0);
  });
  it('stops reading once the losses are used up', () => {
    // Year 1 and 2 each read year 0's loss; year 3 uses it up and reads the two zero vintages after it: 5 in all.
    expect(visits([-100, 30, 30, 50, ...profits], 0)).toBe(5);
  });
  it('starts its search after the vintage that expired this year', () => {
    // One-year carry: year 1 uses 10 of year 0's loss (1 read); year 0's remaining 90 expires in year 2, whose search
    // reads only year 1's zero vintage (1 read), and the next profit years read nothing.
    expect(visits([-100, 10, 10, ...profits], 1)).toBe(2);
  });
  it('stops reading once the losses have expired', () => {
    // Year 0's loss expires in year 3 (two-year carry) with no profit to use it: nothing is ever read.
    expect(visits([-100, 0, 0, 0, ...profits], 2)).toBe(0);
  });
});
