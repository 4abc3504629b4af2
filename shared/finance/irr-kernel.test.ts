// Why: the IRR solver is fast because of its start, its third-order steps and its stopping rule, and exact because of
// its trimming, scaling and bracket. A wrong derivative or start still converges, only slower, and a loose stop
// still prints the same two decimals, so these tests pin the cost (NPV evaluations) and the last digits.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { IRR_RULE, irr, irrDetail, lastIrrEvaluations } from './irr';
import { MINE, MINE_CLOSURE } from './irr.fixture';

const GOLDEN = (Math.sqrt(5) - 1) / 2; // -1 + v + v^2 = 0 at v = 1 / (1 + r): r = (sqrt 5 - 1) / 2

const cost = (run: () => unknown) => {
  run();
  return lastIrrEvaluations();
};

describe('IRR solver: cost', () => {
  it('solves the usual profiles in two to four NPV evaluations', () => {
    expect(cost(() => irr(MINE))).toBeLessThanOrEqual(2);
    expect(cost(() => irr(MINE_CLOSURE))).toBeLessThanOrEqual(4);
    expect(cost(() => irr([-100, 10, 20, 30, 40, 50, 60]))).toBeLessThanOrEqual(2);
    expect(cost(() => irr([-1000, 50, 50, 50, 50, 50, 50, 50, 50, 50, 1050]))).toBeLessThanOrEqual(2);
    expect(cost(() => irr([-10, 100, 100, 100]))).toBeLessThanOrEqual(2);
    expect(cost(() => irr([-100, 20, 20, 20]))).toBeLessThanOrEqual(2);
    expect(cost(() => irr([-100, 230, -132]))).toBeLessThanOrEqual(3);
    expect(cost(() => irr([100, -230, 132]))).toBeLessThanOrEqual(4);
  });

  it('finds both roots of a closure profile in at most nine evaluations', () => {
    expect(cost(() => irrDetail(MINE_CLOSURE))).toBeLessThanOrEqual(9);
    expect(irrDetail(MINE_CLOSURE).roots).toHaveLength(2);
  });

  it('counts from zero on every call', () => {
    irrDetail(MINE_CLOSURE);
    expect(cost(() => irr([-100, 110]))).toBeLessThanOrEqual(2);
  });
});

describe('IRR solver: cost over many profiles', () => {
  // Seeded samples (fc.sample, never shortened under mutation testing): outlays then inflows, and the same with
  // closure costs after them. The totals were measured on this solver; a start, step or stopping rule that converges
  // more slowly costs more evaluations on some of the 1,000 profiles, even when every answer is still right.
  const conventional = fc
    .tuple(
      fc.array(fc.double({ min: 1, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 5 }),
      fc.array(fc.double({ min: 0.01, max: 1e4, noNaN: true }), { minLength: 1, maxLength: 60 }),
    )
    .map(([out, inflows]) => [...out.map((x) => -x), ...inflows]);
  const closure = fc
    .tuple(conventional, fc.array(fc.double({ min: 0.01, max: 5e3, noNaN: true }), { minLength: 1, maxLength: 4 }))
    .map(([f, c]) => [...f, ...c.map((x) => -x)]);
  const sample = (arb: fc.Arbitrary<number[]>) => fc.sample(arb, { numRuns: 1000, seed: 20261201 });
  const total = (cases: number[][], solve: (f: number[]) => unknown) => {
    let sum = 0;
    let most = 0;
    for (const f of cases) {
      solve(f);
      sum += lastIrrEvaluations();
      most = Math.max(most, lastIrrEvaluations());
    }
    return { sum, most };
  };

  it('1,000 conventional profiles: at most 2,397 evaluations in all (2.4 each), never more than 7', () => {
    const t = total(sample(conventional), irr);
    expect(t.sum).toBeLessThanOrEqual(2397);
    expect(t.most).toBeLessThanOrEqual(7);
  });

  it('1,000 closure profiles: at most 3,245 evaluations for the IRR, 5,150 for both roots', () => {
    const cases = sample(closure);
    expect(total(cases, irr).sum).toBeLessThanOrEqual(3245);
    const both = total(cases, irrDetail);
    expect(both.sum).toBeLessThanOrEqual(5150);
    expect(both.most).toBeLessThanOrEqual(14);
  });

  it('a guess outside the rates, a very high IRR and a rate near -100% cost a few evaluations more, no more', () => {
    const base = irr(MINE);
    // A guess outside the rates falls back to the usual start; a wild one is walked down in a bounded number of steps.
    for (const [guess, most] of [
      [-5, 3],
      [-1, 3],
      [Number.NaN, 3],
      [1e6, 15],
    ] as const) {
      expect(irr(MINE, guess), `guess ${guess}`).toBeCloseTo(base!, 14);
      expect(lastIrrEvaluations(), `guess ${guess}`).toBeLessThanOrEqual(most);
    }
    expect(irr([-1, 1000])).toBeCloseTo(999, 10);
    expect(lastIrrEvaluations()).toBeLessThanOrEqual(2);
    const low = irrDetail([-1, 0.002]);
    expect(low.value).toBeNull();
    expect(low.outsideWindow[0]).toBeCloseTo(-0.998, 12);
    expect(lastIrrEvaluations()).toBeLessThanOrEqual(2);
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

describe('IRR roots: polynomials with known factors', () => {
  // NPV is a polynomial in v = 1 / (1 + r); flows built from its factors have known roots, 0% among them (v = 1,
  // the end of the interval the root search covers) and multiple ones.
  const rates = (f: number[]) => irrDetail(f).roots;

  it('(v - 1)^3: one root at 0%, quoted when NPV turns from + to -, named when it turns the other way', () => {
    expect(rates([-1, 3, -3, 1])).toEqual([0]);
    expect(irrDetail([-1, 3, -3, 1]).value).toBe(0);
    const back = irrDetail([1, -3, 3, -1]);
    expect(back.roots).toEqual([0]);
    expect(back.value).toBeNull();
    expect(back.note?.code).toBe('noCrossing');
  });

  it('-(v - 1)^2 only touches zero at 0%: named, not quoted', () => {
    const d = irrDetail([-1, 2, -1]);
    expect(d.roots).toEqual([0]);
    expect(d.value).toBeNull();
    expect(d.note?.code).toBe('noCrossing');
  });

  it('(v - 1)(v - 2)(v - 3): 0%, -50% and -66.7%, the highest + to - crossing (0%) quoted', () => {
    const d = irrDetail([-6, 11, -6, 1]);
    expect(d.roots).toHaveLength(3);
    [-2 / 3, -0.5, 0].forEach((r, k) => expect(d.roots[k]).toBeCloseTo(r, 14));
    expect(d.value).toBe(0);
    expect(d.note?.code).toBe('multiple');
    // Reversed signs: the crossing from + to - is now at -50%.
    const m = irrDetail([6, -11, 6, -1]);
    expect(m.value).toBeCloseTo(-0.5, 14);
  });

  it('(v - 1)(2v - 1)(3v - 1): 0%, 100% and 200%, 200% quoted', () => {
    const d = irrDetail([-1, 6, -11, 6]);
    [0, 1, 2].forEach((r, k) => expect(d.roots[k]).toBeCloseTo(r, 13));
    expect(d.value).toBeCloseTo(2, 13);
  });

  it('-(v - 1)^3 (v - 2): a triple root at 0% counts once beside -50%', () => {
    const d = irrDetail([-2, 7, -9, 5, -1]);
    expect(d.roots).toHaveLength(2);
    expect(d.roots[0]).toBeCloseTo(-0.5, 14);
    expect(d.roots[1]).toBe(0);
    expect(d.value).toBe(0);
  });
});

describe('IRR solver: long series and one call after another', () => {
  it('a 300-year series with a negative IRR is solved on all its years (buffers grow past their first size)', () => {
    const flows = [-100, ...Array<number>(299).fill(0.25)];
    const r = irr(flows)!;
    expect(r).toBeLessThan(0);
    // NPV at the rate, summed independently of the solver.
    let pv = 0;
    flows.forEach((c, t) => (pv += c / (1 + r) ** t));
    expect(Math.abs(pv)).toBeLessThan(1e-9);
    const longer = [-100, ...Array<number>(499).fill(0.15)];
    const r2 = irrDetail(longer).value!;
    let pv2 = 0;
    longer.forEach((c, t) => (pv2 += c / (1 + r2) ** t));
    expect(Math.abs(pv2)).toBeLessThan(1e-9);
  });

  it('roots below 0% of one series are never read from the series solved before it', () => {
    const a = [-1, 6, -11, 6]; // 0%, 100%, 200%
    const b = [-6, 11, -6, 1]; // 0%, -50%, -66.7%
    const alone = irrDetail(b);
    irrDetail(a);
    irrDetail([-100, 50, 40]); // a negative IRR, solved below 0%, of the same length as neither
    const again = irrDetail(b);
    expect(again.roots).toEqual(alone.roots);
    // The quoted root is chosen by NPV's sign between the roots, read below 0% on b's own flows.
    expect(again.value).toBe(0);
    expect(alone.value).toBe(0);
    expect(irrDetail([6, -11, 6, -1]).value).toBeCloseTo(-0.5, 14);
    expect(irr([-100, 20, 20, 20])).toBeCloseTo(-0.217627217, 8);
    expect(irr([-100, 90, 5, 1])).toBeCloseTo(-0.0372747524, 9); // formulajs: -0.0372747524
  });
});
