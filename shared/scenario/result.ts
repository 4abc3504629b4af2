// Why: the shape of an evaluated scenario, shared by the engine, the economics view and exports.
import type { IrrDetail } from '../finance';
import type { TakeSplit } from './fiscal';

export type RowPhase = 'pre-production' | 'demonstration' | 'scaling' | 'impact' | 'closure' | 'post-closure';

/** One year of the cash-flow table. Money in USD m (real); `payable` in each product's price unit. */
export interface AnnualRow {
  year: number;
  phase: RowPhase;
  oreMt: number;
  payable: number[];
  revenueByProduct: number[];
  revenue: number;
  tcrc: number;
  freight: number;
  tcrcFreight: number;
  royaltyProvincial: number;
  royaltyFederal: number;
  royaltyEpz: number;
  royalties: number;
  opexVariable: number;
  opexFixed: number;
  opexPower: number;
  opexWater: number;
  opex: number;
  ebitda: number;
  depreciation: number;
  taxableIncome: number;
  lossUsed: number;
  taxCit: number;
  taxSuper: number;
  taxCredit: number;
  tax: number;
  capexInitial: number;
  capexSustaining: number;
  capexClosure: number;
  capex: number;
  workingCapitalChange: number;
  preTaxFcf: number;
  afterTaxFcf: number;
  cumulative: number;
  discounted: number;
  cumulativeDiscounted: number;
  debtDraw: number;
  interest: number;
  principal: number;
  debtBalance: number;
  equityFcf: number;
}

export interface NpvAtRate {
  ratePct: number;
  preTax: number;
  afterTax: number;
}

/** Everything the economics view shows for one scenario. */
export interface ScenarioResult {
  scenarioId: string;
  rows: AnnualRow[];
  firstProductionYear: number;
  lastProductionYear: number;
  discountRatePct: number;
  convention: 'end-of-year' | 'mid-year';
  npv: { preTax: number; afterTax: number; equity: number | null; atRates: NpvAtRate[] };
  irr: { preTax: IrrDetail; afterTax: IrrDetail; equity: IrrDetail | null };
  /** Years from the valuation date (startYear), interpolated; null if never. */
  payback: { years: number | null; fromFirstProductionYears: number | null; discountedYears: number | null };
  totals: {
    revenue: number;
    royalties: number;
    tax: number;
    opex: number;
    capexInitial: number;
    capexSustaining: number;
    closure: number;
    preTaxFcf: number;
    afterTaxFcf: number;
    payableMain: number;
  };
  npvToCapex: number | null;
  /** Largest cumulative after-tax funding need (positive USD m) and the year it peaks. */
  peakFunding: { usdM: number; year: number | null };
  breakeven: { productId: string; priceMultiplier: number; price: number; priceUnit: string } | null;
  unitCosts: { productId: string; unit: string; c1: number; aisc: number } | null;
  governmentTake: { undiscounted: TakeSplit; discounted: TakeSplit };
  /** Rate the equity cash flows and stakeholder NPVs are discounted at (%), and whether the scenario states it. */
  equityRatePct: number;
  equityRateStated: boolean;
  /** Each stakeholder's NPV of the equity cash flows at `equityRatePct`; a free-carried share pays no capex. */
  attributable: { name: string; sharePct: number; freeCarriedPct: number; npvUsdM: number }[];
  /** Cautions as codes and the values they need; the reader's language words them (renderer scenarioWarnings). */
  warnings: ScenarioWarning[];
}

/** A caution about a scenario's inputs or result; the words are the reader's language's, not the engine's. */
export type ScenarioWarning =
  | { code: 'carryExceedsEquity'; carriedPct: number; statePct: number }
  | { code: 'noCostOfEquity' }
  | { code: 'noRevenue' }
  | { code: 'phasesMisaligned' }
  | { code: 'noBreakevenPositive'; product: string }
  | { code: 'noBreakevenNegative'; product: string; maxMultiplier: number };
