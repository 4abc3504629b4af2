// Why: one lean numeric core computes a scenario's annual cash flows from flat typed arrays. The full evaluation
// (rows, metrics), Monte Carlo, sensitivity and lever waterfall all call it, so every number shares one set of formulas.
import type { Phases, Scenario } from './model';
import { gramsPerTonneOre, priceUnitsPerGram, tonnesPerPriceUnit } from './units';

/** Options shared by evaluation and compilation. */
export interface EvaluateOptions {
  /** Phase timing from the roadmap view; used when `timing.followRoadmap` is true. */
  roadmapPhases?: Phases;
  /** Extra model years reserved for simulated delays (default 12). */
  maxExtraDelayYears?: number;
}

/** A scenario flattened into numbers (fractions, USD per unit, model-year offsets). Built once, run many times. */
export interface Compiled {
  startYear: number;
  nP: number;
  mainIdx: number;
  baseDelay: number;
  demoStart: number;
  /**
   * First production, years from project start (before delay): the demonstration start, or the scaling start when
   * `timing.productionStartsIn` is 'scaling' (the demonstration phase is then construction only).
   */
  prodStart: number;
  scalingStart: number;
  impactStart: number;
  life: number;
  /** Years from project start to the end of the capex schedule or closure, whichever is later, + 1. */
  span: number;
  maxH: number;
  nameplate: Float64Array;
  fullMtpa: number;
  ramp: number;
  isDirect: Uint8Array;
  unitsPerMt: Float64Array;
  directUnits: Float64Array;
  recovery: Float64Array;
  payability: Float64Array;
  price: Float64Array;
  tcrcPerUnit: Float64Array;
  tcrcPct: Float64Array;
  /** Freight in USD per payable price unit (charged on the tonnes shipped, i.e. before payability). */
  freightPerUnit: Float64Array;
  /**
   * Output multiplier of the digital-tracking lever: 1 when it is off (the inputs' output is taken as it is, net of
   * any leakage); (1 - L (1 - s)) / (1 - L) when on, recovering share s of the baseline leakage L.
   */
  trackingUplift: number;
  /** Initial capex by year from project start (before delay), USD m. */
  capexSched: Float64Array;
  /**
   * The same capex split by the year it comes into service (years from project start, before delay): a phase's
   * tranches enter service when that phase first produces (at the earliest at first production), so an expansion
   * is depreciated from its start-up, not from the year it is spent. Sums to `capexSched`.
   */
  capexByService: { serviceOff: number; sched: Float64Array }[];
  /** Grade multiplier per product and production year (index j * life + year from first production), or null. */
  gradeMult: Float64Array | null;
  sustainPct: number;
  sustainUsdM: number;
  opexPerT: number;
  fixedOpex: number;
  powerPerT: number;
  powerFixed: number;
  water: number;
  closure: number;
  wcRate: number;
  royaltyRate: number;
  royaltyOnNsr: boolean;
  fedNsrRate: number;
  epzRate: number;
  citRate: number;
  superRate: number;
  citReduction: number;
  creditRate: number;
  depYears: number;
  lossYears: number;
  rate: number;
  midYear: boolean;
  df: Float64Array;
}

// Stryker disable next-line ConditionalExpression,EqualityOperator: the shares clamped are validated percentages (never
// below 0; only payability plus the JV uplift can pass 1), and at 0 or 1 either branch gives the bound.
const clamp01 = (x: number) => (x < 0 ? 0 : x > 1 ? 1 : x);

/**
 * The phase timing a scenario is evaluated on: the roadmap's (passed in `opts.roadmapPhases`, see
 * shared/roadmap/link.ts `roadmapEvaluateOptions`) when the scenario follows the roadmap, else its own. The one place
 * `timing.followRoadmap` is decided.
 */
export function phasesFor(s: Scenario, opts?: EvaluateOptions): Phases {
  return s.timing.followRoadmap && opts?.roadmapPhases ? opts.roadmapPhases : s.timing.phases;
}

// Helpers below are module functions, not closures made per compile: each closure costs a function allocation (and,
// under the bench's tsx, a naming call), more than the work it does.

/** Index of the product with this id; the first product when none has it (or no id is given). */
function productIndex(products: Scenario['products'], id: string | undefined): number {
  for (let j = 0; j < products.length; j++) if (products[j]!.id === id) return j;
  return 0;
}

/**
 * Adds a service year to the ascending list of service groups unless it is there: an insertion, not a sort per compile
 * (the sort builtin and its comparator calls cost more than the rest of the schedule).
 */
function addServiceOff(offs: number[], off: number): void {
  // Stryker disable next-line ConditionalExpression: a repeated group has an empty schedule.
  if (offs.includes(off)) return;
  let k = offs.length;
  offs.push(off);
  // Stryker disable next-line EqualityOperator,ConditionalExpression: at k = 0 the read is undefined, never > off, and
  // the list does not hold off (returned above), so k >= 0, >= off and k > 0 taken as true all shift alike
  while (k > 0 && offs[k - 1]! > off) offs[k] = offs[--k]!;
  offs[k] = off;
}

/** Adds a year's capex to the schedule and to its service group's schedule (the group of `serviceOff`). */
function addCapex(
  capexSched: Float64Array,
  byService: Compiled['capexByService'],
  serviceOffs: number[],
  year: number,
  serviceOff: number,
  amount: number,
): void {
  capexSched[year]! += amount;
  byService[serviceOffs.indexOf(serviceOff)]!.sched[year]! += amount;
}

/**
 * Storage a caller lends {@link compileScenario} for the schedules and discount factors, grown as needed. At the size
 * they need a new typed array lives off the JS heap and costs more than the rest of the compile, so a caller that
 * compiles on every call and is done with the result before its next call (the evaluation) lends one; the compiled
 * model's arrays are then views of it, valid until that storage is lent again.
 */
export interface CompileStorage {
  buf: Float64Array;
}

/** `n` zeroed values for the compiled arrays: a view of the lent storage (grown when short), else a new array. */
function compiledBuffer(n: number, storage: CompileStorage | undefined): Float64Array {
  if (!storage) return new Float64Array(n);
  // Stryker disable next-line EqualityOperator,ArithmeticOperator: storage exactly n long is used either way, and the
  // growth policy is free (any length >= n holds the arrays)
  if (storage.buf.length < n) storage.buf = new Float64Array(Math.max(n, 2 * storage.buf.length));
  return storage.buf.subarray(0, n).fill(0);
}

/**
 * Flatten a (validated) scenario into a {@link Compiled} model. Applies enabled levers. No zod parsing here.
 * `storage`: see {@link CompileStorage}.
 */
export function compileScenario(s: Scenario, opts?: EvaluateOptions, storage?: CompileStorage): Compiled {
  const L = s.levers;
  const phases = phasesFor(s, opts);
  const products = s.products;
  const nP = products.length;
  const life = Math.max(1, Math.round(s.timing.lifeYears.value));
  const demoStart = phases.demonstration.startOffsetYears;
  const scalingStart = phases.scaling.startOffsetYears;
  const prodStart = s.timing.productionStartsIn === 'scaling' ? scalingStart : demoStart;
  const isDirect = new Uint8Array(nP);
  const unitsPerMt = new Float64Array(nP);
  const directUnits = new Float64Array(nP);
  const recovery = new Float64Array(nP);
  const payability = new Float64Array(nP);
  const price = new Float64Array(nP);
  const tcrcPerUnit = new Float64Array(nP);
  const tcrcPct = new Float64Array(nP);
  const freightPerUnit = new Float64Array(nP);
  // Grade profile as a multiplier of the product's grade per production year (null when every grade is flat).
  let gradeMult: Float64Array | null = null;
  const jv = L['midstream-jv'];
  const payUp = jv.enabled ? jv.payabilityUpliftPp.value / 100 : 0;
  const tcrcCut = jv.enabled ? 1 - jv.tcrcReductionPct.value / 100 : 1;
  const lcs = L['logistics-cost-sharing'];
  const freightCut = lcs.enabled ? 1 - lcs.freightReductionPct.value / 100 : 1;
  for (let j = 0; j < nP; j++) {
    const p = products[j]!;
    const upg = priceUnitsPerGram(p.priceUnit);
    isDirect[j] = p.mode === 'direct' ? 1 : 0;
    // Mt ore x 1e6 t/Mt x g/t x units/g
    unitsPerMt[j] = 1e6 * gramsPerTonneOre(p.grade.value, p.grade.unit) * upg;
    directUnits[j] = p.directTonnesPerYear.value * 1e6 * upg;
    recovery[j] = clamp01(p.recovery.value / 100);
    payability[j] = clamp01(p.payability.value / 100 + payUp);
    price[j] = p.price.value;
    tcrcPerUnit[j] = p.tcrc.mode === 'per-unit' ? p.tcrc.value.value * tcrcCut : 0;
    tcrcPct[j] = p.tcrc.mode === 'pct-revenue' ? (p.tcrc.value.value / 100) * tcrcCut : 0;
    const conc = p.concentrateGradePct ? p.concentrateGradePct.value / 100 : 1;
    const prof = p.mode === 'ore' ? p.gradeProfile : undefined;
    if (prof && prof.length) {
      // unitsPerMt becomes per unit of grade and the multiplier carries the grade of each production year.
      gradeMult ??= new Float64Array(nP * life).fill(1);
      unitsPerMt[j] = 1e6 * gramsPerTonneOre(1, p.grade.unit) * upg;
      let g = p.grade.value;
      let k = 0;
      for (let y = 0; y < life; y++) {
        while (k < prof.length && prof[k]!.fromYear <= y) g = prof[k++]!.grade.value;
        gradeMult[j * life + y] = g;
      }
    }
    // Freight is paid on what is shipped: contained metal / concentrate grade, before the smelter's payability cut.
    // Per payable unit that is the freight per shipped unit divided by payability.
    const shippedPerPayable = payability[j]! > 0 ? 1 / payability[j]! : 0;
    freightPerUnit[j] = (p.freight.value * tonnesPerPriceUnit(p.priceUnit) * freightCut * shippedPerPayable) / conc;
  }
  const mainIdx = productIndex(products, s.mainProductId);
  const dt = L['digital-tracking'];
  const leak = clamp01(dt.baselineLeakagePct.value / 100);
  const trackingUplift =
    dt.enabled && leak < 1 ? (1 - leak * (1 - clamp01(dt.recoveredSharePct.value / 100))) / (1 - leak) : 1;

  // Initial capex schedule relative to project start.
  const starts = { demonstration: demoStart, scaling: scalingStart, impact: phases.impact.startOffsetYears };
  let lastCapex = 0;
  for (const t of s.costs.capexTranches)
    lastCapex = Math.max(lastCapex, starts[t.phase] + t.startOffsetYears + t.spreadYears - 1);
  const closureOff = prodStart + life;
  const span = Math.max(closureOff, lastCapex) + 1;
  const baseDelay = Math.max(0, Math.round(s.timing.startDelayYears.value));
  const maxH = baseDelay + span + (opts?.maxExtraDelayYears ?? 12);
  // One backing buffer for the schedules and discount factors (a typed array of its own each costs far more than
  // the arithmetic; the evaluation runs on every slider move). Service years: first production and the phase starts.
  const mg = L['renewable-microgrids'];
  // Equivalent mutants below: a repeated or extra service group only gets an empty schedule (addCapex fills the
  // first match), and the groups' order only sets the buffer layout (each group's depreciation is added on its own).
  // Stryker disable next-line ArrayDeclaration: an extra group has an empty schedule.
  const serviceOffs: number[] = [];
  for (const t of s.costs.capexTranches) addServiceOff(serviceOffs, Math.max(prodStart, starts[t.phase]));
  // Stryker disable next-line ConditionalExpression: an unused group has an empty schedule.
  if (mg.enabled) addServiceOff(serviceOffs, prodStart);
  const buf = compiledBuffer(span * (1 + serviceOffs.length) + maxH, storage);
  const capexSched = buf.subarray(0, span);
  const capexByService: Compiled['capexByService'] = [];
  for (let g = 0; g < serviceOffs.length; g++)
    capexByService.push({ serviceOff: serviceOffs[g]!, sched: buf.subarray(span * (1 + g), span * (2 + g)) });
  for (const t of s.costs.capexTranches) {
    const per = t.amountUsdM.value / t.spreadYears;
    const serviceOff = Math.max(prodStart, starts[t.phase]);
    for (let k = 0; k < t.spreadYears; k++)
      addCapex(
        capexSched,
        capexByService,
        serviceOffs,
        Math.max(0, starts[t.phase] + t.startOffsetYears + k),
        serviceOff,
        per,
      );
  }
  // The microgrid is built in the year before first production.
  if (mg.enabled)
    addCapex(capexSched, capexByService, serviceOffs, Math.max(0, prodStart - 1), prodStart, mg.capexUsdM.value);

  const rate = s.discounting.ratePct.value / 100;
  const midYear = s.discounting.convention === 'mid-year';
  const df = buf.subarray(span * (1 + serviceOffs.length));
  const v = 1 / (1 + rate);
  const half = midYear ? Math.sqrt(1 + rate) : 1;
  let f = 1;
  // Stryker disable next-line EqualityOperator: df holds exactly maxH factors; a write past its end is dropped.
  for (let i = 0; i < maxH; i++) {
    df[i] = i === 0 ? 1 : f * half;
    f *= v;
  }
  const c = s.costs;
  const fi = s.fiscal;
  // Assigned, not Float64Array.of(...): that builtin costs several times the rest of this block.
  const nameplate = new Float64Array(3);
  nameplate[0] = s.throughput.demonstrationMtpa.value;
  nameplate[1] = s.throughput.scalingMtpa.value;
  nameplate[2] = s.throughput.fullMtpa.value;
  const powerCut = mg.enabled ? 1 - mg.powerOpexReductionPct.value / 100 : 1;
  const fiscalInc = L['fiscal-incentives'];
  return {
    startYear: s.timing.startYear,
    nP,
    mainIdx,
    baseDelay,
    demoStart,
    prodStart,
    scalingStart,
    impactStart: phases.impact.startOffsetYears,
    life,
    span,
    maxH,
    nameplate,
    fullMtpa: s.throughput.fullMtpa.value,
    ramp: s.throughput.rampUpYears.value,
    isDirect,
    unitsPerMt,
    directUnits,
    recovery,
    payability,
    price,
    tcrcPerUnit,
    tcrcPct,
    freightPerUnit,
    trackingUplift,
    capexSched,
    capexByService,
    gradeMult,
    sustainPct: c.sustaining.mode === 'pct-initial' ? c.sustaining.value.value / 100 : 0,
    sustainUsdM: c.sustaining.mode === 'usd-m-per-year' ? c.sustaining.value.value : 0,
    opexPerT: c.opexPerTonneOre.value,
    fixedOpex: c.fixedOpexUsdMPerYear.value,
    powerPerT: c.power.mode === 'usd-per-t' ? c.power.value.value * powerCut : 0,
    powerFixed: c.power.mode === 'usd-m-per-year' ? c.power.value.value * powerCut : 0,
    water: c.waterUsdMPerYear.value,
    closure: c.closureUsdM.value,
    wcRate: c.workingCapitalPctOfRevenue.value / 100,
    royaltyRate: fi.royaltyPct.value / 100,
    royaltyOnNsr: fi.royaltyBase === 'nsr',
    fedNsrRate: fi.federalNsrPct.value / 100,
    epzRate: fi.epzSurchargePct.value / 100,
    citRate: fi.corporateTaxPct.value / 100,
    superRate: fi.superTaxPct.value / 100,
    citReduction: fiscalInc.enabled ? fiscalInc.citReductionPp.value / 100 : 0,
    creditRate: fiscalInc.enabled ? fiscalInc.taxCreditPctOfCapex.value / 100 : 0,
    depYears: Math.max(1, Math.round(fi.depreciationYears.value)),
    lossYears: Math.max(0, Math.round(fi.lossCarryForwardYears.value)),
    rate,
    midYear,
    df,
  };
}
