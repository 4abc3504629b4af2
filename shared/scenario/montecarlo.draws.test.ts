// Why: the Risks view's odds are only as right as each draw. On the plain reference project sold in direct mode
// (so recovery draws change nothing) with no freight or power (so logistics draws change nothing), every trial's NPV
// can be written out by hand: a start delay divides it by 1.1 a year, a fiscal change or a market-access discount
// gives the reference model's value with that change. So each draw's probability, size and horizon is checked as a
// count or a number, and the cost and price distributions against their means and spreads.
import { describe, expect, it } from 'vitest';
import * as formulajs from '@formulajs/formulajs';
import { evaluateScenario } from './evaluate';
import { assumption as a, type Scenario } from './model';
import { gold, quiet } from './montecarlo.fixture';
import { pv, reference } from './plain.fixture';
import { runMonteCarlo } from './montecarlo';
import { riskParameters } from './risk';

const BASE = pv(0.1, reference());

/** The hand NPVs of a trial with or without a fiscal change and a market-access discount (parameters of `s`). */
function eventValues(s: Scenario): number[] {
  const rp = riskParameters(s.risk);
  const out: number[] = [];
  for (const fiscal of [false, true])
    for (const market of [false, true]) {
      const revenue = 200 * (1 - (market ? rp.marketDiscount : 0));
      const royalty = fiscal ? (rp.royaltyAddPp / 100) * revenue : 0;
      out.push(pv(0.1, reference({ revenue, royalty, rate: 0.3 + (fiscal ? rp.taxAddPp / 100 : 0) })));
    }
  return out;
}
const share = (x: Float64Array, f: (v: number) => boolean) => x.filter(f).length / x.length;
const near = (v: number, w: number) => Math.abs(v - w) < 1e-6;

describe('Monte Carlo settings and result shape', () => {
  it('runs 10,000 trials from seed 1 by default, with 40 histogram bins and a 201-point S-curve', () => {
    const s = quiet();
    const r = runMonteCarlo(s);
    expect([r.trials, r.seed, r.npv.length, r.histogram.length, r.sCurve.length]).toEqual([10_000, 1, 10_000, 40, 201]);
    expect([...runMonteCarlo(s, { trials: 10_000, seed: 1 }).npv]).toEqual([...r.npv]);
    expect(r).toMatchObject({ priceModel: 'flat', halfLifeYears: null, pricePaths: null, warnings: [] });
    expect(r.baseNpv).toBeCloseTo(BASE, 9);
    expect(r.baseNpv).toBe(evaluateScenario(s).npv.afterTax);
    expect(r.parameters).toEqual(riskParameters(s.risk));
  });
  it('takes whole trials (at least one), an unsigned 32-bit seed and at least one histogram bin', () => {
    const s = quiet();
    expect(runMonteCarlo(s, { trials: 0 }).trials).toBe(1);
    expect(runMonteCarlo(s, { trials: 2.9 }).npv.length).toBe(2);
    expect(runMonteCarlo(s, { trials: 3, seed: -1 }).seed).toBe(4294967295);
    expect(runMonteCarlo(s, { trials: 50, histogramBins: 0 }).histogram).toHaveLength(1);
    expect(runMonteCarlo(s, { trials: 50, histogramBins: 5 }).histogram).toHaveLength(5);
  });
  it('names each driver with the risk category that scales it', () => {
    const r = runMonteCarlo(quiet(), { trials: 50 });
    expect(Object.fromEntries(r.drivers.map((d) => [d.id, d.categoryId]))).toEqual({
      price: 'geopolitical-strategic',
      capex: 'security-governance',
      opex: 'cost',
      'logistics-power': 'infrastructure-logistics',
      delay: 'environmental-social',
      recovery: 'technical-industrial',
      'ramp-up': 'technical-industrial',
      'fiscal-change': 'policy-regulation',
      'market-access': 'geopolitical-strategic',
    });
    expect(r.drivers.find((d) => d.id === 'price')!.productId).toBe('cu');
  });
});

describe('discrete events: every trial is a hand-computed NPV', () => {
  it('a fiscal change in about its probability of trials raises royalty and tax by the stated points', () => {
    const s = quiet({ 'policy-regulation': [5, 5] });
    const rp = riskParameters(s.risk);
    expect(rp.fiscalProb).toBeCloseTo(0.25, 12);
    const r = runMonteCarlo(s, { trials: 2000, seed: 3 });
    const [none, market, fiscal, both] = eventValues(s);
    for (const v of r.npv) expect([none, market, fiscal, both].some((w) => near(v, w!))).toBe(true);
    // Sampling sd of a share at p = 0.25, n = 2000: 0.0097; allow 4 sd.
    expect(Math.abs(share(r.npv, (v) => near(v, fiscal!) || near(v, both!)) - 0.25)).toBeLessThan(0.04);
    const d = r.drivers[0]!;
    expect(d.id).toBe('fiscal-change');
    expect(d.correlation).toBeLessThan(-0.9);
  });
  it('a market-access discount cuts the price by the stated share in about its probability of trials', () => {
    const s = quiet({ 'geopolitical-strategic': [5, 5] });
    expect(riskParameters(s.risk).marketProb).toBeCloseTo(1 / 6, 12);
    const r = runMonteCarlo(s, { trials: 2000, seed: 4 });
    const [none, market, fiscal, both] = eventValues(s);
    for (const v of r.npv) expect([none, market, fiscal, both].some((w) => near(v, w!))).toBe(true);
    expect(Math.abs(share(r.npv, (v) => near(v, market!) || near(v, both!)) - 1 / 6)).toBeLessThan(0.035);
    expect(r.drivers[0]).toMatchObject({ id: 'market-access' });
    expect(r.drivers[0]!.correlation).toBeLessThan(-0.9);
  });
  it('a start delay of 1 to 3 whole years, each about equally likely, divides the NPV by 1.1 a year', () => {
    const s = quiet({ 'security-governance': [5, 3], 'environmental-social': [5, 3] });
    s.risk.delayProbabilityPct = a(30, '%'); // 0.3 x 0.5 x (5/3 + 5/3) = 0.5
    s.risk.delayMaxYears = a(3, 'years');
    const rp = riskParameters(s.risk);
    expect([rp.delayProb, rp.delayMaxYears]).toEqual([expect.closeTo(0.5, 12), 3]);
    const r = runMonteCarlo(s, { trials: 3000, seed: 5 });
    const values = eventValues(s);
    const delayOf = (v: number) => [0, 1, 2, 3].find((k) => values.some((w) => near(v * 1.1 ** k, w)));
    const delays = Array.from(r.npv, delayOf);
    expect(delays.filter((k) => k === undefined)).toEqual([]);
    const frac = (k: number) => delays.filter((x) => x === k).length / delays.length;
    expect(Math.abs(frac(0) - 0.5)).toBeLessThan(0.04);
    for (const k of [1, 2, 3]) expect(Math.abs(frac(k) - 1 / 6)).toBeLessThan(0.03);
    expect(r.drivers[0]!.id).toBe('delay');
    expect(r.drivers[0]!.correlation).toBeLessThan(-0.8);
  });
});

describe('cost distributions', () => {
  // Capex multiplier m: after-tax years 170 - 0.3 (170 - 50 m) = 119 + 15 m, so NPV is linear in m and the mean
  // NPV is the NPV at the mean multiplier: 1 + (low + high) / 3 (triangular) or 1 + (low + high) / 6 (PERT, mode 0).
  const capexRun = (dist: 'triangular' | 'pert') => {
    const s = quiet({ 'security-governance': [3, 3] }); // capex high x 1
    s.risk.capexLowPct = a(-10, '%');
    s.risk.capexHighPct = a(30, '%');
    s.risk.costDistribution = dist;
    return runMonteCarlo(s, { trials: 4000, seed: 6 });
  };
  const npvAtCapex = (m: number) => pv(0.1, reference({ capex: 200 * m }));
  const noise = runMonteCarlo(quiet({ 'security-governance': [3, 3] }), { trials: 4000, seed: 6 }).mean - BASE;
  it.each([
    ['triangular', 1 + 20 / 300],
    ['pert', 1 + 20 / 600],
  ] as const)('%s: mean NPV at the mean capex multiplier, every trial within the range', (dist, mean) => {
    const r = capexRun(dist);
    // sd of the capex term ~ 13 (triangular), se of the mean at 4000 trials ~ 0.2: allow 1.
    expect(Math.abs(r.mean - noise - npvAtCapex(mean))).toBeLessThan(1);
    expect(r.npv[0]!).toBeGreaterThan(npvAtCapex(1.3) - 10);
    expect(r.npv.at(-1)!).toBeLessThanOrEqual(npvAtCapex(0.9) + 1e-9);
    expect(r.drivers[0]).toMatchObject({ id: 'capex' });
    expect(r.drivers[0]!.correlation).toBeLessThan(-0.95);
  });
  it('an opex range lowers the NPV in the trials that overrun, and a zero range draws nothing (PERT too)', () => {
    const s = quiet();
    s.risk.opexLowPct = a(-20, '%');
    s.risk.opexHighPct = a(40, '%');
    const r = runMonteCarlo(s, { trials: 1000, seed: 7 });
    expect(r.drivers[0]).toMatchObject({ id: 'opex' });
    expect(r.drivers[0]!.correlation).toBeLessThan(-0.95);
    // Opex 30 x m after tax at 30%: mean multiplier 1 + 20/600 under PERT.
    const npvAtOpex = (m: number) => pv(0.1, reference({ opex: 30 * m }));
    const quietMean = runMonteCarlo(quiet(), { trials: 1000, seed: 7 }).mean;
    expect(Math.abs(r.mean - (quietMean - BASE) - npvAtOpex(1 + 20 / 600))).toBeLessThan(0.3);
    const flat = runMonteCarlo(quiet(), { trials: 200, seed: 7 });
    expect(flat.npv.every((v) => Number.isFinite(v))).toBe(true);
    expect(flat.drivers.find((d) => d.id === 'opex')!.correlation).toBe(0);
  });
});

describe('prices', () => {
  const twoMetals = (rho: number | null, pairOrder: 'cu-au' | 'au-cu' = 'cu-au', listGold = true) => {
    const s = quiet();
    s.products.push(gold());
    s.risk.priceSigmaPct = [
      { commodityPriceId: 'copper', sigma: a(20, '%') },
      ...(listGold ? [{ commodityPriceId: 'gold', sigma: a(20, '%') }] : []),
    ];
    s.risk.defaultPriceSigmaPct = a(20, '%');
    s.risk.priceCorrelation = a(rho ?? 0, '');
    if (rho !== null) s.risk.priceCorrelationPairs = [];
    else {
      const [x, y] = pairOrder === 'cu-au' ? ['copper', 'gold'] : ['gold', 'copper'];
      s.risk.priceCorrelationPairs = [{ a: x, b: y, rho: 0.9 }];
    }
    return runMonteCarlo(s, { trials: 1500, seed: 8 });
  };
  it('correlated metal prices widen the spread; a stated pair counts in either order and before the default', () => {
    const up = twoMetals(0.9);
    const down = twoMetals(-0.9);
    const none = twoMetals(0);
    expect(up.stdDev).toBeGreaterThan(none.stdDev * 1.2);
    expect(none.stdDev).toBeGreaterThan(down.stdDev * 2);
    expect([...twoMetals(null, 'cu-au').npv]).toEqual([...up.npv]);
    expect([...twoMetals(null, 'au-cu').npv]).toEqual([...up.npv]);
    // A commodity without its own sigma takes the default.
    expect([...twoMetals(0.9, 'cu-au', false).npv]).toEqual([...up.npv]);
    // The price driver is the main product's own draw: with gold anti-correlated it explains only part of the NPV.
    const pu = up.drivers.find((d) => d.id === 'price')!.correlation;
    const pd = down.drivers.find((d) => d.id === 'price')!.correlation;
    expect(pu).toBeGreaterThan(0.9);
    expect(pd).toBeGreaterThan(0);
    expect(pd).toBeLessThan(0.6);
  });
  it('a flat price draw has median at the deck: about half the trials above the base NPV', () => {
    const s = quiet();
    s.risk.priceSigmaPct = [{ commodityPriceId: 'copper', sigma: a(10, '%') }];
    const r = runMonteCarlo(s, { trials: 2000, seed: 9 });
    expect(r.drivers[0]).toMatchObject({ id: 'price' });
    expect(r.drivers[0]!.correlation).toBeGreaterThan(0.95);
    expect(Math.abs(share(r.npv, (v) => v > BASE) - 0.5)).toBeLessThan(0.05);
  });
});

describe('mean-reverting price paths', () => {
  const paths = (trials: number) => {
    const s = quiet();
    s.risk.pricePaths = {
      ...s.risk.pricePaths,
      mode: 'mean-reverting',
      halfLifeYears: a(2, 'years'),
      annualVolPct: [{ commodityPriceId: 'gold', sigma: a(5, '%/yr') }],
      defaultAnnualVolPct: a(30, '%/yr'),
      longTermPctOfDeck: [{ commodityPriceId: 'copper', pct: a(80, '%') }],
    };
    return runMonteCarlo(s, { trials, seed: 10 });
  };
  it("bands are each year's 10th/50th/90th percentile of the kept paths, starting at the deck price", () => {
    const r = paths(7);
    const pp = r.pricePaths!;
    expect(pp).toMatchObject({
      productName: 'Copper',
      priceUnit: 'USD/t',
      deckPrice: 10_000,
      longTermPrice: expect.closeTo(8000, 9),
      halfLifeYears: 2,
      annualVolPct: 30,
    });
    expect(r.halfLifeYears).toBe(2);
    expect(pp.samples).toHaveLength(7);
    expect(pp.years).toEqual(pp.samples[0]!.map((_, y) => 2026 + y));
    for (const p of pp.samples) expect(p[0]).toBe(10_000);
    pp.bands.forEach((b, y) => {
      const col = pp.samples.map((p) => p[y]!);
      const inc = (q: number) => formulajs.PERCENTILE.INC(col, q) as number;
      expect(b).toEqual({
        year: 2026 + y,
        q10: expect.closeTo(inc(0.1), 6),
        q50: expect.closeTo(inc(0.5), 6),
        q90: expect.closeTo(inc(0.9), 6),
      });
    });
    expect(pp.bands[3]!.q90).toBeGreaterThan(pp.bands[3]!.q10);
  });
  it('keeps 8 whole paths, drives the price by the mean path, and falls towards the long-term price', () => {
    const r = paths(400);
    expect(r.pricePaths!.samples).toHaveLength(8);
    expect(r.drivers[0]).toMatchObject({ id: 'price' });
    // The driver is the path's mean log price; NPV weights early years more, so the two are close but not identical.
    expect(r.drivers[0]!.correlation).toBeGreaterThan(0.8);
    expect(r.q50).toBeLessThan(BASE);
  });
});
