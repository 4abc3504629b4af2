// Why: an IRR printed to two decimals hides a solver that stops early, takes a worse path or scales flows wrongly.
// These tests check the IRR against the exact root of the flows (NPV's sign decided in exact rational arithmetic,
// independent of the solver), on seeded samples and on the edge cases: the window's edge, flows near the smallest
// and largest doubles, returns too high for the solver's 100 steps.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { irr, irrDetail, lastIrrEvaluations } from './irr';
import { MINE } from './irr.fixture';

/** A double as an exact fraction m / 2^e. */
function fraction(x: number): [bigint, bigint] {
  let e = 0n;
  let m = x;
  while (!Number.isInteger(m)) {
    m *= 2;
    e++;
  }
  return [BigInt(m), e];
}

/** Sign of NPV at the rate x - 1 (x > 0), exactly: the sign of sum c_t x^(n-t) over the rationals. */
function exactSign(flows: readonly number[], x: number): number {
  const [num, den] = fraction(x);
  const fr = flows.map(fraction);
  const top = fr.reduce((a, [, e]) => (e > a ? e : a), 0n);
  // Horner on sum c_t X^(n-t) 2^(E t), every c_t brought to the common denominator 2^top.
  let acc = 0n;
  fr.forEach(([m, e], t) => (acc = acc * num + m * (1n << (top - e + den * BigInt(t)))));
  return acc > 0n ? 1 : acc < 0n ? -1 : 0;
}

/**
 * Units in the last place (as {@link exactTo} counts them) within which no solver in doubles can place the root: NPV's
 * rounding noise (n eps times the discounted |flows|) over NPV's slope in 1 + r. Below one unit for nearly every
 * profile; up to tens where NPV is flat at its root (8.6 for the first flows of the test below), which a solver's last
 * steps cannot resolve.
 */
function attainable(flows: readonly number[], r: number): number {
  const v = 1 / (1 + r);
  // A ratio, so the flows are scaled to at most 1 first: near the largest or smallest doubles the sums would not fit.
  const m = Math.max(...flows.map(Math.abs));
  let abs = 0;
  let slope = 0;
  let vt = 1;
  flows.forEach((c, t) => {
    abs += Math.abs(c / m) * vt;
    slope += t * (c / m) * vt * v;
    vt *= v;
  });
  return (flows.length * abs) / Math.abs(slope) / Math.max(1 + r, Math.abs(r));
}

/**
 * NPV changes sign (or is zero) within k units in the last place of r (or of 1 + r, whichever is coarser), plus the
 * units double arithmetic cannot resolve there: r is the exact root to that accuracy.
 */
function exactTo(flows: readonly number[], r: number, k: number): boolean {
  const x = 1 + r;
  const tol = (k + attainable(flows, r)) * 2 ** -52 * Math.max(x, Math.abs(r));
  const a = exactSign(flows, x - tol);
  const b = exactSign(flows, x + tol);
  return a !== b || a === 0;
}

const sample = (arb: fc.Arbitrary<number[]>, n = 200) => fc.sample(arb, { numRuns: n, seed: 20261202 });
const conventional = fc
  .tuple(
    fc.array(fc.double({ min: 1, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 5 }),
    fc.array(fc.double({ min: 0.01, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 60 }),
  )
  .map(([out, inflows]) => [...out.map((x) => -x), ...inflows]);
const closure = fc
  .tuple(conventional, fc.array(fc.double({ min: 0.01, max: 5e3, noNaN: true }), { minLength: 1, maxLength: 4 }))
  .map(([f, c]) => [...f, ...c.map((x) => -x)]);
/** One outlay repaid in part: inflows totalling 10% to 160% of it, so many IRRs are below 0%. */
const losing = fc
  .tuple(
    fc.double({ min: 100, max: 1000, noNaN: true }),
    fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 2, maxLength: 40 }),
  )
  .map(([out, w]) => [-out, ...w.map((x) => (1.6 * out * x) / 1000 / w.length)]);

describe('IRR against the exact root', () => {
  it('a root where NPV is flat is exact to what double arithmetic can resolve there, not to 2 units', () => {
    // Found in 10,000 samples of the profiles below: the exact root lies 2 to 3 units of 1 + r below the IRR, where
    // NPV's rounding noise over its slope is 8.6 units; NPV evaluated in doubles turns sign about 1.5 units below it.
    const f = [-49.45710121607193, -1491.0974074370192, 8017.526066267644, 1023.8651030039539, 0.010827046631303747];
    const r = irr(f)!;
    expect(attainable(f, r)).toBeCloseTo(8.6, 1);
    expect(exactTo(f, r, 2)).toBe(true);
    expect(exactSign(f, 1 + r - 2 * 2 ** -52 * (1 + r))).toBe(-1);
  });

  it('conventional profiles: the IRR is the exact root to 2 units in the last place of 1 + r', () => {
    let solved = 0;
    const profiles = sample(conventional);
    for (const f of profiles) {
      const r = irr(f);
      if (r === null) continue; // a rate below -99%
      solved++;
      expect(exactTo(f, r, 2), JSON.stringify(f)).toBe(true);
      const d = irrDetail(f);
      // The listed root is the quoted one, bit for bit, and as exact.
      expect(d.roots).toEqual([r]);
    }
    // Nearly all have an IRR in the window (it says nothing if none did).
    expect(solved).toBeGreaterThan(0.9 * profiles.length);
  });

  it('profiles that lose money (IRR below 0%, solved on the reversed flows): exact to 2 units', () => {
    let below = 0;
    for (const f of sample(losing)) {
      const d = irrDetail(f);
      if (d.value === null) continue; // a rate below -99%
      if (d.value < 0) below++;
      expect(exactTo(f, d.value, 2), JSON.stringify(f)).toBe(true);
      expect(irr(f)).toBe(d.value);
    }
    expect(below).toBeGreaterThan(50);
  });

  it('closure profiles: the quoted IRR is exact to 4 units and is one of the listed roots, bit for bit', () => {
    for (const f of sample(closure)) {
      const d = irrDetail(f);
      const r = irr(f);
      expect(d.value).toBe(r);
      if (r === null) continue;
      expect(exactTo(f, r, 4), JSON.stringify(f)).toBe(true);
      expect(d.roots).toContain(r);
      for (const q of d.roots) expect(exactTo(f, q, 16), `${JSON.stringify(f)} root ${q}`).toBe(true);
    }
  });
});

describe('IRR: the edges', () => {
  it('a rate of exactly -99% is the window edge: inside it, quoted and listed', () => {
    // -1 + 0.01 / (1 + r) = 0 at 1 + r = 0.01; 0.01 - 1 is the double -0.99 exactly.
    for (const f of [
      [-1, 0.01],
      [-100, 1],
    ]) {
      const d = irrDetail(f);
      expect(d.value).toBe(-0.99);
      expect(d.roots).toEqual([-0.99]);
      expect(d.outsideWindow).toEqual([]);
      expect(d.note).toBeUndefined();
      expect(irr(f)).toBe(-0.99);
    }
  });

  it('10% and 20% with the flows starting positive: NPV turns + to - at 10%, which is quoted', () => {
    // 100 - 230 v + 132 v^2 = 100 (1 - 1.1 v)(1 - 1.2 v): NPV(0%) = +2, NPV(15%) = -0.19, NPV(30%) = +0.16.
    const d = irrDetail([100, -230, 132]);
    expect(d.roots).toEqual([expect.closeTo(0.1, 14), expect.closeTo(0.2, 14)]);
    expect(d.value).toBe(d.roots[0]);
    expect(irr([100, -230, 132])).toBe(d.value);
    // Same signs with roots at -50%, 10% and 20% (x = 1 + r: (x - 0.5)(x - 1.1)(x - 1.2) = x^3 - 2.8x^2 + 2.47x - 0.66):
    // NPV is - below -50%, + on (-50%, 10%), - on (10%, 20%), + above: the + to - crossing is 10%, read from the
    // signs at the midpoints between the roots.
    const three = irrDetail([1, -2.8, 2.47, -0.66]);
    expect(three.roots).toEqual([expect.closeTo(-0.5, 12), expect.closeTo(0.1, 12), expect.closeTo(0.2, 12)]);
    expect(three.value).toBe(three.roots[1]);
  });

  it('flows near the smallest doubles (subnormal) have the IRR of the same flows scaled up exactly', () => {
    for (const p of [1030, 1050, 1064]) {
      const tiny = MINE.map((x) => x * 2 ** -p); // rounded to the subnormals' few bits
      const same = tiny.map((x) => x * 2 ** 537 * 2 ** 537); // exact: the very same flows, in normal range
      expect(irr(tiny), `2^-${p}`).toBeCloseTo(irr(same)!, 15);
      expect(exactTo(tiny, irr(tiny)!, 2), `2^-${p}`).toBe(true);
    }
    const golden = (Math.sqrt(5) - 1) / 2;
    expect(irr([-1e-320, 1e-320, 1e-320])).toBeCloseTo(golden, 15);
    expect(irrDetail([-5e-324, 5e-324, 5e-324]).roots).toEqual([expect.closeTo(golden, 15)]);
  });

  it('a 30-year wait on an outlay near the largest double: -98.83%, in the window', () => {
    // -1e308 + 1e250 v^30 = 0: v = 10^(58/30), r = 10^(-58/30) - 1.
    const f = [-1e308, ...Array<number>(29).fill(0), 1e250];
    const d = irrDetail(f);
    expect(d.value).toBeCloseTo(10 ** (-58 / 30) - 1, 14);
    expect(exactTo(f, d.value!, 4)).toBe(true);
    expect(irr(f)).toBe(d.value);
    // Only the inflow near the largest double: the series is scaled all the same (-1e250 + 1.7e308 v^2 = 0).
    const g = [-1e250, 0, 1.7e308];
    expect(irr(g)).toBeCloseTo(Math.sqrt(1.7e58) - 1, -14);
    expect(exactTo(g, irr(g)!, 4)).toBe(true);
  });

  it('a return too high for the solver’s 100 steps is still found (by the full root search)', () => {
    expect(irr([-1, 1e40])).toBeCloseTo(1e40, -26);
    expect(irrDetail([-1, 0, 1e40]).value).toBeCloseTo(1e20, -6);
    // 10^(100/3) needs more than the solver's 100 steps: it stops there and the root search finds the rate.
    expect(irr([-1, 0, 0, 1e100])).toBeCloseTo(Math.cbrt(1e100), -19);
    expect(lastIrrEvaluations()).toBe(100);
    // Roots at -50% and 2e80: the quoted -50% is listed whether or not the other root is reached.
    const d = irrDetail([1, -2e80, 1e80]);
    expect(d.value).toBeCloseTo(-0.5, 15);
    expect(d.roots).toContain(d.value);
  });
});

describe('irrDetail: the whole answer, nothing more', () => {
  it('no IRR: exactly the code, no value field, no roots and no second IRR', () => {
    for (const [f, code, changes] of [
      [[-100, -5], 'allNegative', 0],
      [[0, 10, 5], 'allPositive', 0],
      [[0, 0], 'allZero', 0],
      [[-10, Infinity], 'nonFinite', 1],
      [[-100, 100, -100], 'neverZero', 2],
    ] as const) {
      expect(irrDetail(f), code).toStrictEqual({
        value: null,
        multipleRoots: false,
        roots: [],
        outsideWindow: [],
        signChanges: changes,
        note: { code, rates: [], outside: [], changes },
      });
    }
  });

  it('a borrowing profile: one change, starting positive, its rate named', () => {
    const d = irrDetail([100, -50, -70]);
    // 100 - 50 v - 70 v^2 = 0 at v = (-50 + sqrt(2500 + 28000)) / 140
    const r = 140 / (-50 + Math.sqrt(30500)) - 1;
    expect(d.value).toBeNull();
    expect(d.note).toStrictEqual({ code: 'borrowing', rates: [expect.closeTo(r, 14)], outside: [], changes: 1 });
  });
});
