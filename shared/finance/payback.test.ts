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
