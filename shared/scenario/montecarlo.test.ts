import { describe, expect, it } from 'vitest';
import { createScenarioFromPreset } from './presets';
import { runMonteCarlo } from './montecarlo';
import { percentileLabels } from './mc-summary';
import { RISK_CATEGORY_EFFECTS, riskParameters } from './risk';
import { assumption as a } from './model';

describe('runMonteCarlo', { timeout: 30_000 }, () => {
  const s = createScenarioFromPreset('reko-diq');

  it('is reproducible with a seed and differs with another seed', () => {
    const x = runMonteCarlo(s, { trials: 2000, seed: 7 });
    const y = runMonteCarlo(s, { trials: 2000, seed: 7 });
    const z = runMonteCarlo(s, { trials: 2000, seed: 8 });
    expect([...x.npv]).toEqual([...y.npv]);
    expect(x.q50).toBe(y.q50);
    expect(z.q50).not.toBe(x.q50);
  });

  it('gives ordered percentiles, a histogram and an S-curve over 10,000 trials', () => {
    const r = runMonteCarlo(s, { trials: 10_000, seed: 1 });
    expect(r.trials).toBe(10_000);
    expect(r.q10).toBeLessThan(r.q50);
    expect(r.q50).toBeLessThan(r.q90);
    expect(r.histogram.reduce((n, b) => n + b.count, 0)).toBe(10_000);
    expect(r.sCurve[0]!.cumulativeProb).toBe(0);
    expect(r.sCurve.at(-1)!.cumulativeProb).toBe(1);
    for (let i = 1; i < r.npv.length; i++) expect(r.npv[i]!).toBeGreaterThanOrEqual(r.npv[i - 1]!);
    // P(NPV<0) is the share of the trials themselves below zero (was `>= 0`, which no result could fail).
    expect(r.probNegative).toBe(r.npv.filter((v) => v < 0).length / r.trials);
    // Keys, not English: the renderer words the convention and the price model (see mcText.test.ts).
    expect([r.convention, r.priceModel, r.halfLifeYears]).toEqual([
      'reserves',
      'mean-reverting',
      s.risk.pricePaths.halfLifeYears.value,
    ]);
    // Price leads because its correlation is the strongest, not because it is listed first.
    expect(r.drivers[0]!.id).toBe('price');
    expect(r.drivers[0]!.correlation).toBeGreaterThan(0.3);
    expect(r.drivers[0]!.correlation).toBeGreaterThanOrEqual(Math.abs(r.drivers[1]!.correlation));
  });

  it('higher risk scores widen the downside', () => {
    const risky = createScenarioFromPreset('reko-diq');
    for (const id of Object.keys(RISK_CATEGORY_EFFECTS) as (keyof typeof RISK_CATEGORY_EFFECTS)[]) {
      risky.risk.categories[id] = { likelihood: a(5, 'score'), impact: a(5, 'score') };
    }
    const base = runMonteCarlo(s, { trials: 3000, seed: 3 });
    const hi = runMonteCarlo(risky, { trials: 3000, seed: 3 });
    expect(hi.q10).toBeLessThan(base.q10);
    expect(riskParameters(risky.risk).delayProb).toBeGreaterThan(riskParameters(s.risk).delayProb);
  });

  it('neutral scores leave the base settings unchanged', () => {
    const n = createScenarioFromPreset('blank');
    const p = riskParameters(n.risk);
    expect(p.capexHighPct).toBe(n.risk.capexHighPct.value);
    expect(p.sigmaScale).toBe(1);
    expect(p.delayProb).toBeCloseTo(n.risk.delayProbabilityPct.value / 100, 12);
  });

  it('handles a project with nothing to sell: every trial and summary is 0, no driver correlates, no NaN', () => {
    const r = runMonteCarlo(createScenarioFromPreset('blank'), { trials: 500, seed: 1 });
    expect(r.npv).toHaveLength(500);
    expect(Array.from(r.npv).every((x) => x === 0)).toBe(true);
    expect([r.baseNpv, r.q10, r.q50, r.q90, r.mean, r.stdDev, r.probNegative]).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(r.drivers.length).toBeGreaterThan(0);
    expect(r.drivers.map((d) => d.correlation)).toEqual(r.drivers.map(() => 0));
    expect(JSON.stringify({ q10: r.q10, q50: r.q50, mean: r.mean, d: r.drivers })).not.toMatch(/NaN|Infinity|null/);
  });
});

describe('Monte Carlo summary and percentile naming', () => {
  it('names P-numbers in the reserves convention by default (P90 = low case) or statistically on request', () => {
    const s = createScenarioFromPreset('reko-diq');
    expect(s.risk.percentileConvention).toBe('reserves');
    expect(percentileLabels('reserves')).toEqual({ q10: 'P90', q50: 'P50', q90: 'P10' });
    expect(percentileLabels('statistical')).toEqual({ q10: 'P10', q50: 'P50', q90: 'P90' });
    const r = runMonteCarlo(s, { trials: 1000, seed: 2 });
    expect(r.convention).toBe('reserves');
    const st = runMonteCarlo(
      { ...s, risk: { ...s.risk, percentileConvention: 'statistical' } },
      { trials: 1000, seed: 2 },
    );
    expect(st.convention).toBe('statistical');
    expect(st.q10).toBe(r.q10); // the numbers are the same; only their names change
  });

  it('summary statistics equal the ones computed directly from the sample', () => {
    const r = runMonteCarlo(createScenarioFromPreset('reko-diq-review-2026'), { trials: 3000, seed: 4 });
    const xs = [...r.npv];
    const mean = xs.reduce((a, b) => a + b, 0) / xs.length;
    const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (xs.length - 1));
    expect(r.mean).toBeCloseTo(mean, 6);
    expect(r.stdDev).toBeCloseTo(sd, 6);
    expect(r.probNegative).toBe(xs.filter((x) => x < 0).length / xs.length);
    // PERCENTILE.INC: rank (n - 1) p, interpolated
    const at = (p: number) => {
      const h = (xs.length - 1) * p;
      const lo = Math.floor(h);
      return xs[lo]! + (h - lo) * (xs[lo + 1]! - xs[lo]!);
    };
    expect(r.q10).toBeCloseTo(at(0.1), 9);
    expect(r.q90).toBeCloseTo(at(0.9), 9);
    expect(r.stdDev).toBeGreaterThan(0);
  });
});
