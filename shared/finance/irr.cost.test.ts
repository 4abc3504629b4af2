// Why: the engine bench prints the IRR solver's cost (NPV evaluations per IRR). A start, a step, a guess that is
// ignored or a fast path that is skipped still gives the right rate, only at another cost, so the cost is pinned
// here from both sides: an upper bound (slower convergence) and a lower one (the fast path was not taken).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { irr, irrDetail, lastIrrEvaluations } from './irr';
import { MINE, MINE_CLOSURE } from './irr.fixture';

/** Two roots, 5% and 30%, flows starting positive (5% quoted) or negative (30% quoted). */
const UP = [1, -2.35, 1.365];
const DOWN = [-1, 2.35, -1.365];

const cost = (run: () => unknown) => {
  run();
  return lastIrrEvaluations();
};

describe('IRR cost: long series below 0% (run first, while the buffers have their first size)', () => {
  it('a 66-year and a 300-year series with negative IRRs cost two evaluations and one', () => {
    const long66 = [-100, ...Array<number>(65).fill(1.2)];
    expect(irr(long66)).toBeCloseTo(-0.00722315153865, 13);
    expect(lastIrrEvaluations()).toBe(2);
    const long300 = [-100, ...Array<number>(299).fill(0.25)];
    expect(irr(long300)).toBeCloseTo(-0.00185319433538, 13);
    expect(lastIrrEvaluations()).toBe(1);
    expect(irrDetail(long300).roots).toHaveLength(1);
    expect(lastIrrEvaluations()).toBe(1);
  });
});

describe('IRR cost: the fast path is taken', () => {
  it('one sign change: solved by the bracketed steps, a few evaluations, never none', () => {
    expect(cost(() => irr(MINE))).toBe(2);
    expect(cost(() => irrDetail(MINE))).toBe(2);
    expect(cost(() => irr([-100, 110]))).toBe(1);
    expect(cost(() => irr([-100, 20, 20, 20]))).toBe(2);
    expect(cost(() => irrDetail([-100, 50]))).toBe(1);
  });

  it('two sign changes: both roots by bracketed steps (the root list would need only one sign check)', () => {
    expect(cost(() => irr(MINE_CLOSURE))).toBe(4);
    expect(cost(() => irrDetail(MINE_CLOSURE))).toBeGreaterThanOrEqual(8);
    expect(lastIrrEvaluations()).toBeLessThanOrEqual(9);
    expect(cost(() => irr(DOWN))).toBeGreaterThanOrEqual(3);
    expect(lastIrrEvaluations()).toBeLessThanOrEqual(5);
    expect(cost(() => irrDetail(UP))).toBeGreaterThanOrEqual(6);
    expect(lastIrrEvaluations()).toBeLessThanOrEqual(9);
  });
});

describe('IRR cost: the guess', () => {
  it('a guess of 0% or above seeds the two-change search where it proves two roots', () => {
    // NPV(0%) and NPV(50%) have the sign opposite to the end flows': the search starts there.
    for (const [flows, guess, most] of [
      [UP, 0, 4],
      [UP, 0.5, 4],
      [DOWN, 0, 3],
      [DOWN, 0.5, 3],
      [DOWN, 0.2, 2],
    ] as const) {
      const label = `${JSON.stringify(flows)} guess ${guess}`;
      expect(irr(flows, guess), label).toBeCloseTo(flows === UP ? 0.05 : 0.3, 14);
      expect(lastIrrEvaluations(), label).toBeLessThanOrEqual(most);
    }
    // Near the upper root, a guess finds both roots quickly; a negative one is not a proof point and is set aside.
    expect(cost(() => irrDetail(UP, 0.2))).toBeLessThanOrEqual(6);
    expect(cost(() => irrDetail(DOWN, 0.2))).toBeLessThanOrEqual(6);
    expect(cost(() => irrDetail(UP, -0.5))).toBeLessThanOrEqual(9);
    expect(irrDetail(UP, -0.5).roots).toEqual([expect.closeTo(0.05, 14), expect.closeTo(0.3, 14)]);
  });

  it('a guess of 0% on one change, or an infinite one, costs no more than a few evaluations', () => {
    const base = irr(MINE)!;
    for (const [guess, most] of [
      [0, 4],
      [Infinity, 3],
      [-Infinity, 3],
    ] as const) {
      expect(irr(MINE, guess), `guess ${guess}`).toBeCloseTo(base, 14);
      expect(lastIrrEvaluations(), `guess ${guess}`).toBeLessThanOrEqual(most);
    }
    expect(cost(() => irr([-100, 110], 0))).toBeLessThanOrEqual(2);
    expect(cost(() => irr([-100, 50], 0))).toBeLessThanOrEqual(2);
  });
});

describe('IRR cost over seeded samples (measured on this solver; fewer or more means another path or start)', () => {
  const sample = (arb: fc.Arbitrary<number[]>, seed: number) => fc.sample(arb, { numRuns: 500, seed });
  const total = (cases: number[][], solve: (f: number[]) => unknown) => {
    let sum = 0;
    for (const f of cases) {
      solve(f);
      sum += lastIrrEvaluations();
    }
    return sum;
  };
  const within = (sum: number, measured: number) => {
    expect(sum).toBeLessThanOrEqual(measured);
    expect(sum).toBeGreaterThanOrEqual(Math.floor(0.9 * measured));
  };

  it('very profitable projects, inflows spread over decades (the start estimate’s second branch)', () => {
    const spread = fc
      .tuple(
        fc.double({ min: 1, max: 100, noNaN: true }),
        fc.array(fc.integer({ min: 0, max: 1000 }), { minLength: 5, maxLength: 60 }),
      )
      .map(([out, inflows]) => [-out, ...inflows]);
    const cases = sample(spread, 1).filter((f) => f.some((x) => x > 0));
    expect(cases.length).toBeGreaterThan(490);
    within(total(cases, irr), 2105);
  });

  it('two roots with the flows starting positive or negative, with and without a guess', () => {
    const two = fc
      .tuple(fc.double({ min: -0.9, max: 2, noNaN: true }), fc.double({ min: -0.9, max: 2, noNaN: true }), fc.boolean())
      .filter(([a, b]) => Math.abs(a - b) > 0.01)
      .map(([a, b, up]) => {
        // (x - 1 - a)(x - 1 - b) as flows [1, -(2 + a + b), (1 + a)(1 + b)], negated when starting negative.
        const s = up ? 1 : -1;
        return [s, -s * (2 + a + b), s * (1 + a) * (1 + b)];
      });
    const cases = sample(two, 2);
    within(total(cases, irr), 1972);
    within(total(cases, irrDetail), 2795);
    within(
      total(cases, (f) => irr(f, 0.3)),
      1967,
    );
  });

  it('flows near the smallest and largest doubles (scaled by a power of two first)', () => {
    const scaled = fc
      .tuple(
        fc.array(fc.double({ min: 1, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 4 }),
        fc.array(fc.double({ min: 1, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 40 }),
        fc.integer({ min: 1000, max: 1060 }),
        fc.boolean(),
      )
      .map(([out, inflows, p, up]) => [...out.map((x) => -x), ...inflows].map((x) => x * 2 ** (up ? p - 70 : -p)));
    const cases = sample(scaled, 3);
    within(total(cases, irr), 1258);
  });
});
