import { describe, expect, it } from 'vitest';
import { discountedPayback, payback } from './index';

describe('payback', () => {
  it('interpolates within the year the cumulative turns non-negative', () => {
    // cumulative -100, -50, +10: after 1 year 50 left, year 2 brings 60 => 1 + 50/60
    expect(payback([-100, 50, 60])).toBeCloseTo(1 + 50 / 60, 12);
    expect(payback([-100, 100])).toBe(1);
  });

  it('requires the cumulative to stay non-negative', () => {
    // cumulative -100, -50, 10, -10, 20: last negative at t=3, then 30 => 3 + 10/30
    expect(payback([-100, 50, 60, -20, 30])).toBeCloseTo(3 + 10 / 30, 12);
    expect(payback([-100, 50, 60, -20])).toBeNull();
  });

  it('is 0 when never negative and null when never paid back', () => {
    expect(payback([10, 5])).toBe(0);
    expect(payback([-100, 10, 10])).toBeNull();
    expect(payback([])).toBeNull();
  });

  it('discounted payback is later than simple payback', () => {
    // discounted at 10%: -100, 45.4545, 49.5868 (cum -4.9587), 45.0789 => 2 + 4.9587/45.0789
    const f = [-100, 50, 60, 60];
    expect(discountedPayback(0.1, f)).toBeCloseTo(2 + (100 - 50 / 1.1 - 60 / 1.21) / (60 / 1.331), 10);
    expect(discountedPayback(0.1, f)!).toBeGreaterThan(payback(f)!);
    expect(discountedPayback(0.1, [-100, 50, 50])).toBeNull();
  });
});

describe('payback guards and the mid-year convention', () => {
  it('gives no payback for a non-finite flow', () => {
    expect(payback([-100, Number.NaN, 200])).toBeNull();
    expect(payback([-100, Infinity])).toBeNull();
  });

  it('counts a cumulative of exactly zero as paid back', () => {
    // cumulative -100, 0: paid back at the end of year 1, not "never"
    expect(payback([-100, 100, 0])).toBe(1);
    expect(payback([-100, 40, 60])).toBe(2);
  });

  it('mid-year discounted payback discounts year t at t - 0.5 years', () => {
    // 10%: year 1 is 60/1.1^0.5 = 57.21, year 2 is 60/1.1^1.5 = 52.01; -100 + 57.21 = -42.79 after year 1
    const d1 = 60 / 1.1 ** 0.5;
    const d2 = 60 / 1.1 ** 1.5;
    expect(discountedPayback(0.1, [-100, 60, 60], { midYear: true })).toBeCloseTo(1 + (100 - d1) / d2, 12);
    // end-of-year: 54.55 and 49.59, so later
    expect(discountedPayback(0.1, [-100, 60, 60])).toBeCloseTo(1 + (100 - 60 / 1.1) / (60 / 1.21), 12);
  });

  it('has no discounted payback at a rate at or below -100%', () => {
    expect(discountedPayback(-1, [-100, 60, 60])).toBeNull();
    expect(discountedPayback(-3, [-100, 60, 60])).toBeNull();
    // at -300% the factors alternate in sign, (-0.5)^t: -100, -300 would look like +150 in year 1, yet no rate
    // at or below -100% is a discount rate
    expect(discountedPayback(-3, [-100, -300])).toBeNull();
    expect(discountedPayback(-1, [5])).toBeNull();
    expect(discountedPayback(0.1, [5])).toBe(0);
    // at 0% it is the simple payback
    expect(discountedPayback(0, [-100, 50, 60])).toBeCloseTo(1 + 50 / 60, 12);
  });
});
