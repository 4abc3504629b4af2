// Why: the scenario is what a user edits, saves as a file and shares. Every number carries its basis
// (sourced / derived / assumption) so the UI can show a source or an "assumption" label beside each input.
import { z } from 'zod';

/**
 * Basis of a scenario input: from a sourced figure, arithmetic on sourced figures, an analyst assumption, or a value
 * calibrated so the model reproduces a published result (`calibratedTo` names it).
 */
export const InputBasisSchema = z.enum(['sourced', 'derived', 'assumption', 'calibrated']);
export type InputBasis = z.infer<typeof InputBasisSchema>;

/** One numeric input with its unit and provenance. */
export const InputSchema = z
  .object({
    value: z.number().refine(Number.isFinite, 'value must be a finite number'),
    unit: z.string(),
    sourceIds: z.array(z.string()).optional(),
    /** Dataset figure the value comes from (see shared/data `figureById`). */
    figureId: z.string().optional(),
    basis: InputBasisSchema,
    note: z.string().optional(),
    /** For basis 'calibrated': the published result the value was fitted to (e.g. "LOM payable copper 13.1 Mt"). */
    calibratedTo: z.string().optional(),
  })
  .refine((i) => i.basis !== 'calibrated' || !!i.calibratedTo, {
    message: 'a calibrated input must say what it was calibrated to (calibratedTo)',
    path: ['calibratedTo'],
  });
export type Input = z.infer<typeof InputSchema>;

/** An input whose value must lie in [min, max]; the message names the field. */
export function boundedInput(field: string, min: number, max: number, what = '') {
  return InputSchema.refine((i) => i.value >= min && i.value <= max, {
    message: `${field} must be between ${min} and ${max}${what ? ` ${what}` : ''}`,
    path: ['value'],
  });
}
const pctInput = (field: string) => boundedInput(field, 0, 100, '%');
const nonNegInput = (field: string, what = '') =>
  InputSchema.refine((i) => i.value >= 0, {
    message: `${field} must not be negative${what ? ` (${what})` : ''}`,
    path: ['value'],
  });
const intIn = (field: string, min: number, max: number) =>
  z
    .number()
    .int(`${field} must be a whole number`)
    .min(min, `${field} must be at least ${min}`)
    .max(max, `${field} must be at most ${max}`);

const isoDate = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'must be an ISO date-time string');

export const PhaseIdSchema = z.enum(['demonstration', 'scaling', 'impact']);
export type PhaseId = z.infer<typeof PhaseIdSchema>;

export const PhaseTimingSchema = z.object({
  /** Years after the project start (startYear + startDelayYears) at which the phase begins. */
  startOffsetYears: intIn('phase start offset', 0, 80),
  /**
   * Planned length of the phase (the roadmap's wording). Production in a phase runs from its start to the next phase's
   * start; the last phase runs to the end of life (`lifeYears`). A mismatch is reported as a warning, not an error.
   * With `timing.productionStartsIn: 'scaling'` the demonstration phase is construction only (no production).
   */
  durationYears: intIn('phase duration', 0, 80),
});
export type PhaseTiming = z.infer<typeof PhaseTimingSchema>;

export const PhasesSchema = z
  .object({ demonstration: PhaseTimingSchema, scaling: PhaseTimingSchema, impact: PhaseTimingSchema })
  .refine(
    (p) =>
      p.demonstration.startOffsetYears <= p.scaling.startOffsetYears &&
      p.scaling.startOffsetYears <= p.impact.startOffsetYears,
    {
      message: 'timing.phases: demonstration, scaling and impact must start in that order',
    },
  );
export type Phases = z.infer<typeof PhasesSchema>;

/**
 * The article's roadmap defaults: demonstration 2–3 years (3), scaling 5–7 years (6), impact "after a decade".
 * Demonstration starts after one construction year, so impact begins in year 10.
 */
export const DEFAULT_PHASES: Phases = {
  demonstration: { startOffsetYears: 1, durationYears: 3 },
  scaling: { startOffsetYears: 4, durationYears: 6 },
  impact: { startOffsetYears: 10, durationYears: 20 },
};

export const PriceUnitSchema = z.enum(['USD/t', 'USD/oz', 'USD/kg', 'USD/lb']);
export type PriceUnit = z.infer<typeof PriceUnitSchema>;

export const ProductSchema = z.object({
  id: z.string().min(1, 'product id is required'),
  name: z.string().min(1, 'product name is required'),
  /** Price reference id in the dataset ('copper', 'gold', 'antimony', 'ndpr-oxide', 'lithium-carbonate', 'chrome-ore') or a custom id. */
  commodityPriceId: z.string().min(1),
  /** 'ore': ore throughput x grade x recovery x payability. 'direct': saleable tonnes per year given directly. */
  mode: z.enum(['ore', 'direct']),
  /** Head grade; unit '%' (mass) or 'g/t' (= ppm). Ore mode only. */
  grade: InputSchema.refine((i) => i.value >= 0 && (i.unit !== '%' || i.value <= 100), {
    message: 'product grade must be between 0 and 100 % (or non-negative g/t)',
    path: ['value'],
  }).refine((i) => i.unit === '%' || i.unit === 'g/t' || i.unit === 'ppm', {
    message: "product grade unit must be '%', 'g/t' or 'ppm'",
    path: ['unit'],
  }),
  recovery: pctInput('product recovery'),
  payability: pctInput('product payability'),
  /** Direct mode: tonnes of the priced commodity per year at full (impact-phase) nameplate. */
  directTonnesPerYear: nonNegInput('product directTonnesPerYear', 't/yr'),
  price: nonNegInput('product price'),
  priceUnit: PriceUnitSchema,
  /** Treatment/refining charges: USD per payable price unit, or % of revenue. */
  tcrc: z.object({ mode: z.enum(['per-unit', 'pct-revenue']), value: nonNegInput('product tcrc') }),
  /** Freight in USD per tonne shipped: tonnes of concentrate when `concentrateGradePct` is set, else tonnes of product. */
  freight: nonNegInput('product freight', 'USD/t'),
  /** Metal content of the concentrate shipped (%), used to turn metal tonnes into concentrate tonnes for freight. */
  concentrateGradePct: boundedInput('product concentrateGradePct', 0.01, 100, '%').optional(),
  /**
   * Head grade by period of the mine plan (ore mode): each step applies from `fromYear` (years after first
   * production, 0 = first production year) until the next step; before the first step, `grade` applies. Absent:
   * `grade` for the whole life. Same unit as `grade`.
   */
  gradeProfile: z
    .array(z.object({ fromYear: intIn('gradeProfile fromYear', 0, 80), grade: InputSchema }))
    .max(20, 'at most 20 grade steps')
    .refine((g) => g.every((x, i) => i === 0 || x.fromYear > g[i - 1]!.fromYear), {
      message: 'gradeProfile steps must be in increasing fromYear order',
    })
    .optional(),
});
export type Product = z.infer<typeof ProductSchema>;

export const CapexTrancheSchema = z.object({
  id: z.string().min(1),
  label: z.string(),
  phase: PhaseIdSchema,
  amountUsdM: nonNegInput('capex tranche amount', 'USD m'),
  /** First spend year relative to the phase start (e.g. -2 = two years before). Years before the model start are spent in year 0. */
  startOffsetYears: intIn('capex tranche startOffsetYears', -20, 20),
  /** Number of years the amount is spread over evenly (>= 1). */
  spreadYears: intIn('capex tranche spreadYears', 1, 20),
});
export type CapexTranche = z.infer<typeof CapexTrancheSchema>;

export const StakeholderSchema = z
  .object({
    name: z.string().min(1),
    sharePct: z.number().min(0).max(100),
    /**
     * Part of `sharePct` that is free-carried (percentage points of the project): it receives its share of the
     * equity distributions but pays none of the capex; the other holders fund it pro rata. 0 = fully paying.
     */
    freeCarriedPct: z.number().min(0).max(100).optional(),
    /** Where the carry is written (agreement, source). */
    note: z.string().optional(),
  })
  .refine((k) => (k.freeCarriedPct ?? 0) <= k.sharePct, {
    message: "a stakeholder's freeCarriedPct must not exceed its sharePct",
    path: ['freeCarriedPct'],
  });

export const RiskCategoryIdSchema = z.enum([
  'security-governance',
  'infrastructure-logistics',
  'policy-regulation',
  'technical-industrial',
  'environmental-social',
  'geopolitical-strategic',
]);
export type RiskCategoryId = z.infer<typeof RiskCategoryIdSchema>;

const score = (field: string) => boundedInput(field, 1, 5, '(score 1–5)');
export const RiskCategorySettingsSchema = z.record(
  RiskCategoryIdSchema,
  z.object({ likelihood: score('risk likelihood'), impact: score('risk impact') }),
);
export type RiskCategorySettings = z.infer<typeof RiskCategorySettingsSchema>;

/** Annual volatility defaults (% of ln price per year) for the mean-reverting paths: assumptions, not sourced. */
const DEFAULT_ANNUAL_VOL: Record<string, number> = {
  copper: 20,
  gold: 15,
  antimony: 35,
  'ndpr-oxide': 35,
  'lithium-carbonate': 45,
  'chrome-ore': 20,
};

export const PricePathsSchema = z.object({
  /**
   * 'flat': one life-of-mine price per commodity per trial (lognormal, median = deck). 'mean-reverting': an annual
   * path per commodity, one-factor mean reversion in ln price towards the long-term price (see price-paths.ts).
   */
  mode: z.enum(['flat', 'mean-reverting']),
  /** Years for half of a price deviation from the long-term price to decay. */
  halfLifeYears: boundedInput('risk.pricePaths.halfLifeYears', 0.25, 50, 'years'),
  /** Annual volatility of ln price (%), per commodity price id; others use `defaultAnnualVolPct`. */
  annualVolPct: z.array(
    z.object({ commodityPriceId: z.string(), sigma: boundedInput('risk.pricePaths annual volatility', 0, 200, '%') }),
  ),
  defaultAnnualVolPct: boundedInput('risk.pricePaths.defaultAnnualVolPct', 0, 200, '%'),
  /** Long-term (equilibrium) price as % of the deck price, per commodity; absent = 100 (the deck is the long term). */
  longTermPctOfDeck: z.array(
    z.object({
      commodityPriceId: z.string(),
      pct: boundedInput('risk.pricePaths long-term price', 1, 1000, '% of deck'),
    }),
  ),
});
export type PricePaths = z.infer<typeof PricePathsSchema>;

/** Neutral path settings: flat draws; paths, when chosen, revert to the deck price with a 5-year half-life. */
export function defaultPricePaths(): PricePaths {
  const a = (value: number, unit: string, note: string): Input => ({ value, unit, basis: 'assumption', note });
  return {
    mode: 'flat',
    halfLifeYears: a(
      5,
      'years',
      'Assumed half-life of price shocks (typical one-factor estimates for base metals are 2–10 years); not sourced.',
    ),
    annualVolPct: Object.entries(DEFAULT_ANNUAL_VOL).map(([commodityPriceId, v]) => ({
      commodityPriceId,
      sigma: a(v, '%/yr', 'Assumed annual volatility of ln price for the price paths; not sourced.'),
    })),
    defaultAnnualVolPct: a(25, '%/yr', 'Assumed annual volatility for commodities without their own setting.'),
    longTermPctOfDeck: [],
  };
}

/**
 * How P-numbers are named. 'reserves' (mining-report convention): P90 is the low case, the NPV exceeded with 90%
 * probability (the 10th percentile). 'statistical': P90 is the 90th percentile (exceeded with 10% probability).
 */
export const PercentileConventionSchema = z.enum(['reserves', 'statistical']);
export type PercentileConvention = z.infer<typeof PercentileConventionSchema>;

export const RiskSettingsSchema = z.object({
  /** Shape used for capex and opex multipliers. */
  costDistribution: z.enum(['triangular', 'pert']),
  /** Lognormal price volatility (sigma of ln price, %) per commodity price id; others use `defaultPriceSigmaPct`. */
  priceSigmaPct: z.array(
    z.object({ commodityPriceId: z.string(), sigma: boundedInput('risk price sigma', 0, 200, '%') }),
  ),
  defaultPriceSigmaPct: boundedInput('risk.defaultPriceSigmaPct', 0, 200, '%'),
  /** Correlation between the log-returns of every pair of commodity prices (overridable per pair). */
  priceCorrelation: boundedInput('risk.priceCorrelation', -0.99, 0.99),
  priceCorrelationPairs: z
    .array(z.object({ a: z.string(), b: z.string(), rho: z.number().min(-0.99).max(0.99) }))
    .default([]),
  /** Capex multiplier range in % around the estimate at neutral risk scores (low <= 0 <= high). */
  capexLowPct: boundedInput('risk.capexLowPct', -90, 0, '%'),
  capexHighPct: boundedInput('risk.capexHighPct', 0, 300, '%'),
  opexLowPct: boundedInput('risk.opexLowPct', -90, 0, '%'),
  opexHighPct: boundedInput('risk.opexHighPct', 0, 300, '%'),
  /** Probability of a start delay at neutral scores (%) and the longest delay (whole years, uniform 1..max). */
  delayProbabilityPct: pctInput('risk.delayProbabilityPct'),
  delayMaxYears: boundedInput('risk.delayMaxYears', 0, 10, 'years'),
  categories: RiskCategorySettingsSchema,
  pricePaths: PricePathsSchema.default(defaultPricePaths),
  percentileConvention: PercentileConventionSchema.default('reserves'),
});
export type RiskSettings = z.infer<typeof RiskSettingsSchema>;

const leverBase = { enabled: z.boolean() };
export const LeversSchema = z.object({
  'renewable-microgrids': z.object({
    ...leverBase,
    powerOpexReductionPct: pctInput('renewable-microgrids power reduction'),
    capexUsdM: nonNegInput('renewable-microgrids capex', 'USD m'),
  }),
  'logistics-cost-sharing': z.object({
    ...leverBase,
    freightReductionPct: pctInput('logistics-cost-sharing freight reduction'),
  }),
  'fiscal-incentives': z.object({
    ...leverBase,
    taxCreditPctOfCapex: pctInput('fiscal-incentives tax credit'),
    citReductionPp: boundedInput('fiscal-incentives CIT reduction', 0, 50, 'pp'),
  }),
  'digital-tracking': z.object({
    ...leverBase,
    baselineLeakagePct: boundedInput('digital-tracking baseline leakage', 0, 50, '%'),
    recoveredSharePct: pctInput('digital-tracking recovered share'),
  }),
  'midstream-jv': z.object({
    ...leverBase,
    payabilityUpliftPp: boundedInput('midstream-jv payability uplift', 0, 50, 'pp'),
    tcrcReductionPct: pctInput('midstream-jv TC/RC reduction'),
  }),
});
export type Levers = z.infer<typeof LeversSchema>;
export type LeverId = keyof Levers;

export const ScenarioSchema = z
  .object({
    meta: z.object({
      id: z.string().min(1, 'meta.id is required'),
      name: z.string().min(1, 'meta.name is required'),
      description: z.string().default(''),
      presetId: z.string().optional(),
      createdAt: isoDate,
      updatedAt: isoDate,
    }),
    timing: z.object({
      startYear: intIn('timing.startYear', 1990, 2100).default(2026),
      phases: PhasesSchema.default(DEFAULT_PHASES),
      /** True: phase timing comes from the roadmap (the roadmap view passes it in via evaluate options). */
      followRoadmap: z.boolean().default(false),
      /**
       * Phase in which the project first produces. 'demonstration' (default): from the demonstration phase start.
       * 'scaling': the demonstration phase is construction / pre-production (no throughput, capex only) and production
       * starts with the scaling phase, so a project such as Reko Diq (first production at the roadmap's Phase 2) can
       * follow the roadmap. `lifeYears` counts from first production either way, and closure follows first production
       * + life. Capex tranches stay anchored to their own phase.
       */
      productionStartsIn: z.enum(['demonstration', 'scaling']).default('demonstration'),
      startDelayYears: boundedInput('timing.startDelayYears', 0, 30, 'years').refine((i) => Number.isInteger(i.value), {
        message: 'timing.startDelayYears must be a whole number of years',
        path: ['value'],
      }),
      /** Operating life from first production (see `productionStartsIn`), whole years. */
      lifeYears: boundedInput('timing.lifeYears', 1, 60, 'years').refine((i) => Number.isInteger(i.value), {
        message: 'timing.lifeYears must be a whole number of years',
        path: ['value'],
      }),
    }),
    /** Product whose price drives breakeven and unit costs; defaults to the first product. */
    mainProductId: z.string().optional(),
    products: z.array(ProductSchema).max(12, 'at most 12 products'),
    throughput: z.object({
      demonstrationMtpa: nonNegInput('throughput.demonstrationMtpa', 'Mt ore/yr'),
      scalingMtpa: nonNegInput('throughput.scalingMtpa', 'Mt ore/yr'),
      fullMtpa: nonNegInput('throughput.fullMtpa', 'Mt ore/yr'),
      /** Years to reach each phase's nameplate from the previous level (linear; 0 = immediately). */
      rampUpYears: boundedInput('throughput.rampUpYears', 0, 10, 'years'),
    }),
    costs: z.object({
      capexTranches: z.array(CapexTrancheSchema),
      sustaining: z.object({ mode: z.enum(['pct-initial', 'usd-m-per-year']), value: nonNegInput('costs.sustaining') }),
      opexPerTonneOre: nonNegInput('costs.opexPerTonneOre', 'USD/t ore'),
      fixedOpexUsdMPerYear: nonNegInput('costs.fixedOpexUsdMPerYear', 'USD m/yr'),
      power: z.object({ mode: z.enum(['usd-m-per-year', 'usd-per-t']), value: nonNegInput('costs.power') }),
      waterUsdMPerYear: nonNegInput('costs.waterUsdMPerYear', 'USD m/yr'),
      closureUsdM: nonNegInput('costs.closureUsdM', 'USD m'),
      workingCapitalPctOfRevenue: pctInput('costs.workingCapitalPctOfRevenue'),
    }),
    fiscal: z.object({
      royaltyPct: pctInput('fiscal.royaltyPct'),
      royaltyBase: z.enum(['gross', 'nsr']),
      federalNsrPct: pctInput('fiscal.federalNsrPct'),
      epzSurchargePct: pctInput('fiscal.epzSurchargePct'),
      corporateTaxPct: pctInput('fiscal.corporateTaxPct'),
      superTaxPct: pctInput('fiscal.superTaxPct'),
      depreciationYears: boundedInput('fiscal.depreciationYears', 1, 60, 'years'),
      /** Years a tax loss may be carried forward; 0 = unlimited. */
      lossCarryForwardYears: boundedInput('fiscal.lossCarryForwardYears', 0, 60, 'years'),
      dividendWhtPct: pctInput('fiscal.dividendWhtPct'),
      foreignEquityPct: pctInput('fiscal.foreignEquityPct'),
      stateEquityPct: pctInput('fiscal.stateEquityPct'),
      stakeholders: z.array(StakeholderSchema).refine((s) => s.reduce((a, b) => a + b.sharePct, 0) <= 100 + 1e-9, {
        message: 'fiscal.stakeholders shares must not add up to more than 100%',
      }),
    }),
    debt: z.object({
      enabled: z.boolean(),
      shareOfCapexPct: pctInput('debt.shareOfCapexPct'),
      ratePct: boundedInput('debt.ratePct', 0, 50, '%'),
      tenorYears: boundedInput('debt.tenorYears', 1, 40, 'years'),
    }),
    discounting: z.object({
      ratePct: boundedInput('discounting.ratePct', 0, 50, '%'),
      convention: z.enum(['end-of-year', 'mid-year']).default('end-of-year'),
      /**
       * Rate for the equity (levered) cash flows and the stakeholders' NPVs. Absent: the project rate is used and
       * the result says so.
       */
      costOfEquityPct: boundedInput('discounting.costOfEquityPct', 0, 50, '%').optional(),
    }),
    levers: LeversSchema,
    risk: RiskSettingsSchema,
  })
  .refine((s) => s.fiscal.stateEquityPct.value + s.fiscal.foreignEquityPct.value <= 100 + 1e-9, {
    message: 'fiscal.stateEquityPct plus fiscal.foreignEquityPct must not exceed 100%',
    path: ['fiscal', 'foreignEquityPct'],
  })
  .refine((s) => !s.mainProductId || s.products.some((p) => p.id === s.mainProductId), {
    message: 'mainProductId must name one of the products',
    path: ['mainProductId'],
  })
  .refine((s) => new Set(s.products.map((p) => p.id)).size === s.products.length, {
    message: 'product ids must be unique',
    path: ['products'],
  });
export type Scenario = z.infer<typeof ScenarioSchema>;
export type ScenarioInput = z.input<typeof ScenarioSchema>;

/** Validate a scenario (e.g. a file the user opened). Returns zod's result so the UI can list every issue. */
export function parseScenario(data: unknown) {
  return ScenarioSchema.safeParse(data);
}

/** Shorthand for an assumption input. */
export function assumption(value: number, unit: string, note?: string): Input {
  return note === undefined ? { value, unit, basis: 'assumption' } : { value, unit, basis: 'assumption', note };
}
