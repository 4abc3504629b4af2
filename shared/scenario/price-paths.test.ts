// Why: the annual price paths must be the model the UI states: their sample mean reversion (half-life), annual
// volatility and cross-commodity correlation are estimated back from simulated paths and must match the settings
// within sampling error.
import { describe, expect, it } from 'vitest';
import { runMonteCarlo } from './montecarlo';
import { assumption as a } from './model';
import { fillPricePaths, kappaOfHalfLife, pathParams } from './price-paths';
import { createScenarioFromPreset } from './presets';
import { cholesky, createRng } from './random';

describe('mean-reverting price paths', () => {
  // Two commodities, half-life 3 years, vol 25% and 15%, correlation 0.6, long-term at 80% and 100% of the deck.
  const s = createScenarioFromPreset('reko-diq-study-2025');
  s.risk.pricePaths = {
    ...s.risk.pricePaths,
    mode: 'mean-reverting',
    halfLifeYears: a(3, 'years'),
    annualVolPct: [
      { commodityPriceId: 'copper', sigma: a(25, '%/yr') },
      { commodityPriceId: 'gold', sigma: a(15, '%/yr') },
    ],
    longTermPctOfDeck: [
      { commodityPriceId: 'copper', pct: a(80, '%') },
      { commodityPriceId: 'gold', pct: a(100, '%') },
    ],
  };
  const rho = 0.6;
  const L = cholesky([
    [1, rho],
    [rho, 1],
  ])!;
  const pp = pathParams(s, ['copper', 'gold'], 1, L);
  const years = 41;
  const N = 4000;
  const rng = createRng(5);
  const out = new Float64Array(2 * years);
  const ml = new Float64Array(2);
  // Regress x_{t+1} on x_t (x = ln(P / P_LT)) over all trials and years: slope = e^-kappa; residuals give the
  // shock sd and the correlation.
  const res: [number, number][] = [];
  const xs: Float64Array[] = [];
  for (let t = 0; t < N; t++) {
    fillPricePaths(pp, years, years, rng, out, ml);
    xs.push(Float64Array.from(out, (m, i) => Math.log(m / pp.ltMult[i < years ? 0 : 1]!)));
  }
  const phi = Math.exp(-kappaOfHalfLife(3));
  const sdOf = (vol: number) => vol * Math.sqrt((1 - Math.exp(-2 * kappaOfHalfLife(3))) / (2 * kappaOfHalfLife(3)));

  it('starts at the deck price and reverts to the long-term price with the stated half-life', () => {
    for (const c of [0, 1]) {
      let sxx = 0;
      let sxy = 0;
      for (const p of xs)
        for (let y = 0; y + 1 < years; y++) {
          const a0 = p[c * years + y]!;
          sxx += a0 * a0;
          sxy += a0 * p[c * years + y + 1]!;
        }
      // slope of a zero-mean AR(1): sampling sd ~ sqrt((1 - phi^2) / n) ≈ 0.003 here; allow 4 sd
      expect(Math.abs(sxy / sxx - phi), `commodity ${c}`).toBeLessThan(0.012);
    }
    expect(xs[0]![0]).toBeCloseTo(-Math.log(0.8), 12); // copper starts at the deck, 1/0.8 x the long-term price
    // The median copper price after 30 years is within sampling error of the long-term price (80% of the deck).
    const late = xs.map((p) => Math.exp(p[30]!) * 0.8).sort((u, v) => u - v);
    expect(Math.abs(late[N / 2]! / 0.8 - 1)).toBeLessThan(0.03);
  });

  it('has the stated annual volatility and cross-commodity correlation', () => {
    for (const p of xs)
      for (let y = 0; y + 1 < years; y++) {
        res.push([p[y + 1]! - phi * p[y]!, p[years + y + 1]! - phi * p[years + y]!]);
      }
    const m = res.length;
    const sd = (k: 0 | 1) => Math.sqrt(res.reduce((acc, r) => acc + r[k] * r[k], 0) / m);
    // sd of a sample sd ~ sd / sqrt(2m) ≈ 0.2% relative at m = 160,000: allow 1.5%
    expect(sd(0) / sdOf(0.25)).toBeCloseTo(1, 1);
    expect(Math.abs(sd(0) / sdOf(0.25) - 1)).toBeLessThan(0.015);
    expect(Math.abs(sd(1) / sdOf(0.15) - 1)).toBeLessThan(0.015);
    const cov = res.reduce((acc, r) => acc + r[0] * r[1], 0) / m;
    // sd of a sample correlation ~ (1 - rho^2) / sqrt(m) ≈ 0.0016: allow 0.01
    expect(Math.abs(cov / (sd(0) * sd(1)) - rho)).toBeLessThan(0.01);
  });

  it('runs in the Monte Carlo with its note, bands and sample paths; flat stays available', () => {
    const r = runMonteCarlo(s, { trials: 2000, seed: 9 });
    expect(r.priceModel).toBe('mean-reverting');
    expect(r.halfLifeYears).toBe(3);
    const pth = r.pricePaths!;
    expect(pth.deckPrice).toBe(s.products[0]!.price.value);
    expect(pth.longTermPrice).toBeCloseTo(0.8 * pth.deckPrice, 9);
    expect(pth.bands[0]).toMatchObject({ year: 2025, q10: pth.deckPrice, q90: pth.deckPrice });
    const late = pth.bands[30]!;
    expect(late.q10).toBeLessThan(late.q50);
    expect(late.q50).toBeLessThan(late.q90);
    expect(Math.abs(late.q50 / pth.longTermPrice - 1)).toBeLessThan(0.05);
    expect(pth.samples).toHaveLength(8);
    const flat = runMonteCarlo(
      { ...s, risk: { ...s.risk, pricePaths: { ...s.risk.pricePaths, mode: 'flat' } } },
      { trials: 2000, seed: 9 },
    );
    expect(flat.priceModel).toBe('flat');
    expect(flat.pricePaths).toBeNull();
    // Reverting to a long-term price 20% under the deck lowers the median NPV against flat draws around the deck.
    expect(r.q50).toBeLessThan(flat.q50);
  });
});
