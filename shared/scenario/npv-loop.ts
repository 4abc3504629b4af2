// Why: the inner loop. Runs a compiled scenario under a perturbation (Monte Carlo draw, breakeven price) into a
// preallocated workspace, with no object allocation, and returns the after-tax NPV.
import type { Compiled } from './compile';
import { capitalRows, newCapitalCache, type CapitalCache } from './capital';
import { newTaxState, resetTax, taxStep, type TaxState } from './fiscal';

/** Multipliers and shifts applied on top of a compiled scenario. Neutral values leave it unchanged. */
export interface Perturbation {
  /** Per product price multiplier (1 = deck price). */
  priceMult: Float64Array;
  /** Market-access discount applied to all prices, fraction (0.05 = 5% below the deck). */
  priceDiscount: number;
  capexMult: number;
  opexMult: number;
  /** Extra multiplier on power opex (infrastructure risk). */
  powerMult: number;
  freightMult: number;
  /** Added to every ore-mode product's recovery, percentage points (negative = worse). */
  recoveryAddPp: number;
  rampAddYears: number;
  extraDelayYears: number;
  royaltyAddPp: number;
  taxAddPp: number;
  /**
   * Annual price paths (Monte Carlo 'mean-reverting' mode): price / deck price by model year, row `pathRow[j]` of
   * product j (index row * pathStride + year). Null: the flat `priceMult` applies to every year.
   */
  pricePath: Float64Array | null;
  pathRow: Int32Array;
  pathStride: number;
}

/** A perturbation that changes nothing. */
export function neutralPerturbation(nP: number): Perturbation {
  return {
    priceMult: new Float64Array(nP).fill(1),
    priceDiscount: 0,
    capexMult: 1,
    opexMult: 1,
    powerMult: 1,
    freightMult: 1,
    recoveryAddPp: 0,
    rampAddYears: 0,
    extraDelayYears: 0,
    royaltyAddPp: 0,
    taxAddPp: 0,
    pricePath: null,
    pathRow: new Int32Array(nP),
    pathStride: 0,
  };
}

/** Preallocated per-year arrays (USD m unless noted) written by {@link runCore}. */
export interface Workspace {
  /** Capacity in model years; per-product arrays use it as the stride (index j * stride + i). */
  stride: number;
  /** Products capacity. */
  nPCap: number;
  /** Model years used by the last run. */
  h: number;
  firstProd: number;
  lastProd: number;
  phase: Int8Array;
  ore: Float64Array;
  /** Payable quantity per product in its price unit, index j * stride + i. */
  payable: Float64Array;
  prodRevenue: Float64Array;
  revenue: Float64Array;
  tcrc: Float64Array;
  freight: Float64Array;
  royProv: Float64Array;
  royFed: Float64Array;
  royEpz: Float64Array;
  royalties: Float64Array;
  opexVar: Float64Array;
  opexFixed: Float64Array;
  opexPower: Float64Array;
  opexWater: Float64Array;
  ebitda: Float64Array;
  capexInit: Float64Array;
  capexSust: Float64Array;
  closure: Float64Array;
  dep: Float64Array;
  taxableBefore: Float64Array;
  taxable: Float64Array;
  lossUsed: Float64Array;
  tax: Float64Array;
  taxCredit: Float64Array;
  dWC: Float64Array;
  preTax: Float64Array;
  afterTax: Float64Array;
  /**
   * When false, runs skip the display-only stores (per-product quantities, royalty/opex splits, revenue, phase):
   * the NPV and the cash-flow arrays are identical either way. Monte Carlo sets it false.
   */
  detail: boolean;
  /** Combined income-tax rate used in the last run (fraction). */
  taxRate: number;
  npvPreTax: number;
  npvAfterTax: number;
  /** Sustaining capex and depreciation by delay, built once per compiled scenario and delay. */
  capital: CapitalCache;
  taxState: TaxState;
  /**
   * Per-product coefficients of the run, hoisted out of the year loop (scratch, length nPCap): payable units per Mt
   * of ore (recovery, payability and tracking uplift folded in), revenue per payable unit (USD m), TC/RC per unit
   * (USD m) and as a share of revenue, freight per payable unit (USD m).
   */
  kUnits: Float64Array;
  kRev: Float64Array;
  kTcrcUnit: Float64Array;
  kTcrcPct: Float64Array;
  kFreight: Float64Array;
  /**
   * Scratch for the full evaluation's levered case and equity split (debt schedule, levered taxable income and tax,
   * equity cash flows, positive / negative parts): reused, never held by a result.
   */
  debt: { draw: Float64Array; interest: Float64Array; principal: Float64Array; balance: Float64Array };
  levTaxable: Float64Array;
  levTax: Float64Array;
  equity: Float64Array;
  pos: Float64Array;
  neg: Float64Array;
}

/** Allocate a workspace sized for a compiled scenario. Reuse it across runs (see {@link workspaceFor}). */
export function createWorkspace(c: Compiled): Workspace {
  const n = c.maxH;
  const nPCap = Math.max(1, c.nP);
  // One buffer, many views: far cheaper than 36 separate typed-array allocations. Sized exactly (36 per-year arrays,
  // the depreciation diff of n + 1, two per-product year arrays and five per-product coefficients).
  const NARR = 36;
  const buf = new Float64Array(n * NARR + (n + 1) + 2 * n * nPCap + 5 * nPCap);
  let off = 0;
  const a = (len = n) => {
    const v = buf.subarray(off, off + len);
    off += len;
    return v;
  };
  return {
    stride: n,
    nPCap,
    detail: true,
    h: 0,
    firstProd: 0,
    lastProd: 0,
    phase: new Int8Array(n),
    ore: a(),
    payable: a(n * nPCap),
    prodRevenue: a(n * nPCap),
    revenue: a(),
    tcrc: a(),
    freight: a(),
    royProv: a(),
    royFed: a(),
    royEpz: a(),
    royalties: a(),
    opexVar: a(),
    opexFixed: a(),
    opexPower: a(),
    opexWater: a(),
    ebitda: a(),
    capexInit: a(),
    capexSust: a(),
    closure: a(),
    dep: a(),
    taxableBefore: a(),
    taxable: a(),
    lossUsed: a(),
    tax: a(),
    taxCredit: a(),
    dWC: a(),
    preTax: a(),
    afterTax: a(),
    taxRate: 0,
    npvPreTax: 0,
    npvAfterTax: 0,
    capital: newCapitalCache(n, { diff: a(n + 1), woff: a(), run: 0, first: 0, last: 0, years: 1 }),
    kUnits: a(nPCap),
    kRev: a(nPCap),
    kTcrcUnit: a(nPCap),
    kTcrcPct: a(nPCap),
    kFreight: a(nPCap),
    debt: { draw: a(), interest: a(), principal: a(), balance: a() },
    levTaxable: a(),
    levTax: a(),
    equity: a(),
    pos: a(),
    neg: a(),
    taxState: newTaxState(a()),
  };
}

let pooled: Workspace | null = null;
/**
 * A shared workspace big enough for `c`, reused between synchronous calls (evaluation, sensitivity). Callers must
 * copy what they need out of it before the next run; results never hold references to it.
 */
export function workspaceFor(c: Compiled): Workspace {
  if (!pooled || pooled.stride < c.maxH || pooled.nPCap < c.nP)
    pooled = createWorkspace({ ...c, maxH: Math.max(c.maxH, 64), nP: Math.max(c.nP, 4) });
  return pooled;
}

/** Phase codes in `Workspace.phase`. */
export const PHASE_CODE = { preProduction: -1, demonstration: 0, scaling: 1, impact: 2, closure: 3, after: 4 } as const;

/**
 * Run the cash-flow model. Conventions: real USD; model year 0 = startYear (valuation date, undiscounted);
 * end-of-year discounting unless the scenario chose mid-year. Returns the after-tax project NPV (USD m).
 */
export function runCore(c: Compiled, p: Perturbation, ws: Workspace): number {
  const d = c.baseDelay + Math.max(0, Math.round(p.extraDelayYears));
  const h = Math.min(c.maxH, ws.stride, d + c.span);
  const firstProd = d + c.prodStart;
  const lastProd = Math.min(h - 2, firstProd + c.life - 1);
  const closureYr = lastProd + 1;
  ws.h = h;
  ws.firstProd = firstProd;
  ws.lastProd = lastProd;
  const nP = c.nP;
  const stride = ws.stride;
  const R = c.ramp + p.rampAddYears;
  const recAdd = p.recoveryAddPp / 100;
  const discM = (1 - p.priceDiscount) * 1e-6;
  // No ramp (R = 0): 1 / 0 = Infinity, so every year's fraction of the step below is 1.
  const invR = 1 / Math.max(R, 0);
  const detail = ws.detail;
  const royRate = c.royaltyRate + p.royaltyAddPp / 100;
  const invFull = c.fullMtpa > 0 ? 1 / c.fullMtpa : 0;
  const { capexSched, nameplate, df } = c;
  const { sust: sustRow, dep: depRow } = capitalRows(ws.capital, c, d, h, firstProd, lastProd);
  const path = p.pricePath;
  const pathRow = p.pathRow;
  const pathStride = p.pathStride;
  const gradeMult = c.gradeMult;
  const freightM = p.freightMult * 1e-6;
  // Per-product coefficients of this run: everything in a product's payable units and revenue that does not change
  // from year to year, so the year loop multiplies ore by one number per product.
  const { kUnits, kRev, kTcrcUnit, kTcrcPct, kFreight } = ws;
  let revPerOre = 0;
  let tcrcPerOre = 0;
  let freightPerOre = 0;
  for (let j = 0; j < nP; j++) {
    let perMt: number;
    if (c.isDirect[j] === 1) perMt = c.directUnits[j]! * invFull * c.payability[j]!;
    else {
      const rec = Math.min(1, Math.max(0, c.recovery[j]! + recAdd));
      perMt = c.unitsPerMt[j]! * rec * c.payability[j]!;
    }
    const k = perMt * c.trackingUplift;
    const unitRev = c.price[j]! * (path === null ? p.priceMult[j]! : 1) * discM;
    kUnits[j] = k;
    kRev[j] = unitRev;
    kTcrcUnit[j] = c.tcrcPerUnit[j]! * 1e-6;
    kTcrcPct[j] = c.tcrcPct[j]!;
    kFreight[j] = c.freightPerUnit[j]! * freightM;
    revPerOre += k * unitRev;
    tcrcPerOre += k * (kTcrcUnit[j]! + unitRev * kTcrcPct[j]!);
    freightPerOre += k * kFreight[j]!;
  }
  // Flat grades and flat prices: revenue, TC/RC and freight are ore times a constant.
  // Stryker disable next-line ConditionalExpression: a shortcut only; the per-year loop gives the same rows.
  const perYear = gradeMult !== null || path !== null;
  const life = c.life;
  const capMult = p.capexMult;
  const opMult = p.opexMult;
  const powerMult = p.powerMult;
  const impactStart = c.impactStart;
  const scalingStart = c.scalingStart;
  const royOnNsr = c.royaltyOnNsr;
  const fedRate = c.fedNsrRate;
  const epzRate = c.epzRate;
  const opexPerT = c.opexPerT * opMult;
  const fixedOpex = c.fixedOpex * opMult;
  const powerPerT = c.powerPerT * opMult * powerMult;
  const powerFixed = c.powerFixed * opMult * powerMult;
  const water = c.water * opMult;
  const closureCost = c.closure * capMult;
  const wcRate = c.wcRate;
  // The fiscal-incentive lever cuts the income-tax rate only: a cut larger than it never reaches the super tax.
  const rate = Math.max(0, Math.max(0, c.citRate - c.citReduction) + c.superRate + p.taxAddPp / 100);
  ws.taxRate = rate;
  const ts = ws.taxState;
  resetTax(ts, rate, c.creditRate, c.lossYears, detail);
  let curPh = -1;
  let phStart = 0;
  let prevLevel = 0;
  let lastOre = 0;
  let prevWc = 0;
  // Flat prices and grades, and no detail rows: a year's operating figures depend on its ore alone, so a year at the
  // same ore as the last production year computed (every year at nameplate) takes them from it.
  // Stryker disable next-line ConditionalExpression: without the shortcut every year is computed, to the same figures.
  const repeats = !detail && !perYear;
  let memoOre = -1;
  let memoEbitda = 0;
  let memoWc = 0;
  let npvPre = 0;
  let npvAfter = 0;
  for (let i = 0; i < h; i++) {
    const off = i - d;
    // The schedule covers the span and h <= d + span, so off never reaches its end.
    const ci = off >= 0 ? capexSched[off]! * capMult : 0;
    let ore = 0;
    let rev = 0;
    let tcrc = 0;
    let freight = 0;
    let royProv = 0;
    let royFed = 0;
    let royEpz = 0;
    let roy = 0;
    let opexVar = 0;
    let opexPower = 0;
    let opexFixed = 0;
    let opexWater = 0;
    let ebitda: number;
    let wc: number;
    let ph = 0;
    const producing = i >= firstProd && i <= lastProd;
    if (producing) {
      ph = off >= impactStart ? 2 : off >= scalingStart ? 1 : 0;
      if (ph !== curPh) {
        prevLevel = lastOre;
        phStart = i;
        curPh = ph;
      }
      const frac = Math.min(1, (i - phStart + 1) * invR);
      ore = prevLevel + (nameplate[ph]! - prevLevel) * frac;
      lastOre = ore;
    }
    // Stryker disable next-line ConditionalExpression,LogicalOperator: a shortcut only; computing again gives the same.
    if (repeats && producing && ore === memoOre) {
      ebitda = memoEbitda;
      wc = memoWc;
    } else {
      if (producing) {
        // Stryker disable next-line ConditionalExpression: as perYear above, the per-year loop gives the same rows.
        if (!perYear) {
          rev = ore * revPerOre;
          tcrc = ore * tcrcPerOre;
          freight = ore * freightPerOre;
          if (detail) {
            // Stryker disable next-line EqualityOperator: a write for product nP lands in an unused slot, never read.
            for (let j = 0; j < nP; j++) {
              const units = ore * kUnits[j]!;
              ws.payable[j * stride + i] = units;
              ws.prodRevenue[j * stride + i] = units * kRev[j]!;
            }
          }
        } else {
          const y = i - firstProd;
          for (let j = 0; j < nP; j++) {
            let units = ore * kUnits[j]!;
            if (gradeMult !== null) units *= gradeMult[j * life + y]!;
            let r = units * kRev[j]!;
            if (path !== null) r *= path[pathRow[j]! * pathStride + i]!;
            tcrc += units * kTcrcUnit[j]! + r * kTcrcPct[j]!;
            freight += units * kFreight[j]!;
            if (detail) {
              ws.payable[j * stride + i] = units;
              ws.prodRevenue[j * stride + i] = r;
            }
            rev += r;
          }
        }
      } else if (detail) {
        ph = i < firstProd ? PHASE_CODE.preProduction : i === closureYr ? PHASE_CODE.closure : PHASE_CODE.after;
        // Stryker disable next-line EqualityOperator: a write for product nP lands in an unused slot, never read.
        for (let j = 0; j < nP; j++) {
          ws.payable[j * stride + i] = 0;
          ws.prodRevenue[j * stride + i] = 0;
        }
      }
      const nsr = rev - tcrc - freight;
      const nsrPos = Math.max(nsr, 0);
      royProv = royRate * (royOnNsr ? nsrPos : rev);
      royFed = fedRate * nsrPos;
      royEpz = epzRate * rev;
      roy = royProv + royFed + royEpz;
      if (producing) {
        opexVar = ore * opexPerT;
        opexPower = ore * powerPerT + powerFixed;
        opexFixed = fixedOpex;
        opexWater = water;
      }
      ebitda = nsr - roy - opexVar - opexFixed - opexPower - opexWater;
      wc = wcRate * rev;
      // Stryker disable next-line ConditionalExpression,BlockStatement: a year never remembered is computed again.
      if (producing) {
        memoOre = ore;
        memoEbitda = ebitda;
        memoWc = wc;
      }
    }
    // The row is 0 outside production (capitalRows decides when sustaining capex is spent).
    const sust = sustRow[i]! * capMult;
    const clos = i === closureYr ? closureCost : 0;
    const dWC = wc - prevWc;
    prevWc = wc;
    const pre = ebitda - ci - sust - clos - dWC;
    const dep = depRow[i]! * capMult;
    const taxableBefore = ebitda - dep - clos;
    const tax = taxStep(ts, i, taxableBefore, ci);
    const at = pre - tax;
    const dfi = df[i]!;
    npvPre += pre * dfi;
    npvAfter += at * dfi;
    if (detail) {
      ws.phase[i] = ph;
      ws.ore[i] = ore;
      ws.revenue[i] = rev;
      ws.tcrc[i] = tcrc;
      ws.freight[i] = freight;
      ws.royProv[i] = royProv;
      ws.royFed[i] = royFed;
      ws.royEpz[i] = royEpz;
      ws.royalties[i] = roy;
      ws.opexVar[i] = opexVar;
      ws.opexFixed[i] = opexFixed;
      ws.opexPower[i] = opexPower;
      ws.opexWater[i] = opexWater;
      ws.ebitda[i] = ebitda;
      ws.capexInit[i] = ci;
      ws.capexSust[i] = sust;
      ws.closure[i] = clos;
      ws.dWC[i] = dWC;
      ws.preTax[i] = pre;
      ws.dep[i] = dep;
      ws.taxableBefore[i] = taxableBefore;
      ws.taxable[i] = ts.taxable;
      ws.lossUsed[i] = ts.used;
      ws.taxCredit[i] = ts.credit;
      ws.tax[i] = tax;
      ws.afterTax[i] = at;
    }
  }
  ws.npvPreTax = npvPre;
  ws.npvAfterTax = npvAfter;
  return npvAfter;
}
