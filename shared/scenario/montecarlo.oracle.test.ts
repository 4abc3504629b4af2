// Why: the Risks view prints the 10th/50th/90th percentiles, the mean, the spread, P(NPV<0) and a ranking of what drives the NPV.
// These are checked against a hand-worked sample and recomputed independently from the returned trials, and the
// ranking is checked on projects where a different risk dominates each time, so "price first" cannot pass by order.
import { describe, expect, it } from 'vitest';
import * as formulajs from '@formulajs/formulajs';
import { assumption as a, type Scenario } from './model';
import { summariseSortedNpvs } from './mc-summary';
import { runMonteCarlo } from './montecarlo';
import { plain } from './plain.fixture';

describe('summary of a simulated NPV sample', () => {
  const sample = Float64Array.from([-3, -1, 0, 2, 7]);
  const s = summariseSortedNpvs(sample, 2, 3);
  it('gives the hand-computed mean, sample standard deviation and share below zero (zero is not a loss)', () => {
    // Mean 1; squared deviations 16 + 4 + 1 + 1 + 36 = 58; sample variance 58 / 4.
    expect(s.mean).toBeCloseTo(1, 12);
    expect(s.stdDev).toBeCloseTo(Math.sqrt(58 / 4), 12);
    expect(s.probNegative).toBe(0.4);
  });
  it('interpolates percentiles like Excel PERCENTILE.INC', () => {
    const inc = (p: number) => formulajs.PERCENTILE.INC([...sample], p) as number;
    expect([s.q10, s.q50, s.q90]).toEqual([inc(0.1), inc(0.5), inc(0.9)].map((v) => expect.closeTo(v, 12)));
    expect([s.q10, s.q50, s.q90]).toEqual([expect.closeTo(-2.2, 12), 0, expect.closeTo(5, 12)]);
  });
  it('counts every trial into equal-width bins (the maximum in the last) and draws the S-curve through the ends', () => {
    expect(s.histogram).toEqual([
      { x0: -3, x1: 2, count: 3 },
      { x0: 2, x1: 7, count: 2 },
    ]);
    expect(s.sCurve).toEqual([
      { npv: -3, cumulativeProb: 0 },
      { npv: 0, cumulativeProb: 0.5 },
      { npv: 7, cumulativeProb: 1 },
    ]);
    const one = summariseSortedNpvs(Float64Array.from([4]), 3, 201);
    expect(one).toMatchObject({ mean: 4, stdDev: 0, probNegative: 0, q10: 4, sCurve: [{ npv: 4, cumulativeProb: 1 }] });
    expect(one.histogram.map((b) => b.count)).toEqual([1, 0, 0]);
  });
});

/** The plain reference project with one dominant risk; the other distributions left at their defaults. */
function risky(change: (r: Scenario['risk']) => void): Scenario {
  const s = plain();
  s.risk.priceSigmaPct = [{ commodityPriceId: 'copper', sigma: a(0, '%') }];
  s.risk.capexLowPct = a(0, '%');
  s.risk.capexHighPct = a(0, '%');
  s.risk.opexLowPct = a(0, '%');
  s.risk.opexHighPct = a(0, '%');
  s.risk.delayProbabilityPct = a(0, '%');
  change(s.risk);
  return s;
}
const stats = (x: Float64Array) => {
  const n = x.length;
  const mean = x.reduce((s, v) => s + v, 0) / n;
  const sd = Math.sqrt(x.reduce((s, v) => s + (v - mean) ** 2, 0) / (n - 1));
  return { mean, sd, neg: x.filter((v) => v < 0).length / n };
};

describe('Monte Carlo of the plain project', { timeout: 30_000 }, () => {
  it('ranks a wide capex range first, with a strongly negative correlation, when prices hardly move', () => {
    const r = runMonteCarlo(
      risky((k) => {
        k.capexLowPct = a(-50, '%');
        k.capexHighPct = a(300, '%');
      }),
      { trials: 2000, seed: 11 },
    );
    expect(r.drivers[0]!.id).toBe('capex');
    expect(r.drivers[0]!.correlation).toBeLessThan(-0.8);
    // No price or opex variation at all: their correlation is exactly zero, not noise.
    expect(r.drivers.find((d) => d.id === 'price')!.correlation).toBe(0);
    expect(r.drivers.find((d) => d.id === 'opex')!.correlation).toBe(0);
    // Capex up to 4 × 200 sinks the project in some trials; the summary agrees with the trials themselves.
    const st = stats(r.npv);
    expect(st.neg).toBeGreaterThan(0.05);
    expect(r.probNegative).toBe(st.neg);
    expect(r.mean).toBeCloseTo(st.mean, 9);
    expect(r.stdDev).toBeCloseTo(st.sd, 9);
  });

  it('ranks the copper price first, positively, when it is the wide distribution, and sorts by strength', () => {
    const r = runMonteCarlo(
      risky((k) => {
        k.priceSigmaPct = [{ commodityPriceId: 'copper', sigma: a(60, '%') }];
      }),
      { trials: 2000, seed: 11 },
    );
    expect(r.drivers[0]).toMatchObject({ id: 'price', productId: 'cu', categoryId: 'geopolitical-strategic' });
    expect(r.drivers[0]!.correlation).toBeGreaterThan(0.8);
    expect(r.drivers.find((d) => d.id === 'capex')!.correlation).toBe(0);
    const strength = r.drivers.map((d) => Math.abs(d.correlation));
    expect(strength).toEqual([...strength].sort((x, y) => y - x));
    const st = stats(r.npv);
    expect(r.probNegative).toBe(st.neg);
    expect(r.mean).toBeCloseTo(st.mean, 9);
  });

  it('a start delay for certain ranks the delay as a driver that lowers NPV', () => {
    const r = runMonteCarlo(
      risky((k) => {
        k.delayProbabilityPct = a(60, '%');
        k.delayMaxYears = a(3, 'years');
      }),
      { trials: 2000, seed: 5 },
    );
    expect(r.drivers[0]!.id).toBe('delay');
    expect(r.drivers[0]!.correlation).toBeLessThan(-0.5);
    expect(r.q90).toBeLessThanOrEqual(r.baseNpv + 1e-6);
  });

  it('warns and draws prices independently when the correlations cannot hold together', () => {
    const s = plain();
    s.products = [
      s.products[0]!,
      { ...s.products[0]!, id: 'au', commodityPriceId: 'gold' },
      { ...s.products[0]!, id: 'sb', commodityPriceId: 'antimony' },
    ];
    s.risk.priceCorrelationPairs = [
      { a: 'copper', b: 'gold', rho: 0.99 },
      { a: 'gold', b: 'antimony', rho: 0.99 },
      { a: 'copper', b: 'antimony', rho: -0.99 },
    ];
    const bad = runMonteCarlo(s, { trials: 50, seed: 1 });
    expect(bad.warnings).toContain(
      'The price correlation matrix is not positive definite; prices are drawn independently.',
    );
    // Independently: the same trials, to the bit, as with every pair stated at 0 (not the default correlation).
    const independent = runMonteCarlo(
      { ...s, risk: { ...s.risk, priceCorrelationPairs: s.risk.priceCorrelationPairs.map((q) => ({ ...q, rho: 0 })) } },
      { trials: 50, seed: 1 },
    );
    expect(independent.warnings).toEqual([]);
    expect(Array.from(bad.npv)).toEqual(Array.from(independent.npv));
    const defaults = runMonteCarlo({ ...s, risk: { ...s.risk, priceCorrelationPairs: [] } }, { trials: 50, seed: 1 });
    expect(Array.from(bad.npv)).not.toEqual(Array.from(defaults.npv));
    s.risk.priceCorrelationPairs = [{ a: 'copper', b: 'gold', rho: 0.5 }];
    expect(runMonteCarlo(s, { trials: 50, seed: 1 }).warnings).toEqual([]);
  });
});
