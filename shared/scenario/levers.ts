// Why: the article proposes solutions; investors ask "what is each worth?". Each lever is a toggle with a
// quantified, editable effect (always labelled an assumption) tied to the exact solution sentence it models.
import type { Levers, LeverId, RiskCategoryId, Scenario } from './model';
import { assumption } from './model';
import { scenarioNpv, type EvaluateOptions } from './evaluate';

/** What a lever is, where it comes from in the article, and what it changes in the model. */
export interface LeverDefinition {
  id: LeverId;
  label: string;
  /** Challenge category id in the article's challenges & solutions matrix. */
  challengeId: RiskCategoryId;
  /** Index of the solution sentence within that challenge's solutions (0-based). */
  solutionIndex: number;
  /** The solution sentence, word for word from the source article. */
  solutionText: string;
  /** Plain-English effect in the model. */
  effect: string;
}

/** Lever definitions in the order the waterfall applies them. */
export const LEVER_DEFINITIONS: readonly LeverDefinition[] = [
  {
    id: 'renewable-microgrids',
    label: 'Renewable-powered microgrids',
    challengeId: 'infrastructure-logistics',
    solutionIndex: 0,
    solutionText:
      'Invest in renewable-powered microgrids and desalination plants to overcome energy and water shortages.',
    effect:
      'Power opex falls by the stated %; the microgrid adds the stated capex in the year before first production.',
  },
  {
    id: 'logistics-cost-sharing',
    label: 'Logistics cost-sharing',
    challengeId: 'infrastructure-logistics',
    solutionIndex: 1,
    solutionText:
      'Introduce logistics cost-sharing schemes with private operators to improve mineral transport efficiency.',
    effect: 'Freight per tonne shipped falls by the stated %.',
  },
  {
    id: 'fiscal-incentives',
    label: 'Fiscal incentives and tax credits',
    challengeId: 'policy-regulation',
    solutionIndex: 1,
    solutionText:
      'Introduce fiscal incentives and tax credits for exploration, processing, and R&D in critical minerals.',
    effect:
      'A tax credit of the stated % of initial capex (carried forward until used) and a cut in the income-tax rate (pp).',
  },
  {
    id: 'digital-tracking',
    label: 'Digital tracking of output',
    challengeId: 'security-governance',
    solutionIndex: 0,
    solutionText:
      'Implement digital tracking systems for mining output to curb illegal extraction and revenue leakages.',
    effect:
      'The output in the inputs is taken as already net of a baseline leakage, so nothing is deducted with the lever off; switched on, it recovers the stated share of that leakage as extra payable output.',
  },
  {
    id: 'midstream-jv',
    label: 'Midstream processing joint ventures',
    challengeId: 'technical-industrial',
    solutionIndex: 0,
    solutionText:
      'Incentivize joint ventures for midstream processing (REEs, copper, lithium) via technology transfer agreements.',
    effect: 'Payability rises by the stated percentage points and TC/RC falls by the stated %.',
  },
];

/** Default lever settings, all switched off, every effect an editable assumption. */
export function defaultLevers(): Levers {
  const a = assumption;
  return {
    'renewable-microgrids': {
      enabled: false,
      powerOpexReductionPct: a(
        30,
        '%',
        'Assumed saving on grid/diesel power from a solar-battery microgrid; not sourced.',
      ),
      capexUsdM: a(50, 'USD m', 'Assumed microgrid cost; scale it to the project. Not sourced.'),
    },
    'logistics-cost-sharing': {
      enabled: false,
      freightReductionPct: a(15, '%', 'Assumed freight saving from shared rail/road logistics; not sourced.'),
    },
    'fiscal-incentives': {
      enabled: false,
      taxCreditPctOfCapex: a(
        5,
        '%',
        'Assumed investment tax credit; no such credit is legislated for mining as far as the fact sheet shows.',
      ),
      citReductionPp: a(0, 'pp', 'Assumed income-tax rate cut; 0 by default.'),
    },
    'digital-tracking': {
      enabled: false,
      baselineLeakagePct: a(
        1,
        '%',
        'Assumed share of output already lost to illegal extraction and leakage (the inputs are net of it); used only when the lever is on. The article names the problem but no source quantifies it.',
      ),
      recoveredSharePct: a(80, '%', 'Assumed share of the leakage that digital tracking recovers; not sourced.'),
    },
    'midstream-jv': {
      enabled: false,
      payabilityUpliftPp: a(
        1,
        'pp',
        'Assumed payability gain from selling a refined/semi-refined product; not sourced.',
      ),
      tcrcReductionPct: a(30, '%', 'Assumed TC/RC saving from local midstream processing; not sourced.'),
    },
  };
}

/** One bar of the lever waterfall (USD m). */
export interface WaterfallStep {
  id: LeverId | 'base' | 'final';
  label: string;
  /** NPV contribution of this step (for base/final, the NPV itself). */
  value: number;
  /** Running after-tax NPV after this step. */
  cumulative: number;
}

function withLevers(s: Scenario, on: Set<LeverId>): Scenario {
  const levers = { ...s.levers } as Levers;
  for (const d of LEVER_DEFINITIONS) {
    (levers as Record<LeverId, Levers[LeverId]>)[d.id] = { ...s.levers[d.id], enabled: on.has(d.id) };
  }
  return { ...s, levers };
}

/**
 * After-tax NPV with every lever off (base), each enabled lever's incremental contribution applied in
 * {@link LEVER_DEFINITIONS} order, and the final NPV with all enabled levers on. Base + contributions = final exactly.
 */
export function leverWaterfall(s: Scenario, opts?: EvaluateOptions): WaterfallStep[] {
  const on = new Set<LeverId>();
  let npv = scenarioNpv(withLevers(s, on), opts).afterTax;
  const steps: WaterfallStep[] = [{ id: 'base', label: 'All levers off', value: npv, cumulative: npv }];
  for (const d of LEVER_DEFINITIONS) {
    if (!s.levers[d.id].enabled) continue;
    on.add(d.id);
    const next = scenarioNpv(withLevers(s, on), opts).afterTax;
    steps.push({ id: d.id, label: d.label, value: next - npv, cumulative: next });
    npv = next;
  }
  steps.push({ id: 'final', label: 'With enabled levers', value: npv, cumulative: npv });
  return steps;
}
