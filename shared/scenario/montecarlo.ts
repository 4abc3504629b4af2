// Why: investors want the odds, not one number. The simulation draws prices, costs, delays and fiscal changes
// (scaled by the article's risk categories) and reruns the same numeric core as the deterministic evaluation.
//
// The discount rate is NOT raised or lowered for simulated risk: risks are in the cash flows, so adding a risk
// premium to the rate as well would count them twice.
import { compileScenario, type EvaluateOptions } from './core';
import type { RiskCategoryId, Scenario } from './model';
import { cholesky, createRng, gamma, percentileSorted, triangular, type Rng } from './random';
import { riskParameters, type RiskParameters } from './risk';
import { createWorkspace, neutralPerturbation, runCore } from './run';

export interface MonteCarloOptions extends EvaluateOptions {
  trials?: number;
  seed?: number;
  histogramBins?: number;
}

export interface MonteCarloDriver {
  id: string;
  label: string;
  categoryId: RiskCategoryId | 'market' | 'cost';
  /** Pearson correlation of the sampled driver with after-tax NPV. */
  correlation: number;
}

export interface MonteCarloResult {
  trials: number;
  seed: number;
  /** After-tax NPV of each trial (USD m), sorted ascending. */
  npv: Float64Array;
  p10: number;
  p50: number;
  p90: number;
  mean: number;
  stdDev: number;
  probNegative: number;
  /** Deterministic after-tax NPV of the scenario, for reference. */
  baseNpv: number;
  histogram: { bins: { x0: number; x1: number; count: number }[] };
  sCurve: { npv: number; cumulativeProb: number }[];
  percentileConvention: string;
  discountRateNote: string;
  drivers: MonteCarloDriver[];
  parameters: RiskParameters;
  warnings: string[];
}

export const PERCENTILE_CONVENTION =
  'P10 is the 10th percentile of NPV (a 90% chance of doing better); P90 the 90th percentile (a 10% chance of doing better). Percentiles interpolate linearly between sorted trials (Excel PERCENTILE.INC).';
export const DISCOUNT_RATE_NOTE =
  'The discount rate is held at the scenario rate in every trial; risk is modelled in the cash flows, not by changing the rate.';

function drawCost(rng: Rng, kind: 'triangular' | 'pert', lowPct: number, highPct: number): number {
  if (highPct <= lowPct) return 1;
  if (kind === 'triangular') return 1 + triangular(rng.next(), lowPct, 0, highPct) / 100;
  const a = 1 + (4 * (0 - lowPct)) / (highPct - lowPct);
  const b = 1 + (4 * highPct) / (highPct - lowPct);
  const x = gamma(rng, a);
  const y = gamma(rng, b);
  return 1 + (lowPct + (x / (x + y)) * (highPct - lowPct)) / 100;
}

function pearson(x: Float64Array, y: Float64Array): number {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i]!;
    my += y[i]!;
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i]! - mx;
    const dy = y[i]! - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxx > 0 && syy > 0 ? sxy / Math.sqrt(sxx * syy) : 0;
}

/**
 * Seeded Monte Carlo of after-tax NPV. Same scenario + same seed = identical result on any platform.
 * Prices: lognormal (median = deck price), correlated across commodities via Cholesky. Capex/opex: triangular or
 * PERT multipliers. Delay: discrete 1..N years with a probability. Scaled by the risk category scores (see risk.ts).
 */
export function runMonteCarlo(s: Scenario, opts: MonteCarloOptions = {}): MonteCarloResult {
  const trials = Math.max(1, Math.floor(opts.trials ?? 10_000));
  const seed = (opts.seed ?? 1) >>> 0;
  const warnings: string[] = [];
  const rp = riskParameters(s.risk);
  const c = compileScenario(s, { ...opts, maxExtraDelayYears: Math.max(rp.delayMaxYears, 0) + 1 });
  const ws = createWorkspace(c);
  const p = neutralPerturbation(c.nP);
  const baseNpv = runCore(c, p, ws);
  ws.detail = false;

  // Commodities and their correlation.
  const commodities = [...new Set(s.products.map((x) => x.commodityPriceId))];
  const k = commodities.length;
  const prodCom = new Int32Array(s.products.map((x) => commodities.indexOf(x.commodityPriceId)));
  const sigmaOf = (id: string) => (s.risk.priceSigmaPct.find((x) => x.commodityPriceId === id)?.sigma.value ?? s.risk.defaultPriceSigmaPct.value) / 100;
  const sig = new Float64Array(commodities.map((id) => sigmaOf(id) * rp.sigmaScale));
  const corr = commodities.map((a, i) =>
    commodities.map((b, j) => {
      if (i === j) return 1;
      const pair = s.risk.priceCorrelationPairs.find((q) => (q.a === a && q.b === b) || (q.a === b && q.b === a));
      return pair ? pair.rho : s.risk.priceCorrelation.value;
    }),
  );
  let L = cholesky(corr);
  if (!L) {
    warnings.push('The price correlation matrix is not positive definite; prices are drawn independently.');
    L = cholesky(corr.map((row, i) => row.map((_, j) => (i === j ? 1 : 0))))!;
  }

  const rng = createRng(seed);
  const npvs = new Float64Array(trials);
  const z = new Float64Array(k);
  const logP = new Float64Array(k);
  const D = {
    price: new Float64Array(trials), capex: new Float64Array(trials), opex: new Float64Array(trials), infra: new Float64Array(trials),
    delay: new Float64Array(trials), recovery: new Float64Array(trials), ramp: new Float64Array(trials), fiscal: new Float64Array(trials), market: new Float64Array(trials),
  };
  const mainCom = prodCom[c.mainIdx] ?? 0;
  const dist = s.risk.costDistribution;
  for (let t = 0; t < trials; t++) {
    for (let i = 0; i < k; i++) z[i] = rng.normal();
    for (let i = 0; i < k; i++) {
      let y = 0;
      for (let j = 0; j <= i; j++) y += L[i * k + j]! * z[j]!;
      logP[i] = sig[i]! * y;
    }
    for (let j = 0; j < c.nP; j++) p.priceMult[j] = Math.exp(logP[prodCom[j]!]!);
    p.capexMult = drawCost(rng, dist, rp.capexLowPct, rp.capexHighPct);
    p.opexMult = drawCost(rng, dist, rp.opexLowPct, rp.opexHighPct);
    const infra = 1 + triangular(rng.next(), rp.infraLowPct, 0, rp.infraHighPct) / 100;
    p.freightMult = infra;
    p.powerMult = infra;
    p.extraDelayYears = rp.delayMaxYears > 0 && rng.next() < rp.delayProb ? 1 + Math.floor(rng.next() * rp.delayMaxYears) : 0;
    const fiscalEvent = rng.next() < rp.fiscalProb;
    p.royaltyAddPp = fiscalEvent ? rp.royaltyAddPp : 0;
    p.taxAddPp = fiscalEvent ? rp.taxAddPp : 0;
    p.recoveryAddPp = triangular(rng.next(), rp.recoveryLowPp, 0, rp.recoveryHighPp);
    p.rampAddYears = triangular(rng.next(), 0, 0, rp.rampMaxYears);
    const marketEvent = rng.next() < rp.marketProb;
    p.priceDiscount = marketEvent ? rp.marketDiscount : 0;
    npvs[t] = runCore(c, p, ws);
    D.price[t] = logP[mainCom] ?? 0;
    D.capex[t] = p.capexMult;
    D.opex[t] = p.opexMult;
    D.infra[t] = infra;
    D.delay[t] = p.extraDelayYears;
    D.recovery[t] = p.recoveryAddPp;
    D.ramp[t] = p.rampAddYears;
    D.fiscal[t] = fiscalEvent ? 1 : 0;
    D.market[t] = marketEvent ? 1 : 0;
  }

  const drivers: MonteCarloDriver[] = [
    { id: 'price', label: `${s.products[c.mainIdx]?.name ?? 'Main product'} price`, categoryId: 'geopolitical-strategic' as const, correlation: pearson(D.price, npvs) },
    { id: 'capex', label: 'Capex overrun', categoryId: 'security-governance' as const, correlation: pearson(D.capex, npvs) },
    { id: 'opex', label: 'Opex', categoryId: 'cost' as const, correlation: pearson(D.opex, npvs) },
    { id: 'logistics-power', label: 'Freight and power cost', categoryId: 'infrastructure-logistics' as const, correlation: pearson(D.infra, npvs) },
    { id: 'delay', label: 'Start delay', categoryId: 'environmental-social' as const, correlation: pearson(D.delay, npvs) },
    { id: 'recovery', label: 'Recovery', categoryId: 'technical-industrial' as const, correlation: pearson(D.recovery, npvs) },
    { id: 'ramp-up', label: 'Ramp-up', categoryId: 'technical-industrial' as const, correlation: pearson(D.ramp, npvs) },
    { id: 'fiscal-change', label: 'Royalty/tax increase', categoryId: 'policy-regulation' as const, correlation: pearson(D.fiscal, npvs) },
    { id: 'market-access', label: 'Market-access discount', categoryId: 'geopolitical-strategic' as const, correlation: pearson(D.market, npvs) },
  ].sort((a, b) => Math.abs(b.correlation) - Math.abs(a.correlation));

  npvs.sort();
  const summary = summariseSortedNpvs(npvs, Math.max(1, opts.histogramBins ?? 40), 201);
  return {
    trials,
    seed,
    npv: npvs,
    ...summary,
    baseNpv,
    histogram: { bins: summary.histogram },
    percentileConvention: PERCENTILE_CONVENTION,
    discountRateNote: DISCOUNT_RATE_NOTE,
    drivers,
    parameters: rp,
    warnings,
  };
}

export interface NpvSummary {
  p10: number;
  p50: number;
  p90: number;
  mean: number;
  stdDev: number;
  probNegative: number;
  histogram: { x0: number; x1: number; count: number }[];
  sCurve: { npv: number; cumulativeProb: number }[];
}

/**
 * The statistics shown for a simulated NPV sample (sorted ascending): percentiles, mean, spread, P(NPV<0),
 * an equal-width histogram and an S-curve. Shared by the engine and by the worker that pools its chunks.
 */
export function summariseSortedNpvs(sorted: Float64Array, bins: number, sCurvePoints: number): NpvSummary {
  const n = sorted.length;
  let sum = 0;
  let neg = 0;
  for (let i = 0; i < n; i++) {
    sum += sorted[i]!;
    if (sorted[i]! < 0) neg++;
  }
  const mean = sum / n;
  let ss = 0;
  for (let i = 0; i < n; i++) ss += (sorted[i]! - mean) ** 2;
  const lo = sorted[0]!;
  const hi = sorted[n - 1]!;
  const width = hi > lo ? (hi - lo) / bins : 1;
  const histogram = Array.from({ length: bins }, (_, b) => ({ x0: lo + b * width, x1: lo + (b + 1) * width, count: 0 }));
  for (let i = 0; i < n; i++) histogram[Math.min(bins - 1, Math.floor((sorted[i]! - lo) / width))]!.count++;
  const points = Math.min(n, sCurvePoints);
  const sCurve = Array.from({ length: points }, (_, q) => {
    const prob = points === 1 ? 1 : q / (points - 1);
    return { npv: percentileSorted(sorted, prob), cumulativeProb: prob };
  });
  return {
    p10: percentileSorted(sorted, 0.1),
    p50: percentileSorted(sorted, 0.5),
    p90: percentileSorted(sorted, 0.9),
    mean,
    stdDev: Math.sqrt(ss / Math.max(1, n - 1)),
    probNegative: neg / n,
    histogram,
    sCurve,
  };
}
