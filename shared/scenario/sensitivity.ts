// Why: the feasibility-study sensitivity charts (tornado, spider, price x capex table, NPV vs rate and price),
// all computed by adjusting the scenario and rerunning the shared core, so they always match the main result.
import { npv } from '../finance';
import { compileScenario, type EvaluateOptions } from './compile';
import { scenarioNpv } from './evaluate';
import type { Input, Scenario } from './model';
import { neutralPerturbation, runCore, workspaceFor } from './npv-loop';

export type SensitivityVariable = 'price' | 'grade' | 'recovery' | 'capex' | 'opex' | 'discount-rate' | 'start-delay';

export const SENSITIVITY_LABELS: Record<SensitivityVariable, string> = {
  price: 'Commodity prices',
  grade: 'Head grade',
  recovery: 'Recovery',
  capex: 'Capex (initial and sustaining)',
  opex: 'Operating costs',
  'discount-rate': 'Discount rate',
  'start-delay': 'Start delay',
};

/** Relative changes (1 = unchanged) and shifts applied by {@link adjustScenario}. */
export interface Adjustment {
  priceMult?: number;
  gradeMult?: number;
  recoveryMult?: number;
  capexMult?: number;
  opexMult?: number;
  discountRateMult?: number;
  delayAddYears?: number;
}

const scale = (i: Input, m: number, cap = Infinity): Input => ({ ...i, value: Math.min(cap, i.value * m) });

/** A copy of the scenario with the adjustment applied (inputs keep their provenance; values change). */
export function adjustScenario(s: Scenario, a: Adjustment): Scenario {
  const pm = a.priceMult ?? 1;
  const gm = a.gradeMult ?? 1;
  const rm = a.recoveryMult ?? 1;
  const cm = a.capexMult ?? 1;
  const om = a.opexMult ?? 1;
  const c = s.costs;
  return {
    ...s,
    timing: {
      ...s.timing,
      startDelayYears: {
        ...s.timing.startDelayYears,
        value: Math.max(0, s.timing.startDelayYears.value + (a.delayAddYears ?? 0)),
      },
    },
    products: s.products.map((p) => ({
      ...p,
      price: scale(p.price, pm),
      grade: scale(p.grade, gm, p.grade.unit === '%' ? 100 : Infinity),
      directTonnesPerYear: scale(p.directTonnesPerYear, gm),
      recovery: scale(p.recovery, rm, 100),
    })),
    costs: {
      ...c,
      capexTranches: c.capexTranches.map((t) => ({ ...t, amountUsdM: scale(t.amountUsdM, cm) })),
      sustaining:
        c.sustaining.mode === 'usd-m-per-year'
          ? { ...c.sustaining, value: scale(c.sustaining.value, cm) }
          : c.sustaining,
      opexPerTonneOre: scale(c.opexPerTonneOre, om),
      fixedOpexUsdMPerYear: scale(c.fixedOpexUsdMPerYear, om),
      power: { ...c.power, value: scale(c.power.value, om) },
      waterUsdMPerYear: scale(c.waterUsdMPerYear, om),
    },
    discounting: { ...s.discounting, ratePct: scale(s.discounting.ratePct, a.discountRateMult ?? 1) },
  };
}

function adjustmentFor(v: SensitivityVariable, changePct: number, delayYears: number): Adjustment {
  const m = 1 + changePct / 100;
  switch (v) {
    case 'price':
      return { priceMult: m };
    case 'grade':
      return { gradeMult: m };
    case 'recovery':
      return { recoveryMult: m };
    case 'capex':
      return { capexMult: m };
    case 'opex':
      return { opexMult: m };
    case 'discount-rate':
      return { discountRateMult: m };
    case 'start-delay':
      return { delayAddYears: delayYears };
  }
}

export interface TornadoBar {
  variable: SensitivityVariable;
  label: string;
  /** Description of the low and high cases, e.g. "-20%" or "-2 years". */
  lowCase: string;
  highCase: string;
  /** The same cases as numbers, for display in the reader's language: the change, in % or in years. */
  lowChange: number;
  highChange: number;
  changeUnit: '%' | 'years';
  lowNpv: number;
  highNpv: number;
  /** |highNpv - lowNpv|, USD m. */
  swing: number;
}

export const ALL_VARIABLES: SensitivityVariable[] = [
  'price',
  'grade',
  'recovery',
  'capex',
  'opex',
  'discount-rate',
  'start-delay',
];

/**
 * Tornado of after-tax NPV: each variable moved by -rangePct/+rangePct (start delay by -/+ delayYears, not below 0),
 * the others held at base. Bars sorted by swing, largest first.
 */
export function tornado(
  s: Scenario,
  o: { rangePct?: number; delayYears?: number } & EvaluateOptions = {},
): { baseNpv: number; bars: TornadoBar[] } {
  const r = o.rangePct ?? 20;
  const dy = Math.max(0, Math.round(o.delayYears ?? 2));
  const baseNpv = scenarioNpv(s, o).afterTax;
  const bars = ALL_VARIABLES.map((v): TornadoBar => {
    const isDelay = v === 'start-delay';
    const lowDelay = -Math.min(dy, s.timing.startDelayYears.value);
    const lowNpv = scenarioNpv(adjustScenario(s, adjustmentFor(v, -r, lowDelay)), o).afterTax;
    const highNpv = scenarioNpv(adjustScenario(s, adjustmentFor(v, r, dy)), o).afterTax;
    return {
      variable: v,
      label: SENSITIVITY_LABELS[v],
      lowCase: isDelay ? `${lowDelay} years` : `-${r}%`,
      highCase: isDelay ? `+${dy} years` : `+${r}%`,
      lowChange: isDelay ? lowDelay : -r,
      highChange: isDelay ? dy : r,
      changeUnit: isDelay ? 'years' : '%',
      lowNpv,
      highNpv,
      swing: Math.abs(highNpv - lowNpv),
    };
  });
  bars.sort((a, b) => b.swing - a.swing);
  return { baseNpv, bars };
}

/** Spider: after-tax NPV against % change of each variable (start delay excluded: it moves in whole years). */
export function spider(
  s: Scenario,
  o: { fromPct?: number; toPct?: number; stepPct?: number; variables?: SensitivityVariable[] } & EvaluateOptions = {},
): { changesPct: number[]; series: { variable: SensitivityVariable; label: string; npv: number[] }[] } {
  const from = o.fromPct ?? -30;
  const to = o.toPct ?? 30;
  const step = Math.max(1e-9, o.stepPct ?? 10);
  const changesPct: number[] = [];
  // Stryker disable next-line EqualityOperator: x never equals to + 1e-9 exactly (the tolerance absorbs step rounding).
  for (let x = from; x <= to + 1e-9; x += step) changesPct.push(Math.round(x * 1e9) / 1e9);
  const vars = (o.variables ?? ALL_VARIABLES).filter((v) => v !== 'start-delay');
  return {
    changesPct,
    series: vars.map((v) => ({
      variable: v,
      label: SENSITIVITY_LABELS[v],
      npv: changesPct.map((ch) => scenarioNpv(adjustScenario(s, adjustmentFor(v, ch, 0)), o).afterTax),
    })),
  };
}

/** Two-way table of after-tax NPV: rows = capex change %, columns = price change %. */
export function priceCapexTable(
  s: Scenario,
  o: { priceChangesPct?: number[]; capexChangesPct?: number[] } & EvaluateOptions = {},
): { priceChangesPct: number[]; capexChangesPct: number[]; npv: number[][] } {
  const pr = o.priceChangesPct ?? [-30, -20, -10, 0, 10, 20, 30];
  const cx = o.capexChangesPct ?? [-30, -20, -10, 0, 10, 20, 30];
  return {
    priceChangesPct: pr,
    capexChangesPct: cx,
    npv: cx.map((c) =>
      pr.map((p) => scenarioNpv(adjustScenario(s, { priceMult: 1 + p / 100, capexMult: 1 + c / 100 }), o).afterTax),
    ),
  };
}

/** NPV (pre- and after-tax) against discount rate, from one run of the cash flows. */
export function npvVsDiscountRate(
  s: Scenario,
  o: { fromPct?: number; toPct?: number; stepPct?: number } & EvaluateOptions = {},
): { ratePct: number; preTax: number; afterTax: number }[] {
  const c = compileScenario(s, o);
  const ws = workspaceFor(c);
  ws.detail = true;
  runCore(c, neutralPerturbation(c.nP), ws);
  const pre = ws.preTax.subarray(0, ws.h);
  const post = ws.afterTax.subarray(0, ws.h);
  const out: { ratePct: number; preTax: number; afterTax: number }[] = [];
  const step = Math.max(1e-9, o.stepPct ?? 1);
  // Stryker disable next-line EqualityOperator: r never equals toPct + 1e-9 exactly (the tolerance absorbs rounding).
  for (let r = o.fromPct ?? 0; r <= (o.toPct ?? 20) + 1e-9; r += step) {
    const ratePct = Math.round(r * 1e9) / 1e9;
    out.push({
      ratePct,
      preTax: npv(ratePct / 100, pre, { midYear: c.midYear }),
      afterTax: npv(ratePct / 100, post, { midYear: c.midYear }),
    });
  }
  return out;
}

/**
 * After-tax NPV against the main product's price (as a multiple of the deck). The breakeven multiple is interpolated
 * linearly between points; `evaluateScenario(...).breakeven` gives the exact value.
 */
export function npvVsPrice(
  s: Scenario,
  o: { fromMult?: number; toMult?: number; steps?: number } & EvaluateOptions = {},
): { points: { multiplier: number; price: number; npv: number }[]; breakevenMultiplier: number | null } {
  const c = compileScenario(s, o);
  const ws = workspaceFor(c);
  const p = neutralPerturbation(c.nP);
  const from = o.fromMult ?? 0.5;
  const to = o.toMult ?? 1.5;
  const n = Math.max(2, Math.floor(o.steps ?? 21));
  const base = s.products[c.mainIdx]?.price.value ?? 0;
  const points = Array.from({ length: n }, (_, i) => {
    const m = from + ((to - from) * i) / (n - 1);
    p.priceMult[c.mainIdx] = m;
    // With nothing to sell the price changes nothing: the curve is flat at the project's NPV, as evaluated.
    return { multiplier: m, price: m * base, npv: runCore(c, p, ws) };
  });
  let breakevenMultiplier: number | null = null;
  // Stryker disable next-line ConditionalExpression: after-tax NPV rises with price, so the curve crosses zero once
  // at most and stopping at the first crossing is speed only.
  for (let i = 1; i < n && breakevenMultiplier === null; i++) {
    const a = points[i - 1]!;
    const b = points[i]!;
    if (a.npv < 0 !== b.npv < 0)
      breakevenMultiplier = a.multiplier + ((0 - a.npv) * (b.multiplier - a.multiplier)) / (b.npv - a.npv);
  }
  return { points, breakevenMultiplier };
}
