// Why: the shape of an evaluated scenario, shared by the engine, the economics view and exports.
import type { IrrDetail } from '../finance';
import type { TakeSplit } from './fiscal';

export type RowPhase = 'pre-production' | 'demonstration' | 'scaling' | 'impact' | 'closure' | 'post-closure';

/**
 * The annual cash-flow table by column, one entry per model year: `table.afterTaxFcf[i]` is year `table.year[i]`.
 * Columns, not row objects: an object per year holding 40 numbers costs more than the rest of an evaluation, which
 * runs on every slider move. Money in USD m (real); `payable` in each product's price unit.
 */
export interface AnnualTable extends Record<AnnualColumn, number[]> {
  /** Number of model years (the length of every column). */
  years: number;
  phase: RowPhase[];
  /** Per product (in the scenario's order), payable quantity and revenue by year. */
  payable: number[][];
  revenueByProduct: number[][];
}

/** The numeric columns of {@link AnnualTable}, in the order of the cash-flow table's line items. */
export const ANNUAL_COLUMNS = [
  'year',
  'oreMt',
  'revenue',
  'tcrc',
  'freight',
  'tcrcFreight',
  'royaltyProvincial',
  'royaltyFederal',
  'royaltyEpz',
  'royalties',
  'opexVariable',
  'opexFixed',
  'opexPower',
  'opexWater',
  'opex',
  'ebitda',
  'depreciation',
  'taxableIncome',
  'lossUsed',
  'taxCit',
  'taxSuper',
  'taxCredit',
  'tax',
  'capexInitial',
  'capexSustaining',
  'capexClosure',
  'capex',
  'workingCapitalChange',
  'preTaxFcf',
  'afterTaxFcf',
  'cumulative',
  'discounted',
  'cumulativeDiscounted',
  'debtDraw',
  'interest',
  'principal',
  'debtBalance',
  'equityFcf',
] as const;
export type AnnualColumn = (typeof ANNUAL_COLUMNS)[number];

/** One year of the table as an object (exports, tests): the year's value of every column. */
export type AnnualRow = Record<AnnualColumn, number> & {
  phase: RowPhase;
  payable: number[];
  revenueByProduct: number[];
};

/** Year `i` of a table as a row object (for code that handles one year at a time, such as an export row). */
export function annualRow(t: AnnualTable, i: number): AnnualRow {
  const row = {
    phase: t.phase[i]!,
    payable: t.payable.map((col) => col[i]!),
    revenueByProduct: t.revenueByProduct.map((col) => col[i]!),
  } as AnnualRow;
  for (const k of ANNUAL_COLUMNS) row[k] = t[k][i]!;
  return row;
}

/** Every year of a table as row objects, in year order. */
export function annualRows(t: AnnualTable): AnnualRow[] {
  return Array.from({ length: t.years }, (_, i) => annualRow(t, i));
}

export interface NpvAtRate {
  ratePct: number;
  preTax: number;
  afterTax: number;
}

/** Everything the economics view shows for one scenario. */
export interface ScenarioResult {
  scenarioId: string;
  /** The annual cash-flow table (see {@link annualRow} for one year as an object). */
  table: AnnualTable;
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
