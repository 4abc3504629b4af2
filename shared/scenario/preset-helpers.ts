// Why: small builders so every preset input states where its value came from (dataset figure or assumption).
import { figureNumber, priceReference } from './dataset-link';
import { defaultLevers } from './levers';
import { assumption, DEFAULT_PHASES, type Input, type Product, type RiskCategoryId, type Scenario } from './model';
import { defaultRiskSettings } from './risk';

export const a = assumption;

/** A bundled scenario preset. `reconcile` names the published study its results are reconciled against. */
export interface ScenarioPreset {
  id: string;
  name: string;
  description: string;
  build: () => Scenario;
  reconcile?: string;
}

/** A calibrated input: its value was fitted so the model reproduces `to` (a published result). */
export function calibrated(value: number, unit: string, to: string, note?: string): Input {
  return { value, unit, basis: 'calibrated', calibratedTo: to, ...(note ? { note } : {}) };
}

/** Analyst risk scores (likelihood, impact) for some categories, with the reason. */
export function setRisk(s: Scenario, scores: Partial<Record<RiskCategoryId, [number, number]>>, why: string): void {
  for (const [id, [l, i]] of Object.entries(scores) as [RiskCategoryId, [number, number]][]) {
    s.risk.categories[id] = { likelihood: a(l, 'score 1–5', why), impact: a(i, 'score 1–5', why) };
  }
}

/** Dataset units we convert from, to the scenario unit. */
const SCALE: Record<string, number> = { 'USD bn->USD m': 1000, 'USD m->USD m': 1 };

/**
 * An input whose value is read from dataset figure `figureId` (range -> midpoint, 'derived' basis). `fallback` is
 * used only if the figure is missing; presets.test.ts asserts that never happens. `factor` multiplies the dataset
 * value (e.g. +20% capex in a variant), making the input 'derived'.
 */
export function fig(figureId: string, fallback: number, unit: string, note?: string, factor = 1): Input {
  const f = figureNumber(figureId);
  const scale = f ? (SCALE[`${f.unit}->${unit}`] ?? 1) : 1;
  const value = (f ? f.value * scale : fallback) * factor;
  const basis = f?.isRange || factor !== 1 ? 'derived' : 'sourced';
  const out: Input = { value, unit, basis, figureId };
  if (f) out.sourceIds = f.sourceIds;
  if (note) out.note = note;
  return out;
}

/** Price input from the dataset's reference reading for a commodity. */
export function price(priceId: string, fallback: number, unit: string): Input {
  const f = priceReference(priceId);
  const out: Input = { value: f ? f.value : fallback, unit, basis: f?.isRange ? 'derived' : 'sourced' };
  if (f) {
    out.figureId = f.figureId;
    out.sourceIds = f.sourceIds;
    if (f.isRange) out.note = 'Midpoint of the reference range.';
  }
  return out;
}

/** Numeric dataset value (for offsets that are plain numbers in the schema). */
export function figValue(figureId: string, fallback: number): number {
  return figureNumber(figureId)?.value ?? fallback;
}

export function product(
  p: Partial<Product> & Pick<Product, 'id' | 'name' | 'commodityPriceId' | 'mode' | 'price' | 'priceUnit'>,
): Product {
  return {
    grade: a(0, '%', 'Not used in direct mode.'),
    recovery: a(100, '%', 'Not used in direct mode.'),
    payability: a(100, '%', 'Assumed fully payable.'),
    directTonnesPerYear: a(0, 't/yr', 'Not used in ore mode.'),
    tcrc: { mode: 'per-unit', value: a(0, 'USD/unit') },
    freight: a(0, 'USD/t'),
    ...p,
  };
}

/** A complete scenario with neutral defaults (all assumptions), for presets to override. */
export function baseScenario(id: string, name: string, description: string): Scenario {
  const t = '2026-03-31T00:00:00.000Z';
  return {
    meta: { id, name, description, presetId: id, createdAt: t, updatedAt: t },
    timing: {
      startYear: 2026,
      phases: {
        demonstration: { ...DEFAULT_PHASES.demonstration },
        scaling: { ...DEFAULT_PHASES.scaling },
        impact: { ...DEFAULT_PHASES.impact },
      },
      followRoadmap: false,
      productionStartsIn: 'demonstration',
      startDelayYears: a(0, 'years'),
      lifeYears: a(20, 'years', 'Assumed operating life.'),
    },
    products: [],
    throughput: {
      demonstrationMtpa: a(0, 'Mtpa'),
      scalingMtpa: a(0, 'Mtpa'),
      fullMtpa: a(0, 'Mtpa'),
      rampUpYears: a(1, 'years', 'Assumed ramp-up.'),
    },
    costs: {
      capexTranches: [],
      sustaining: { mode: 'pct-initial', value: a(0, '% of initial capex/yr') },
      opexPerTonneOre: a(0, 'USD/t ore'),
      fixedOpexUsdMPerYear: a(0, 'USD m/yr'),
      power: { mode: 'usd-m-per-year', value: a(0, 'USD m/yr') },
      waterUsdMPerYear: a(0, 'USD m/yr'),
      closureUsdM: a(0, 'USD m'),
      workingCapitalPctOfRevenue: a(0, '%'),
    },
    fiscal: {
      royaltyPct: a(0, '%'),
      royaltyBase: 'gross',
      federalNsrPct: a(0, '%'),
      epzSurchargePct: a(0, '%'),
      corporateTaxPct: a(0, '%'),
      superTaxPct: a(0, '%'),
      depreciationYears: a(
        10,
        'years',
        'Assumed straight-line tax life; the fact sheet gives no mining depreciation schedule.',
      ),
      lossCarryForwardYears: a(
        6,
        'years',
        'Assumed 6-year business-loss carry-forward (general Income Tax Ordinance rule); not in the fact sheet.',
      ),
      dividendWhtPct: a(0, '%'),
      foreignEquityPct: a(0, '%'),
      stateEquityPct: a(0, '%'),
      stakeholders: [],
    },
    debt: {
      enabled: false,
      shareOfCapexPct: a(0, '%'),
      ratePct: a(8, '%', 'Assumed real interest rate.'),
      tenorYears: a(10, 'years', 'Assumed loan tenor.'),
    },
    discounting: { ratePct: a(8, '%', 'Assumed real discount rate.'), convention: 'end-of-year' },
    levers: defaultLevers(),
    risk: defaultRiskSettings(),
  };
}

/** Pakistan's general corporate taxes from the dataset (CIT, super tax, non-resident dividend WHT). */
export function generalTaxes(citNote?: string, citIsAssumed = false) {
  const cit = fig('fiscal.cit', 29, '%', citNote);
  return {
    // The rate is sourced, but applying it to a project whose own terms are unverified is an assumption.
    corporateTaxPct: citIsAssumed ? { ...cit, basis: 'assumption' as const } : cit,
    // The top slab is sourced; charging it on all taxable income (no slabs) is a modelling assumption.
    superTaxPct: {
      ...fig(
        'fiscal.super-tax',
        10,
        '%',
        'Top slab (income > PKR 500 million), applied to all taxable income: an assumption.',
      ),
      basis: 'assumption' as const,
    },
    dividendWhtPct: fig(
      'fiscal.wht-dividend-nonresident',
      15,
      '%',
      'Non-resident, non-treaty rate; treaty rates differ.',
    ),
  };
}
