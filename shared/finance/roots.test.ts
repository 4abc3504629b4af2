// Why: the IRR's roots list is only as good as the polynomial root finder under it. These tests call it directly
// on polynomials built from known factors (the oracle: the roots are the factors), so a missed, doubled, misplaced
// or slowly found root fails here, not only when some cash-flow series happens to exercise it.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coefficientSignChanges, lastRootEvaluations, polyAt, polyRootsIn } from './roots';

const EPS = Number.EPSILON;

/** Ascending coefficients of lead x (x - r1)(x - r2)..., multiplied out in floating point. */
function fromRoots(roots: number[], lead = 1): number[] {
  let p = [lead];
  for (const r of roots) {
    const q = new Array<number>(p.length + 1).fill(0);
    p.forEach((c, t) => {
      q[t + 1] += c;
      q[t] -= r * c;
    });
    p = q;
  }
  return p;
}

const rootsOf = (p: number[], a = 0, b = 1) => polyRootsIn(p, p.length - 1, a, b);

/** The roots found equal `want` in number and order, each within `tol` (0: exactly). */
function expectRoots(got: number[], want: number[], tol = 0) {
  expect(got).toHaveLength(want.length);
  want.forEach((x, k) => (tol ? expect(Math.abs(got[k]! - x)).toBeLessThanOrEqual(tol) : expect(got[k]).toBe(x)));
}

/** The textbook bound on Horner's rounding error at x: 2n eps sum |p_t| x^t, with slack for the root's own ulps. */
function hornerBound(p: number[], x: number): number {
  return 4 * p.length * EPS * p.reduce((s, c, t) => s + Math.abs(c) * x ** t, 0);
}

describe('coefficientSignChanges', () => {
  it('counts the sign changes of the coefficients, ignoring zeros and anything above the degree', () => {
    expect(coefficientSignChanges([1, -1, 1], 2)).toBe(2);
    expect(coefficientSignChanges([-1, 1, 1, -1], 3)).toBe(2);
    expect(coefficientSignChanges([1, 1, 1], 2)).toBe(0);
    expect(coefficientSignChanges([-2, -1], 1)).toBe(0);
    expect(coefficientSignChanges([1, 0, -1], 2)).toBe(1);
    expect(coefficientSignChanges([0, 0, 3, 0, -2, 0, 0, 5], 7)).toBe(2);
    expect(coefficientSignChanges([1, 0, 0, 1], 3)).toBe(0);
    expect(coefficientSignChanges([7], 0)).toBe(0);
    expect(coefficientSignChanges([1, -1, 1], 1)).toBe(1);
  });
});

describe('polyAt', () => {
  it('evaluates ascending coefficients', () => {
    expect(polyAt([1, -3, 2], 2, 0.5)).toBe(0);
    expect(polyAt([1, -3, 2], 2, 2)).toBe(3);
    expect(polyAt([5], 0, 9)).toBe(5);
  });
});

describe('polyRootsIn: known roots', () => {
  it('finds each simple root once, ascending, to the last digits', () => {
    const r = rootsOf(fromRoots([0.8, 0.2, 0.5], 3));
    expect(r).toHaveLength(3);
    [0.2, 0.5, 0.8].forEach((x, k) => expect(r[k]).toBeCloseTo(x, 14));
  });

  it('returns a root exactly when a Newton step lands on it', () => {
    // x - 0.3 from the midpoint 0.5: one step gives 0.3, where p is exactly 0.
    expect(rootsOf([-0.3, 1])).toEqual([0.3]);
    // (x - 1/4)(x - 5/8) = x^2 - 7/8 x + 5/32, exact in binary: its roots to the last bit.
    const r = rootsOf([5 / 32, -7 / 8, 1]);
    expect(r).toHaveLength(2);
    expect(Math.abs(r[0]! - 0.25)).toBeLessThanOrEqual(2 ** -54);
    expect(Math.abs(r[1]! - 0.625)).toBeLessThanOrEqual(2 ** -53);
  });

  it('lists a double or triple root once', () => {
    expect(rootsOf(fromRoots([0.5, 0.5]))).toEqual([0.5]);
    const d = rootsOf(fromRoots([0.3, 0.3, 0.7]));
    expect(d).toHaveLength(2);
    expect(d[0]).toBeCloseTo(0.3, 7);
    expect(d[1]).toBeCloseTo(0.7, 12);
    const t = rootsOf(fromRoots([0.6, 0.6, 0.6, 0.1]));
    expect(t).toHaveLength(2);
    expect(t[0]).toBeCloseTo(0.1, 12);
    expect(t[1]).toBeCloseTo(0.6, 4);
  });

  it('separates close roots (1.1 and 1.101) and keeps roots outside the interval out', () => {
    const r = rootsOf(fromRoots([1.1, 1.101, 0.4, 2.5, -0.5]), 0, 2);
    expect(r).toHaveLength(3);
    [0.4, 1.1, 1.101].forEach((x, k) => expect(r[k]).toBeCloseTo(x, 10));
    expect(rootsOf(fromRoots([0.2, 0.8]), 0.3, 0.7)).toEqual([]);
    expect(rootsOf(fromRoots([0.2, 0.8]), 0.3, 1)).toHaveLength(1);
    expect(rootsOf([-2, 1])).toEqual([]);
    expect(rootsOf([0.5, 1])).toEqual([]);
  });

  it('finds roots at either end of the interval, once each', () => {
    // (x - 1/4)(x - 3/4) on [1/4, 1], its double-root variants, and roots at b.
    const ends = (got: number[], first: number, last: number) => expectRoots(got, [first, last], 2 ** -52);
    ends(rootsOf([3 / 16, -1, 1], 0.25, 1), 0.25, 0.75);
    expect(rootsOf([3 / 16, -1, 1], 0.25, 1)[0]).toBe(0.25);
    expect(rootsOf([3 / 16, -1, 1], 0, 0.75)[1]).toBe(0.75);
    expect(rootsOf(fromRoots([0.25, 0.25, 0.75]), 0.25, 1)[0]).toBe(0.25);
    ends(rootsOf(fromRoots([0.25, 0.25, 0.75]), 0.25, 1), 0.25, 0.75);
    ends(rootsOf(fromRoots([0.25, 1, 1]), 0, 1), 0.25, 1);
    expect(rootsOf(fromRoots([0.25, 1, 1]), 0, 1)[1]).toBe(1);
    ends(rootsOf(fromRoots([0.5, 1, 1, 1]), 0, 1), 0.5, 1);
    expect(rootsOf(fromRoots([0.5, 1, 1, 1]), 0, 1)[1]).toBe(1);
    expect(rootsOf([-0.25, 1], 0.25, 1)).toEqual([0.25]);
    expect(rootsOf([-0.75, 1], 0.25, 0.75)).toEqual([0.75]);
  });

  it('finds a root at 0, which the rule of signs does not count, with the others', () => {
    expect(rootsOf([0, -1, 1])).toEqual([0, 1]);
    expect(rootsOf([0, 1, 1])).toEqual([0]);
    expect(rootsOf([0, 0, -0.5, 1])).toEqual([0, 0.5]);
    expect(rootsOf([0, -0.5, 1], 0.25, 1)).toEqual([0.5]);
    expect(rootsOf([0, 0, 1, 1], 0.25, 1)).toEqual([]);
  });

  it('has no isolated root for a constant or the zero polynomial, and ignores zero leading coefficients', () => {
    expect(rootsOf([3])).toEqual([]);
    expect(rootsOf([0])).toEqual([]);
    expect(rootsOf([0, 0, 0])).toEqual([]);
    expect(rootsOf([-2, 0, 0])).toEqual([]);
    expect(rootsOf([5 / 32, -7 / 8, 1, 0, 0])).toEqual(rootsOf([5 / 32, -7 / 8, 1]));
    expect(polyRootsIn(new Float64Array([-0.5, 1, 0, 0]), 3, 0, 1)).toEqual([0.5]);
  });

  it('finds the roots of a degree-40 polynomial', () => {
    // (x - 0.3)(x - 0.7)(x + 1)^38: large coefficients of one sign around two roots.
    const r = rootsOf(fromRoots([0.3, 0.7, ...new Array<number>(38).fill(-1)]));
    expect(r).toHaveLength(2);
    expect(r[0]).toBeCloseTo(0.3, 12);
    expect(r[1]).toBeCloseTo(0.7, 12);
  });

  it('keeps Newton inside the bracket next to roots just below 0', () => {
    // From the stretch's far end, the tangent crosses below the bracket (and below 0) towards the negative roots.
    const r = rootsOf(fromRoots([-0.09, -0.18, -0.07, 0.9, 0.016], 3));
    expectRoots(r, [0.016, 0.9], 1e-15);
  });

  it('reports a root near 0 (1e-8 and 1e-200) once, inside the interval, at its place', () => {
    const r = rootsOf(fromRoots([1e-8, 0.5]));
    expect(r).toHaveLength(2);
    expect(Math.abs(r[0]! - 1e-8)).toBeLessThan(1e-22);
    // Bisection towards 0 stops after 200 steps: a root this small is placed within 2^-200 of 0, not further.
    const tiny = rootsOf([-1e-200, 1]);
    expect(tiny).toHaveLength(1);
    expect(tiny[0]).toBeGreaterThanOrEqual(0);
    expect(tiny[0]).toBeLessThan(2 ** -199);
    expect(lastRootEvaluations()).toBeLessThanOrEqual(202);
  });
});

describe('polyRootsIn: rounding noise', () => {
  // p(x) = x - c on [0.9, 1] with c just above 0.9: |p(0.9)| = c - 0.9 against Horner's bound 8 eps (0.9 + c).
  const near = (ulps: number) => 0.9 + ulps * EPS;

  it('treats a value within the rounding bound at an end as a root there', () => {
    expect(rootsOf([-near(12), 1], 0.9, 1)).toEqual([0.9]);
    expect(rootsOf([-0.3, 3], 0.1, 1)).toEqual([0.1]);
    expect(rootsOf([-(1 - 12 * EPS), 1], 0.5, 1 - 24 * EPS)).toEqual([1 - 24 * EPS]);
  });

  it('counts a value exactly at the bound as zero (the bound is inclusive)', () => {
    // x - c at a with a + c = 1: |p(a)| = c - a = 8 eps, the bound 8 eps (a + c) to the last bit.
    const [a, c] = [0.5 - 4 * EPS, 0.5 + 4 * EPS];
    expect(rootsOf([-c, 1], a, 1)).toEqual([a]);
  });

  it('finds the root itself when the value at the end is beyond that bound', () => {
    const [r] = rootsOf([-near(20), 1], 0.9, 1);
    expect(r).toBe(near(20));
  });

  it('does not widen the bound for zero leading coefficients', () => {
    const p = [-near(20), 1, ...new Array<number>(10).fill(0)];
    expect(polyRootsIn(p, 11, 0.9, 1)).toEqual([near(20)]);
  });
});

describe('polyRootsIn: cost', () => {
  it('skips a polynomial with no positive root by its coefficient signs, without evaluating it', () => {
    expect(rootsOf([1, 2, 3, 4])).toEqual([]);
    expect(lastRootEvaluations()).toBe(0);
    expect(rootsOf([-1, -2, 0, -4])).toEqual([]);
    expect(lastRootEvaluations()).toBe(0);
  });

  it('solves a one-sign-change polynomial without looking for its turning points', () => {
    // 1 + x - x^2: one positive root, (1 + sqrt 5) / 2, though p' = 1 - 2x has one at 0.5. Newton overshoots from
    // the left here: its last step, which rounds to nothing, must end the search (bisecting on cost 54 evaluations).
    const [r] = rootsOf([1, 1, -1], 0, 2);
    expect(r).toBeCloseTo((1 + Math.sqrt(5)) / 2, 14);
    expect(lastRootEvaluations()).toBeLessThanOrEqual(8);
    expect(rootsOf([1, 1, -1], 0, 1)).toEqual([]);
    expect(lastRootEvaluations()).toBeLessThanOrEqual(2);
  });

  it('never evaluates p again at a bracket end a Newton step lands on', () => {
    // A case (found by search) where a step lands exactly on the bracket's lower end: evaluating there again and
    // stepping from it repeats the earlier steps, 18 evaluations more than bisecting.
    expectRoots(rootsOf(fromRoots([0.614, 0.633, 0.755, 0.684], 8)), [0.614, 0.633, 0.684, 0.755], 1e-12);
    expect(lastRootEvaluations()).toBeLessThanOrEqual(102);
  });

  it('stops once a step is within 4 ulps of x, that bound included', () => {
    // x - c from the midpoint 0.5 with c = 0.5 - 2 eps: the one Newton step is exactly 4 eps x and lands on c.
    expect(rootsOf([-(0.5 - 2 * EPS), 1])).toEqual([0.5 - 2 * EPS]);
    expect(lastRootEvaluations()).toBe(3);
  });

  it('counts from zero on every call', () => {
    rootsOf(fromRoots([0.1, 0.2, 0.3, 0.4, 0.5, 0.6]));
    rootsOf([-0.5, 1]);
    expect(lastRootEvaluations()).toBe(3);
  });

  it('500 polynomials of degree 1 to 8: evaluations within the measured total', () => {
    // Seeded sample; the total was measured on this solver. A slower Newton step or stopping rule costs more.
    const arb = fc.record({
      roots: fc.array(fc.double({ min: -0.3, max: 1.3, noNaN: true }), { minLength: 1, maxLength: 8 }),
      lead: fc.double({ min: 0.1, max: 100, noNaN: true }),
    });
    let total = 0;
    for (const { roots, lead } of fc.sample(arb, { numRuns: 500, seed: 20261201 })) {
      rootsOf(fromRoots(roots, lead));
      total += lastRootEvaluations();
    }
    expect(total).toBeLessThanOrEqual(105_371);
  });
});

describe('polyRootsIn: properties', () => {
  // Roots drawn in (0, 1) at least 0.02 apart, plus roots outside [0, 1]: the well-separated inside ones are the
  // oracle; each found root must also make p vanish to rounding.
  const separated = (xs: number[]) => [...xs].sort((x, y) => x - y).every((x, k, s) => k === 0 || x - s[k - 1]! > 0.02);
  const arb = fc.record({
    inside: fc
      .array(fc.double({ min: 0.01, max: 0.99, noNaN: true }), { minLength: 0, maxLength: 6 })
      .filter(separated),
    outside: fc.array(
      fc.oneof(fc.double({ min: 1.05, max: 4, noNaN: true }), fc.double({ min: -4, max: -0.05, noNaN: true })),
      { maxLength: 4 },
    ),
    lead: fc.oneof(fc.double({ min: 0.01, max: 1e3, noNaN: true }), fc.double({ min: -1e3, max: -0.01, noNaN: true })),
  });

  it('finds every root in the interval once, near its factor, and p vanishes there to rounding', () => {
    fc.assert(
      fc.property(arb, ({ inside, outside, lead }) => {
        const p = fromRoots([...outside, ...inside], lead);
        const got = rootsOf(p);
        const want = [...inside].sort((x, y) => x - y);
        expect(got).toHaveLength(want.length);
        got.forEach((r, k) => {
          expect(Math.abs(r - want[k]!)).toBeLessThan(1e-8);
          expect(Math.abs(polyAt(p, p.length - 1, r))).toBeLessThanOrEqual(hornerBound(p, r));
        });
        expect(got.length).toBeLessThanOrEqual(coefficientSignChanges(p, p.length - 1));
      }),
      { numRuns: 200, seed: 18 },
    );
  });
});
