// Why: the defects the issue-13 audit found in the cash-flow model (a hidden leakage haircut, freight on the wrong
// tonnes, expansion depreciated before it runs, no free carry, equity at the project rate), each pinned by a
// hand-computed case that failed before the fix.
import { annualRows } from './result';
import { describe, expect, it } from 'vitest';
import { npv } from '../finance';
import { evaluateScenario } from './evaluate';
import { assumption as a, ScenarioSchema, type Scenario } from './model';
import { copperProject } from './plain.fixture';
import { createScenarioFromPreset, presets } from './presets';

/** 1 Mt/yr at 1% Cu, 90% recovery, 96% payable, USD 10,000/t; 2027–2029; capex 100 in 2026, no tax or royalty. */
function conc(): Scenario {
  const s = copperProject('conc', 'Concentrate', 'hand-checkable', {
    lifeYears: 3,
    product: {
      grade: a(1, '%'),
      recovery: a(90, '%'),
      payability: a(96, '%'),
      freight: a(100, 'USD/t concentrate'),
      concentrateGradePct: a(25, '% Cu'),
    },
    capex: { amountUsdM: 100, phase: 'impact' },
  });
  s.discounting.ratePct = a(10, '%');
  return s;
}

describe('no hidden output haircut', () => {
  it('with the digital-tracking lever off, every preset sells all of its payable output', () => {
    // 1e6 t x 1% x 90% x 96% = 8,640 t payable, USD 86.4 m
    const r = evaluateScenario(conc());
    expect(annualRows(r.table)[1]!.payable[0]).toBeCloseTo(8640, 9);
    expect(r.table.revenue[1]).toBeCloseTo(86.4, 9);
    for (const p of presets) {
      const s = createScenarioFromPreset(p.id);
      expect(s.levers['digital-tracking'].enabled, p.id).toBe(false);
      const off = evaluateScenario(s).npv.afterTax;
      s.levers['digital-tracking'].baselineLeakagePct = a(0, '%');
      expect(
        evaluateScenario(s).npv.afterTax,
        `${p.id}: the baseline leakage changes nothing while the lever is off`,
      ).toBe(off);
    }
  });

  it('with the lever on, it recovers the stated share of the leakage the inputs are net of', () => {
    const s = conc();
    s.levers['digital-tracking'] = { enabled: true, baselineLeakagePct: a(10, '%'), recoveredSharePct: a(50, '%') };
    // output observed = true x 0.9; with tracking, true x (1 - 0.1 x 0.5) = observed x 0.95 / 0.9
    expect(annualRows(evaluateScenario(s).table)[1]!.payable[0]).toBeCloseTo((8640 * 0.95) / 0.9, 9);
  });
});

describe('freight on the concentrate shipped', () => {
  it('charges the recovered metal / concentrate grade, not the payable tonnes', () => {
    // contained metal shipped 9,000 t / 25% = 36,000 t concentrate x USD 100 = USD 3.6 m (payable basis gave 3.456)
    const r = evaluateScenario(conc());
    expect(r.table.freight[1]).toBeCloseTo(3.6, 9);
    const direct = conc();
    direct.products[0] = {
      ...direct.products[0]!,
      mode: 'direct',
      directTonnesPerYear: a(1000, 't/yr'),
      concentrateGradePct: undefined,
    };
    // direct product: 1,000 t shipped (96% of it payable) x USD 100 = USD 0.1 m
    expect(evaluateScenario(direct).table.freight[1]).toBeCloseTo(0.1, 9);
  });
});

describe('depreciation from service', () => {
  it('an expansion is depreciated from the year it comes into service, not from the year it is spent', () => {
    const s = createScenarioFromPreset('reko-diq');
    s.costs.sustaining = { mode: 'usd-m-per-year', value: a(0, 'USD m/yr') };
    const withP2 = evaluateScenario(s);
    const noP2 = evaluateScenario({ ...s, costs: { ...s.costs, capexTranches: [s.costs.capexTranches[0]!] } });
    const dep = (r: typeof withP2, y: number) => annualRows(r.table).find((x) => x.year === y)!.depreciation;
    for (const y of [2031, 2032, 2033]) expect(dep(withP2, y), `${y}`).toBeCloseTo(dep(noP2, y), 9);
    // Phase 2 (USD 3,260 m) straight-line over 10 years from 2034
    for (const y of [2034, 2040, 2043]) expect(dep(withP2, y) - dep(noP2, y), `${y}`).toBeCloseTo(326, 9);
    expect(dep(withP2, 2044) - dep(noP2, 2044)).toBeCloseTo(0, 9);
  });
});

describe('free-carried interest and the cost of equity', () => {
  it('a free-carried share receives distributions but pays no capex; the payers fund it pro rata', () => {
    const s = conc();
    s.fiscal.stakeholders = [
      { name: 'Investor', sharePct: 75 },
      { name: 'Province', sharePct: 25, freeCarriedPct: 10 },
    ];
    expect(ScenarioSchema.safeParse(s).success).toBe(true);
    const r = evaluateScenario(s);
    const f = r.table.afterTaxFcf;
    const pvPos = npv(
      0.1,
      f.map((x) => Math.max(0, x)),
    );
    const pvNeg = npv(
      0.1,
      f.map((x) => Math.min(0, x)),
    );
    const [inv, prov] = r.attributable;
    // 90 points pay: the investor funds 75/90 of the capex, the province 15/90; distributions by share.
    expect(inv!.npvUsdM).toBeCloseTo(0.75 * pvPos + (75 / 90) * pvNeg, 9);
    expect(prov!.npvUsdM).toBeCloseTo(0.25 * pvPos + (15 / 90) * pvNeg, 9);
    expect(inv!.npvUsdM + prov!.npvUsdM).toBeCloseTo(r.npv.afterTax, 9);
    expect(prov!.npvUsdM).toBeGreaterThan(0.25 * r.npv.afterTax);
    const rd = createScenarioFromPreset('reko-diq-study-2025').fiscal.stakeholders;
    expect(rd.find((k) => k.name.includes('Balochistan'))).toMatchObject({ sharePct: 25, freeCarriedPct: 10 });
  });

  it("government take counts the state's free carry: its share of distributions without its share of capex", () => {
    const s = conc();
    s.fiscal.stateEquityPct = a(25, '%', 'Province');
    s.fiscal.foreignEquityPct = a(75, '%', 'Investor');
    const paid = evaluateScenario(s).governmentTake.undiscounted;
    s.fiscal.stakeholders = [
      { name: 'Investor', sharePct: 75 },
      { name: 'Province', sharePct: 25, freeCarriedPct: 10 },
    ];
    const r = evaluateScenario(s);
    const f = r.table.afterTaxFcf;
    const pos = f.reduce((t, x) => t + Math.max(0, x), 0);
    const neg = f.reduce((t, x) => t + Math.min(0, x), 0);
    const g = r.governmentTake.undiscounted;
    // The province funds 15 of the 90 paying points of the capex year and takes 25% of the good years.
    expect(paid.stateEquityShare).toBeCloseTo(0.25 * (pos + neg), 9);
    expect(g.stateEquityShare).toBeCloseTo(0.25 * pos + (15 / 90) * neg, 9);
    expect(g.stateFreeCarriedPct).toBe(10);
    expect(g.government - paid.government).toBeCloseTo((0.25 - 15 / 90) * -neg, 9);
    expect(g.government + g.investor).toBeCloseTo(g.preFiscalCashFlow, 9);
    const d = r.governmentTake.discounted;
    expect(d.stateEquityShare).toBeCloseTo(
      0.25 *
        npv(
          0.1,
          f.map((x) => Math.max(0, x)),
        ) +
        (15 / 90) *
          npv(
            0.1,
            f.map((x) => Math.min(0, x)),
          ),
      9,
    );
    // A carry larger than the state's equity is flagged, not silently counted.
    s.fiscal.stateEquityPct = a(5, '%', 'Province');
    s.fiscal.foreignEquityPct = a(95, '%', 'Investor');
    expect(evaluateScenario(s).warnings).toContainEqual({ code: 'carryExceedsEquity', carriedPct: 10, statePct: 5 });
    // Reko Diq: Balochistan's 10% carry raises the state's take.
    const rd = createScenarioFromPreset('reko-diq-study-2025');
    const withCarry = evaluateScenario(rd).governmentTake.discounted;
    const noCarry = evaluateScenario({
      ...rd,
      fiscal: { ...rd.fiscal, stakeholders: rd.fiscal.stakeholders.map((k) => ({ ...k, freeCarriedPct: 0 })) },
    }).governmentTake.discounted;
    expect(withCarry.stateFreeCarriedPct).toBe(10);
    expect(withCarry.governmentPct!).toBeGreaterThan(noCarry.governmentPct! + 0.1);
  });

  it('equity cash flows are discounted at the stated cost of equity; the project NPV is not', () => {
    const s = createScenarioFromPreset('reko-diq');
    const r = evaluateScenario(s);
    expect(s.discounting.costOfEquityPct?.value).toBe(10);
    expect(r.equityRatePct).toBe(10);
    expect(r.npv.equity).toBeCloseTo(npv(0.1, r.table.equityFcf), 6);
    const s12 = { ...s, discounting: { ...s.discounting, costOfEquityPct: a(12, '%') } };
    const r12 = evaluateScenario(s12);
    expect(r12.npv.equity).toBeCloseTo(npv(0.12, r.table.equityFcf), 6);
    expect(r12.npv.afterTax).toBe(r.npv.afterTax);
    const none = { ...s, discounting: { ...s.discounting, costOfEquityPct: undefined } };
    const rn = evaluateScenario(none);
    expect(rn.equityRateStated).toBe(false);
    expect(rn.npv.equity).toBeCloseTo(npv(0.08, r.table.equityFcf), 6);
    expect(rn.warnings).toContainEqual({ code: 'noCostOfEquity' });
  });
});
