// Why: investors want the odds, not one number. The simulation draws prices (flat or as annual mean-reverting
// paths), costs, delays and fiscal changes (scaled by the article's risk categories) and reruns the same numeric core
// as the deterministic evaluation.
//
// The discount rate is NOT raised or lowered for simulated risk: risks are in the cash flows, so adding a risk
// premium to the rate as well would count them twice.
import { compileScenario, type Compiled, type EvaluateOptions } from './compile';
import { summariseSortedNpvs, type NpvSummary } from './mc-summary';
import type { PercentileConvention, RiskCategoryId, Scenario } from './model';
import { addTrial, correlation, newComoments, type Comoments } from './mc-correlation';
import { DRIVER, DRIVER_COUNT, drawTrial, type Trials } from './mc-draws';
import { pathParams } from './price-paths';
import { cholesky, createRng, percentileSorted } from './random';
import { riskParameters, type RiskParameters } from './risk';
import { createWorkspace, neutralPerturbation, runCore, type Workspace } from './npv-loop';

export interface MonteCarloOptions extends EvaluateOptions {
  trials?: number;
  seed?: number;
  histogramBins?: number;
}

/** What a driver samples; the renderer words it (the price driver names its product). */
export type MonteCarloDriverId =
  'price' | 'capex' | 'opex' | 'logistics-power' | 'delay' | 'recovery' | 'ramp-up' | 'fiscal-change' | 'market-access';

export interface MonteCarloDriver {
  id: MonteCarloDriverId;
  /** The product whose price the 'price' driver is (the main product); absent for the others. */
  productId?: string;
  categoryId: RiskCategoryId | 'market' | 'cost';
  /** Pearson correlation of the sampled driver with after-tax NPV. */
  correlation: number;
}

/** Annual price paths of the main product's commodity, for the paths chart (prices in the product's unit). */
export interface PricePathSample {
  productName: string;
  priceUnit: string;
  deckPrice: number;
  longTermPrice: number;
  halfLifeYears: number;
  annualVolPct: number;
  /** Calendar year of each column. */
  years: number[];
  /** 10th / 50th / 90th percentile of the price each year, over the first {@link BAND_TRIALS} trials. */
  bands: { year: number; q10: number; q50: number; q90: number }[];
  /** A few whole paths (the first trials), one array of prices per trial. */
  samples: number[][];
}

/**
 * One Monte Carlo run: the shared NPV summary plus the sample and the settings the charts state. The result carries
 * data and keys only (convention, price model, half-life); the renderer words them in the reader's language.
 */
export interface MonteCarloResult extends NpvSummary {
  trials: number;
  seed: number;
  /** After-tax NPV of each trial (USD m), sorted ascending. */
  npv: Float64Array;
  /** Deterministic after-tax NPV of the scenario, for reference. */
  baseNpv: number;
  priceModel: 'flat' | 'mean-reverting';
  convention: PercentileConvention;
  /** Half-life of the price paths (years) when `priceModel` is 'mean-reverting', else null. */
  halfLifeYears: number | null;
  pricePaths: PricePathSample | null;
  drivers: MonteCarloDriver[];
  parameters: RiskParameters;
  warnings: string[];
}

/** Trials whose paths are kept for the percentile bands of the paths chart. */
export const BAND_TRIALS = 1000;
const SAMPLE_PATHS = 8;

/**
 * Every trial: its draws, then the core's NPV; the first `bandTrials` paths of the main product are kept for the
 * chart. A small function of its own: the engine compiles its loop (on-stack) within the first run, where the long
 * run function took several runs to get its loop compiled again after a deoptimisation.
 */
function runTrials(
  c: Compiled,
  ws: Workspace,
  tr: Trials,
  npvs: Float64Array,
  band: Float64Array,
  bandTrials: number,
  co: Comoments,
): void {
  const { p, pathBuf, years } = tr;
  const row = tr.mainCom * years;
  // Stryker disable next-line EqualityOperator: a trial past the end writes nothing (typed arrays drop such writes).
  for (let t = 0; t < npvs.length; t++) {
    drawTrial(tr);
    if (pathBuf && t < bandTrials) band.set(pathBuf.subarray(row, row + years), t * years);
    const npv = runCore(c, p, ws);
    npvs[t] = npv;
    addTrial(co, tr.drivers, npv);
  }
}

/**
 * Seeded Monte Carlo of after-tax NPV. Same scenario + same seed = identical result on any platform.
 * Prices: flat lognormal draws (median = deck price) or annual mean-reverting paths (`risk.pricePaths`), correlated
 * across commodities via Cholesky. Capex/opex: triangular or
 * PERT multipliers. Delay: discrete 1..N years with a probability. Scaled by the risk category scores (see risk.ts).
 */
export function runMonteCarlo(s: Scenario, opts: MonteCarloOptions = {}): MonteCarloResult {
  const trials = Math.max(1, Math.floor(opts.trials ?? 10_000));
  const seed = (opts.seed ?? 1) >>> 0;
  const warnings: string[] = [];
  const rp = riskParameters(s.risk);
  const c = compileScenario(s, { ...opts, maxExtraDelayYears: Math.max(rp.delayMaxYears, 0) + 1 });
  const ws = createWorkspace(c);
  // Stryker disable next-line BooleanLiteral: the detail rows would be written, never read, by the runs; off saves time.
  ws.detail = false;
  const p = neutralPerturbation(c.nP);
  const baseNpv = runCore(c, p, ws);

  // Commodities and their correlation.
  const commodities = [...new Set(s.products.map((x) => x.commodityPriceId))];
  const k = commodities.length;
  const prodCom = new Int32Array(s.products.map((x) => commodities.indexOf(x.commodityPriceId)));
  const sigmaOf = (id: string) =>
    (s.risk.priceSigmaPct.find((x) => x.commodityPriceId === id)?.sigma.value ?? s.risk.defaultPriceSigmaPct.value) /
    100;
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

  const npvs = new Float64Array(trials);
  const mainCom = prodCom[c.mainIdx] ?? 0;
  // Annual paths: one row per commodity over the model years (delays included), read by runCore per product.
  const paths = s.risk.pricePaths.mode === 'mean-reverting' && k > 0;
  const years = c.maxH;
  const pp = paths ? pathParams(s, commodities, rp.sigmaScale, L) : null;
  const pathBuf = paths ? new Float64Array(k * years) : null;
  const bandTrials = paths ? Math.min(trials, BAND_TRIALS) : 0;
  const band = new Float64Array(bandTrials * years);
  // Flat mode leaves pricePath null, and runCore then reads the flat priceMult instead of the rows.
  p.pricePath = pathBuf;
  p.pathStride = years;
  p.pathRow.set(prodCom);
  const tr: Trials = {
    rng: createRng(seed),
    rp,
    dist: s.risk.costDistribution,
    L,
    sig,
    k,
    nP: c.nP,
    prodCom,
    mainCom,
    z: new Float64Array(k),
    logP: new Float64Array(k),
    pp,
    pathBuf,
    years,
    p,
    drivers: new Float64Array(DRIVER_COUNT),
  };
  const co = newComoments(DRIVER_COUNT);
  runTrials(c, ws, tr, npvs, band, bandTrials, co);

  const mainId = s.products[c.mainIdx]?.id;
  const drivers: MonteCarloDriver[] = [
    {
      id: 'price' as const,
      ...(mainId ? { productId: mainId } : {}),
      categoryId: 'geopolitical-strategic' as const,
      correlation: correlation(co, DRIVER.price),
    },
    { id: 'capex' as const, categoryId: 'security-governance' as const, correlation: correlation(co, DRIVER.capex) },
    { id: 'opex' as const, categoryId: 'cost' as const, correlation: correlation(co, DRIVER.opex) },
    {
      id: 'logistics-power' as const,
      categoryId: 'infrastructure-logistics' as const,
      correlation: correlation(co, DRIVER.infra),
    },
    { id: 'delay' as const, categoryId: 'environmental-social' as const, correlation: correlation(co, DRIVER.delay) },
    {
      id: 'recovery' as const,
      categoryId: 'technical-industrial' as const,
      correlation: correlation(co, DRIVER.recovery),
    },
    { id: 'ramp-up' as const, categoryId: 'technical-industrial' as const, correlation: correlation(co, DRIVER.ramp) },
    {
      id: 'fiscal-change' as const,
      categoryId: 'policy-regulation' as const,
      correlation: correlation(co, DRIVER.fiscal),
    },
    {
      id: 'market-access' as const,
      categoryId: 'geopolitical-strategic' as const,
      correlation: correlation(co, DRIVER.market),
    },
  ].sort((a, b) => Math.abs(b.correlation) - Math.abs(a.correlation));

  npvs.sort();
  const summary = summariseSortedNpvs(npvs, Math.max(1, opts.histogramBins ?? 40), 201);
  const conv = s.risk.percentileConvention;
  return {
    trials,
    seed,
    npv: npvs,
    ...summary,
    baseNpv,
    priceModel: paths ? 'mean-reverting' : 'flat',
    convention: conv,
    halfLifeYears: paths ? s.risk.pricePaths.halfLifeYears.value : null,
    pricePaths: pp
      ? pathSample(s, c.mainIdx, commodities[mainCom]!, pp.ltMult[mainCom]!, band, bandTrials, years)
      : null,
    drivers,
    parameters: rp,
    warnings,
  };
}

/** Bands and sample paths of the main product's price (in its unit) from the kept trials' multipliers. */
function pathSample(
  s: Scenario,
  mainIdx: number,
  commodity: string,
  ltMult: number,
  band: Float64Array,
  n: number,
  years: number,
): PricePathSample {
  const prod = s.products[mainIdx]!;
  const deck = prod.price.value;
  const pp = s.risk.pricePaths;
  const col = new Float64Array(n);
  const bands: PricePathSample['bands'] = [];
  const yrs: number[] = [];
  for (let y = 0; y < years; y++) {
    // Stryker disable next-line EqualityOperator: col holds exactly n entries; a write past its end is dropped.
    for (let t = 0; t < n; t++) col[t] = band[t * years + y]!;
    col.sort();
    const year = s.timing.startYear + y;
    yrs.push(year);
    bands.push({
      year,
      q10: deck * percentileSorted(col, 0.1),
      q50: deck * percentileSorted(col, 0.5),
      q90: deck * percentileSorted(col, 0.9),
    });
  }
  const samples: number[][] = [];
  for (let t = 0; t < Math.min(n, SAMPLE_PATHS); t++)
    samples.push(Array.from(band.subarray(t * years, (t + 1) * years), (m) => m * deck));
  const vol =
    pp.annualVolPct.find((x) => x.commodityPriceId === commodity)?.sigma.value ?? pp.defaultAnnualVolPct.value;
  return {
    productName: prod.name,
    priceUnit: prod.priceUnit,
    deckPrice: deck,
    longTermPrice: deck * ltMult,
    halfLifeYears: pp.halfLifeYears.value,
    annualVolPct: vol,
    years: yrs,
    bands,
    samples,
  };
}
