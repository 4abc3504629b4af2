import { describe, expect, it } from 'vitest';
import { createScenarioFromPreset } from './presets';
import { runMonteCarlo } from './montecarlo';
import { RISK_CATEGORY_EFFECTS, riskParameters } from './risk';
import { assumption as a } from './model';

describe('runMonteCarlo', () => {
  const s = createScenarioFromPreset('reko-diq');

  it('is reproducible with a seed and differs with another seed', () => {
    const x = runMonteCarlo(s, { trials: 2000, seed: 7 });
    const y = runMonteCarlo(s, { trials: 2000, seed: 7 });
    const z = runMonteCarlo(s, { trials: 2000, seed: 8 });
    expect([...x.npv]).toEqual([...y.npv]);
    expect(x.p50).toBe(y.p50);
    expect(z.p50).not.toBe(x.p50);
  });

  it('gives ordered percentiles, a histogram and an S-curve over 10,000 trials', () => {
    const r = runMonteCarlo(s, { trials: 10_000, seed: 1 });
    expect(r.trials).toBe(10_000);
    expect(r.p10).toBeLessThan(r.p50);
    expect(r.p50).toBeLessThan(r.p90);
    expect(r.histogram.bins.reduce((n, b) => n + b.count, 0)).toBe(10_000);
    expect(r.sCurve[0]!.cumulativeProb).toBe(0);
    expect(r.sCurve.at(-1)!.cumulativeProb).toBe(1);
    for (let i = 1; i < r.npv.length; i++) expect(r.npv[i]!).toBeGreaterThanOrEqual(r.npv[i - 1]!);
    expect(r.probNegative).toBeGreaterThanOrEqual(0);
    expect(r.percentileConvention).toMatch(/P10 is the 10th percentile/);
    expect(r.discountRateNote).toMatch(/not by changing the rate/);
    expect(r.drivers[0]!.id).toBe('price');
  });

  it('higher risk scores widen the downside', () => {
    const risky = createScenarioFromPreset('reko-diq');
    for (const id of Object.keys(RISK_CATEGORY_EFFECTS) as (keyof typeof RISK_CATEGORY_EFFECTS)[]) {
      risky.risk.categories[id] = { likelihood: a(5, 'score'), impact: a(5, 'score') };
    }
    const base = runMonteCarlo(s, { trials: 3000, seed: 3 });
    const hi = runMonteCarlo(risky, { trials: 3000, seed: 3 });
    expect(hi.p10).toBeLessThan(base.p10);
    expect(riskParameters(risky.risk).delayProb).toBeGreaterThan(riskParameters(s.risk).delayProb);
  });

  it('neutral scores leave the base settings unchanged', () => {
    const n = createScenarioFromPreset('blank');
    const p = riskParameters(n.risk);
    expect(p.capexHighPct).toBe(n.risk.capexHighPct.value);
    expect(p.sigmaScale).toBe(1);
    expect(p.delayProb).toBeCloseTo(n.risk.delayProbabilityPct.value / 100, 12);
  });

  it('handles a project with nothing to sell without NaN', () => {
    const r = runMonteCarlo(createScenarioFromPreset('blank'), { trials: 500, seed: 1 });
    expect(JSON.stringify({ p10: r.p10, p50: r.p50, mean: r.mean, d: r.drivers })).not.toMatch(/NaN|Infinity|null/);
  });
});
