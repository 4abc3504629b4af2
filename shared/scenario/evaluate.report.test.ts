// Why: the feasibility table and headline boxes show more than the NPV: the cost columns, totals, unit costs, the
// income-tax / super-tax split, peak funding, payback from first production, and the warnings that explain a
// missing figure. Each is checked here against hand arithmetic on the plain reference project (revenue 200, opex 30,
// capex 200, tax 30%, four production years 2027-2030), so a wrong sum, sign or flag shows up as a wrong number.
import { annualRows, type AnnualRow } from './result';
import { describe, expect, it } from 'vitest';
import { discountedPayback } from '../finance';
import { evaluateScenario } from './evaluate';
import { assumption as a, type Scenario } from './model';
import { product } from './preset-helpers';
import { plain, pv, reference } from './plain.fixture';

/** Plain plus every cost column: fixed 3, power 5 USD/t, water 2, sustaining 4/yr, closure 10, TC/RC 2, freight 1. */
function costly(): Scenario {
  const s = plain();
  s.costs.fixedOpexUsdMPerYear = a(3, 'USD m/yr');
  s.costs.power = { mode: 'usd-per-t', value: a(5, 'USD/t') };
  s.costs.waterUsdMPerYear = a(2, 'USD m/yr');
  s.costs.sustaining = { mode: 'usd-m-per-year', value: a(4, 'USD m/yr') };
  s.costs.closureUsdM = a(10, 'USD m');
  // 20,000 t Cu a year: TC/RC 100 USD/t = 2, freight 50 USD/t of product = 1.
  s.products[0] = { ...s.products[0]!, tcrc: { mode: 'per-unit', value: a(100, 'USD/t') }, freight: a(50, 'USD/t') };
  return s;
}

describe('annual rows and totals', () => {
  const r = evaluateScenario(costly());
  const prod = annualRows(r.table).slice(1, 5);

  it('adds fixed, power and water opex to the variable opex, and sustaining and closure to capex', () => {
    for (const y of prod) {
      expect([y.opexVariable, y.opexFixed, y.opexPower, y.opexWater]).toEqual(
        [30, 3, 5, 2].map((v) => expect.closeTo(v, 9)),
      );
      expect(y.opex).toBeCloseTo(40, 9);
      expect(y.capexSustaining).toBeCloseTo(4, 9);
      expect(y.capex).toBeCloseTo(4, 9);
      expect(y.tcrc).toBeCloseTo(2, 9);
      expect(y.freight).toBeCloseTo(1, 9);
      expect(y.tcrcFreight).toBeCloseTo(3, 9);
    }
    expect(r.table.capex).toEqual([200, 4, 4, 4, 4, 10].map((v) => expect.closeTo(v, 9)));
    expect(r.table.capexClosure[5]).toBe(10);
  });

  it('discounts each year at 10% end-of-year and accumulates both columns', () => {
    let cum = 0;
    let cumD = 0;
    annualRows(r.table).forEach((y, t) => {
      expect(y.discounted).toBeCloseTo(y.afterTaxFcf / 1.1 ** t, 9);
      cum += y.afterTaxFcf;
      cumD += y.afterTaxFcf / 1.1 ** t;
      expect(y.cumulative).toBeCloseTo(cum, 9);
      expect(y.cumulativeDiscounted).toBeCloseTo(cumD, 9);
    });
    expect(annualRows(r.table).at(-1)!.cumulativeDiscounted).toBeCloseTo(r.npv.afterTax, 9);
  });

  it('totals every column over the life', () => {
    const sum = (f: (y: AnnualRow) => number) => annualRows(r.table).reduce((s, y) => s + f(y), 0);
    expect(r.totals.revenue).toBeCloseTo(800, 9);
    expect(r.totals.opex).toBeCloseTo(160, 9);
    expect(r.totals.capexInitial).toBeCloseTo(200, 9);
    expect(r.totals.capexSustaining).toBeCloseTo(16, 9);
    expect(r.totals.closure).toBeCloseTo(10, 9);
    expect(r.totals.payableMain).toBeCloseTo(80_000, 6);
    expect(r.totals.tax).toBeCloseTo(
      sum((y) => y.tax),
      9,
    );
    expect(r.totals.tax).toBeGreaterThan(100);
    expect(r.totals.preTaxFcf).toBeCloseTo(
      sum((y) => y.preTaxFcf),
      9,
    );
    expect(r.totals.afterTaxFcf).toBeCloseTo(
      sum((y) => y.afterTaxFcf),
      9,
    );
    expect(r.totals.afterTaxFcf).toBeCloseTo(r.totals.preTaxFcf - r.totals.tax, 9);
    // Pre-tax: 4 x (200 - 2 - 1 - 40 - 4) - 200 - 10 = 402.
    expect(r.totals.preTaxFcf).toBeCloseTo(402, 9);
  });

  it('gives C1 (opex + TC/RC + freight) and AISC (+ sustaining) per payable tonne', () => {
    // C1 = (160 + 12) / 80,000 t = 2,150 USD/t; AISC adds sustaining 16 => 2,350 USD/t.
    expect(r.unitCosts).toEqual({
      productId: 'cu',
      unit: 'USD/t',
      c1: expect.closeTo(2150, 6),
      aisc: expect.closeTo(2350, 6),
    });
  });

  it('credits by-product revenue against C1 and shows each product its own payable and revenue', () => {
    const s = costly();
    // Silver-like by-product: 0.1% grade => 1,000 t a year at USD 5,000/t = 5 a year.
    s.products.push(
      product({
        id: 'by',
        name: 'By-product',
        commodityPriceId: 'by',
        mode: 'ore',
        priceUnit: 'USD/t',
        price: a(5000, 'USD/t'),
        grade: a(0.1, '%'),
      }),
    );
    const b = evaluateScenario(s);
    for (const y of annualRows(b.table).slice(1, 5)) {
      expect(y.payable).toEqual([expect.closeTo(20_000, 6), expect.closeTo(1000, 6)]);
      expect(y.revenueByProduct).toEqual([expect.closeTo(200, 9), expect.closeTo(5, 9)]);
    }
    expect(annualRows(b.table)[0]!.payable).toEqual([0, 0]);
    // (160 + 12 - 20) / 80,000 t = 1,900 USD/t; AISC + 16 / 80,000 = 2,100.
    expect(b.unitCosts!.c1).toBeCloseTo(1900, 6);
    expect(b.unitCosts!.aisc).toBeCloseTo(2100, 6);
  });

  it('uses the chosen main product for unit costs, crediting the other', () => {
    const s = costly();
    s.products.push(
      product({
        id: 'by',
        name: 'By-product',
        commodityPriceId: 'by',
        mode: 'ore',
        priceUnit: 'USD/t',
        price: a(5000, 'USD/t'),
        grade: a(0.1, '%'),
      }),
    );
    s.mainProductId = 'by';
    // Copper's 800 credited: (160 + 12 - 800) / 4,000 t of the by-product.
    expect(evaluateScenario(s).unitCosts).toMatchObject({ productId: 'by', c1: expect.closeTo(-628e6 / 4000, 3) });
  });

  it('unit costs carry nothing over from an earlier evaluation with more products or more years', () => {
    const big = costly();
    big.timing.lifeYears = a(8, 'years');
    big.timing.phases.impact.durationYears = 8;
    big.products.push(
      product({
        id: 'by',
        name: 'By-product',
        commodityPriceId: 'by',
        mode: 'ore',
        priceUnit: 'USD/t',
        price: a(5000, 'USD/t'),
        grade: a(0.1, '%'),
      }),
      product({
        id: 'by2',
        name: 'Second by-product',
        commodityPriceId: 'by2',
        mode: 'ore',
        priceUnit: 'USD/t',
        price: a(5000, 'USD/t'),
        grade: a(0.1, '%'),
      }),
    );
    evaluateScenario(big);
    expect(evaluateScenario(costly()).unitCosts!.c1).toBeCloseTo(2150, 6);
    evaluateScenario(big);
    const two = costly();
    two.products.push(big.products[1]!);
    expect(evaluateScenario(two).unitCosts!.c1).toBeCloseTo(1900, 6);
  });

  it('adds royalties to AISC', () => {
    const s = costly();
    s.fiscal.royaltyPct = a(5, '%'); // 10 a year on gross revenue 200
    const k = evaluateScenario(s);
    expect(k.unitCosts!.aisc - k.unitCosts!.c1).toBeCloseTo(((40 + 16) * 1e6) / 80_000, 6);
  });

  it('a scenario with no products has no payable tonnes, whatever was evaluated before', () => {
    evaluateScenario(plain());
    const s = plain();
    s.products = [];
    const r = evaluateScenario(s);
    expect(r.totals.payableMain).toBe(0);
    expect(r.unitCosts).toBeNull();
  });

  it('shows no unit costs when the main product yields nothing payable', () => {
    const s = plain();
    s.products[0] = { ...s.products[0]!, grade: a(0, '%') };
    expect(evaluateScenario(s).unitCosts).toBeNull();
  });
});

describe('phase names in the table', () => {
  it('names the demonstration, scaling and impact years, then closure', () => {
    const s = plain();
    s.timing.phases = {
      demonstration: { startOffsetYears: 1, durationYears: 1 },
      scaling: { startOffsetYears: 2, durationYears: 1 },
      impact: { startOffsetYears: 3, durationYears: 3 },
    };
    s.timing.lifeYears = a(3, 'years');
    expect(evaluateScenario(s).table.phase).toEqual([
      'pre-production',
      'demonstration',
      'scaling',
      'impact',
      'closure',
    ]);
  });
  it('names the years after the closure year post-closure (a capex tranche spent late)', () => {
    const s = plain();
    s.costs.capexTranches.push({
      id: 'late',
      label: 'Late',
      phase: 'impact',
      amountUsdM: a(5, 'USD m'),
      startOffsetYears: 6,
      spreadYears: 1,
    });
    const r = evaluateScenario(s);
    expect(
      annualRows(r.table)
        .slice(5)
        .map((y) => [y.phase, y.capexInitial]),
    ).toEqual([
      ['closure', 0],
      ['post-closure', 0],
      ['post-closure', 5],
    ]);
  });
});

describe('headline ratios', () => {
  it('NPV / capex is shown only when there is initial capex', () => {
    expect(evaluateScenario(plain()).npvToCapex).toBeCloseTo(pv(0.1, reference()) / 200, 12);
    const s = plain();
    s.costs.capexTranches = [];
    expect(evaluateScenario(s).npvToCapex).toBeNull();
  });
  it('a breakeven is found when only the later phases have throughput (no demonstration tonnes)', () => {
    const s = plain();
    s.throughput.demonstrationMtpa = a(0, 'Mtpa'); // plain's demonstration phase lasts 0 years
    const r = evaluateScenario(s);
    expect(r.npv.afterTax).toBeCloseTo(pv(0.1, reference()), 9);
    expect(r.breakeven!.priceMultiplier).toBeCloseTo(evaluateScenario(plain()).breakeven!.priceMultiplier, 12);
  });
});

describe('income tax and super tax', () => {
  const taxOf = (cit: number, sup: number, citCut = 0) => {
    const s = plain();
    s.fiscal.corporateTaxPct = a(cit, '%');
    s.fiscal.superTaxPct = a(sup, '%');
    if (citCut)
      s.levers['fiscal-incentives'] = {
        enabled: true,
        citReductionPp: a(citCut, 'pp'),
        taxCreditPctOfCapex: a(0, '%'),
      };
    return annualRows(evaluateScenario(s).table)[1]!;
  };
  it('splits the tax on taxable income 120 by the two rates', () => {
    expect(taxOf(30, 10)).toMatchObject({
      tax: expect.closeTo(48, 9),
      taxCit: expect.closeTo(36, 9),
      taxSuper: expect.closeTo(12, 9),
    });
  });
  it('splits after the fiscal-incentive lever cuts the income-tax rate (25% CIT + 10% super)', () => {
    expect(taxOf(30, 10, 5)).toMatchObject({
      tax: expect.closeTo(42, 9),
      taxCit: expect.closeTo(30, 9),
      taxSuper: expect.closeTo(12, 9),
    });
  });
  it('gives zero (not NaN) in both columns when there is no income tax at all', () => {
    expect(taxOf(0, 0)).toMatchObject({ tax: 0, taxCit: 0, taxSuper: 0 });
  });
});

describe('peak funding and payback', () => {
  /** Plain with production two years after the capex year (capexYearOffset 0) or one (1). */
  const late = (capexYear: 0 | 1) => {
    const s = plain();
    s.timing.phases = {
      demonstration: { startOffsetYears: 2, durationYears: 0 },
      scaling: { startOffsetYears: 2, durationYears: 0 },
      impact: { startOffsetYears: 2, durationYears: 4 },
    };
    s.costs.capexTranches[0]!.startOffsetYears = capexYear - 2;
    return evaluateScenario(s);
  };
  it('names the first year the cumulative cash flow reaches its low, not a later flat year', () => {
    expect(evaluateScenario(plain()).peakFunding).toEqual({ usdM: 200, year: 2026 });
    const idle = late(0); // -200, 0, 134 ...: the low is reached in 2026 and held through 2027
    expect(idle.table.afterTaxFcf.slice(0, 3)).toEqual([-200, 0, expect.closeTo(134, 9)]);
    expect(idle.peakFunding).toEqual({ usdM: 200, year: 2026 });
    expect(late(1).peakFunding).toEqual({ usdM: 200, year: 2027 }); // 0, -200, 134 ...
  });
  it('counts payback from the valuation date and from first production', () => {
    // Cumulative -200, -66, +68: 1 + 66/134 years from 2026, 66/134 from first production in 2027.
    const p = evaluateScenario(plain()).payback;
    expect(p.years).toBeCloseTo(1 + 66 / 134, 12);
    expect(p.fromFirstProductionYears).toBeCloseTo(66 / 134, 12);
    // Two years later: -200, -200 (idle), -66, +68 from 2026; first production in 2028.
    const q = late(0).payback;
    expect(q.years).toBeCloseTo(2 + 66 / 134, 12);
    expect(q.fromFirstProductionYears).toBeCloseTo(66 / 134, 12);
  });
  it('has no payback from first production when the project never pays back', () => {
    const s = plain();
    s.products[0] = { ...s.products[0]!, price: a(0, 'USD/t') };
    expect(evaluateScenario(s).payback).toMatchObject({ years: null, fromFirstProductionYears: null });
  });
  it('discounts the payback mid-year when the scenario says so', () => {
    const s = plain();
    s.discounting.convention = 'mid-year';
    const m = evaluateScenario(s);
    expect(m.payback.discountedYears).toBeCloseTo(discountedPayback(0.1, reference(), { midYear: true })!, 12);
    expect(m.payback.discountedYears).toBeLessThan(evaluateScenario(plain()).payback.discountedYears!);
  });
  it('gives the pre-tax NPV at each stated rate mid-year too', () => {
    const s = plain();
    s.discounting.convention = 'mid-year';
    const pre = [-200, 170, 170, 170, 170, 0];
    const rows = evaluateScenario(s).npv.atRates;
    expect(rows.map((x) => x.ratePct)).toEqual([0, 5, 8, 10]); // so the loop below cannot pass on an empty table
    for (const row of rows) expect(row.preTax).toBeCloseTo(pv(row.ratePct / 100, pre, true), 9);
  });
});

describe('warnings that explain a result', () => {
  it('a plain project with no debt and no stakeholders has none, and its equity rate is the project rate', () => {
    const r = evaluateScenario(plain());
    expect(r.warnings).toEqual([]);
    expect(r.equityRateStated).toBe(false);
    expect(r.equityRatePct).toBeCloseTo(10, 12);
    expect(r.attributable).toEqual([]);
  });
  it('a stated cost of equity is marked as stated', () => {
    const s = plain();
    s.discounting.costOfEquityPct = a(14, '%');
    expect(evaluateScenario(s)).toMatchObject({ equityRateStated: true, equityRatePct: expect.closeTo(14, 12) });
  });
  it('nothing sold: a no-revenue warning, and no breakeven search (so no breakeven warning)', () => {
    const s = plain();
    s.products[0] = { ...s.products[0]!, price: a(0, 'USD/t') };
    const r = evaluateScenario(s);
    expect(r.warnings).toEqual([{ code: 'noRevenue' }]);
    expect(r.breakeven).toBeNull();
  });
  it('no breakeven search when the main product yields nothing (zero recovery, payability or throughput)', () => {
    const zero: ((s: Scenario) => void)[] = [
      (s) => (s.products[0] = { ...s.products[0]!, recovery: a(0, '%') }),
      (s) => (s.products[0] = { ...s.products[0]!, payability: a(0, '%') }),
      (s) => {
        s.throughput.demonstrationMtpa = a(0, 'Mtpa');
        s.throughput.scalingMtpa = a(0, 'Mtpa');
        s.throughput.fullMtpa = a(0, 'Mtpa');
      },
    ];
    for (const change of zero) {
      const s = plain();
      change(s);
      const r = evaluateScenario(s);
      expect(r.warnings).toEqual([{ code: 'noRevenue' }]);
      expect(r.breakeven).toBeNull();
    }
  });
  it('phases that leave a gap or overlap are flagged, each boundary on its own', () => {
    const flagged = (ph: Scenario['timing']['phases']) => {
      const s = plain();
      s.timing.phases = ph;
      return evaluateScenario(s).warnings.some((w) => w.code === 'phasesMisaligned');
    };
    const aligned = {
      demonstration: { startOffsetYears: 1, durationYears: 1 },
      scaling: { startOffsetYears: 2, durationYears: 1 },
      impact: { startOffsetYears: 3, durationYears: 2 },
    };
    expect(flagged(aligned)).toBe(false);
    expect(flagged({ ...aligned, demonstration: { startOffsetYears: 1, durationYears: 2 } })).toBe(true);
    expect(flagged({ ...aligned, scaling: { startOffsetYears: 2, durationYears: 2 } })).toBe(true);
    expect(flagged({ ...aligned, impact: { startOffsetYears: 2, durationYears: 3 } })).toBe(true);
  });
});
