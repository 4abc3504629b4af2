// Why: the statistical checks in price-paths.test.ts only bound the path model within sampling error. These feed
// scripted shocks so each year's price can be written out by hand: the half-life halves the gap to the long-term
// price, shocks are scaled to the stated annual volatility and mixed through the correlation, the risk score scales
// the volatility, and an unlisted commodity falls back to the default volatility and a long-term price at the deck.
import { describe, expect, it } from 'vitest';
import { assumption as a, type Scenario } from './model';
import { fillPricePaths, kappaOfHalfLife, pathParams, type PathParams } from './price-paths';
import { createScenarioFromPreset } from './presets';
import { cholesky, createRng } from './random';

function scenario(halfLife: number): Scenario {
  const s = createScenarioFromPreset('reko-diq-study-2025');
  s.risk.pricePaths = {
    ...s.risk.pricePaths,
    mode: 'mean-reverting',
    halfLifeYears: a(halfLife, 'years'),
    defaultAnnualVolPct: a(30, '%/yr'),
    annualVolPct: [{ commodityPriceId: 'copper', sigma: a(20, '%/yr') }],
    longTermPctOfDeck: [{ commodityPriceId: 'copper', pct: a(80, '%') }],
  };
  return s;
}

const rho = 0.5;
const L = cholesky([
  [1, rho],
  [rho, 1],
])!;

/**
 * Run one path set with scripted normals. The stride (7) is wider than the years so rows cannot run together, and
 * every buffer has one slot more than the commodities: a caller's spare row must be left as it was.
 */
function run(pp: PathParams, years: number, shocks: number[]) {
  const stride = 7;
  const out = new Float64Array((pp.k + 1) * stride).fill(-1);
  const meanLog = new Float64Array(pp.k + 1).fill(99);
  let n = 0;
  fillPricePaths(pp, years, stride, { normal: () => shocks[n++] ?? 0 }, out, meanLog);
  expect(Array.from(out.subarray(pp.k * stride))).toEqual(new Array(stride).fill(-1));
  expect(meanLog[pp.k]).toBe(99);
  return { row: (c: number) => Array.from(out.subarray(c * stride, c * stride + stride)), meanLog, drawn: n };
}

describe('path parameters from the scenario', () => {
  it('takes listed volatilities and long-term prices, else the default volatility and the deck price', () => {
    const pp = pathParams(scenario(2), ['copper', 'zinc'], 1.5, L);
    expect(pp.k).toBe(2);
    expect(pp.chol).toBe(L);
    // Half-life 2 years: the share of the log gap kept each year is 2^(-1/2).
    expect(Array.from(pp.phi)).toEqual([Math.SQRT1_2, Math.SQRT1_2].map((v) => expect.closeTo(v, 12)));
    expect(Array.from(pp.ltMult)).toEqual([0.8, 1]);
    expect(pp.x0[0]).toBeCloseTo(Math.log(1 / 0.8), 12);
    expect(pp.x0[1]).toBeCloseTo(0, 15);
    // Exact discretisation of sigma over one year: sigma sqrt((1 - phi^2) / (2 kappa)), kappa = ln 2 / 2.
    const kappa = Math.LN2 / 2;
    const f = Math.sqrt(0.5 / (2 * kappa));
    expect(pp.shockSd[0]).toBeCloseTo(0.2 * 1.5 * f, 12); // copper 20%, risk-scaled by 1.5
    expect(pp.shockSd[1]).toBeCloseTo(0.3 * 1.5 * f, 12); // zinc not listed: default 30%
    expect(kappaOfHalfLife(2)).toBeCloseTo(kappa, 15);
  });
});

describe('annual price paths with scripted shocks', () => {
  // Built inside each test (not at collection), so a fault in pathParams fails the tests rather than the file.
  const params = () => pathParams(scenario(1), ['copper', 'zinc'], 1, L);

  it('without shocks, the gap to the long-term price halves every half-life', () => {
    const { row, meanLog, drawn } = run(params(), 4, []);
    // Copper starts at the deck (1/0.8 of the long-term price); ln gap ln(1.25) halves each year (half-life 1).
    const g = Math.log(1.25);
    const cu = [0, 1, 2, 3].map((t) => 0.8 * Math.exp(g / 2 ** t));
    expect(row(0).slice(0, 4)).toEqual(cu.map((v) => expect.closeTo(v, 12)));
    expect(row(0)[0]).toBe(1);
    // Zinc's long-term price is the deck: it stays there.
    expect(row(1).slice(0, 4)).toEqual([1, 1, 1, 1]);
    // Nothing is written past the years asked for.
    expect(row(0).slice(4)).toEqual([-1, -1, -1]);
    // The trial's price driver: the mean ln multiplier over years 1..3.
    expect(meanLog[0]).toBeCloseTo((Math.log(cu[1]!) + Math.log(cu[2]!) + Math.log(cu[3]!)) / 3, 12);
    expect(meanLog[1]).toBe(0);
    expect(drawn).toBe(2 * 3);
  });

  it('applies each year two correlated shocks of the stated size, on top of the reverting gap', () => {
    const z = [0.7, -1.2, 0.3, 2.0, -0.5, 0.1];
    const pp = params();
    const sd = pp.shockSd;
    const { row, meanLog } = run(pp, 4, z);
    const x = [Math.log(1.25), 0];
    const want: number[][] = [[1], [1]];
    const logs = [0, 0];
    for (let t = 1; t < 4; t++) {
      const [z0, z1] = [z[2 * (t - 1)]!, z[2 * (t - 1) + 1]!];
      // Cholesky of [[1, rho], [rho, 1]]: e0 = z0, e1 = rho z0 + sqrt(1 - rho^2) z1.
      const e = [z0, rho * z0 + Math.sqrt(1 - rho * rho) * z1];
      for (const c of [0, 1]) {
        x[c] = 0.5 * x[c]! + sd[c]! * e[c]!;
        want[c]!.push(pp.ltMult[c]! * Math.exp(x[c]!));
        logs[c]! += Math.log(want[c]![t]!);
      }
    }
    for (const c of [0, 1]) {
      expect(row(c).slice(0, 4)).toEqual(want[c]!.map((v) => expect.closeTo(v, 12)));
      expect(meanLog[c]).toBeCloseTo(logs[c]! / 3, 12);
    }
  });

  it('a single year is the deck price with a zero driver, and draws nothing', () => {
    const { row, meanLog, drawn } = run(params(), 1, [1, 1]);
    expect(row(0)[0]).toBe(1);
    expect(row(1)[0]).toBe(1);
    expect(Array.from(meanLog.subarray(0, 2))).toEqual([0, 0]);
    expect(drawn).toBe(0);
  });

  it('is the same path for the same seed, whatever the buffers held, and differs for another seed', () => {
    const years = 6;
    const pp = params();
    const draw = (seed: number, dirty: number) => {
      const out = new Float64Array(2 * years).fill(dirty);
      const ml = new Float64Array(2).fill(dirty);
      fillPricePaths(pp, years, years, createRng(seed), out, ml);
      return [...out, ...ml];
    };
    expect(draw(11, 0)).toEqual(draw(11, 5));
    expect(draw(11, 0)).not.toEqual(draw(12, 0));
  });
});
