// Why: the headline NPVs, the equity cash flows and every Monte Carlo draw come from this engine. The oracle here is
// an independent reference model of one plain project, written out by hand: 1 Mt/yr at 2% Cu, USD 10,000/t,
// USD 200 m capex in 2026, four production years 2027–2030, 30% income tax. Each lever and risk multiplier is
// checked against the same hand arithmetic, so a sign or direction error shows up as a wrong number.
import { annualRows } from './result';
import { describe, expect, it } from 'vitest';
import * as formulajs from '@formulajs/formulajs';
import { compileScenario } from './compile';
import { evaluateScenario } from './evaluate';
import { assumption as a } from './model';
import { plain, pv, reference } from './plain.fixture';
import { createWorkspace, neutralPerturbation, runCore, type Perturbation } from './npv-loop';

describe('NPV at the stated rates, against the reference model', () => {
  const r = evaluateScenario(plain());
  it('builds the hand-computed rows', () => {
    expect(r.table.tax).toEqual([0, 36, 36, 36, 36, 0].map((v) => expect.closeTo(v, 9)));
    expect(r.table.afterTaxFcf).toEqual(reference().map((v) => expect.closeTo(v, 9)));
    expect(r.npv.afterTax).toBeCloseTo(pv(0.1, reference()), 9);
  });
  it('gives the 0, 5, 8 and 10% rows from the same flows (Excel NPV convention)', () => {
    const pre = [-200, 170, 170, 170, 170, 0];
    for (const ratePct of [0, 5, 8, 10]) {
      const row = r.npv.atRates.find((x) => x.ratePct === ratePct)!;
      const excel = (flows: number[]) =>
        flows[0]! +
        (ratePct === 0
          ? flows.slice(1).reduce((s, f) => s + f, 0)
          : (formulajs.NPV(ratePct / 100, ...flows.slice(1)) as number));
      expect(row.afterTax).toBeCloseTo(excel(reference()), 9);
      expect(row.preTax).toBeCloseTo(excel(pre), 9);
    }
    expect(r.npv.atRates.map((x) => x.ratePct)).toEqual([0, 5, 8, 10]);
  });
  it('discounts each rate mid-year when the scenario says so', () => {
    const s = plain();
    s.discounting.convention = 'mid-year';
    const m = evaluateScenario(s);
    // The same four rows as end-of-year, so the loop below cannot pass on an empty table.
    expect(m.npv.atRates.map((x) => x.ratePct)).toEqual([0, 5, 8, 10]);
    for (const row of m.npv.atRates) expect(row.afterTax).toBeCloseTo(pv(row.ratePct / 100, reference(), true), 9);
    expect(m.npv.afterTax).toBeCloseTo(pv(0.1, reference(), true), 9);
  });
});

describe('equity cash flows with debt', () => {
  // Half the capex (100) borrowed at 10% over 4 years from first production: payment 10 / (1 − 1.1⁻⁴).
  const s = plain();
  s.debt = { enabled: true, shareOfCapexPct: a(50, '%'), ratePct: a(10, '%'), tenorYears: a(4, 'years') };
  const r = evaluateScenario(s);
  const pay = 10 / (1 - 1.1 ** -4);
  const balance = (k: number) => 100 * 1.1 ** k - (pay * (1.1 ** k - 1)) / 0.1;
  const interest = [0, 1, 2, 3, 4].map((t) => (t === 0 ? 0 : 0.1 * balance(t - 1)));

  it('draws, pays interest and repays on the annuity, leaving no balance', () => {
    expect(r.table.debtDraw).toEqual([100, 0, 0, 0, 0, 0]);
    expect(
      annualRows(r.table)
        .slice(0, 5)
        .map((x) => x.interest),
    ).toEqual(interest.map((v) => expect.closeTo(v, 9)));
    expect(
      annualRows(r.table)
        .slice(0, 5)
        .map((x) => x.debtBalance),
    ).toEqual([0, 1, 2, 3, 4].map((k) => expect.closeTo(balance(k), 9)));
    expect(r.table.debtBalance[5]).toBeCloseTo(0, 9);
  });
  it('subtracts the levered tax: interest is deductible, so equity gains 30% of the interest as a shield', () => {
    // Equity year t = EBITDA 170 − 30% × (120 − interest) − payment; year 0 = −200 + 100.
    const equity = [-100, ...[1, 2, 3, 4].map((t) => 170 - 0.3 * (120 - interest[t]!) - pay), 0];
    expect(r.table.equityFcf).toEqual(equity.map((v) => expect.closeTo(v, 9)));
    // The unlevered project flows do not change with debt.
    expect(r.table.afterTaxFcf).toEqual(reference().map((v) => expect.closeTo(v, 9)));
    expect(r.npv.equity).toBeCloseTo(pv(0.1, equity), 9);
    expect(r.warnings).toContainEqual({ code: 'noCostOfEquity' });
  });
  it('discounts equity at the stated cost of equity instead', () => {
    const t = { ...s, discounting: { ...s.discounting, costOfEquityPct: a(15, '%') } };
    const e = evaluateScenario(t);
    expect(e.npv.equity).toBeCloseTo(pv(0.15, e.table.equityFcf), 9);
    expect(e.equityRatePct).toBeCloseTo(15, 12);
    expect(e.warnings.some((w) => w.code === 'noCostOfEquity')).toBe(false);
  });
});

describe('fiscal-incentive lever', () => {
  const withLever = (citReductionPp: number, taxCreditPctOfCapex: number) => {
    const s = plain();
    s.levers['fiscal-incentives'] = {
      enabled: true,
      citReductionPp: a(citReductionPp, 'pp'),
      taxCreditPctOfCapex: a(taxCreditPctOfCapex, '%'),
    };
    return evaluateScenario(s).table.tax;
  };
  it('lowers the income-tax rate by the stated points', () => {
    expect(withLever(5, 0)).toEqual([0, 30, 30, 30, 30, 0].map((v) => expect.closeTo(v, 9)));
  });
  it('credits a share of initial capex against tax due, never below zero, until used up', () => {
    // Credit 10% × 200 = 20 against year 1's 36; 25% × 200 = 50 uses 36 in year 1 and 14 in year 2.
    expect(withLever(0, 10)).toEqual([0, 16, 36, 36, 36, 0].map((v) => expect.closeTo(v, 9)));
    expect(withLever(0, 25)).toEqual([0, 0, 22, 36, 36, 0].map((v) => expect.closeTo(v, 9)));
    expect(evaluateScenario(plain()).table.tax).toEqual([0, 36, 36, 36, 36, 0].map((v) => expect.closeTo(v, 9)));
  });
  it('has no effect while switched off', () => {
    const s = plain();
    s.levers['fiscal-incentives'] = { enabled: false, citReductionPp: a(5, 'pp'), taxCreditPctOfCapex: a(10, '%') };
    expect(evaluateScenario(s).npv.afterTax).toBeCloseTo(pv(0.1, reference()), 9);
  });
});

describe('Monte Carlo draws move the result in the right direction, by the right amount', () => {
  const c = compileScenario(plain());
  const ws = createWorkspace(c);
  const run = (change: Partial<Omit<Perturbation, 'priceMult'>> & { price?: number }) => {
    const p = neutralPerturbation(c.nP);
    const { price, ...rest } = change;
    Object.assign(p, rest);
    if (price !== undefined) p.priceMult[0] = price;
    return runCore(c, p, ws);
  };
  it('gives the reference NPV with nothing perturbed', () => {
    expect(run({})).toBeCloseTo(pv(0.1, reference()), 9);
  });
  it('a market-access discount and a lower price cut revenue', () => {
    expect(run({ priceDiscount: 0.1 })).toBeCloseTo(pv(0.1, reference({ revenue: 180 })), 9);
    expect(ws.revenue[1]).toBeCloseTo(180, 9);
    expect(run({ price: 1.25 })).toBeCloseTo(pv(0.1, reference({ revenue: 250 })), 9);
  });
  it('a royalty or tax increase, an opex or capex overrun each lower the NPV by the hand-computed amount', () => {
    expect(run({ royaltyAddPp: 2 })).toBeCloseTo(pv(0.1, reference({ royalty: 4 })), 9);
    expect(run({ taxAddPp: 5 })).toBeCloseTo(pv(0.1, reference({ rate: 0.35 })), 9);
    expect(run({ opexMult: 1.2 })).toBeCloseTo(pv(0.1, reference({ opex: 36 })), 9);
    expect(run({ capexMult: 1.1 })).toBeCloseTo(pv(0.1, reference({ capex: 220 })), 9);
  });
  it('a start delay moves the whole project one year later (NPV divided by 1.1)', () => {
    expect(run({ extraDelayYears: 1 })).toBeCloseTo(pv(0.1, reference()) / 1.1, 9);
    expect(run({ extraDelayYears: 0.4 })).toBeCloseTo(pv(0.1, reference()), 9);
  });
});
