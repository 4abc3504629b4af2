// Why: the article's six risk categories must mean something in the numbers. Each category's likelihood and
// impact scores (1–5) scale specific Monte Carlo distributions; this file is the single mapping, exported so the
// Risks view can show "what each category changes in the model".
import type { RiskCategoryId, RiskSettings } from './model';
import { assumption, defaultPricePaths } from './model';

export interface RiskCategoryEffect {
  id: RiskCategoryId;
  label: string;
  /** What the category changes in the model, in plain words. */
  modelEffects: string[];
}

/** Mapping from the article's risk categories to model distributions. */
export const RISK_CATEGORY_EFFECTS: Readonly<Record<RiskCategoryId, RiskCategoryEffect>> = {
  'security-governance': {
    id: 'security-governance',
    label: 'Security & Governance',
    modelEffects: [
      'Probability and length of a start delay (shared with Environmental & Social)',
      'Upside of the capex overrun range',
    ],
  },
  'infrastructure-logistics': {
    id: 'infrastructure-logistics',
    label: 'Infrastructure & Logistics',
    modelEffects: ['Freight cost multiplier', 'Power opex multiplier (same draw as freight)'],
  },
  'policy-regulation': {
    id: 'policy-regulation',
    label: 'Policy & Regulation',
    modelEffects: ['Chance of a fiscal change: royalty and income-tax rate increases for the whole life'],
  },
  'technical-industrial': {
    id: 'technical-industrial',
    label: 'Technical & Industrial Capacity',
    modelEffects: ['Recovery shortfall (percentage points)', 'Extra ramp-up years'],
  },
  'environmental-social': {
    id: 'environmental-social',
    label: 'Environmental & Social',
    modelEffects: ['Probability and length of a start delay (shared with Security & Governance)'],
  },
  'geopolitical-strategic': {
    id: 'geopolitical-strategic',
    label: 'Geopolitical & Strategic',
    modelEffects: ['Width of the price distributions (volatility)', 'Chance of a market-access price discount'],
  },
};

/**
 * Base magnitudes at neutral scores (likelihood 3, impact 3). All analyst assumptions, not sourced; a score of 3/3
 * leaves them unchanged, higher scores scale them up (see {@link riskParameters}).
 */
export const RISK_BASE = {
  infraLowPct: 5,
  infraHighPct: 25,
  fiscalChangeProbPct: 15,
  royaltyIncreasePp: 1,
  taxIncreasePp: 2.5,
  recoveryShortfallPp: 3,
  recoveryUpsidePp: 1,
  extraRampYears: 2,
  marketAccessProbPct: 10,
  marketAccessDiscountPct: 5,
} as const;

/** Distribution parameters after applying the category scores. */
export interface RiskParameters {
  delayProb: number;
  delayMaxYears: number;
  capexLowPct: number;
  capexHighPct: number;
  opexLowPct: number;
  opexHighPct: number;
  infraLowPct: number;
  infraHighPct: number;
  fiscalProb: number;
  royaltyAddPp: number;
  taxAddPp: number;
  recoveryLowPp: number;
  recoveryHighPp: number;
  rampMaxYears: number;
  sigmaScale: number;
  marketProb: number;
  marketDiscount: number;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

/**
 * Scale the risk settings by the category scores. For a category with likelihood L and impact I (1–5):
 * likelihood factor L/3 scales event probabilities, impact factor I/3 scales event sizes, and the combined weight
 * L*I/9 scales continuous ranges. Neutral scores (3, 3) give factor 1.
 */
export function riskParameters(r: RiskSettings): RiskParameters {
  const cat = (id: RiskCategoryId) => {
    const c = r.categories[id];
    const L = c ? c.likelihood.value : 3;
    const I = c ? c.impact.value : 3;
    return { pL: L / 3, mI: I / 3, w: (L * I) / 9 };
  };
  const sg = cat('security-governance');
  const il = cat('infrastructure-logistics');
  const pr = cat('policy-regulation');
  const ti = cat('technical-industrial');
  const es = cat('environmental-social');
  const gs = cat('geopolitical-strategic');
  return {
    delayProb: clamp((r.delayProbabilityPct.value / 100) * 0.5 * (sg.pL + es.pL), 0, 0.95),
    delayMaxYears: Math.max(0, Math.round(r.delayMaxYears.value * Math.max(sg.mI, es.mI))),
    capexLowPct: r.capexLowPct.value,
    capexHighPct: r.capexHighPct.value * sg.w,
    opexLowPct: r.opexLowPct.value,
    opexHighPct: r.opexHighPct.value,
    infraLowPct: -RISK_BASE.infraLowPct * il.w,
    infraHighPct: RISK_BASE.infraHighPct * il.w,
    fiscalProb: clamp((RISK_BASE.fiscalChangeProbPct / 100) * pr.pL, 0, 0.95),
    royaltyAddPp: RISK_BASE.royaltyIncreasePp * pr.mI,
    taxAddPp: RISK_BASE.taxIncreasePp * pr.mI,
    recoveryLowPp: -RISK_BASE.recoveryShortfallPp * ti.w,
    recoveryHighPp: RISK_BASE.recoveryUpsidePp,
    rampMaxYears: RISK_BASE.extraRampYears * ti.w,
    sigmaScale: 0.75 + 0.25 * gs.w,
    marketProb: clamp((RISK_BASE.marketAccessProbPct / 100) * gs.pL, 0, 0.95),
    marketDiscount: (RISK_BASE.marketAccessDiscountPct / 100) * gs.mI,
  };
}

/** Default price volatilities (sigma of ln price) by commodity price id: assumptions from typical annual ranges. */
const DEFAULT_SIGMAS: Record<string, number> = {
  copper: 25,
  gold: 15,
  antimony: 40,
  'ndpr-oxide': 40,
  'lithium-carbonate': 50,
  'chrome-ore': 20,
};

/** Risk settings with neutral category scores (3/3) and assumption-labelled distributions. */
export function defaultRiskSettings(): RiskSettings {
  const a = assumption;
  const score = (n: number, what: string) =>
    a(n, 'score 1–5', `Default ${what} score (assumption); edit in the Risks view.`);
  const cats = {} as RiskSettings['categories'];
  for (const id of Object.keys(RISK_CATEGORY_EFFECTS) as RiskCategoryId[])
    cats[id] = { likelihood: score(3, 'likelihood'), impact: score(3, 'impact') };
  return {
    costDistribution: 'pert',
    priceSigmaPct: Object.entries(DEFAULT_SIGMAS).map(([commodityPriceId, v]) => ({
      commodityPriceId,
      sigma: a(v, '%', 'Assumed volatility of ln(price) over the life; not sourced.'),
    })),
    defaultPriceSigmaPct: a(30, '%', 'Assumed volatility for commodities without their own setting.'),
    priceCorrelation: a(
      0.3,
      'rho',
      'Assumed correlation between commodity prices (copper and gold share a higher default).',
    ),
    priceCorrelationPairs: [{ a: 'copper', b: 'gold', rho: 0.4 }],
    capexLowPct: a(-10, '%', 'Assumed capex underrun bound at neutral scores.'),
    capexHighPct: a(30, '%', 'Assumed capex overrun bound at neutral scores; scaled by Security & Governance.'),
    opexLowPct: a(-10, '%', 'Assumed opex range, low.'),
    opexHighPct: a(15, '%', 'Assumed opex range, high.'),
    delayProbabilityPct: a(20, '%', 'Assumed chance of a start delay at neutral scores.'),
    delayMaxYears: a(3, 'years', 'Assumed longest delay at neutral scores (delays are 1..max years, equally likely).'),
    categories: cats,
    pricePaths: defaultPricePaths(),
    percentileConvention: 'reserves',
  };
}
