import * as formulajs from '@formulajs/formulajs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { irr, irrDetail, npv } from './index';

describe('irr', () => {
  it('solves textbook cases', () => {
    // -100 + 110/(1+r) = 0  =>  r = 0.1
    expect(irr([-100, 110])).toBeCloseTo(0.1, 12);
    // -100 + 121/(1+r)^2 = 0  =>  r = 0.1
    expect(irr([-100, 0, 121])).toBeCloseTo(0.1, 12);
    // -1000 + 300 v + 400 v^2 + 500 v^3 = 0: NPV(8%) = +7.11, NPV(9%) = -8.64, root ≈ 8.8963% (Excel IRR gives 8.90%)
    expect(irr([-1000, 300, 400, 500])).toBeCloseTo(0.0889634, 6);
    // Level annuity: -1000 + 100 x 20 years  =>  7.7547% (standard annuity tables)
    expect(irr([-1000, ...Array.from({ length: 20 }, () => 100)])).toBeCloseTo(0.077547, 5);
  });

  it('is zero when the flows just repay the outlay', () => {
    expect(irr([-100, 50, 50])).toBeCloseTo(0, 12);
  });

  it('returns null with a reason when the flows never change sign', () => {
    expect(irr([-100, -5, -1])).toBeNull();
    const neg = irrDetail([-100, -5, -1]);
    expect(neg.value).toBeNull();
    expect(neg.note?.code).toBe('allNegative');
    expect(irrDetail([10, 5]).note?.code).toBe('allPositive');
    expect(irrDetail([0, 0, 0]).note?.code).toBe('allZero');
    expect(irrDetail([]).value).toBeNull();
    expect(irrDetail([-1, Number.NaN]).note?.code).toBe('nonFinite');
  });

  // Behaviour change (issue 13): one rule for irr and irrDetail. The quoted root is where NPV turns from + to - as
  // the rate rises, no longer the root nearest the guess; the guess only seeds the iteration.
  it('finds both roots of -100, 230, -132 (10% and 20%) and quotes the + to - crossing', () => {
    // (1+r)^2 x (-100) + 230 (1+r) - 132 = 0  =>  1+r = 1.1 or 1.2
    const d = irrDetail([-100, 230, -132]);
    expect(d.multipleRoots).toBe(true);
    expect(d.signChanges).toBe(2);
    expect(d.roots).toHaveLength(2);
    expect(d.roots[0]).toBeCloseTo(0.1, 10);
    expect(d.roots[1]).toBeCloseTo(0.2, 10);
    // NPV(15%) = -100 + 230/1.15 - 132/1.3225 = +0.19 > 0 and NPV(25%) = -100 + 184 - 84.48 = -0.48 < 0
    expect(d.value).toBeCloseTo(0.2, 10);
    expect(d.note).toEqual({ code: 'multiple', rates: d.roots, outside: [], changes: 2, value: d.value });
    expect(irr([-100, 230, -132])).toBe(d.value);
    expect(irr([-100, 230, -132], 0.11)).toBeCloseTo(0.2, 10);
  });

  it('scans for roots with three sign changes', () => {
    // (x - 1.1)(x - 1.2)(x - 1.3) with x = 1 + r: roots 10%, 20%, 30%
    const flows = [1, -3.6, 4.31, -1.716];
    const d = irrDetail(flows);
    expect(d.signChanges).toBe(3);
    expect(d.roots.map((r) => Number(r.toFixed(8)))).toEqual([0.1, 0.2, 0.3]);
    // NPV is + between 10% and 20% and - between 20% and 30%: the + to - crossing is 20%
    expect(d.value).toBeCloseTo(0.2, 8);
    expect(irr(flows)).toBe(d.value);
  });

  it('reports no IRR when two sign changes give no real root', () => {
    // -100 + 100 v - 100 v^2 < 0 for all v > 0
    const d = irrDetail([-100, 100, -100]);
    expect(d.value).toBeNull();
    expect(d.note?.code).toBe('neverZero');
    expect(irr([-100, 100, -100])).toBeNull();
  });

  it('handles 60-year lives and high or negative IRRs', () => {
    const long = [-1000, ...Array.from({ length: 60 }, () => 90)];
    const r = irr(long)!;
    expect(npv(r, long)).toBeCloseTo(0, 6);
    expect(irr([-1, 1000])).toBeCloseTo(999, 6);
    expect(irr([-100, 50])).toBeCloseTo(-0.5, 12);
  });

  it('agrees with formulajs to 1e-9 where both converge', () => {
    const cases = [
      [-5800, -2000, 300, ...Array.from({ length: 37 }, (_, i) => 900 + 13 * i)],
      [-1000, 300, 400, 500],
      [-250, 20, 40, 60, 80, 100],
    ];
    for (const f of cases) expect(Math.abs(irr(f)! - (formulajs.IRR(f) as number))).toBeLessThan(1e-9);
  });

  /**
   * NPV at the IRR is zero relative to the size of the flows, where the discount factors are well scaled. It is
   * checked on the flows scaled by a power of two to a largest flow in (1/2, 1] (exact, the same roots): in doubles
   * the NPV of subnormal flows is whole units of the smallest double, which no relative tolerance can hold.
   */
  const zeroesNpv = (flows: number[], r: number) => {
    const e = Math.ceil(Math.log2(Math.max(...flows.map(Math.abs))));
    const f = flows.map((x) => x * 2 ** -(e >> 1) * 2 ** -(e - (e >> 1)));
    const scale = f.reduce((a, b) => a + Math.abs(b), 0);
    const w = Math.max(1, (1 + r) ** -(f.length - 1));
    return Math.abs(npv(r, f)) <= 1e-7 * scale * w;
  };

  it('the NPV check reads subnormal flows at their scale: [5e-324, -1.5e-323, 5e-324] (found at 12,000 runs)', () => {
    const f = [5e-324, -1.5e-323, 5e-324];
    expect(irr(f)).toBe(irr([1, -3, 1]));
    expect(npv(irr(f)!, f)).toBe(5e-324); // one smallest double: above any tolerance relative to these flows
    expect(zeroesNpv(f, irr(f)!)).toBe(true);
  });

  it('property: npv(irr(f), f) ≈ 0 whenever irr(f) is a number', () => {
    let solved = 0;
    let runs = 0;
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1000, max: 1000, noNaN: true }), { minLength: 2, maxLength: 45 }),
        (flows) => {
          runs++;
          const r = irr(flows);
          if (r === null) return true;
          solved++;
          return zeroesNpv(flows, r);
        },
      ),
      { numRuns: 500, seed: 42 },
    );
    // It says nothing if no IRR is found: about 3 in 10 of these random series have one (146 of 500).
    expect(solved).toBeGreaterThan(runs / 10);
  });
});

describe('irrDetail: the value, the roots and the sentence the user reads', () => {
  it('an ordinary project (one sign change) has one root, no caution and no second IRR', () => {
    const d = irrDetail([-100, 110]);
    expect(d).toEqual({
      value: expect.closeTo(0.1, 12),
      multipleRoots: false,
      roots: [d.value],
      outsideWindow: [],
      signChanges: 1,
    });
    expect(d.note).toBeUndefined();
    const annuity = irrDetail([-1000, ...Array.from({ length: 20 }, () => 100)]);
    expect(annuity.multipleRoots).toBe(false);
    expect(annuity.roots).toHaveLength(1);
    expect(annuity.note).toBeUndefined();
  });

  it('refuses infinite flows of either sign', () => {
    for (const f of [
      [-Infinity, 10],
      [-10, Infinity],
      [-10, 5, Number.NaN],
    ]) {
      expect(irrDetail(f).value).toBeNull();
      expect(irrDetail(f).note).toMatchObject({ code: 'nonFinite', rates: [], outside: [] });
      expect(irr(f)).toBeNull();
    }
  });

  it('quotes the lower root when the flows start and end positive, the upper one when they start negative', () => {
    // x^2 NPV = (x - 1.05)(x - 1.3) = x^2 - 2.35 x + 1.365 with x = 1 + r: roots 5% and 30%.
    // Starting positive, NPV is + below 5% and - between 5% and 30%: the + to - crossing is 5%.
    const up = irrDetail([1, -2.35, 1.365]);
    expect(up.roots).toEqual([expect.closeTo(0.05, 10), expect.closeTo(0.3, 10)]);
    expect(up.value).toBeCloseTo(0.05, 10);
    expect(irr([1, -2.35, 1.365])).toBe(up.value);
    // Negated: - below 5%, + between, - above 30%: the crossing is 30%.
    const down = irrDetail([-1, 2.35, -1.365]);
    expect(down.roots).toEqual([expect.closeTo(0.05, 10), expect.closeTo(0.3, 10)]);
    expect(down.value).toBeCloseTo(0.3, 10);
    expect(irr([-1, 2.35, -1.365])).toBe(down.value);
    expect(down.note).toEqual({ code: 'multiple', rates: down.roots, outside: [], changes: 2, value: down.value });
  });

  it('NPV that only touches zero (a double root) is named, not quoted, whatever the first flow', () => {
    // (x - 1.1)^2 = x^2 - 2.2 x + 1.21: NPV >= 0 everywhere, zero only at 10%. Not a borrowing profile.
    const d = irrDetail([1, -2.2, 1.21]);
    expect(d.value).toBeNull();
    expect(d.roots).toEqual([expect.closeTo(0.1, 6)]);
    const note = { code: 'noCrossing', rates: [expect.closeTo(0.1, 6)], outside: [], changes: 2 };
    expect(d.note).toEqual(note);
    expect(irrDetail([-1, 2.2, -1.21]).note).toEqual(note);
  });

  it('states each other reason in full', () => {
    // The sentences themselves are the renderer's (irrText.test.ts words each of these in English and Urdu).
    expect(irrDetail([-100, 100, -100]).note).toEqual({ code: 'neverZero', rates: [], outside: [], changes: 2 });
    expect(irrDetail([-100, 0.5]).note).toEqual({
      code: 'belowWindowOnly',
      rates: [expect.closeTo(-0.995, 12)],
      outside: [],
      changes: 1,
    });
    expect(irrDetail([100, -110]).note).toEqual({
      code: 'borrowing',
      rates: [expect.closeTo(0.1, 12)],
      outside: [],
      changes: 1,
    });
    expect(irrDetail([-100, -5]).note).toEqual({ code: 'allNegative', rates: [], outside: [], changes: 0 });
    expect(irrDetail([0, 10, 5]).note).toEqual({ code: 'allPositive', rates: [], outside: [], changes: 0 });
    expect(irrDetail([0, 0]).note).toEqual({ code: 'allZero', rates: [], outside: [], changes: 0 });
  });

  it('a quoted IRR with a second root below the window says so and is still a single IRR', () => {
    // x^2 NPV = -(x - 1.2)(x - 0.005): roots 20% and -99.5%
    const d = irrDetail([-1, 1.205, -0.006]);
    expect(d.value).toBeCloseTo(0.2, 9);
    expect(d.multipleRoots).toBe(false);
    expect(d.outsideWindow).toEqual([expect.closeTo(-0.995, 9)]);
    expect(d.note).toEqual({ code: 'outsideWindow', rates: [], outside: d.outsideWindow, changes: 2 });
  });

  it('property: a one-change project with an outlay first has exactly one IRR, and NPV is zero there to 1e-10', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 5000 }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 40 }),
        (outlay, returns) => {
          fc.pre(returns.some((x) => x > 0));
          const flows = [-outlay, ...returns];
          const d = irrDetail(flows);
          if (d.value === null) return d.outsideWindow.length === 1; // the root is below -99%
          const scale = outlay + returns.reduce((a, b) => a + b, 0);
          const w = Math.max(1, (1 + d.value) ** -(flows.length - 1));
          return (
            d.roots.length === 1 &&
            !d.multipleRoots &&
            d.signChanges === 1 &&
            Math.abs(npv(d.value, flows)) <= 1e-10 * scale * w
          );
        },
      ),
      { numRuns: 400, seed: 21 },
    );
  });
});
