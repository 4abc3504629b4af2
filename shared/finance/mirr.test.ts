// Why: MIRR is shown beside an IRR that closure costs make ambiguous; each guard returns "no MIRR" instead of a
// made-up rate, and the two rates act on the side of the flows they name. Expectations are hand-computed.
import { describe, expect, it } from 'vitest';
import { mirr } from './index';

describe('mirr', () => {
  it('discounts outflows at the finance rate and compounds inflows at the reinvestment rate', () => {
    // PV- = 100; FV+ = 70 x 1.1 + 90 = 167; MIRR = 1.67^(1/2) - 1 = 29.23%
    expect(mirr([-100, 70, 90], 0.05, 0.1)).toBeCloseTo(Math.sqrt(1.67) - 1, 12);
    // -100, 70, -20, 90 over three periods: PV- = 100 + 20/1.05^2, FV+ = 70 x 1.1^2 + 90
    const f = [-100, 70, -20, 90];
    expect(mirr(f, 0.05, 0.1)).toBeCloseTo(((70 * 1.21 + 90) / (100 + 20 / 1.05 ** 2)) ** (1 / 3) - 1, 12);
    // A higher reinvestment rate raises MIRR; so does a higher finance rate (the later outflow weighs less).
    expect(mirr(f, 0.05, 0.2)!).toBeGreaterThan(mirr(f, 0.05, 0.1)!);
    expect(mirr(f, 0.15, 0.1)!).toBeGreaterThan(mirr(f, 0.05, 0.1)!);
  });

  it('works over a single period: MIRR = return / outlay - 1', () => {
    expect(mirr([-100, 121], 0.1, 0.05)).toBeCloseTo(0.21, 12);
  });

  it('zero flows neither invest nor return', () => {
    expect(mirr([-100, 0, 121], 0.1, 0.1)).toBeCloseTo(0.1, 12);
    // PV- = 100/1.1, FV+ = 121 at the last period: (121 x 1.1 / 100)^(1/3) - 1 = 1.331^(1/3) - 1 = 10%
    expect(mirr([0, -100, 0, 121], 0.1, 0.1)).toBeCloseTo(0.1, 12);
  });

  it('skips zero flows even where their discount or compounding factor leaves the double range', () => {
    // Finance rate -99.9%: 0.001^t underflows to 0 after t = 107, so weighting a zero flow there gives 0 / 0.
    const late = [-100, ...new Array<number>(119).fill(0), 121];
    expect(mirr(late, -0.999, 0.1)).toBeCloseTo(1.21 ** (1 / 120) - 1, 14);
    // Reinvestment rate 1e200: a leading zero flow's factor (1 + 1e200)^2 overflows, and 0 x Infinity is NaN.
    expect(mirr([0, -100, 121], 0.1, 1e200)).toBeCloseTo(Math.sqrt(1.331) - 1, 14);
  });

  it('gives no MIRR without both an outflow and an inflow, for bad rates or non-finite flows', () => {
    expect(mirr([10, 20], 0.1, 0.1)).toBeNull();
    expect(mirr([-10, -20], 0.1, 0.1)).toBeNull();
    expect(mirr([-10], 0.1, 0.1)).toBeNull();
    expect(mirr([], 0.1, 0.1)).toBeNull();
    expect(mirr([-100, 121], -1, 0.1)).toBeNull();
    expect(mirr([-100, 121], 0.1, -1)).toBeNull();
    expect(mirr([-100, 121], -2, 0.1)).toBeNull();
    expect(mirr([-100, Number.NaN, 121], 0.1, 0.1)).toBeNull();
    expect(mirr([-100, Infinity], 0.1, 0.1)).toBeNull();
  });
});
