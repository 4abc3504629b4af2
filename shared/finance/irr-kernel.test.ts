// Why: the IRR solver is fast because of its start, its Halley steps and its stopping rule, and exact because of
// its trimming, scaling and bracket. A wrong derivative or start still converges, only slower, and a loose stop
// still prints the same two decimals, so these tests pin the cost (NPV evaluations) and the last digits.
import { describe, expect, it } from 'vitest';
import { IRR_RULE, irr, irrDetail, lastIrrEvaluations } from './irr';

/** After-tax flows of a 40-year copper-gold mine (USD m): three build years, ramp-up, a long plateau. */
const MINE = [
  -1933.3,
  -1933.3,
  -1247.4,
  1480.6,
  1621.8,
  518.8,
  503.2,
  488.6,
  2363,
  3160.3,
  3304,
  3311,
  3087.4,
  3089.9,
  3092.4,
  3094.1,
  3095,
  3095,
  ...Array<number>(20).fill(2967.8),
  3285.9,
];
/** The same mine with closure and aftercare costs after the last production year (two sign changes). */
const MINE_CLOSURE = [...MINE, -179, -4.5];
const GOLDEN = (Math.sqrt(5) - 1) / 2; // -1 + v + v^2 = 0 at v = 1 / (1 + r): r = (sqrt 5 - 1) / 2

const cost = (run: () => unknown) => {
  run();
  return lastIrrEvaluations();
};

describe('IRR solver: cost', () => {
  it('solves the usual profiles in two to four NPV evaluations', () => {
    expect(cost(() => irr(MINE))).toBeLessThanOrEqual(3);
    expect(cost(() => irr(MINE_CLOSURE))).toBeLessThanOrEqual(4);
    expect(cost(() => irr([-100, 10, 20, 30, 40, 50, 60]))).toBeLessThanOrEqual(2);
    expect(cost(() => irr([-1000, 50, 50, 50, 50, 50, 50, 50, 50, 50, 1050]))).toBeLessThanOrEqual(2);
    expect(cost(() => irr([-10, 100, 100, 100]))).toBeLessThanOrEqual(2);
    expect(cost(() => irr([-100, 20, 20, 20]))).toBeLessThanOrEqual(2);
    expect(cost(() => irr([-100, 230, -132]))).toBeLessThanOrEqual(3);
    expect(cost(() => irr([100, -230, 132]))).toBeLessThanOrEqual(4);
  });

  it('finds both roots of a closure profile in at most ten evaluations', () => {
    expect(cost(() => irrDetail(MINE_CLOSURE))).toBeLessThanOrEqual(10);
    expect(irrDetail(MINE_CLOSURE).roots).toHaveLength(2);
  });

  it('counts from zero on every call', () => {
    irrDetail(MINE_CLOSURE);
    expect(cost(() => irr([-100, 110]))).toBeLessThanOrEqual(2);
  });
});

describe('IRR solver: the last digits', () => {
  it('is exact to a few units in the last place on cases with a known root', () => {
    expect(irr([-1000, 50, 50, 50, 50, 50, 50, 50, 50, 50, 1050])).toBeCloseTo(0.05, 15);
    expect(irr([-1000, 0, 0, 1331])).toBeCloseTo(0.1, 15);
    expect(irr([-1, 1, 1])).toBeCloseTo(GOLDEN, 15);
    const two = irrDetail([-100, 230, -132]);
    expect(two.roots[0]).toBeCloseTo(0.1, 14);
    expect(two.roots[1]).toBeCloseTo(0.2, 14);
    expect(two.value).toBe(two.roots[1]);
  });

  it('a level 39-year annuity priced at 12% gives back 12% to 1e-14', () => {
    const annuity = Array<number>(40).fill(100);
    annuity[0] = -100 * ((1 - 1.12 ** -39) / 0.12);
    expect(irr(annuity)).toBeCloseTo(0.12, 14);
    const d = irrDetail(annuity);
    expect(d.value).toBeCloseTo(0.12, 14);
    expect(d.roots).toHaveLength(1);
  });

  it('gives the same root at any scale, even near the largest and smallest doubles', () => {
    for (const scale of [1, 1e-300, 1e-200, 1e200, 1e300, 1e308 / 4, 1e308]) {
      const flows = [-scale, scale, scale];
      expect(irr(flows), `scale ${scale}`).toBeCloseTo(GOLDEN, 15);
      expect(irrDetail(flows).roots, `scale ${scale}`).toHaveLength(1);
    }
    expect(irr(MINE.map((x) => x * 1e300))).toBeCloseTo(irr(MINE)!, 15);
  });

  it('ignores leading and trailing zero years, and reads a typed array as it reads a list', () => {
    const padded = [0, 0, ...MINE_CLOSURE, 0, 0, 0];
    const base = irrDetail(MINE_CLOSURE);
    const d = irrDetail(padded);
    // A leading zero year discounts everything one more year: the rates that zero NPV do not move.
    expect(d.value).toBeCloseTo(base.value!, 14);
    expect(d.roots.length).toBe(base.roots.length);
    d.roots.forEach((r, k) => expect(r).toBeCloseTo(base.roots[k]!, 12));
    expect(irr(Float64Array.from(padded))).toBe(irr(padded));
    expect(irrDetail(Float64Array.from(MINE)).value).toBe(irrDetail(MINE).value);
  });

  it('a long series after a short one is solved on its own flows, not on the earlier ones', () => {
    expect(irr(MINE)).toBeCloseTo(0.252087, 6);
    expect(irr([-100, 110])).toBeCloseTo(0.1, 15);
    expect(
      irr([
        -100,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        0,
        100 * 1.01 ** 70,
      ]),
    ).toBeCloseTo(0.01, 14);
    expect(irr([-100, 121])).toBeCloseTo(0.21, 15);
  });

  it('refuses a non-finite flow of either sign, and NaN, wherever it is', () => {
    for (const flows of [
      [-100, Infinity],
      [-Infinity, 100],
      [-100, NaN, 50],
      [NaN, -100, 50],
      [-100, 50, 60, -Infinity],
    ]) {
      expect(irr(flows), JSON.stringify(flows)).toBeNull();
      expect(irrDetail(flows).note?.code, JSON.stringify(flows)).toBe('nonFinite');
    }
    // Finite flows whose sum overflows are still finite flows.
    expect(irrDetail([-1e308, 1e308, 1e308]).note).toBeUndefined();
  });
});

describe('IRR rule text', () => {
  it('names the crossing, the choice among several and the case with none', () => {
    expect(IRR_RULE).toMatch(
      /^IRR is the discount rate at which NPV turns from positive to negative as the rate rises/,
    );
    expect(IRR_RULE).toMatch(/the highest such rate if there are several\), as technical reports quote it\. /);
    expect(IRR_RULE).toMatch(/Other rates where NPV is zero are listed, not quoted; if NPV never turns from positive/);
    expect(IRR_RULE).toMatch(/to negative, no IRR is quoted\.$/);
  });
});
