// Why: the fiscal formulas (depreciation, loss carry-forward, income tax, debt service, government take) are
// written once here and used by both the full evaluation and the Monte Carlo core, so the two cannot disagree.

/** Running state of straight-line depreciation (see {@link depStep}). */
export interface DepState {
  /** Scratch, length >= model years + 1: changes of the annual charge by year. */
  diff: Float64Array;
  /** Scratch, length >= model years: write-offs by year. */
  woff: Float64Array;
  run: number;
  first: number;
  last: number;
  years: number;
}

/** Start a depreciation run over `h` years; production runs from `first` to `last`. */
export function resetDep(st: DepState, h: number, first: number, last: number, years: number): void {
  st.diff.fill(0, 0, h + 1);
  st.woff.fill(0, 0, h);
  st.run = 0;
  st.first = first;
  st.last = last;
  st.years = Math.max(1, years);
}

/**
 * Register capex spent in year i that comes into service in year `service` (>= i). Straight line per vintage: it
 * is depreciated over `years` from the latest of its spend year, its service year and first production; whatever
 * is undepreciated at the last production year is written off then. Capex that enters service after production
 * has ended is deducted when spent. Register a year's capex before taking its charge ({@link depTake}).
 */
export function depAdd(st: DepState, i: number, capex: number, service: number): void {
  // Stryker disable next-line ConditionalExpression: a shortcut only; zero capex adds zero to every schedule.
  if (capex === 0) return;
  const s = Math.max(i, st.first, service);
  // s >= first, so this also covers a model without production (last < first).
  if (s > st.last) {
    st.woff[i]! += capex;
    return;
  }
  const annual = capex / st.years;
  const e = s + st.years; // exclusive
  st.diff[s]! += annual;
  // Stryker disable next-line EqualityOperator,ArithmeticOperator: for e - 1 - last <= 0 the else branch moves the
  // same charge (a zero or -annual write-off offset by the diff), identical in exact arithmetic.
  if (e - 1 <= st.last) st.diff[e]! -= annual;
  else {
    st.diff[st.last + 1]! -= annual;
    st.woff[st.last]! += annual * (e - 1 - st.last);
  }
}

/** Year i's depreciation charge (USD m). Call for i = 0, 1, 2, ... in order, after that year's {@link depAdd}. */
export function depTake(st: DepState, i: number): number {
  st.run += st.diff[i]!;
  const r = st.run;
  // Snaps the binary noise left when vintages run out (never a real charge: the running sum is never negative).
  // Stryker disable next-line EqualityOperator: the boundary value 1e-9 itself is noise either way.
  return (Math.abs(r) < 1e-9 ? 0 : r) + st.woff[i]!;
}

/** {@link depAdd} then {@link depTake} for capex in service when spent (e.g. sustaining capex). */
export function depStep(st: DepState, i: number, capex: number): number {
  depAdd(st, i, capex, i);
  return depTake(st, i);
}

/** Running state of income tax with loss carry-forward and a capex tax credit (see {@link taxStep}). */
export interface TaxState {
  /** Scratch, length >= model years: loss remaining by vintage. */
  loss: Float64Array;
  oldest: number;
  /**
   * Vintages from `oldest` on that still hold a loss. With none, a profit year has nothing to offset and skips the
   * oldest-first search (most years of a mine: this made loss carry-forward a seventh of the core's time).
   */
  open: number;
  /** Vintages the oldest-first search has read since the reset: its cost, which the tests bound. */
  visited: number;
  pool: number;
  /** Combined income-tax rate (CIT + super tax), fraction. */
  rate: number;
  /** Tax credit as a fraction of the credit base (initial capex), carried forward without expiry. */
  creditRate: number;
  /** Years a loss may be carried forward; 0 = unlimited. */
  lossYears: number;
  /**
   * Whether each step records its outputs below (the detail rows). Monte Carlo and breakeven runs read only the tax:
   * the three stores were a tenth of their core's time.
   */
  record: boolean;
  /** Outputs of the last step, when recorded. */
  used: number;
  taxable: number;
  credit: number;
}

export function resetTax(st: TaxState, rate: number, creditRate: number, lossYears: number, record = true): void {
  st.record = record;
  st.oldest = 0;
  st.open = 0;
  st.visited = 0;
  st.pool = 0;
  st.rate = rate;
  st.creditRate = creditRate;
  st.lossYears = lossYears;
  st.used = 0;
  st.taxable = 0;
  st.credit = 0;
}

/** A fresh tax state for `years` model years, or over a given loss scratch array (a view of a workspace). */
export function newTaxState(years: number | Float64Array): TaxState {
  return {
    loss: typeof years === 'number' ? new Float64Array(years) : years,
    oldest: 0,
    open: 0,
    visited: 0,
    pool: 0,
    rate: 0,
    creditRate: 0,
    lossYears: 0,
    // Stryker disable next-line BooleanLiteral: every run starts with resetTax, which sets it.
    record: true,
    used: 0,
    taxable: 0,
    credit: 0,
  };
}

/**
 * One year of income tax. Losses are carried forward oldest first and expire after `lossYears`; no refunds.
 * tax = max(0, taxable - losses used) x rate - credit used. Call for i = 0, 1, 2, ... in order.
 */
export function taxStep(st: TaxState, i: number, taxableBefore: number, creditBase: number): number {
  const loss = st.loss;
  st.pool += st.creditRate * creditBase;
  loss[i] = 0;
  // Every vintage before i is spent or expired (0): nothing to expire or to offset, the search starts at i.
  if (st.open === 0) st.oldest = i;
  // The one vintage that reaches its expiry this year (every older one expired in an earlier year). Written without a
  // branch on whether it still holds a loss, and with its sign (0 or 1: losses are never negative) rather than a test
  // `> 0` that the engine types by the values it has seen (zeros, so small integers) and recompiles at the first real
  // loss: the compiled core would otherwise meet code it has never run (the first Monte Carlo trial whose loss
  // expires) and drop back to the interpreter for the rest of a cold run.
  const e = i - st.lossYears - 1;
  if (st.lossYears > 0 && e >= 0) {
    st.open -= Math.sign(loss[e]!);
    loss[e] = 0;
    st.oldest = Math.max(st.oldest, e + 1);
  }
  let used = 0;
  // Stryker disable next-line EqualityOperator: a zero year records a zero loss, as the reset above already did.
  if (taxableBefore < 0) {
    loss[i] = -taxableBefore;
    st.open++;
  } else {
    let need = taxableBefore;
    // Stryker disable next-line EqualityOperator: at oldest = i the loss is 0 (a profit year), so one more step
    // uses nothing.
    while (st.oldest < i && need > 0) {
      st.visited++;
      // One path for a vintage used up and one used in part (which ends the search with need 0), for the same
      // reason as the expiry above: a first partly used vintage would otherwise meet code that has never run.
      const avail = loss[st.oldest]!;
      const take = Math.min(avail, need);
      need -= take;
      used += take;
      loss[st.oldest] = avail - take;
      const usedUp = take === avail;
      st.open -= usedUp ? Math.sign(avail) : 0;
      st.oldest += usedUp ? 1 : 0;
    }
  }
  // A loss year has nothing to use (taxable 0). Losses used never exceed the year's income, but summed from several
  // vintages they can by a rounding error: a negative taxable income would be taken as a negative credit and grow
  // the credit pool.
  const taxable = Math.max(0, taxableBefore - used);
  const gross = taxable * st.rate;
  const credit = Math.min(gross, st.pool);
  st.pool -= credit;
  if (st.record) {
    st.used = used;
    st.taxable = taxable;
    st.credit = credit;
  }
  return gross - credit;
}

/** {@link taxStep} over a whole series, writing tax per year; `state` (length >= h) is reused scratch when given. */
export function taxSeries(
  h: number,
  taxableBefore: ArrayLike<number>,
  creditBase: ArrayLike<number>,
  rate: number,
  creditRate: number,
  lossYears: number,
  outTax: Float64Array,
  state?: TaxState,
): void {
  const st = state ?? newTaxState(h);
  resetTax(st, rate, creditRate, lossYears);
  for (let i = 0; i < h; i++) outTax[i] = taxStep(st, i, taxableBefore[i]!, creditBase[i]!);
}

/** Debt schedule: each year's draw is repaid as its own annuity. */
export interface DebtSchedule {
  draw: Float64Array;
  interest: Float64Array;
  principal: Float64Array;
  balance: Float64Array;
}

/** `a`'s first h years zeroed, or a new zeroed array of h years (a module function: no closure per schedule). */
function zeroed(a: Float64Array | undefined, h: number): Float64Array {
  return a ? a.fill(0, 0, h) : new Float64Array(h);
}

/**
 * Draws `share` of each year's initial capex; each draw is repaid as an annuity over `tenor` years starting the
 * later of the year after the draw and the first production year. Interest on the opening balance is paid in cash
 * every year (including construction years). `out` (arrays of length >= h) is reused scratch when given.
 */
export function debtSchedule(
  capexInit: Float64Array,
  h: number,
  firstProd: number,
  share: number,
  rate: number,
  tenor: number,
  out?: DebtSchedule,
): DebtSchedule {
  const draw = zeroed(out?.draw, h);
  const interest = zeroed(out?.interest, h);
  const principal = zeroed(out?.principal, h);
  const balance = zeroed(out?.balance, h);
  const n = Math.max(1, Math.round(tenor));
  // The annuity's denominator is the same for every draw: one pow per schedule, not one per draw year.
  const annuity = 1 - Math.pow(1 + rate, -n);
  for (let d = 0; d < h; d++) {
    const amt = capexInit[d]! * share;
    // Stryker disable next-line EqualityOperator: a zero draw adds zero and repays nothing.
    if (amt <= 0) continue;
    draw[d]! += amt;
    const start = Math.max(d + 1, firstProd);
    const pay = rate > 0 ? (amt * rate) / annuity : amt / n;
    let bal = amt;
    for (let t = d + 1; t < h; t++) {
      // Stryker disable next-line ConditionalExpression,EqualityOperator: stops early once repaid (speed only): a
      // cleared balance owes no interest and repays nothing.
      if (bal <= 1e-12) break;
      const int = bal * rate;
      interest[t]! += int;
      if (t >= start) {
        // Final year of the loan (or of the model) clears the balance.
        const last = t - start + 1 >= n || t === h - 1;
        const p = last ? bal : Math.min(bal, pay - int);
        principal[t]! += p;
        bal -= p;
      }
    }
  }
  let bal = 0;
  for (let t = 0; t < h; t++) {
    bal += draw[t]! - principal[t]!;
    balance[t] = bal;
  }
  return { draw, interest, principal, balance };
}

/** Split of cash flow between government and investors (USD m). */
export interface TakeSplit {
  royalties: number;
  incomeTax: number;
  dividendWht: number;
  /** The state's share of after-tax cash flow: its equity share of the positive years, its funding share of the rest. */
  stateEquityShare: number;
  /**
   * Percentage points of the state's equity that are free-carried (receive distributions, pay no capex); 0 when none.
   * The state's funding share of negative years is then (state equity − carry) / (100 − carry).
   */
  stateFreeCarriedPct: number;
  government: number;
  investor: number;
  /** Cash flow before royalties and income tax (= government + investor). */
  preFiscalCashFlow: number;
  /** Government share of pre-fiscal cash flow, % (null when that cash flow is not positive). */
  governmentPct: number | null;
  investorPct: number | null;
}

/** The split of the sums {@link governmentTake} took over the years (one weighting: undiscounted or discounted). */
function takeSplit(roy: number, it: number, wht: number, state: number, inv: number, carried: number): TakeSplit {
  const government = roy + it + wht + state;
  const pre = government + inv;
  // Stryker disable next-line EqualityOperator: the 1e-9 boundary is noise, not a cash flow.
  const ok = pre > 1e-9;
  return {
    royalties: roy,
    incomeTax: it,
    dividendWht: wht,
    stateEquityShare: state,
    stateFreeCarriedPct: carried,
    government,
    investor: inv,
    preFiscalCashFlow: pre,
    governmentPct: ok ? (government / pre) * 100 : null,
    investorPct: ok ? (inv / pre) * 100 : null,
  };
}

/**
 * Government take, undiscounted and discounted by `df` (one pass over the years for both): royalties + income tax +
 * dividend WHT on the foreign holders' share of positive after-tax cash flow + the state's share of after-tax cash
 * flow: `stateShare` of the positive years and `stateFundShare` of the negative (funding) years. A free-carried state
 * interest receives distributions without funding capex, so its funding share is below its equity share (defaults to
 * the equity share: no carry). Investor take is the rest of the after-tax cash flow.
 */
export function governmentTake(
  h: number,
  royalties: Float64Array,
  tax: Float64Array,
  afterTax: Float64Array,
  df: Float64Array,
  whtRate: number,
  foreignShare: number,
  stateShare: number,
  stateFundShare = stateShare,
  stateFreeCarriedPct = 0,
): { undiscounted: TakeSplit; discounted: TakeSplit } {
  let roy = 0;
  let it = 0;
  let wht = 0;
  let state = 0;
  let inv = 0;
  let royD = 0;
  let itD = 0;
  let whtD = 0;
  let stateD = 0;
  let invD = 0;
  for (let i = 0; i < h; i++) {
    const w = df[i]!;
    const at = afterTax[i]!;
    const r = royalties[i]!;
    const t = tax[i]!;
    // Stryker disable next-line EqualityOperator: at = 0 carries zero withholding tax either way.
    const whtI = at > 0 ? at * foreignShare * whtRate : 0;
    // Stryker disable next-line EqualityOperator: at = 0 gives the state a zero share of it either way.
    const stateI = at * (at > 0 ? stateShare : stateFundShare);
    const invI = at - stateI - whtI;
    roy += r;
    it += t;
    wht += whtI;
    state += stateI;
    inv += invI;
    royD += r * w;
    itD += t * w;
    whtD += whtI * w;
    stateD += stateI * w;
    invD += invI * w;
  }
  return {
    undiscounted: takeSplit(roy, it, wht, state, inv, stateFreeCarriedPct),
    discounted: takeSplit(royD, itD, whtD, stateD, invD, stateFreeCarriedPct),
  };
}
