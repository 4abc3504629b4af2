// Why: analysts recognise a price model, not a single life-of-mine draw. This is the one-factor mean-reverting model
// (Ornstein–Uhlenbeck in ln price, after Schwartz 1997) used for annual price paths: each year ln(P / P_LT) decays
// towards 0 with the stated half-life and takes a correlated shock with the stated annual volatility.
import type { Scenario } from './model';
import type { Rng } from './random';

/** Per-commodity parameters of the annual path model, as fractions. */
export interface PathParams {
  /** ln(deck price / long-term price): where each path starts (year 0 = valuation date, at the deck price). */
  x0: Float64Array;
  /** e^(-kappa): the share of the log deviation kept from one year to the next. */
  phi: Float64Array;
  /** Standard deviation of the yearly shock: sigma sqrt((1 - e^(-2 kappa)) / (2 kappa)) (exact discretisation). */
  shockSd: Float64Array;
  /** Long-term price as a multiple of the deck price. */
  ltMult: Float64Array;
  /** Lower-triangular Cholesky factor (row-major k x k) of the shocks' correlation. */
  chol: Float64Array;
  k: number;
}

/** Mean-reversion speed kappa (per year) for a half-life in years: kappa = ln 2 / half-life. */
export const kappaOfHalfLife = (halfLifeYears: number) => Math.LN2 / halfLifeYears;

/** The path parameters of a scenario's risk settings for the given commodities (vol already risk-scaled). */
export function pathParams(s: Scenario, commodities: string[], volScale: number, chol: Float64Array): PathParams {
  const pp = s.risk.pricePaths;
  const k = commodities.length;
  const kappa = kappaOfHalfLife(pp.halfLifeYears.value);
  const phiK = Math.exp(-kappa);
  const sdFactor = Math.sqrt((1 - Math.exp(-2 * kappa)) / (2 * kappa));
  const out: PathParams = {
    x0: new Float64Array(k),
    phi: new Float64Array(k).fill(phiK),
    shockSd: new Float64Array(k),
    ltMult: new Float64Array(k),
    chol,
    k,
  };
  for (const [c, id] of commodities.entries()) {
    const vol =
      (pp.annualVolPct.find((x) => x.commodityPriceId === id)?.sigma.value ?? pp.defaultAnnualVolPct.value) / 100;
    const lt = (pp.longTermPctOfDeck.find((x) => x.commodityPriceId === id)?.pct.value ?? 100) / 100;
    out.ltMult[c] = lt;
    out.x0[c] = -Math.log(lt);
    out.shockSd[c] = vol * volScale * sdFactor;
  }
  return out;
}

/**
 * One trial's annual price multipliers (price / deck price) for years 0..years-1 into `out` (row c * stride + year),
 * drawing correlated standard normals from `rng`. Year 0 is the deck price. Also writes each commodity's mean
 * ln multiplier over the years into `meanLog` (the trial's price driver).
 */
export function fillPricePaths(
  pp: PathParams,
  years: number,
  stride: number,
  rng: Pick<Rng, 'normal'>,
  out: Float64Array,
  meanLog: Float64Array,
): void {
  const k = pp.k;
  const L = pp.chol;
  // The normals are drawn first, year by year (the seed's order), into the rows they become prices in; then each row
  // is turned into prices with its commodity's constants held in registers. Rows are converted last to first: row c
  // reads the normals of rows 0..c of the same year, and overwrites only its own.
  for (let t = 1; t < years; t++) for (let c = 0; c < k; c++) out[c * stride + t] = rng.normal();
  for (let c = k - 1; c >= 0; c--) {
    const row = c * stride;
    const phi = pp.phi[c]!;
    const sd = pp.shockSd[c]!;
    const lt = pp.ltMult[c]!;
    const x0 = pp.x0[c]!;
    const lc = c * k;
    let xc = x0;
    let sumLog = 0;
    out[row] = 1;
    for (let t = 1; t < years; t++) {
      let e = 0;
      for (let j = 0; j <= c; j++) e += L[lc + j]! * out[j * stride + t]!;
      xc = xc * phi + sd * e;
      out[row + t] = lt * Math.exp(xc);
      sumLog += xc - x0; // ln(multiplier) = ln(lt) + x = x - x0
    }
    meanLog[c] = sumLog;
  }
  if (years > 1) for (let c = 0; c < k; c++) meanLog[c]! /= years - 1;
}
