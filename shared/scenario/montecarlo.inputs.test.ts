// Why: each setting the analyst types into the Risks view must reach the draw it names: a metal's own volatility,
// a correlation pair between two metals only, the main product's price as the price driver and chart, a freight
// and power range, a delay that cannot happen. On the quiet plain project every trial's NPV is a hand-computed
// value, so each check is a number an analyst could work out, not a re-run of the engine's arithmetic.
import { describe, expect, it } from 'vitest';
import { assumption as a, type Scenario } from './model';
import { gold, quiet } from './montecarlo.fixture';
import { runMonteCarlo } from './montecarlo';
import { pv, reference } from './plain.fixture';
import { createRng } from './random';
import { riskParameters } from './risk';

/** Hand NPVs of a quiet trial at price multiplier `m` (revenue 200 m), with or without a fiscal or market event. */
function handValues(s: Scenario, m = 1, extra: Parameters<typeof reference>[0] = {}): number[] {
  const rp = riskParameters(s.risk);
  const out: number[] = [];
  for (const fiscal of [false, true])
    for (const market of [false, true]) {
      const revenue = 200 * m * (1 - (market ? rp.marketDiscount : 0));
      const royalty = fiscal ? (rp.royaltyAddPp / 100) * revenue : 0;
      out.push(pv(0.1, reference({ ...extra, revenue, royalty, rate: 0.3 + (fiscal ? rp.taxAddPp / 100 : 0) })));
    }
  return out;
}
const isOneOf = (v: number, values: number[]) => values.some((w) => Math.abs(v - w) < 1e-6);
/** The quiet project with a second metal, gold, sold like the copper (20,000 t at USD 10,000/t). */
function withGold(s: Scenario = quiet()): Scenario {
  s.products.push(gold());
  return s;
}
const priceDriver = (r: ReturnType<typeof runMonteCarlo>) => r.drivers.find((d) => d.id === 'price')!;

describe('flat price draws', () => {
  it("trial k's price multiplier is exp(sigma z_k), z_k the seed's k-th standard normal draw", () => {
    const s = quiet();
    s.risk.priceSigmaPct = [{ commodityPriceId: 'copper', sigma: a(20, '%') }];
    const sigma = 0.2 * riskParameters(s.risk).sigmaScale;
    for (const seed of [1, 2, 3]) {
      const g = createRng(seed);
      const [z1, z2] = [g.normal(), g.normal()];
      const r = runMonteCarlo(s, { trials: 2, seed });
      const trials = [...r.npv];
      for (const z of [z1!, z2!]) {
        const i = trials.findIndex((v) => isOneOf(v, handValues(s, Math.exp(sigma * z))));
        expect(i).toBeGreaterThanOrEqual(0);
        trials.splice(i, 1);
      }
    }
  });
  it('the spread of ln(price) is the volatility times the geopolitical scale (0.75 + 0.25 L I / 9)', () => {
    const s = quiet(); // geopolitical 1/1: scale 0.75 + 0.25 / 9
    s.risk.priceSigmaPct = [{ commodityPriceId: 'copper', sigma: a(20, '%') }];
    const r = runMonteCarlo(s, { trials: 2000, seed: 12 });
    // Without an event NPV is linear in the multiplier m; m's 10th and 90th percentiles are exp(-/+ 1.2816 sigma).
    // (Taxable income stays positive for m > 0.4, so the line through m = 1 and m = 2 holds.)
    const [n1, n2] = [handValues(s, 1)[0]!, handValues(s, 2)[0]!];
    const m = (npv: number) => 1 + (npv - n1) / (n2 - n1);
    const sigma = (Math.log(m(r.q90)) - Math.log(m(r.q10))) / (2 * 1.281552);
    expect(sigma).toBeCloseTo(0.2 * (0.75 + 0.25 / 9), 2);
  });
  it("each metal takes its own volatility, wherever it is listed, and the main product's draw is the price driver", () => {
    const s = withGold();
    s.risk.priceSigmaPct = [
      { commodityPriceId: 'gold', sigma: a(30, '%') },
      { commodityPriceId: 'copper', sigma: a(0, '%') },
    ];
    const r = runMonteCarlo(s, { trials: 500, seed: 13 });
    // Copper (the main product) does not move, so its draw explains nothing; gold spreads the NPV.
    expect(priceDriver(r)).toMatchObject({ productId: 'cu', correlation: 0 });
    expect(r.stdDev).toBeGreaterThan(20);
    s.mainProductId = 'au';
    const g = runMonteCarlo(s, { trials: 500, seed: 13 });
    expect(g.drivers[0]).toMatchObject({ id: 'price', productId: 'au' });
    expect(g.drivers[0]!.correlation).toBeGreaterThan(0.95);
  });
});

describe('price correlations', () => {
  const threeMetals = (rho: number, pair = { a: 'gold', b: 'antimony' }) => {
    const s = withGold();
    s.products.push({ ...s.products[1]!, id: 'sb', name: 'Antimony', commodityPriceId: 'antimony' });
    s.risk.priceSigmaPct = ['copper', 'gold', 'antimony'].map((id) => ({ commodityPriceId: id, sigma: a(10, '%') }));
    s.risk.priceCorrelation = a(0, '');
    s.risk.priceCorrelationPairs = [{ ...pair, rho }];
    return runMonteCarlo(s, { trials: 2000, seed: 14 });
  };
  it('a stated pair correlates those two metals only, the others keep the default', () => {
    const r = threeMetals(0.9);
    expect(r.warnings).toEqual([]);
    // NPV ~ sum of three equal revenues: corr(copper, NPV) = 1 / sqrt(3 + 2 x 0.9) with copper independent.
    expect(priceDriver(r).correlation).toBeCloseTo(1 / Math.sqrt(4.8), 1);
    expect(priceDriver(threeMetals(0)).correlation).toBeCloseTo(1 / Math.sqrt(3), 1);
    // Gold tied to copper (the pair stated gold first): cov(copper, NPV) 1 + 0.9 over sqrt(3 + 2 x 0.9).
    const tied = threeMetals(0.9, { a: 'gold', b: 'copper' });
    expect(tied.warnings).toEqual([]);
    expect(priceDriver(tied).correlation).toBeCloseTo(1.9 / Math.sqrt(4.8), 1);
  });
  it("a correlation with a metal whose price does not move leaves the other metal's spread as it was", () => {
    const run = (rho: number) => {
      const s = withGold();
      s.mainProductId = 'au';
      s.risk.priceSigmaPct = [
        { commodityPriceId: 'copper', sigma: a(0, '%') },
        { commodityPriceId: 'gold', sigma: a(20, '%') },
      ];
      s.risk.priceCorrelation = a(rho, '');
      return runMonteCarlo(s, { trials: 1500, seed: 15 });
    };
    const [free, tied] = [run(0), run(0.6)];
    expect(tied.stdDev / free.stdDev).toBeCloseTo(1, 1);
    expect(tied.drivers[0]).toMatchObject({ id: 'price', productId: 'au' });
  });
});

describe('mean-reverting paths of a main product listed second', () => {
  it("charts gold's own paths: its volatility, its long-term price, its name", () => {
    const s = withGold();
    s.mainProductId = 'au';
    s.risk.pricePaths = {
      ...s.risk.pricePaths,
      mode: 'mean-reverting',
      halfLifeYears: a(2, 'years'),
      annualVolPct: [{ commodityPriceId: 'gold', sigma: a(5, '%/yr') }],
      defaultAnnualVolPct: a(30, '%/yr'),
      longTermPctOfDeck: [{ commodityPriceId: 'copper', pct: a(80, '%') }],
    };
    const r = runMonteCarlo(s, { trials: 200, seed: 16 });
    const pp = r.pricePaths!;
    expect(pp).toMatchObject({ productName: 'Gold', deckPrice: 1e4, annualVolPct: 5 });
    expect(pp.longTermPrice).toBeCloseTo(1e4, 6);
    // Gold at 5 %/yr around its deck price: every kept path stays within 30% of it; copper's 30 %/yr would not.
    for (const path of pp.samples) for (const v of path) expect(Math.abs(Math.log(v / 1e4))).toBeLessThan(0.3);
    const last = pp.bands.at(-1)!;
    expect(last.q50 / 1e4).toBeCloseTo(1, 1);
    expect(Math.log(last.q90 / last.q10)).toBeLessThan(0.25);
  });
});

describe('settings that change nothing', () => {
  it('a project with nothing to sell has no price paths, even in mean-reverting mode, and no product to name', () => {
    const s = quiet();
    s.products = [];
    s.risk.pricePaths = { ...s.risk.pricePaths, mode: 'mean-reverting' };
    const r = runMonteCarlo(s, { trials: 20 });
    expect(r).toMatchObject({ priceModel: 'flat', halfLifeYears: null, pricePaths: null });
    expect(priceDriver(r)).toEqual({ id: 'price', categoryId: 'geopolitical-strategic', correlation: 0 });
    // Only the capex and the opex remain, and nothing spreads them: every trial is the base NPV.
    expect(r.npv.every((v) => Math.abs(v - r.baseNpv) < 1e-9)).toBe(true);
  });
  it('a delay chance with zero years of delay delays no trial', () => {
    const s = quiet();
    s.risk.delayProbabilityPct = a(80, '%');
    s.risk.delayMaxYears = a(0, 'years');
    const r = runMonteCarlo(s, { trials: 300, seed: 17 });
    const values = handValues(s);
    expect([...r.npv].filter((v) => !isOneOf(v, values))).toEqual([]);
    expect(r.drivers.find((d) => d.id === 'delay')!.correlation).toBe(0);
  });
});

describe('logistics and power', () => {
  it('freight rises and falls with the logistics draw: mean NPV at the mean multiplier, the driver lowers NPV', () => {
    const s = quiet({ 'infrastructure-logistics': [5, 5] });
    s.products[0] = { ...s.products[0]!, freight: a(1000, 'USD/t') }; // 20,000 t x USD 1,000 = USD 20 m a year
    const rp = riskParameters(s.risk);
    const r = runMonteCarlo(s, { trials: 2000, seed: 18 });
    const events = runMonteCarlo(quiet({ 'infrastructure-logistics': [5, 5] }), { trials: 2000, seed: 18 });
    // Freight is a cost before tax like opex; the triangular(low, 0, high) multiplier has mean 1 + (low + high) / 300.
    const mean = 1 + (rp.infraLowPct + rp.infraHighPct) / 300;
    const hand = pv(0.1, reference({ opex: 30 + 20 * mean })) - pv(0.1, reference());
    expect(r.mean - events.mean).toBeCloseTo(hand, 0);
    expect(r.npv[0]!).toBeGreaterThan(handValues(s, 1, { opex: 30 + 20 * (1 + rp.infraHighPct / 100) })[3]! - 1e-6);
    expect(r.drivers[0]!.id).toBe('logistics-power');
    expect(r.drivers[0]!.correlation).toBeLessThan(-0.9);
  });
});

describe('cost distributions without a range', () => {
  it('switching triangular and PERT changes nothing when no capex or opex range is set: nothing is drawn', () => {
    const run = (dist: 'triangular' | 'pert') => {
      const s = quiet({ 'geopolitical-strategic': [5, 5], 'policy-regulation': [5, 5] });
      s.risk.priceSigmaPct = [{ commodityPriceId: 'copper', sigma: a(20, '%') }];
      s.risk.costDistribution = dist;
      return runMonteCarlo(s, { trials: 300, seed: 19 });
    };
    const [tri, pert] = [run('triangular'), run('pert')];
    expect(tri.stdDev).toBeGreaterThan(10);
    expect([...tri.npv]).toEqual([...pert.npv]);
  });
});
