import { describe, expect, it } from 'vitest';
import { annualRows } from './result';
import { irr, npv } from '../finance';
import { assumption as a, ScenarioSchema, type Scenario } from './model';
import { evaluateScenario, scenarioNpv } from './evaluate';
import { irrCautions } from './irr-cautions';
import { compileScenario } from './compile';
import { createWorkspace, neutralPerturbation, runCore } from './npv-loop';
import { createScenarioFromPreset, presets } from './presets';
import { copperProject } from './plain.fixture';

/**
 * Hand-checkable project. 1 Mt/yr ore at 1% Cu, 90% recovery, 100% payable => 9,000 t Cu/yr at USD 10,000/t
 * = USD 90 m/yr revenue, 2027–2029 (first production at offset 1, life 3); closure USD 10 m in 2030.
 * Royalties: 5% of gross = 4.5, federal NSR 1% = 0.9 => 5.4. Opex: 30 USD/t x 1 Mt = 30, fixed 5 => 35.
 * EBITDA = 90 - 5.4 - 35 = 49.6. Capex USD 100 m in 2026, depreciated over 2 years from 2027: 50, 50.
 * Taxable: 2027 -0.4 (loss), 2028 -0.4 (loss), 2029 49.6 - 0.8 = 48.8 -> tax 30% = 14.64; 2030 -10 (loss).
 * Pre-tax FCF: -100, 49.6, 49.6, 49.6, -10. After-tax FCF: -100, 49.6, 49.6, 34.96, -10.
 */
function tiny(): Scenario {
  const s = copperProject('tiny', 'Tiny', 'hand-checkable', {
    lifeYears: 3,
    product: { grade: a(1, '%'), recovery: a(90, '%'), payability: a(100, '%') },
    capex: { amountUsdM: 100, phase: 'demonstration' },
  });
  s.costs.opexPerTonneOre = a(30, 'USD/t');
  s.costs.fixedOpexUsdMPerYear = a(5, 'USD m/yr');
  s.costs.closureUsdM = a(10, 'USD m');
  s.fiscal.royaltyPct = a(5, '%');
  s.fiscal.federalNsrPct = a(1, '%');
  s.fiscal.corporateTaxPct = a(30, '%');
  s.fiscal.depreciationYears = a(2, 'years');
  s.fiscal.lossCarryForwardYears = a(0, 'years');
  s.discounting.ratePct = a(10, '%');
  s.levers['digital-tracking'].baselineLeakagePct = a(0, '%'); // no revenue leakage in the hand calculation
  return s;
}

describe('evaluateScenario on a hand-checked project', () => {
  const s = tiny();
  const r = evaluateScenario(s);

  it('is a valid scenario', () => {
    expect(ScenarioSchema.safeParse(s).success).toBe(true);
  });

  it('builds the annual rows by hand', () => {
    expect(r.table.year).toEqual([2026, 2027, 2028, 2029, 2030]);
    expect(r.table.phase).toEqual(['pre-production', 'impact', 'impact', 'impact', 'closure']);
    const y = annualRows(r.table)[1]!;
    expect(y.payable[0]).toBeCloseTo(9000, 9);
    expect(y.revenue).toBeCloseTo(90, 9);
    expect(y.royaltyProvincial).toBeCloseTo(4.5, 9);
    expect(y.royaltyFederal).toBeCloseTo(0.9, 9);
    expect(y.royalties).toBeCloseTo(5.4, 9);
    expect(y.opex).toBeCloseTo(35, 9);
    expect(y.ebitda).toBeCloseTo(49.6, 9);
    expect(r.table.depreciation).toEqual([0, 50, 50, 0, 0]);
    expect(r.table.tax).toEqual([0, 0, 0, expect.closeTo(14.64, 9), 0]);
    expect(r.table.lossUsed[3]).toBeCloseTo(0.8, 9);
    expect(r.table.preTaxFcf).toEqual([-100, 49.6, 49.6, 49.6, -10].map((v) => expect.closeTo(v, 9)));
    expect(r.table.afterTaxFcf).toEqual([-100, 49.6, 49.6, 34.96, -10].map((v) => expect.closeTo(v, 9)));
    expect(r.table.capexClosure[4]).toBe(10);
  });

  it('computes NPV, IRR and payback from those flows', () => {
    // -100 + 49.6/1.1 + 49.6/1.21 + 34.96/1.331 - 10/1.4641 = 5.5185
    expect(r.npv.afterTax).toBeCloseTo(-100 + 49.6 / 1.1 + 49.6 / 1.21 + 34.96 / 1.331 - 10 / 1.4641, 9);
    expect(r.npv.afterTax).toBeCloseTo(5.5185, 4);
    expect(r.npv.preTax).toBeCloseTo(npv(0.1, [-100, 49.6, 49.6, 49.6, -10]), 9);
    // undiscounted: -100 + 49.6 + 49.6 + 34.96 - 10 = 24.16
    expect(r.npv.atRates.find((x) => x.ratePct === 0)!.afterTax).toBeCloseTo(24.16, 9);
    expect(r.irr.afterTax.value).toBeCloseTo(irr([-100, 49.6, 49.6, 34.96, -10])!, 10);
    // cumulative -100, -50.4, -0.8, 34.16 -> 2 + 0.8/34.96, but the closure year takes it to 24.16 (still >= 0)
    expect(r.payback.years).toBeCloseTo(2 + 0.8 / 34.96, 10);
    expect(r.peakFunding).toEqual({ usdM: 100, year: 2026 });
    expect(r.npvToCapex).toBeCloseTo(r.npv.afterTax / 100, 12);
  });

  it('splits government take: royalties 16.2 + tax 14.64 of pre-fiscal cash flow 55', () => {
    // pre-fiscal = pre-tax FCF sum (38.8) + royalties (16.2) = 55; government 30.84, investor 24.16
    const g = r.governmentTake.undiscounted;
    expect(g.royalties).toBeCloseTo(16.2, 9);
    expect(g.incomeTax).toBeCloseTo(14.64, 9);
    expect(g.preFiscalCashFlow).toBeCloseTo(55, 9);
    expect(g.investor).toBeCloseTo(24.16, 9);
    expect(g.governmentPct).toBeCloseTo((30.84 / 55) * 100, 9);
    expect(g.government + g.investor).toBeCloseTo(g.preFiscalCashFlow, 9);
  });

  it('finds the breakeven price where after-tax NPV = 0', () => {
    expect(r.breakeven).not.toBeNull();
    const m = r.breakeven!.priceMultiplier;
    expect(m).toBeLessThan(1);
    const at = scenarioNpv({ ...s, products: [{ ...s.products[0]!, price: a(10000 * m, 'USD/t') }] }).afterTax;
    expect(Math.abs(at)).toBeLessThan(1e-5);
  });

  it('reports C1 and AISC per tonne of copper', () => {
    // C1 = opex 105 / 27,000 t = 3,888.9 USD/t; AISC adds royalties 16.2 => 4,488.9 USD/t
    expect(r.unitCosts!.c1).toBeCloseTo(105e6 / 27000, 6);
    expect(r.unitCosts!.aisc).toBeCloseTo(121.2e6 / 27000, 6);
  });

  it('a 6.5% royalty instead of 5% raises provincial royalties by exactly 1.5% of revenue', () => {
    const hi = evaluateScenario({ ...s, fiscal: { ...s.fiscal, royaltyPct: a(6.5, '%') } });
    expect(hi.table.royaltyProvincial[1] - r.table.royaltyProvincial[1]).toBeCloseTo(0.015 * 90, 9);
    expect(hi.npv.afterTax).toBeLessThan(r.npv.afterTax);
  });

  it('mid-year discounting raises the NPV of positive flows', () => {
    const mid = evaluateScenario({ ...s, discounting: { ...s.discounting, convention: 'mid-year' } });
    expect(mid.npv.afterTax).toBeGreaterThan(r.npv.afterTax);
    expect(mid.npv.afterTax).toBeCloseTo(npv(0.1, [-100, 49.6, 49.6, 34.96, -10], { midYear: true }), 9);
  });

  it('debt gives equity cash flows and an equity IRR', () => {
    // Draw 50 in 2026; annuity over 2 years at 10% from 2027: 50 x 0.1 / (1 - 1.1^-2) = 28.8095
    const d = evaluateScenario({
      ...s,
      debt: { enabled: true, shareOfCapexPct: a(50, '%'), ratePct: a(10, '%'), tenorYears: a(2, 'years') },
    });
    expect(d.table.debtDraw[0]).toBe(50);
    expect(d.table.interest[1]).toBeCloseTo(5, 9);
    expect(d.table.interest[1] + d.table.principal[1]).toBeCloseTo((50 * 0.1) / (1 - 1.1 ** -2), 9);
    // The balance runs 50 → 50 − first repayment → 0 (a zero at the end alone would pass with no schedule at all).
    expect(d.table.debtBalance[0]).toBe(50);
    expect(d.table.debtBalance[1]).toBeCloseTo(50 - d.table.principal[1], 9);
    expect(d.table.principal[1]).toBeGreaterThan(20);
    expect(d.table.debtBalance[2]).toBeCloseTo(0, 9);
    expect(d.table.equityFcf[0]).toBeCloseTo(-50, 9);
    expect(d.irr.equity?.value).toBeTypeOf('number');
    expect(d.irr.equity!.value!).toBeGreaterThan(d.irr.afterTax.value!);
    // No cost of equity stated: the equity flows are discounted at the project's 10%.
    expect(d.npv.equity).toBeCloseTo(npv(0.1, d.table.equityFcf), 9);
  });

  it('attributes NPV to stakeholders by share', () => {
    const o = evaluateScenario({
      ...s,
      fiscal: {
        ...s.fiscal,
        stakeholders: [
          { name: 'A', sharePct: 60 },
          { name: 'B', sharePct: 40 },
        ],
      },
    });
    expect(o.attributable[0]!.npvUsdM).toBeCloseTo(0.6 * o.npv.afterTax, 9);
  });
});

describe('timing.productionStartsIn', () => {
  /** The hand-checked project one year later: 2026 construction (demonstration), production from the scaling phase in 2028. */
  function tinyConstruction(): Scenario {
    const s = tiny();
    s.timing.productionStartsIn = 'scaling';
    s.timing.phases = {
      demonstration: { startOffsetYears: 0, durationYears: 2 },
      scaling: { startOffsetYears: 2, durationYears: 0 },
      impact: { startOffsetYears: 2, durationYears: 3 },
    };
    s.throughput.demonstrationMtpa = a(5, 'Mtpa'); // ignored: the demonstration phase is construction
    s.costs.capexTranches = [
      {
        id: 'c',
        label: 'Initial',
        phase: 'scaling',
        amountUsdM: a(100, 'USD m'),
        startOffsetYears: -1,
        spreadYears: 1,
      },
    ];
    return s;
  }

  it("defaults to 'demonstration' for files written before the field existed", () => {
    const s = tiny();
    const { productionStartsIn: _, ...timing } = s.timing;
    const r = ScenarioSchema.safeParse({ ...s, timing });
    expect(r.success).toBe(true);
    expect(r.data!.timing.productionStartsIn).toBe('demonstration');
  });

  it("'scaling': no throughput in the demonstration phase, life and closure count from first production", () => {
    const s = tinyConstruction();
    expect(ScenarioSchema.safeParse(s).success).toBe(true);
    const r = evaluateScenario(s);
    const base = evaluateScenario(tiny());
    expect(r.firstProductionYear).toBe(2028);
    expect(r.lastProductionYear).toBe(2030);
    expect(r.table.phase).toEqual(['pre-production', 'pre-production', 'impact', 'impact', 'impact', 'closure']);
    expect(r.table.oreMt).toEqual([0, 0, 1, 1, 1, 0]);
    expect(r.table.capexInitial).toEqual([0, 100, 0, 0, 0, 0]);
    expect(r.table.afterTaxFcf).toEqual([0, ...annualRows(base.table).map((x) => expect.closeTo(x.afterTaxFcf, 9))]);
    // The same project one year later: NPV divided by 1.1.
    expect(r.npv.afterTax).toBeCloseTo(base.npv.afterTax / 1.1, 9);
    expect(r.warnings).toEqual(base.warnings);
  });

  it("'scaling': the lean core, the microgrid lever (year before first production) and a start delay agree", () => {
    const s = tinyConstruction();
    s.levers['renewable-microgrids'] = { ...s.levers['renewable-microgrids'], enabled: true, capexUsdM: a(7, 'USD m') };
    const r = evaluateScenario(s);
    expect(r.table.capexInitial[1]).toBeCloseTo(107, 9);
    const c = compileScenario(s);
    const ws = createWorkspace(c);
    ws.detail = false;
    expect(runCore(c, neutralPerturbation(c.nP), ws)).toBe(r.npv.afterTax);
    const delayed = evaluateScenario({ ...s, timing: { ...s.timing, startDelayYears: a(2, 'years') } });
    expect(delayed.firstProductionYear).toBe(2030);
    expect(delayed.npv.afterTax).toBeCloseTo(r.npv.afterTax / 1.21, 9);
  });
});

describe('evaluateScenario edge cases', () => {
  it('gives the IRR-undefined reason and no NaN when nothing is produced', () => {
    const r = evaluateScenario(createScenarioFromPreset('blank'));
    expect(r.irr.afterTax.value).toBeNull();
    expect(r.irr.afterTax.note?.code).toBe('allZero');
    // Behaviour change (issue 17): IRR notes are codes worded by the reader, picked by irrCautions, not warnings.
    expect(irrCautions(r).map((c) => [c.metric, c.note.code])).toEqual([
      ['preTax', 'allZero'],
      ['afterTax', 'allZero'],
    ]);
    const json = JSON.stringify(r);
    expect(json).not.toMatch(/NaN|Infinity/);
    expect(r.npv.afterTax).toBe(0);
  });

  it('all-negative flows (costs, no revenue) give an undefined IRR and no NaN', () => {
    const s = tiny();
    const r = evaluateScenario({ ...s, products: [{ ...s.products[0]!, price: a(0, 'USD/t') }] });
    expect(r.irr.afterTax.value).toBeNull();
    expect(r.irr.afterTax.note?.code).toBe('allNegative');
    expect(r.payback.years).toBeNull();
    expect(JSON.stringify(r)).not.toMatch(/NaN|Infinity/);
  });

  it('the lean core NPV equals evaluateScenario NPV for every preset', () => {
    for (const p of presets) {
      const s = createScenarioFromPreset(p.id);
      const c = compileScenario(s);
      const ws = createWorkspace(c);
      ws.detail = false;
      const lean = runCore(c, neutralPerturbation(c.nP), ws);
      const full = evaluateScenario(s);
      expect(lean).toBe(full.npv.afterTax);
      expect(ws.npvPreTax).toBe(full.npv.preTax);
      // and the rows' after-tax flows discount to the same NPV
      expect(npv(s.discounting.ratePct.value / 100, full.table.afterTaxFcf)).toBeCloseTo(full.npv.afterTax, 6);
    }
  });
});
