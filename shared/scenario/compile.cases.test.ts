// Why: compileScenario turns every input and lever of a scenario into the numbers the engine runs on. Each case
// changes one input of the plain reference project (1 Mt/yr at 2% Cu, USD 10,000/t: revenue 200, opex 30, capex
// 200, four production years) and checks the year-1 row, or the NPV, against arithmetic done by hand.
import { annualRows, type AnnualRow } from './result';
import { describe, expect, it } from 'vitest';
import { evaluateScenario, scenarioNpv } from './evaluate';
import { assumption as a, type Scenario } from './model';
import { plain, pv, reference } from './plain.fixture';
import { npvVsPrice } from './sensitivity';
import { product } from './preset-helpers';

type Row = AnnualRow;
const year1 = (s: Scenario) => annualRows(evaluateScenario(s).table)[1]!;
const pick = (r: Row, keys: (keyof Row)[]) => keys.map((k) => r[k]);
const close = (xs: number[]) => xs.map((v) => expect.closeTo(v, 9));
const base = pv(0.1, reference());
/** A second product: gold at 1 g/t, USD 2,000/oz, fully recovered and payable. */
const gold = () =>
  product({
    id: 'au',
    name: 'Gold',
    commodityPriceId: 'gold',
    mode: 'ore',
    priceUnit: 'USD/oz',
    price: a(2000, 'USD/oz'),
    grade: a(1, 'g/t'),
  });
const withCu = (s: Scenario, p: Partial<Scenario['products'][number]>) => {
  s.products[0] = { ...s.products[0]!, ...p };
  return s;
};

describe('midstream joint-venture lever', () => {
  const jv = (s: Scenario, on: boolean) => {
    s.levers['midstream-jv'] = { enabled: on, payabilityUpliftPp: a(5, 'pp'), tcrcReductionPct: a(40, '%') };
    return s;
  };
  it('raises payability by the stated points and cuts a per-tonne TC/RC by the stated %', () => {
    const s = () => withCu(plain(), { payability: a(90, '%'), tcrc: { mode: 'per-unit', value: a(500, 'USD/t') } });
    // 20,000 t contained × 90% = 18,000 t payable: revenue 180, TC/RC 18,000 × 500 = 9.
    expect(pick(year1(jv(s(), false)), ['revenue', 'tcrc'])).toEqual(close([180, 9]));
    // 95% payable: 19,000 t, revenue 190, TC/RC 19,000 × 300 = 5.7.
    expect(pick(year1(jv(s(), true)), ['revenue', 'tcrc'])).toEqual(close([190, 5.7]));
  });
  it('cuts a TC/RC stated as % of revenue, and never pays out more than 100% of the metal', () => {
    const s = () => withCu(plain(), { payability: a(90, '%'), tcrc: { mode: 'pct-revenue', value: a(10, '%') } });
    expect(pick(year1(jv(s(), false)), ['revenue', 'tcrc'])).toEqual(close([180, 18]));
    expect(pick(year1(jv(s(), true)), ['revenue', 'tcrc'])).toEqual(close([190, 0.06 * 190]));
    expect(year1(jv(withCu(plain(), { payability: a(98, '%') }), true)).revenue).toBeCloseTo(200, 9);
  });
});

describe('freight and the logistics cost-sharing lever', () => {
  const freight = (s: Scenario, pct: number | null) => {
    s.levers['logistics-cost-sharing'] = { enabled: pct !== null, freightReductionPct: a(pct ?? 50, '%') };
    return year1(s).freight;
  };
  it('charges the concentrate shipped, cut by the stated % when the lever is on', () => {
    // 20,000 t Cu in a 25% concentrate = 80,000 t shipped × USD 50 = 4.
    const s = () => withCu(plain(), { freight: a(50, 'USD/t'), concentrateGradePct: a(25, '%') });
    expect(freight(s(), null)).toBeCloseTo(4, 9);
    expect(freight(s(), 15)).toBeCloseTo(3.4, 9);
    expect(freight(s(), 40)).toBeCloseTo(2.4, 9);
    // Without a concentrate grade the product itself is shipped: 20,000 t × 50 = 1.
    expect(freight(withCu(plain(), { freight: a(50, 'USD/t') }), null)).toBeCloseTo(1, 9);
    // Per tonne shipped whatever unit the price is quoted in (here USD/lb: the same USD 10,000/t).
    const perLb = withCu(plain(), {
      freight: a(50, 'USD/t'),
      priceUnit: 'USD/lb',
      price: a(10000 / 2204.62262185, 'USD/lb'),
    });
    expect(pick(year1(perLb), ['revenue', 'freight'])).toEqual(close([200, 1]));
  });
  it('ships the same tonnes whatever the payability, and nothing when nothing is payable', () => {
    const s = (pay: number) =>
      withCu(plain(), { freight: a(50, 'USD/t'), concentrateGradePct: a(25, '%'), payability: a(pay, '%') });
    expect(pick(year1(s(80)), ['revenue', 'freight'])).toEqual(close([160, 4]));
    expect(pick(year1(s(0)), ['revenue', 'freight'])).toEqual([0, 0]);
  });
});

describe('products', () => {
  it('sells a direct-shipping product by the tonne at the stated payability, without a recovery', () => {
    const s = withCu(plain(), {
      mode: 'direct',
      directTonnesPerYear: a(5000, 't/yr'),
      payability: a(90, '%'),
      recovery: a(50, '%'),
    });
    // 5,000 t × 90% × USD 10,000 = 45 a year at full throughput.
    expect(year1(s).revenue).toBeCloseTo(45, 9);
    // A grade profile left over from ore mode does not apply to tonnes sold directly.
    withCu(s, { gradeProfile: [{ fromYear: 0, grade: a(5, '%') }] });
    expect(year1(s).revenue).toBeCloseTo(45, 9);
  });
  it('keeps each product at its own grade when only one of two has a grade profile', () => {
    // 1 Mt × 1 g/t = 1,000,000 g = 32,150.7 oz × USD 2,000.
    const au = (1e6 / 31.1034768) * 2000 * 1e-6;
    const s = withCu(plain(), { gradeProfile: [{ fromYear: 1, grade: a(1.5, '%') }] });
    s.products.push(gold());
    expect(evaluateScenario(s).table.revenue).toEqual(close([0, 200 + au, 150 + au, 150 + au, 150 + au, 0]));
    // The profile on the second product: gold at 2 g/t from production year 2.
    const t = plain();
    t.products.push({ ...gold(), gradeProfile: [{ fromYear: 2, grade: a(2, 'g/t') }] });
    expect(evaluateScenario(t).table.revenue).toEqual(close([0, 200 + au, 200 + au, 200 + 2 * au, 200 + 2 * au, 0]));
  });
  it('digital tracking recovers nothing, and divides by nothing, when the baseline leakage is 100%', () => {
    const s = plain();
    s.levers['digital-tracking'] = { enabled: true, baselineLeakagePct: a(100, '%'), recoveredSharePct: a(80, '%') };
    expect(year1(s).revenue).toBeCloseTo(200, 9);
  });
});

describe('grade profile', () => {
  it('applies each step from its production year on', () => {
    const s = withCu(plain(), {
      gradeProfile: [
        { fromYear: 0, grade: a(3, '%') },
        { fromYear: 2, grade: a(1, '%') },
      ],
    });
    expect(evaluateScenario(s).table.revenue).toEqual(close([0, 300, 300, 100, 100, 0]));
    const late = withCu(plain(), { gradeProfile: [{ fromYear: 3, grade: a(1, '%') }] });
    expect(evaluateScenario(late).table.revenue).toEqual(close([0, 200, 200, 200, 100, 0]));
  });
});

describe('microgrid lever and the cost inputs', () => {
  it('cuts power opex by the stated % and builds the microgrid the year before first production', () => {
    const s = plain();
    s.costs.power = { mode: 'usd-per-t', value: a(5, 'USD/t') };
    expect(year1(s).opexPower).toBeCloseTo(5, 9);
    s.levers['renewable-microgrids'] = { enabled: true, powerOpexReductionPct: a(30, '%'), capexUsdM: a(50, 'USD m') };
    const r = annualRows(evaluateScenario(s).table);
    expect(r[1]!.opexPower).toBeCloseTo(3.5, 9);
    expect(r.map((x) => x.capexInitial)).toEqual(close([250, 0, 0, 0, 0, 0]));
    // Depreciated with the mine from first production: 250 / 4 a year.
    expect(r[1]!.depreciation).toBeCloseTo(62.5, 9);
    s.costs.power = { mode: 'usd-m-per-year', value: a(10, 'USD m/yr') };
    expect(year1(s).opexPower).toBeCloseTo(7, 9);
  });
  it('charges sustaining capex as % of initial capex or a fixed sum, water, closure and working capital', () => {
    const s = plain();
    s.costs.sustaining = { mode: 'pct-initial', value: a(2, '%') };
    s.costs.waterUsdMPerYear = a(2, 'USD m/yr');
    s.costs.closureUsdM = a(20, 'USD m');
    s.costs.workingCapitalPctOfRevenue = a(10, '%');
    const r = annualRows(evaluateScenario(s).table);
    expect(r.map((x) => x.capexSustaining)).toEqual(close([0, 4, 4, 4, 4, 0]));
    expect(r[1]!.opexWater).toBeCloseTo(2, 9);
    expect(r.map((x) => x.capexClosure)).toEqual(close([0, 0, 0, 0, 0, 20]));
    expect(r.map((x) => x.workingCapitalChange)).toEqual(close([0, 20, 0, 0, 0, -20]));
    s.costs.sustaining = { mode: 'usd-m-per-year', value: a(3, 'USD m/yr') };
    expect(year1(s).capexSustaining).toBeCloseTo(3, 9);
  });
});

describe('fiscal inputs', () => {
  it('charges the provincial royalty on gross or on NSR, the federal NSR royalty and the EPZ surcharge', () => {
    const s = withCu(plain(), { tcrc: { mode: 'pct-revenue', value: a(10, '%') } });
    s.fiscal.royaltyPct = a(5, '%');
    s.fiscal.royaltyBase = 'gross';
    s.fiscal.federalNsrPct = a(1, '%');
    s.fiscal.epzSurchargePct = a(2, '%');
    // Gross 200, NSR 180: provincial 5% × 200 = 10, federal 1% × 180 = 1.8, EPZ 2% × 200 = 4.
    const keys: (keyof Row)[] = ['royaltyProvincial', 'royaltyFederal', 'royaltyEpz'];
    expect(pick(year1(s), keys)).toEqual(close([10, 1.8, 4]));
    s.fiscal.royaltyBase = 'nsr';
    expect(pick(year1(s), keys)).toEqual(close([9, 1.8, 4]));
  });
  it('adds the super tax to the income-tax rate and rounds the depreciation life to whole years', () => {
    const s = plain();
    s.fiscal.superTaxPct = a(4, '%');
    // Taxable 120 at 30% + 4% = 40.8.
    expect(year1(s).tax).toBeCloseTo(40.8, 9);
    s.fiscal.superTaxPct = a(0, '%');
    s.fiscal.depreciationYears = a(1.6, 'years'); // 2 years: 100 a year, taxable 70 in years 1–2
    expect(evaluateScenario(s).table.depreciation).toEqual(close([0, 100, 100, 0, 0, 0]));
  });
  it('carries a loss forward for the stated whole number of years', () => {
    const s = plain();
    s.costs.capexTranches[0]!.amountUsdM = a(400, 'USD m');
    // Year 1: 170 − 400 = −230; year 2 uses 170 of it, the other 60 only if the loss may be 2 years old.
    s.fiscal.depreciationYears = a(1, 'years');
    s.fiscal.lossCarryForwardYears = a(1.4, 'years');
    expect(evaluateScenario(s).table.lossUsed).toEqual(close([0, 0, 170, 0, 0, 0]));
    s.fiscal.lossCarryForwardYears = a(2, 'years');
    expect(evaluateScenario(s).table.lossUsed).toEqual(close([0, 0, 170, 60, 0, 0]));
  });
});

describe('capex timing', () => {
  it('spends a tranche dated before the project start in year 0, and extends the model to a late tranche', () => {
    const s = plain();
    s.costs.capexTranches = [
      { ...s.costs.capexTranches[0]!, startOffsetYears: -3, spreadYears: 2 }, // years −2 and −1 → both in year 0
      { id: 'late', label: 'Late', phase: 'impact', amountUsdM: a(30, 'USD m'), startOffsetYears: 6, spreadYears: 2 },
    ];
    const r = annualRows(evaluateScenario(s).table);
    // Closure after year 4 is year 5; the late tranche is spent in years 7 and 8, so the model runs to them.
    expect(r.map((x) => x.capexInitial)).toEqual(close([200, 0, 0, 0, 0, 0, 0, 15, 15]));
  });
  it('depreciates the microgrid from first production even when no tranche comes into service then', () => {
    const s = plain();
    s.timing.phases = { ...s.timing.phases, scaling: { startOffsetYears: 3, durationYears: 0 } };
    // The only tranche belongs to the scaling phase: spent in year 2, in service from year 3.
    s.costs.capexTranches[0] = { ...s.costs.capexTranches[0]!, phase: 'scaling' };
    s.levers['renewable-microgrids'] = { enabled: true, powerOpexReductionPct: a(30, '%'), capexUsdM: a(40, 'USD m') };
    const r = annualRows(evaluateScenario(s).table);
    expect(r.map((x) => x.capexInitial)).toEqual(close([40, 0, 200, 0, 0, 0]));
    // Microgrid 40 / 4 a year from year 1; the tranche 200 / 4 from year 3 (its last year 4 writes off the rest).
    expect(r.map((x) => x.depreciation)).toEqual(close([0, 10, 10, 60, 160, 0]));
  });
  it('builds the microgrid in year 0 when production starts at once', () => {
    const s = plain();
    const now = { startOffsetYears: 0, durationYears: 0 };
    s.timing.phases = { demonstration: now, scaling: now, impact: { startOffsetYears: 0, durationYears: 4 } };
    s.costs.capexTranches[0]!.startOffsetYears = 0;
    s.levers['renewable-microgrids'] = { enabled: true, powerOpexReductionPct: a(30, '%'), capexUsdM: a(50, 'USD m') };
    const r = annualRows(evaluateScenario(s).table);
    expect(r.map((x) => x.capexInitial)).toEqual(close([250, 0, 0, 0, 0]));
    expect(r[0]!.revenue).toBeCloseTo(200, 9);
  });
});

describe('phases and throughput', () => {
  it('runs each phase at its own nameplate from its start; a direct product scales with throughput over full', () => {
    const s = plain();
    s.timing.phases = {
      demonstration: { startOffsetYears: 1, durationYears: 1 },
      scaling: { startOffsetYears: 2, durationYears: 1 },
      impact: { startOffsetYears: 3, durationYears: 2 },
    };
    s.throughput = {
      ...s.throughput,
      demonstrationMtpa: a(0.5, 'Mtpa'),
      scalingMtpa: a(1, 'Mtpa'),
      fullMtpa: a(2, 'Mtpa'),
    };
    expect(evaluateScenario(s).table.oreMt).toEqual(close([0, 0.5, 1, 2, 2, 0]));
    withCu(s, { mode: 'direct', directTonnesPerYear: a(5000, 't/yr') });
    // 5,000 t a year at the full 2 Mtpa: a quarter of it in the 0.5 Mtpa demonstration year.
    expect(evaluateScenario(s).table.revenue).toEqual(close([0, 12.5, 25, 50, 50, 0]));
  });
});

describe('timing and the main product', () => {
  it('follows the roadmap phases only when the scenario says so', () => {
    const phases = {
      demonstration: { startOffsetYears: 2, durationYears: 0 },
      scaling: { startOffsetYears: 2, durationYears: 0 },
      impact: { startOffsetYears: 2, durationYears: 4 },
    };
    const s = plain();
    expect(scenarioNpv(s, { roadmapPhases: phases }).afterTax).toBeCloseTo(base, 9);
    s.timing.followRoadmap = true;
    // Everything, the capex included, one year later.
    expect(scenarioNpv(s, { roadmapPhases: phases }).afterTax).toBeCloseTo(base / 1.1, 9);
    expect(scenarioNpv(s).afterTax).toBeCloseTo(base, 9);
  });
  it('prices the NPV curve on the named main product', () => {
    const s = plain();
    s.products.push(gold());
    s.mainProductId = 'au';
    expect(npvVsPrice(s, { fromMult: 1, toMult: 2, steps: 2 }).points.map((p) => p.price)).toEqual([2000, 4000]);
    s.mainProductId = undefined;
    expect(npvVsPrice(s, { fromMult: 1, toMult: 2, steps: 2 }).points.map((p) => p.price)).toEqual([10000, 20000]);
  });
});
