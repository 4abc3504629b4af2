// Why: one Monte Carlo trial's draws (prices, costs, delay, fiscal and market events) in the order the seed fixes,
// kept apart from the run loop so that they compile as one small hot function (see drawTrial).
import type { Perturbation } from './npv-loop';
import { fillPricePaths, type PathParams } from './price-paths';
import { pert, triangular, type Rng } from './random';
import type { RiskParameters } from './risk';

function drawCost(rng: Rng, kind: 'triangular' | 'pert', lowPct: number, highPct: number): number {
  // A zero range draws nothing (no random number is used, so the other draws of the trial stay as they were).
  if (highPct <= lowPct) return 1;
  return 1 + (kind === 'triangular' ? triangular(rng.next(), lowPct, 0, highPct) : pert(rng, lowPct, 0, highPct)) / 100;
}

/** One run's draw settings, generator and scratch, shared by its trials (see {@link drawTrial}). */
export interface Trials {
  rng: Rng;
  rp: RiskParameters;
  dist: 'triangular' | 'pert';
  /** Cholesky factor of the commodities' price correlation (row-major k x k) and their flat-draw sigmas. */
  L: Float64Array;
  sig: Float64Array;
  k: number;
  nP: number;
  /** Commodity of each product, and of the main product. */
  prodCom: Int32Array;
  mainCom: number;
  z: Float64Array;
  logP: Float64Array;
  /** Path model and the trial's paths (mean-reverting mode), else null. */
  pp: PathParams | null;
  pathBuf: Float64Array | null;
  years: number;
  /** The perturbation the trial's draws are written into. */
  p: Perturbation;
  /** The trial's sampled drivers, indexed by {@link DRIVER}, for their correlation with NPV. */
  drivers: Float64Array;
}

/** Slots of the sampled drivers in `Trials.drivers`. */
export const DRIVER = {
  price: 0,
  capex: 1,
  opex: 2,
  infra: 3,
  delay: 4,
  recovery: 5,
  ramp: 6,
  fiscal: 7,
  market: 8,
} as const;
export const DRIVER_COUNT = 9;

/**
 * The next trial's draws into the run's perturbation, and its drivers into `drivers`. A function of its own, called
 * once per trial: the optimising compiler then compiles it (and runCore) early, as ordinary hot functions, instead
 * of on-stack-replacing one long run loop whose code after the loop had never run.
 */
export function drawTrial(tr: Trials): void {
  const { rng, rp, p, logP } = tr;
  const k = tr.k;
  // Stryker disable next-line LogicalOperator: pp and pathBuf are both set or both null.
  if (tr.pp && tr.pathBuf) {
    fillPricePaths(tr.pp, tr.years, tr.years, rng, tr.pathBuf, logP);
  } else {
    const { z, L, sig } = tr;
    // Commodity i's normal is drawn just before its row of L needs it (the rows use z[0..i] only).
    for (let i = 0; i < k; i++) {
      z[i] = rng.normal();
      let y = 0;
      for (let j = 0; j <= i; j++) y += L[i * k + j]! * z[j]!;
      logP[i] = sig[i]! * y;
    }
    // Stryker disable next-line EqualityOperator: priceMult has exactly nP entries; a write past its end is dropped.
    for (let j = 0; j < tr.nP; j++) p.priceMult[j] = Math.exp(logP[tr.prodCom[j]!]!);
  }
  p.capexMult = drawCost(rng, tr.dist, rp.capexLowPct, rp.capexHighPct);
  p.opexMult = drawCost(rng, tr.dist, rp.opexLowPct, rp.opexHighPct);
  const infra = 1 + triangular(rng.next(), rp.infraLowPct, 0, rp.infraHighPct) / 100;
  p.freightMult = infra;
  p.powerMult = infra;
  p.extraDelayYears =
    rp.delayMaxYears > 0 &&
    // Stryker disable next-line EqualityOperator: `<=` differs only if the 32-bit uniform equals the chance (2^-32).
    rng.next() < rp.delayProb
      ? 1 + Math.floor(rng.next() * rp.delayMaxYears)
      : 0;
  // Stryker disable next-line EqualityOperator: `<=` differs only if the 32-bit uniform equals the chance (2^-32).
  const fiscalEvent = rng.next() < rp.fiscalProb;
  p.royaltyAddPp = fiscalEvent ? rp.royaltyAddPp : 0;
  p.taxAddPp = fiscalEvent ? rp.taxAddPp : 0;
  p.recoveryAddPp = triangular(rng.next(), rp.recoveryLowPp, 0, rp.recoveryHighPp);
  p.rampAddYears = triangular(rng.next(), 0, 0, rp.rampMaxYears);
  // Stryker disable next-line EqualityOperator: `<=` differs only if the 32-bit uniform equals the chance (2^-32).
  const marketEvent = rng.next() < rp.marketProb;
  p.priceDiscount = marketEvent ? rp.marketDiscount : 0;
  const d = tr.drivers;
  d[DRIVER.price] = logP[tr.mainCom] ?? 0;
  d[DRIVER.capex] = p.capexMult;
  d[DRIVER.opex] = p.opexMult;
  d[DRIVER.infra] = infra;
  d[DRIVER.delay] = p.extraDelayYears;
  d[DRIVER.recovery] = p.recoveryAddPp;
  d[DRIVER.ramp] = p.rampAddYears;
  d[DRIVER.fiscal] = fiscalEvent ? 1 : 0;
  d[DRIVER.market] = marketEvent ? 1 : 0;
}
