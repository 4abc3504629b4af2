// Why: who gets what. The equity cash flows exist only when debt is switched on and drawn; each stakeholder's NPV
// follows its share of the distributions and, for a free-carried share, funds none of the negative years; the state's
// equity take follows the same rule; and the breakeven price is the price where the after-tax NPV is zero. Checked
// on the plain reference project (after-tax flows -200, 134 x 4, 0 at 10%) against hand arithmetic and an
// independent root check.
import { annualRows } from './result';
import { describe, expect, it } from 'vitest';
import { evaluateScenario, scenarioNpv } from './evaluate';
import { assumption as a, type Scenario } from './model';
import { product } from './preset-helpers';
import { plain, pv } from './plain.fixture';

const POS = [0, 134, 134, 134, 134, 0];
const pvPos = pv(0.1, POS);
const pvNeg = -200;

describe('equity cash flows exist only with debt drawn', () => {
  const debt = (enabled: boolean, share: number) => {
    const s = plain();
    s.debt = { enabled, shareOfCapexPct: a(share, '%'), ratePct: a(10, '%'), tenorYears: a(4, 'years') };
    return evaluateScenario(s);
  };
  it.each([
    ['switched off with a share set', false, 50],
    ['switched on with no share', true, 0],
  ])('%s: no equity NPV or IRR, no debt rows, equity flows = project flows', (_, enabled, share) => {
    const r = debt(enabled, share);
    expect(r.npv.equity).toBeNull();
    expect(r.irr.equity).toBeNull();
    expect(annualRows(r.table).map((y) => [y.debtDraw, y.interest, y.principal, y.debtBalance])).toEqual(
      annualRows(r.table).map(() => [0, 0, 0, 0]),
    );
    expect(r.table.equityFcf).toEqual(r.table.afterTaxFcf);
  });
  it('discounts the equity flows mid-year when the scenario says so', () => {
    const s = plain();
    s.debt = { enabled: true, shareOfCapexPct: a(50, '%'), ratePct: a(10, '%'), tenorYears: a(4, 'years') };
    s.discounting.convention = 'mid-year';
    const r = evaluateScenario(s);
    const eq = r.table.equityFcf;
    expect(r.npv.equity).toBeCloseTo(pv(0.1, eq, true), 9);
    expect(r.npv.equity).not.toBeCloseTo(pv(0.1, eq), 3);
  });
  it("a sole stakeholder's NPV is the levered equity NPV", () => {
    const s = plain();
    s.debt = { enabled: true, shareOfCapexPct: a(50, '%'), ratePct: a(10, '%'), tenorYears: a(4, 'years') };
    s.fiscal.stakeholders = [{ name: 'Owner', sharePct: 100 }];
    const r = evaluateScenario(s);
    expect(r.attributable[0]!.npvUsdM).toBeCloseTo(r.npv.equity!, 9);
    expect(r.npv.equity).not.toBeCloseTo(r.npv.afterTax, 3);
  });
});

describe('stakeholder NPVs', () => {
  const withHolders = (holders: Scenario['fiscal']['stakeholders'], mid = false) => {
    const s = plain();
    s.fiscal.stakeholders = holders;
    if (mid) s.discounting.convention = 'mid-year';
    return evaluateScenario(s);
  };
  it('a 10-point free carry takes 20% of the distributions and funds 10/90 of the capex year', () => {
    const r = withHolders([
      { name: 'Province', sharePct: 20, freeCarriedPct: 10 },
      { name: 'Investor', sharePct: 80 },
    ]);
    expect(r.attributable).toEqual([
      {
        name: 'Province',
        sharePct: 20,
        freeCarriedPct: 10,
        npvUsdM: expect.closeTo(0.2 * pvPos + (10 / 90) * pvNeg, 9),
      },
      {
        name: 'Investor',
        sharePct: 80,
        freeCarriedPct: 0,
        npvUsdM: expect.closeTo(0.8 * pvPos + (80 / 90) * pvNeg, 9),
      },
    ]);
    expect(r.attributable[0]!.npvUsdM + r.attributable[1]!.npvUsdM).toBeCloseTo(r.npv.afterTax, 9);
    expect(r.warnings).toContainEqual({ code: 'noCostOfEquity' });
  });
  it('discounts the positive and negative parts mid-year when the scenario says so', () => {
    const r = withHolders([{ name: 'Province', sharePct: 20, freeCarriedPct: 10 }], true);
    expect(r.attributable[0]!.npvUsdM).toBeCloseTo(0.2 * pv(0.1, POS, true) + (10 / 90) * pvNeg, 9);
    // A closure cost of 10 in 2031 is a negative year that is discounted too: 4.5 years mid-year.
    const s = plain();
    s.costs.closureUsdM = a(10, 'USD m');
    s.discounting.convention = 'mid-year';
    s.fiscal.stakeholders = [{ name: 'Province', sharePct: 20, freeCarriedPct: 10 }];
    const c = evaluateScenario(s);
    expect(c.table.afterTaxFcf[5]).toBeCloseTo(-10, 9);
    const pos = annualRows(c.table).map((y) => Math.max(0, y.afterTaxFcf));
    const neg = [-200, 0, 0, 0, 0, -10];
    expect(c.attributable[0]!.npvUsdM).toBeCloseTo(0.2 * pv(0.1, pos, true) + (10 / 90) * pv(0.1, neg, true), 9);
  });
  it('a wholly free-carried holding funds nothing (and is not NaN)', () => {
    const r = withHolders([{ name: 'Carried', sharePct: 100, freeCarriedPct: 100 }]);
    expect(r.attributable[0]!.npvUsdM).toBeCloseTo(pvPos, 9);
  });
});

describe("the state's equity take", () => {
  const take = (statePct: number, holders: Scenario['fiscal']['stakeholders']) => {
    const s = plain();
    s.fiscal.stateEquityPct = a(statePct, '%');
    s.fiscal.stakeholders = holders;
    s.discounting.costOfEquityPct = a(10, '%');
    return evaluateScenario(s);
  };
  it('without a carry: the state share of every after-tax year', () => {
    const r = take(25, []);
    expect(r.governmentTake.undiscounted).toMatchObject({
      stateEquityShare: expect.closeTo(0.25 * 336, 9),
      stateFreeCarriedPct: 0,
    });
  });
  it('with a carry: its share of the distributions, the paying part of the funding', () => {
    const r = take(20, [
      { name: 'Province', sharePct: 20, freeCarriedPct: 10 },
      { name: 'Investor', sharePct: 80 },
    ]);
    expect(r.governmentTake.undiscounted).toMatchObject({
      stateEquityShare: expect.closeTo(0.2 * 536 + (10 / 90) * pvNeg, 9),
      stateFreeCarriedPct: 10,
    });
    expect(r.governmentTake.discounted.stateEquityShare).toBeCloseTo(0.2 * pvPos + (10 / 90) * pvNeg, 9);
    expect(r.warnings).toEqual([]);
  });
  it('a carry equal to the state equity funds nothing and is not flagged', () => {
    const r = take(10, [
      { name: 'Province', sharePct: 10, freeCarriedPct: 10 },
      { name: 'Investor', sharePct: 90 },
    ]);
    expect(r.governmentTake.undiscounted.stateEquityShare).toBeCloseTo(0.1 * 536, 9);
    expect(r.warnings).toEqual([]);
  });
  it('a carry above the state equity is flagged and capped at it', () => {
    const r = take(5, [
      { name: 'Province', sharePct: 10, freeCarriedPct: 10 },
      { name: 'Investor', sharePct: 90 },
    ]);
    expect(r.warnings).toEqual([{ code: 'carryExceedsEquity', carriedPct: 10, statePct: 5 }]);
    expect(r.governmentTake.undiscounted).toMatchObject({
      stateEquityShare: expect.closeTo(0.05 * 536, 9),
      stateFreeCarriedPct: 5,
    });
  });
  it('a state holding everything, all of it carried, funds nothing (and is not NaN)', () => {
    const r = take(100, [{ name: 'State', sharePct: 100, freeCarriedPct: 100 }]);
    expect(r.governmentTake.undiscounted.stateEquityShare).toBeCloseTo(536, 9);
  });
});

describe('breakeven price of the main product', () => {
  const withCapex = (usdM: number) => {
    const s = plain();
    s.costs.capexTranches[0]!.amountUsdM = a(usdM, 'USD m');
    return s;
  };
  /** After-tax NPV with the main product's price scaled by m: the independent root check. */
  const npvAt = (s: Scenario, m: number) =>
    scenarioNpv({ ...s, products: [{ ...s.products[0]!, price: a(10000 * m, 'USD/t') }, ...s.products.slice(1)] })
      .afterTax;
  const isRoot = (s: Scenario) => {
    const b = evaluateScenario(s).breakeven!;
    expect(b).toMatchObject({ productId: 'cu', priceUnit: 'USD/t' });
    expect(b.price).toBeCloseTo(10000 * b.priceMultiplier, 6);
    expect(Math.abs(npvAt(s, b.priceMultiplier))).toBeLessThan(1e-7);
    expect(npvAt(s, b.priceMultiplier * 0.999)).toBeLessThan(0);
    expect(npvAt(s, b.priceMultiplier * 1.001)).toBeGreaterThan(0);
    return b.priceMultiplier;
  };
  it('below the deck price when NPV is positive, past the price where tax starts (40% of the deck)', () => {
    // Taxed years (m > 0.4): 200 m - 30 - 0.3 (200 m - 80) = 140 m - 6 a year, so -200 + A (140 m - 6) = 0 with
    // A = the 10% annuity factor for years 1-4.
    const A = pv(0.1, [0, 1, 1, 1, 1]);
    expect(isRoot(plain())).toBeCloseTo((200 / A + 6) / 140, 9);
  });
  it.each([1500, 20_000, 35_000])('above the deck price when NPV is negative (capex %d)', (capex) => {
    expect(isRoot(withCapex(capex))).toBeGreaterThan(2);
  });
  it('none within 64 x the deck price: flagged with that limit, though a root exists further out', () => {
    const s = withCapex(55_000);
    expect(npvAt(s, 64)).toBeLessThan(0);
    expect(npvAt(s, 128)).toBeGreaterThan(0);
    const r = evaluateScenario(s);
    expect(r.breakeven).toBeNull();
    expect(r.warnings).toEqual([{ code: 'noBreakevenNegative', product: 'Copper', maxMultiplier: 64 }]);
  });
  it('none when the NPV stays positive even at a zero price (a by-product pays for everything)', () => {
    const s = plain();
    s.products.push(
      product({
        id: 'au',
        name: 'Gold',
        commodityPriceId: 'gold',
        mode: 'direct',
        priceUnit: 'USD/t',
        price: a(1e6, 'USD/t'),
        directTonnesPerYear: a(1000, 't/yr'),
      }),
    );
    expect(npvAt(s, 0)).toBeGreaterThan(0);
    const r = evaluateScenario(s);
    expect(r.breakeven).toBeNull();
    expect(r.warnings).toEqual([{ code: 'noBreakevenPositive', product: 'Copper' }]);
  });
  it('a main product sold in direct mode has the same breakeven as the same tonnes from ore', () => {
    const s = plain();
    s.products[0] = { ...s.products[0]!, mode: 'direct', directTonnesPerYear: a(20_000, 't/yr'), grade: a(0, '%') };
    expect(isRoot(s)).toBeCloseTo(evaluateScenario(plain()).breakeven!.priceMultiplier, 9);
  });
});
