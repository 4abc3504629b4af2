// Why: depreciation, loss carry-forward, the capex tax credit, debt service and government take decide the tax and
// the equity cash flows every scenario shows. Each case is a small textbook schedule worked out by hand (or by the
// closed-form annuity), so a refund from an over-used loss, an uncapped credit or a wrong balance shows up as a number.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  debtSchedule,
  depAdd,
  depStep,
  depTake,
  governmentTake,
  newTaxState,
  resetDep,
  resetTax,
  taxSeries,
  taxStep,
  type DepState,
} from './fiscal';

const dep = (h: number, first: number, last: number, years: number): DepState => {
  const st: DepState = { diff: new Float64Array(h + 1), woff: new Float64Array(h), run: 0, first, last, years: 0 };
  resetDep(st, h, first, last, years);
  return st;
};
const charges = (st: DepState, h: number, adds: [number, number, number][]) =>
  Array.from({ length: h }, (_, i) => {
    for (const [at, capex, service] of adds) if (at === i) depAdd(st, i, capex, service);
    return depTake(st, i);
  });
const taxes = (
  before: number[],
  rate: number,
  lossYears = 0,
  creditRate = 0,
  creditBase: number[] = before.map(() => 0),
) => {
  const out = new Float64Array(before.length);
  taxSeries(before.length, before, creditBase, rate, creditRate, lossYears, out);
  return [...out];
};
const f64 = (a: number[]) => Float64Array.from(a);
/** `expected` with every number compared to 9 decimals (hand-computed values carry binary rounding). */
const approx = <T>(expected: T): T =>
  (typeof expected === 'number'
    ? expect.closeTo(expected, 9)
    : Array.isArray(expected)
      ? expected.map(approx)
      : expected && typeof expected === 'object'
        ? Object.fromEntries(Object.entries(expected).map(([k, v]) => [k, approx(v)]))
        : expected) as T;

describe('straight-line depreciation', () => {
  it('starts at first production, not at spend, and spreads evenly over the life', () => {
    // 90 spent in year 0, production years 2–6, 3-year life: 30 in years 2, 3, 4.
    expect(charges(dep(7, 2, 6, 3), 7, [[0, 90, 0]])).toEqual([0, 0, 30, 30, 30, 0, 0]);
  });
  it('writes off what is left at the last production year, and deducts capex spent after production when spent', () => {
    // 100 in year 5 over 4 years, last production year 6: 25 in year 5, then 25 + 50 written off in year 6.
    expect(
      charges(dep(9, 2, 6, 4), 9, [
        [5, 100, 5],
        [8, 40, 8],
      ]),
    ).toEqual([0, 0, 0, 0, 0, 25, 75, 0, 40]);
    // No production at all: every dollar is deducted in the year it is spent.
    expect(
      charges(dep(4, 3, 2, 5), 4, [
        [1, 10, 1],
        [2, 20, 2],
      ]),
    ).toEqual([0, 10, 20, 0]);
  });
  it('starts an asset at its service year when that is later, and treats a life below one year as one', () => {
    expect(charges(dep(8, 2, 7, 3), 8, [[1, 60, 4]])).toEqual([0, 0, 0, 0, 20, 20, 20, 0]);
    expect(charges(dep(5, 1, 4, 0), 5, [[0, 50, 0]])).toEqual([0, 50, 0, 0, 0]);
    const st = dep(5, 1, 4, 2);
    expect([0, 1, 2, 3].map((i) => depStep(st, i, i === 2 ? 8 : 0))).toEqual([0, 0, 4, 4]);
  });
  it('reports exactly zero once vintages have run out, not binary noise', () => {
    const c = charges(dep(10, 1, 9, 3), 10, [
      [1, 0.1, 1],
      [2, 0.2, 2],
      [3, 0.7, 3],
    ]);
    expect(c.slice(6)).toEqual([0, 0, 0, 0]);
    expect(c.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });
  it('charges exactly the capex over the life, whatever the timing (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 6 }),
        fc.integer({ min: 0, max: 12 }),
        fc.integer({ min: 1, max: 8 }),
        fc.array(
          fc.tuple(fc.integer({ min: 0, max: 14 }), fc.integer({ min: 1, max: 1000 }), fc.integer({ min: 0, max: 4 })),
          { maxLength: 6 },
        ),
        (first, len, years, adds) => {
          const h = 15;
          const c = charges(
            dep(h, first, Math.min(first + len, h - 1), years),
            h,
            adds.map(([at, capex, lag]) => [at, capex, at + lag]),
          );
          expect(c.reduce((a, b) => a + b, 0)).toBeCloseTo(
            adds.reduce((a, [, capex]) => a + capex, 0),
            6,
          );
          for (const x of c) expect(x).toBeGreaterThanOrEqual(0);
        },
      ),
    );
  });
});

describe('income tax with loss carry-forward', () => {
  it('uses a loss against later profit without ever refunding tax', () => {
    // 30% rate: a 100 loss shelters year 1 (60) fully and 40 of year 2, leaving 40 taxed (12).
    expect(taxes([-100, 60, 80], 0.3)).toEqual(approx([0, 0, 12]));
    const st = newTaxState(3);
    resetTax(st, 0.3, 0, 0);
    taxStep(st, 0, -100, 0);
    expect(taxStep(st, 1, 60, 0)).toBe(0);
    expect([st.used, st.taxable, st.credit]).toEqual([60, 0, 0]);
    expect(taxStep(st, 2, 80, 0)).toBeCloseTo(12, 12);
    expect([st.used, st.taxable]).toEqual([40, 40]);
  });
  it('uses the oldest loss first and lets a loss expire after the carry-forward period', () => {
    // Losses 50 (year 0) and 30 (year 1); year 2 profit 30 uses year 0's loss first. With a 2-year limit year 0's
    // remaining 20 has expired by year 3, year 1's 30 has not: 100 − 30 = 70 taxed at 30% = 21.
    expect(taxes([-50, -30, 30, 100], 0.3, 2)).toEqual(approx([0, 0, 0, 21]));
    // A loss may be used exactly `lossYears` later, not one year after that.
    expect(taxes([-100, 0, 0, 100], 0.25, 3)).toEqual([0, 0, 0, 0]);
    expect(taxes([-100, 0, 0, 100], 0.25, 2)).toEqual([0, 0, 0, 25]);
    expect(taxes([-100, 0, 0, 0, 0, 0, 100], 0.25, 0)).toEqual([0, 0, 0, 0, 0, 0, 0]);
  });
  it('caps the capex credit at the tax due and carries the rest forward', () => {
    // Credit 10% of 500 = 50. Year 1 tax 30 is wiped out (never negative), year 2 tax 90 takes the remaining 20.
    const st = newTaxState(3);
    resetTax(st, 0.3, 0.1, 0);
    expect(taxStep(st, 0, 0, 500)).toBe(0);
    expect(taxStep(st, 1, 100, 0)).toBe(0);
    expect(st.credit).toBeCloseTo(30, 12);
    expect(taxStep(st, 2, 300, 0)).toBeCloseTo(70, 12);
    expect(st.credit).toBeCloseTo(20, 12);
  });
  it('never exceeds rate × profit and never goes negative (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: -500, max: 500 }), { minLength: 1, maxLength: 12 }),
        fc.integer({ min: 0, max: 5 }),
        (flows, lossYears) => {
          const t = taxes(flows, 0.3, lossYears);
          t.forEach((x, i) => {
            expect(x).toBeGreaterThanOrEqual(0);
            expect(x).toBeLessThanOrEqual(Math.max(0, flows[i]!) * 0.3 + 1e-9);
          });
          // With unlimited carry-forward the total taxed is 30% of the positive part of every running sum's rise.
          if (lossYears === 0) {
            let cum = 0;
            let peak = 0;
            for (const x of flows) {
              cum += x;
              peak = Math.max(peak, cum);
            }
            expect(taxes(flows, 0.3).reduce((a, b) => a + b, 0)).toBeCloseTo(0.3 * peak, 6);
          }
        },
      ),
    );
  });
});

describe('debt schedule', () => {
  it('repays each draw as an annuity from first production, paying interest through construction', () => {
    // 60% of 100 drawn in year 0 at 10% over 2 years from year 2: payment 6 / (1 − 1.1⁻²) = 34.5714.
    const d = debtSchedule(f64([100, 0, 0, 0, 0, 0]), 6, 2, 0.6, 0.1, 2);
    const pay = 6 / (1 - 1.1 ** -2);
    const p2 = pay - 6;
    expect([...d.draw]).toEqual([60, 0, 0, 0, 0, 0]);
    expect([...d.interest]).toEqual(approx([0, 6, 6, (60 - p2) * 0.1, 0, 0]));
    expect([...d.principal]).toEqual(approx([0, 0, p2, 60 - p2, 0, 0]));
    expect([...d.balance]).toEqual(approx([60, 60, 60 - p2, 0, 0, 0]));
  });
  it('matches the closed-form annuity balance for a long loan, and clears the balance when the model ends', () => {
    const r = 0.08;
    const n = 10;
    const d = debtSchedule(f64([500, 0, ...Array(14).fill(0)]), 16, 1, 1, r, n);
    const pay = (500 * r) / (1 - (1 + r) ** -n);
    for (let k = 1; k <= n; k++)
      expect(d.balance[k]).toBeCloseTo(500 * (1 + r) ** k - (pay * ((1 + r) ** k - 1)) / r, 6);
    expect(d.interest.reduce((a, b) => a + b, 0) + 500).toBeCloseTo(pay * n, 6);
    const short = debtSchedule(f64([100, 0, 0, 0]), 4, 1, 1, 0.05, 10);
    expect(short.balance[3]).toBeCloseTo(0, 9);
    expect(short.principal.reduce((a, b) => a + b, 0)).toBeCloseTo(100, 9);
  });
  it('repays an interest-free loan in equal parts, rounds the tenor, and never draws on negative capex', () => {
    const d = debtSchedule(f64([0, 90, -10, 0, 0, 0]), 6, 0, 0.5, 0, 3.4);
    expect([...d.draw]).toEqual([0, 45, 0, 0, 0, 0]);
    expect([...d.principal]).toEqual(approx([0, 0, 15, 15, 15, 0]));
    expect([...d.interest]).toEqual([0, 0, 0, 0, 0, 0]);
    expect([...debtSchedule(f64([10, 0, 0]), 3, 0, 1, 0, 0).principal]).toEqual([0, 10, 0]);
  });
});

describe('government take', () => {
  it('adds royalties, tax, dividend WHT on positive foreign cash and the state share; investors get the rest', () => {
    // WHT 10% on half of year 0's 100 = 5; state 20% of 100 and of −20 = 16; investor (80 − 5) + (−16) = 59.
    const { undiscounted: g } = governmentTake(
      2,
      f64([10, 10]),
      f64([5, 0]),
      f64([100, -20]),
      f64([1, 0.9]),
      0.1,
      0.5,
      0.2,
    );
    expect(g).toMatchObject(
      approx({
        royalties: 20,
        incomeTax: 5,
        dividendWht: 5,
        stateEquityShare: 16,
        government: 46,
        investor: 59,
        preFiscalCashFlow: 105,
      }),
    );
    expect(g.governmentPct).toBeCloseTo((46 / 105) * 100, 9);
    expect(g.investorPct).toBeCloseTo((59 / 105) * 100, 9);
  });
  it('weights each year by its discount factor and gives no percentages when pre-fiscal cash flow is not positive', () => {
    const g = governmentTake(2, f64([10, 10]), f64([0, 0]), f64([0, 40]), f64([1, 0.5]), 0, 0, 0).discounted;
    expect(g).toMatchObject(approx({ royalties: 15, government: 15, investor: 20, preFiscalCashFlow: 35 }));
    const none = governmentTake(1, f64([0]), f64([0]), f64([-5]), f64([1]), 0.1, 1, 0).undiscounted;
    expect([none.governmentPct, none.investorPct, none.dividendWht]).toEqual([null, null, 0]);
  });
});
