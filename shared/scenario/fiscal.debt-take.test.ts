// Why: the debt schedule and the government take feed the equity cash flows and the take chart. A loan must end
// at exactly zero (a leftover 1e-13 shows as a "-0.0" balance), a project still building at the model's end owes
// interest only, weights must apply to every component of the take, and a free-carried state funds only its
// paying share of the negative years. Each number is worked out by hand.
import { describe, expect, it } from 'vitest';
import { debtSchedule, governmentTake } from './fiscal';

const f64 = (a: number[]) => Float64Array.from(a);

describe('debt schedule edges', () => {
  it('ends every annuity at exactly zero after its last instalment', () => {
    for (const [rate, tenor] of [
      [0.05, 3],
      [0.05, 5],
      [0.07, 7],
      [0.1, 10],
    ] as const) {
      const d = debtSchedule(f64([100, ...Array(14).fill(0)]), 15, 2, 1, rate, tenor);
      const at = `${rate} over ${tenor}`;
      // Instalments in years 2 .. tenor + 1, each the level payment 100 r / (1 − (1 + r)^−n) ...
      const pay = (100 * rate) / (1 - (1 + rate) ** -tenor);
      for (let t = 2; t <= tenor + 1; t++)
        expect(d.interest[t]! + d.principal[t]!, `${at}, year ${t}`).toBeCloseTo(pay, 9);
      // ... so with one instalment left the balance is that payment discounted a year (zeros alone would pass with
      // the loan repaid at once, or with no balance computed at all) ...
      expect(d.balance[1], at).toBe(100);
      expect(d.balance[tenor], at).toBeCloseTo(pay / (1 + rate), 9);
      // ... and exactly zero from the last instalment on.
      expect([...d.balance.subarray(tenor + 1)], at).toEqual(Array(14 - tenor).fill(0));
      expect(d.principal[tenor + 2]).toBe(0);
    }
  });
  it('charges interest only while production has not started within the model', () => {
    const d = debtSchedule(f64([100, 0, 0]), 3, 5, 1, 0.1, 5);
    expect([...d.interest]).toEqual([0, 10, 10]);
    expect([...d.principal]).toEqual([0, 0, 0]);
    expect([...d.balance]).toEqual([100, 100, 100]);
  });
  it('uses only the first h years of longer, reused buffers', () => {
    const h = 3;
    const scratch = () => new Float64Array(h + 1).fill(9);
    const out = { draw: scratch(), interest: scratch(), principal: scratch(), balance: scratch() };
    const d = debtSchedule(f64([100, 0, 0, 50]), h, 5, 1, 0.1, 5, out);
    expect([...d.draw]).toEqual([100, 0, 0, 9]);
    expect([...d.interest]).toEqual([0, 10, 10, 9]);
    expect([...d.principal]).toEqual([0, 0, 0, 9]);
    expect([...d.balance]).toEqual([100, 100, 100, 9]);
  });
});

describe('government take edges', () => {
  it('discounts income tax, withholding tax and the state share by the same weights as royalties', () => {
    // Year 0 weight 1, year 1 weight 0.5. Tax 10 + 20×0.5 = 20; WHT 10% of 100 + 10% of 50 × 0.5 = 12.5;
    // state 20% of 100 + 20% of 50 × 0.5 = 25; investor (100 − 20 − 10) + (50 − 10 − 5) × 0.5 = 87.5.
    const g = governmentTake(2, f64([4, 4]), f64([10, 20]), f64([100, 50]), f64([1, 0.5]), 0.1, 1, 0.2).discounted;
    expect(g.royalties).toBeCloseTo(6, 12);
    expect(g.incomeTax).toBeCloseTo(20, 12);
    expect(g.dividendWht).toBeCloseTo(12.5, 12);
    expect(g.stateEquityShare).toBeCloseTo(25, 12);
    expect(g.investor).toBeCloseTo(87.5, 12);
    expect(g.government).toBeCloseTo(63.5, 12);
  });
  it('a free-carried state takes its equity share of distributions but funds only its paying share', () => {
    // 25% equity, 15 points carried: funding share (25 − 15) / (100 − 15). Year 0 +100, year 1 −50.
    const fund = (25 - 15) / 85;
    const { undiscounted: g } = governmentTake(
      2,
      f64([0, 0]),
      f64([0, 0]),
      f64([100, -50]),
      f64([1, 0.9]),
      0,
      0,
      0.25,
      fund,
      15,
    );
    expect(g.stateEquityShare).toBeCloseTo(25 - 50 * fund, 12);
    expect(g.investor).toBeCloseTo(75 - 50 * (1 - fund), 12);
    expect(g.stateFreeCarriedPct).toBe(15);
  });
});
