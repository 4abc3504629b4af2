// Why: the economic-analysis section of a feasibility study for one scenario: annual cash-flow table and the
// headline metrics (NPV, IRR, payback, breakeven, unit costs, government take), built on the shared numeric core.
//
// Conventions: real USD (no inflation), USD m unless stated. Model year 0 = `timing.startYear` = valuation date,
// undiscounted; later years discounted end-of-year by default, mid-year (t - 0.5) when the scenario says so.
// Project cash flows are unlevered; equity cash flows add the debt schedule and the interest tax shield.
import { discountedPayback, irrDetail, npv, payback, type NpvOptions } from '../finance';
import type { AnnualTable, NpvAtRate, RowPhase, ScenarioResult, ScenarioWarning } from './result';
import { compileScenario, phasesFor, type Compiled, type CompileStorage, type EvaluateOptions } from './compile';
import { debtSchedule, governmentTake, taxSeries } from './fiscal';
import type { Scenario } from './model';
import { neutralPerturbation, PHASE_CODE, runCore, workspaceFor, type Perturbation, type Workspace } from './npv-loop';
import { quantityUnit } from './units';

export type { EvaluateOptions } from './compile';
export type { AnnualRow, AnnualTable, NpvAtRate, RowPhase, ScenarioResult, ScenarioWarning } from './result';

const PHASE_NAMES: RowPhase[] = ['demonstration', 'scaling', 'impact', 'closure', 'post-closure'];

const fin = (x: number) => (Number.isFinite(x) ? x : 0);

/** The discount rates (%) every result states the NPV at, beside the scenario's own. */
const STANDARD_RATES_PCT = [0, 5, 8, 10];

/** Highest multiple of the main product's price searched for a breakeven. */
const BREAKEVEN_MAX_MULT = 64;

/**
 * Runs of the numeric core the last breakeven search made: a fifth of an evaluation's time goes there, so the tests
 * bound it (a slower bracket rule or stop still finds the root, only with more runs).
 */
let breakevenRuns = 0;
export function lastBreakevenRuns(): number {
  return breakevenRuns;
}

/** After-tax NPV with the main product's price at multiplier m (one counted run of the lean core). */
function atPrice(c: Compiled, ws: Workspace, p: Perturbation, m: number): number {
  breakevenRuns++;
  p.priceMult[c.mainIdx] = m;
  return runCore(c, p, ws);
}

/** After-tax NPV as a function of the main product's price multiplier; null when no root in [0, 64]. */
function breakevenMultiplier(c: Compiled, ws: Workspace, p: Perturbation, base: number): number | null {
  breakevenRuns = 0;
  let lo = 0;
  let hi = 1;
  let flo: number;
  let fhi = base;
  // Stryker disable next-line EqualityOperator: differs only when the NPV is exactly 0 at that price
  if (base >= 0) {
    flo = atPrice(c, ws, p, 0);
    // Stryker disable next-line EqualityOperator: differs only when the NPV is exactly 0 at that price
    if (flo >= 0) return null;
  } else {
    lo = 1;
    flo = base;
    hi = 2;
    fhi = atPrice(c, ws, p, hi);
    // Stryker disable next-line EqualityOperator,ConditionalExpression: doubling on past a root still converges to it
    while (fhi < 0 && hi < BREAKEVEN_MAX_MULT) {
      lo = hi;
      flo = fhi;
      hi *= 2;
      fhi = atPrice(c, ws, p, hi);
    }
    // Stryker disable next-line EqualityOperator: differs only when the NPV is exactly 0 at that price
    if (fhi < 0) return null;
  }
  // Illinois false position: NPV is piecewise linear in price, so this converges in a few steps.
  let side = 0;
  let m = lo;
  const tol = 1e-9 * (Math.abs(flo) + Math.abs(fhi)); // USD m; exact on a linear stretch after one step
  // The tolerance ends the search within ~10 runs (bounded in evaluate.breakeven.test.ts): the cap is never reached.
  // Stryker disable next-line EqualityOperator,UpdateOperator: see above
  for (let k = 0; k < 60; k++) {
    m = (lo * fhi - hi * flo) / (fhi - flo);
    const fm = atPrice(c, ws, p, m);
    // Stryker disable next-line EqualityOperator: |NPV| exactly at the tolerance is not a case prices reach
    if (Math.abs(fm) <= tol) break;
    // Where rounding keeps |NPV| above the tolerance, a collapsed bracket ends the search instead.
    // Stryker disable next-line all: that safeguard; in every case the tolerance stops the search first
    if (hi - lo < 1e-10) break;
    // Stryker disable next-line EqualityOperator: fm = 0 has already stopped the search above
    if (fm < 0) {
      lo = m;
      flo = fm;
      // Halving after two steps in a row below the root only speeds convergence (plain false position converges too),
      // and where tax is convex in income, after-tax NPV is concave in price and two such steps do not happen.
      // Stryker disable next-line all: convergence speed only, on a path concavity rules out
      if (side === -1) fhi /= 2;
      // Stryker disable next-line UnaryOperator: read only by the halving above
      side = -1;
    } else {
      hi = m;
      fhi = fm;
      if (side === 1) flo /= 2;
      side = 1;
    }
  }
  return m;
}

/**
 * Each stakeholder's NPV of the equity cash flows at the cost of equity. A free-carried share receives its share of
 * the distributions (positive years) but pays nothing in the funding years (negative years); the paying holders,
 * listed or not, fund those years pro rata to their paying shares.
 */
function attributeEquity(
  flows: ArrayLike<number>,
  rate: number,
  npvOpts: NpvOptions,
  holders: Scenario['fiscal']['stakeholders'],
  ws: Workspace,
) {
  // Stryker disable next-line ConditionalExpression: an early exit only; mapping no holders gives [] anyway
  if (!holders.length) return [];
  const pos = ws.pos.subarray(0, flows.length);
  const neg = ws.neg.subarray(0, flows.length);
  // Stryker disable next-line EqualityOperator: pos/neg are views of length flows.length; a write past it is dropped
  for (let i = 0; i < flows.length; i++) {
    const f = flows[i]!;
    // Stryker disable next-line EqualityOperator: a zero year adds zero to the positive or the negative part alike
    pos[i] = f > 0 ? f : 0;
    // Stryker disable next-line EqualityOperator: as above, zero is zero in either part
    neg[i] = f > 0 ? 0 : f;
  }
  const pvPos = npv(rate, pos, npvOpts);
  const pvNeg = npv(rate, neg, npvOpts);
  let carried = 0;
  for (const k of holders) carried += k.freeCarriedPct ?? 0;
  const paying = 100 - carried;
  const out: ScenarioResult['attributable'] = [];
  for (const k of holders) {
    const carry = k.freeCarriedPct ?? 0;
    const fund = paying > 0 ? (k.sharePct - carry) / paying : 0;
    out.push({
      name: k.name,
      sharePct: k.sharePct,
      freeCarriedPct: carry,
      npvUsdM: (pvPos * k.sharePct) / 100 + pvNeg * fund,
    });
  }
  return out;
}

/**
 * The state's share of the positive and of the negative after-tax years for government take, and its carried points.
 * A free carry is the host government's (Balochistan's 10% in Reko Diq): the stakeholders' carried points are part
 * of the state's equity, receive their share of distributions and fund nothing, so the paying holders (the state's
 * paying part among them) fund the negative years pro rata, as in {@link attributeEquity}.
 */
function stateTakeShares(s: Scenario, warnings: ScenarioWarning[]): [number, number, number] {
  const state = s.fiscal.stateEquityPct.value;
  let carried = 0;
  for (const k of s.fiscal.stakeholders) carried += k.freeCarriedPct ?? 0;
  // Stryker disable next-line ConditionalExpression,EqualityOperator: a shortcut; with no carry the rule below agrees
  if (carried <= 0) return [state / 100, state / 100, 0];
  // Stryker disable next-line EqualityOperator: a 1e-9 float margin; a carry equal to the equity is tested
  if (carried > state + 1e-9) {
    warnings.push({ code: 'carryExceedsEquity', carriedPct: carried, statePct: state });
  }
  const carry = Math.min(carried, state);
  return [state / 100, carry >= 100 ? 0 : (state - carry) / (100 - carry), carry];
}

/** A column of h years for the annual table, its years assigned by the caller. */
function column(h: number): number[] {
  // Stryker disable next-line ArrayDeclaration: a size hint only; the caller assigns every year
  return new Array<number>(h);
}

/** A result's copy of h years of a workspace array from index `from` (a column of the annual table). */
function years(a: Float64Array, h: number, from = 0): number[] {
  const out = column(h);
  for (let i = 0; i < h; i++) out[i] = a[from + i]!;
  return out;
}

/**
 * Lent to every compile of an evaluation (see CompileStorage): an evaluation is done with its compiled model before it
 * returns, and results never hold the model's arrays.
 */
const compileStorage: CompileStorage = { buf: new Float64Array(0) };

/**
 * Evaluate a validated scenario (parse files with `ScenarioSchema` first; no zod here). Pure and allocation-light.
 * All money in real USD m; see the file header for discounting conventions.
 */
export function evaluateScenario(s: Scenario, opts?: EvaluateOptions): ScenarioResult {
  const warnings: ScenarioWarning[] = [];
  const c = compileScenario(s, opts, compileStorage);
  const ws = workspaceFor(c);
  ws.detail = true;
  const p = neutralPerturbation(c.nP);
  const main = s.products[c.mainIdx];
  let breakeven: ScenarioResult['breakeven'] = null;
  const base = runCore(c, p, ws);
  const h = ws.h;
  const preTax = ws.preTax.subarray(0, h);
  const afterTax = ws.afterTax.subarray(0, h);

  // Debt and equity cash flows (interest deductible: the tax is recomputed on the levered taxable income).
  let equity: Float64Array | null = null;
  let debt: ReturnType<typeof debtSchedule> | null = null;
  if (s.debt.enabled && s.debt.shareOfCapexPct.value > 0) {
    debt = debtSchedule(
      ws.capexInit,
      h,
      ws.firstProd,
      s.debt.shareOfCapexPct.value / 100,
      s.debt.ratePct.value / 100,
      s.debt.tenorYears.value,
      ws.debt,
    );
    const { draw, interest, principal } = debt;
    const tb = ws.levTaxable;
    const taxableBefore = ws.taxableBefore;
    // Stryker disable next-line EqualityOperator: slot h of the scratch array is never read (taxSeries reads h years)
    for (let i = 0; i < h; i++) tb[i] = taxableBefore[i]! - interest[i]!;
    const lt = ws.levTax;
    // The run's tax state is free again: everything the run wrote has been read into ws's arrays.
    taxSeries(h, tb, ws.capexInit, ws.taxRate, c.creditRate, c.lossYears, lt, ws.taxState);
    const eq = ws.equity.subarray(0, h);
    // Stryker disable next-line EqualityOperator: eq is a view of length h; a write past it is dropped
    for (let i = 0; i < h; i++) eq[i] = preTax[i]! - lt[i]! + draw[i]! - interest[i]! - principal[i]!;
    equity = eq;
  }

  const nP = c.nP;
  // The table's columns (plain arrays, copied out of the pooled workspace), those the run does not write computed here.
  const year = column(h);
  const tcrcFreight = column(h);
  const opex = column(h);
  const capex = column(h);
  const taxCit = column(h);
  const taxSuper = column(h);
  const cumulative = column(h);
  const discountedFcf = column(h);
  const cumulativeDiscounted = column(h);
  // Its own allocation site, apart from the numeric columns' (see column): an array of strings there would make
  // every column an array of boxed numbers.
  // Stryker disable next-line ArrayDeclaration: a size hint only; every year is assigned below
  const phase = new Array<RowPhase>(h);
  let cum = 0;
  let cumD = 0;
  let minCum = 0;
  let minYear: number | null = null;
  // Totals in locals, not fields of the totals object: a field written in every year is a store per year.
  let totRevenue = 0;
  let totRoyalties = 0;
  let totTax = 0;
  let totOpex = 0;
  let totCapexInit = 0;
  let totCapexSust = 0;
  let totClosure = 0;
  let totPre = 0;
  let totAfter = 0;
  let totPayableMain = 0;
  let tcrcFr = 0;
  // The split shown between income tax and super tax uses the CIT after the fiscal-incentive lever's cut.
  const citEffective = Math.max(0, c.citRate - c.citReduction);
  const taxSum = citEffective + c.superRate;
  const citShare = taxSum > 0 ? citEffective / taxSum : 1;
  const { opexVar, opexFixed, opexPower, opexWater, capexInit, capexSust, closure, tcrc, freight } = ws;
  const df = c.df;
  const payableRows = ws.payable;
  const mainRow = c.mainIdx * ws.stride;
  for (let i = 0; i < h; i++) {
    const op = opexVar[i]! + opexFixed[i]! + opexPower[i]! + opexWater[i]!;
    const at = afterTax[i]!;
    const disc = at * df[i]!;
    cum += at;
    cumD += disc;
    if (cum < minCum) {
      minCum = cum;
      minYear = c.startYear + i;
    }
    const code = ws.phase[i]!;
    const tax = ws.tax[i]!;
    const tf = tcrc[i]! + freight[i]!;
    const ci = capexInit[i]!;
    const cs = capexSust[i]!;
    const cl = closure[i]!;
    year[i] = c.startYear + i;
    phase[i] = code === PHASE_CODE.preProduction ? 'pre-production' : PHASE_NAMES[code]!;
    tcrcFreight[i] = tf;
    opex[i] = op;
    capex[i] = ci + cs + cl;
    taxCit[i] = tax * citShare;
    taxSuper[i] = tax * (1 - citShare);
    cumulative[i] = cum;
    discountedFcf[i] = disc;
    cumulativeDiscounted[i] = cumD;
    totRevenue += ws.revenue[i]!;
    totRoyalties += ws.royalties[i]!;
    totTax += tax;
    totOpex += op;
    totCapexInit += ci;
    totCapexSust += cs;
    totClosure += cl;
    totPre += preTax[i]!;
    totAfter += at;
    tcrcFr += tf;
    if (main) totPayableMain += payableRows[mainRow + i]!;
  }
  const tot = {
    revenue: totRevenue,
    royalties: totRoyalties,
    tax: totTax,
    opex: totOpex,
    capexInitial: totCapexInit,
    capexSustaining: totCapexSust,
    closure: totClosure,
    preTaxFcf: totPre,
    afterTaxFcf: totAfter,
    payableMain: totPayableMain,
  };
  const payable: number[][] = [];
  const revenueByProduct: number[][] = [];
  for (let j = 0; j < nP; j++) {
    payable.push(years(ws.payable, h, j * ws.stride));
    revenueByProduct.push(years(ws.prodRevenue, h, j * ws.stride));
  }
  const table: AnnualTable = {
    years: h,
    phase,
    year,
    oreMt: years(ws.ore, h),
    payable,
    revenueByProduct,
    revenue: years(ws.revenue, h),
    tcrc: years(ws.tcrc, h),
    freight: years(ws.freight, h),
    tcrcFreight,
    royaltyProvincial: years(ws.royProv, h),
    royaltyFederal: years(ws.royFed, h),
    royaltyEpz: years(ws.royEpz, h),
    royalties: years(ws.royalties, h),
    opexVariable: years(ws.opexVar, h),
    opexFixed: years(ws.opexFixed, h),
    opexPower: years(ws.opexPower, h),
    opexWater: years(ws.opexWater, h),
    opex,
    ebitda: years(ws.ebitda, h),
    depreciation: years(ws.dep, h),
    taxableIncome: years(ws.taxable, h),
    lossUsed: years(ws.lossUsed, h),
    taxCit,
    taxSuper,
    taxCredit: years(ws.taxCredit, h),
    tax: years(ws.tax, h),
    capexInitial: years(ws.capexInit, h),
    capexSustaining: years(ws.capexSust, h),
    capexClosure: years(ws.closure, h),
    capex,
    workingCapitalChange: years(ws.dWC, h),
    preTaxFcf: years(preTax, h),
    afterTaxFcf: years(afterTax, h),
    cumulative,
    discounted: discountedFcf,
    cumulativeDiscounted,
    // Without debt its columns are zero (the workspace's debt arrays hold an earlier evaluation's).
    debtDraw: debt ? years(debt.draw, h) : column(h).fill(0),
    interest: debt ? years(debt.interest, h) : column(h).fill(0),
    principal: debt ? years(debt.principal, h) : column(h).fill(0),
    debtBalance: debt ? years(debt.balance, h) : column(h).fill(0),
    equityFcf: years(equity ?? afterTax, h),
  };

  const npvOpts: NpvOptions = { midYear: c.midYear };
  const atRates: NpvAtRate[] = [];
  for (const r of STANDARD_RATES_PCT)
    atRates.push({ ratePct: r, preTax: npv(r / 100, preTax, npvOpts), afterTax: npv(r / 100, afterTax, npvOpts) });
  const irrPre = irrDetail(preTax);
  const irrAfter = irrDetail(afterTax);
  const irrEq = equity ? irrDetail(equity) : null;
  // IRR notes are not pushed as warnings here: they are codes worded by the reader (see irrCautions).

  const pb = payback(afterTax);
  const firstProductionYear = c.startYear + ws.firstProd;
  const shares = stateTakeShares(s, warnings);
  const take = governmentTake(
    h,
    ws.royalties,
    ws.tax,
    ws.afterTax,
    c.df,
    s.fiscal.dividendWhtPct.value / 100,
    s.fiscal.foreignEquityPct.value / 100,
    shares[0],
    shares[1],
    shares[2],
  );
  // Equity cash flows (levered when there is debt) are discounted at the stated cost of equity.
  const coe = s.discounting.costOfEquityPct;
  const equityRate = coe ? coe.value / 100 : c.rate;
  if (!coe && (equity || s.fiscal.stakeholders.length)) {
    warnings.push({ code: 'noCostOfEquity' });
  }
  const equityFlows = equity ?? afterTax;
  const equityNpv = equity ? npv(equityRate, equity, npvOpts) : null;
  const attributable = attributeEquity(equityFlows, equityRate, npvOpts, s.fiscal.stakeholders, ws);

  let unitCosts: ScenarioResult['unitCosts'] = null;
  if (main && tot.payableMain > 0) {
    let byRev = 0;
    for (let j = 0; j < nP; j++)
      if (j !== c.mainIdx) for (let i = 0; i < h; i++) byRev += ws.prodRevenue[j * ws.stride + i]!;
    const c1 = ((tot.opex + tcrcFr - byRev) * 1e6) / tot.payableMain;
    const aisc = c1 + ((tot.royalties + tot.capexSustaining) * 1e6) / tot.payableMain;
    unitCosts = { productId: main.id, unit: `USD/${quantityUnit(main.priceUnit)}`, c1, aisc };
  }
  if (tot.revenue <= 0) warnings.push({ code: 'noRevenue' });
  const ph = phasesFor(s, opts);
  if (
    ph.demonstration.startOffsetYears + ph.demonstration.durationYears !== ph.scaling.startOffsetYears ||
    ph.scaling.startOffsetYears + ph.scaling.durationYears !== ph.impact.startOffsetYears
  ) {
    warnings.push({ code: 'phasesMisaligned' });
  }
  const npvPre = ws.npvPreTax;
  const firstProd = ws.firstProd;
  const lastProd = ws.lastProd;
  const payback0 = {
    years: pb,
    fromFirstProductionYears: pb === null ? null : Math.max(0, pb - firstProd),
    // Into the workspace's scratch (free here: the stakeholder split above has read it).
    discountedYears: discountedPayback(c.rate, afterTax, { midYear: c.midYear, scratch: ws.pos }),
  };

  // Breakeven last: its runs reuse the workspace, so everything above has been read out of it already.
  const mi = c.mainIdx;
  const mainSells =
    !!main &&
    main.price.value > 0 &&
    Math.max(c.nameplate[0]!, c.nameplate[1]!, c.nameplate[2]!) > 0 &&
    (c.isDirect[mi] === 1 ? c.directUnits[mi]! : c.unitsPerMt[mi]! * c.recovery[mi]!) * c.payability[mi]! > 0;
  if (main && mainSells) {
    // Stryker disable next-line BooleanLiteral: detail only skips display stores; the NPV is the same either way
    ws.detail = false;
    const m = breakevenMultiplier(c, ws, p, base);
    // Stryker disable next-line BooleanLiteral: users of the pooled workspace set detail or read NPVs only
    ws.detail = true;
    if (m === null)
      warnings.push(
        // Stryker disable next-line EqualityOperator: differs only when the NPV is exactly 0 at that price
        base >= 0
          ? { code: 'noBreakevenPositive', product: main.name }
          : { code: 'noBreakevenNegative', product: main.name, maxMultiplier: BREAKEVEN_MAX_MULT },
      );
    else breakeven = { productId: main.id, priceMultiplier: m, price: m * main.price.value, priceUnit: main.priceUnit };
  }
  return {
    scenarioId: s.meta.id,
    table,
    firstProductionYear,
    lastProductionYear: c.startYear + lastProd,
    discountRatePct: s.discounting.ratePct.value,
    convention: s.discounting.convention,
    npv: { preTax: npvPre, afterTax: base, equity: equityNpv, atRates },
    irr: { preTax: irrPre, afterTax: irrAfter, equity: irrEq },
    payback: payback0,
    totals: tot,
    npvToCapex: tot.capexInitial > 0 ? base / tot.capexInitial : null,
    peakFunding: { usdM: fin(-minCum), year: minYear },
    breakeven,
    unitCosts,
    governmentTake: take,
    equityRatePct: equityRate * 100,
    equityRateStated: !!coe,
    attributable,
    warnings,
  };
}

/** Lean NPV of a scenario (pre- and after-tax, USD m) through the same core as {@link evaluateScenario}. */
export function scenarioNpv(s: Scenario, opts?: EvaluateOptions): { preTax: number; afterTax: number } {
  const c = compileScenario(s, opts, compileStorage);
  const ws = workspaceFor(c);
  // Stryker disable next-line BooleanLiteral: detail only adds display stores; the NPV is the same
  ws.detail = false; // NPV only: skip the display-only stores (same numbers)
  const afterTax = runCore(c, neutralPerturbation(c.nP), ws);
  return { preTax: ws.npvPreTax, afterTax };
}
