// Why: the solver ended where its step was tiny, and Halley's step is tiny where NPV turns (f' = 0) as well as at a
// root. A start on a turning point then became a made-up IRR, printed and listed. Cases found by raising the runs
// of the IRR properties (irr-rule, irr, irr.exact) 100-fold.
import { describe, expect, it } from 'vitest';
import { irr, irrDetail, npv } from './index';

describe('a start where NPV turns is not a root', () => {
  it('[-1, 3.75, -2.25]: roots -25% and 200%, 200% quoted, not the turning point at 20%', () => {
    // -(x - 0.75)(x - 3) / x^2 with x = 1 + r; NPV peaks at r = 20% (0.5625), where the two-change search starts.
    const d = irrDetail([-1, 3.75, -2.25]);
    expect(d.value).toBeCloseTo(2, 12);
    expect(irr([-1, 3.75, -2.25])).toBe(d.value);
    expect(d.roots.map((r) => Number(r.toFixed(12)))).toEqual([-0.25, 2]);
  });
  it('an outlay repaid by almost nothing has its root at -100%, not a 10% IRR', () => {
    // Root (1 + r)^2 = 7.4e-211 / 1.1e-56: r = -1 + 8e-78. At 10% NPV is the whole outlay.
    const f = [-1.1000077933958433e-56, 0, 7.445341384085609e-211];
    expect(npv(0.1, f)).toBeCloseTo(f[0]!, 70);
    expect(irr(f)).toBeNull();
    expect(irrDetail(f).roots).toEqual([]);
  });
  it('a closure profile lists its lower root near -25%, not -45% where NPV is -5e7', () => {
    // prettier-ignore
    const f = [-34.916269329036126, -97.12723251932086, -3935.9542162511475, -17.71784849912204, -132.57265375418245,
      96.5868037752004, 0.028398941175579354, 3.8826680141791794, 3.370660572632562, 9999.999999999985,
      59.9697374039841, 0.010000000000000024, 0.33469837175418965, 61.59470090785783, 255.34324572522826,
      0.8325323679040714, 56.85438508743549, -15.739490673891531, -189.70896482664202, -183.08955061331991,
      -201.2341231156247];
    const d = irrDetail(f);
    expect(d.roots).toHaveLength(2);
    expect(d.value).toBeCloseTo(0.1355834513154804, 12);
    expect(d.roots[0]).toBeGreaterThan(-0.3);
    expect(d.roots[0]).toBeLessThan(-0.2);
    for (const r of d.roots) expect(Math.abs(npv(r, f) * (1 + r) ** (f.length - 1))).toBeLessThan(1e-9);
  });
});
