// Why: what the sensitivity charts print beside their numbers (labels, the % or years of each case, the default
// grids) and the cases where two inputs differ only subtly (a price change keeps a per-tonne TC/RC, a grade change
// does not) are what a reader compares against a feasibility study. Checked on the plain project by hand.
import { describe, expect, it } from 'vitest';
import { assumption as a, type Scenario } from './model';
import { scenarioNpv } from './evaluate';
import { plain, pv, reference } from './plain.fixture';
import {
  adjustScenario,
  npvVsDiscountRate,
  npvVsPrice,
  priceCapexTable,
  SENSITIVITY_LABELS,
  tornado,
} from './sensitivity';

const at10 = (o: Parameters<typeof reference>[0]) => pv(0.1, reference(o));
/** The plain project with a TC/RC of USD 1,000 per payable tonne: 20,000 t → 20 a year. */
const withTcrc = (): Scenario => {
  const s = plain();
  s.products[0] = { ...s.products[0]!, tcrc: { mode: 'per-unit', value: a(1000, 'USD/t') } };
  return s;
};

describe('tornado labels and cases', () => {
  const t = tornado(plain());
  it('names each variable and states each case as a signed change with its unit', () => {
    expect(Object.fromEntries(t.bars.map((b) => [b.variable, b.label]))).toEqual({
      price: 'Commodity prices',
      grade: 'Head grade',
      recovery: 'Recovery',
      capex: 'Capex (initial and sustaining)',
      opex: 'Operating costs',
      'discount-rate': 'Discount rate',
      'start-delay': 'Start delay',
    });
    expect(SENSITIVITY_LABELS.price).toBe('Commodity prices');
    for (const b of t.bars.filter((x) => x.variable !== 'start-delay'))
      expect([b.lowChange, b.highChange, b.changeUnit]).toEqual([-20, 20, '%']);
    const d = t.bars.find((b) => b.variable === 'start-delay')!;
    expect([d.lowChange, d.highChange, d.changeUnit]).toEqual([-0, 2, 'years']);
  });
  it('moves price and grade apart when TC/RC is charged per tonne: a lower price keeps the full TC/RC', () => {
    const w = tornado(withTcrc());
    const bar = (v: string) => w.bars.find((b) => b.variable === v)!;
    // Price −20%: revenue 160, TC/RC still 20. Grade −20%: 16,000 t, revenue 160 and TC/RC 16.
    expect(bar('price').lowNpv).toBeCloseTo(at10({ revenue: 140 }), 9);
    expect(bar('grade').lowNpv).toBeCloseTo(at10({ revenue: 144 }), 9);
  });
});

describe('adjusted scenarios', () => {
  it('caps a grade in % at 100 but not a grade in g/t', () => {
    const s = plain();
    s.products[0] = { ...s.products[0]!, grade: a(60, 'g/t') };
    expect(adjustScenario(s, { gradeMult: 2 }).products[0]!.grade.value).toBe(120);
    s.products[0] = { ...s.products[0]!, grade: a(60, '%') };
    expect(adjustScenario(s, { gradeMult: 2 }).products[0]!.grade.value).toBe(100);
  });
});

describe('default grids and curves', () => {
  it('the price × capex table runs from −30% to +30% in 10% steps on both axes', () => {
    const t = priceCapexTable(plain());
    const grid = [-30, -20, -10, 0, 10, 20, 30];
    expect([t.priceChangesPct, t.capexChangesPct]).toEqual([grid, grid]);
    expect(t.npv[1]![5]).toBeCloseTo(at10({ revenue: 240, capex: 160 }), 9);
  });
  it('discounts the NPV-vs-rate curve mid-year when the scenario does', () => {
    const s = plain();
    s.discounting.convention = 'mid-year';
    const r = npvVsDiscountRate(s, { fromPct: 10, toPct: 10 });
    expect(r).toEqual([
      {
        ratePct: 10,
        preTax: expect.closeTo(pv(0.1, [-200, 170, 170, 170, 170, 0], true), 9),
        afterTax: expect.closeTo(pv(0.1, reference(), true), 9),
      },
    ]);
  });
  it('NPV against price: 0.5× to 1.5× by default, evenly spaced between any two multiples', () => {
    const d = npvVsPrice(plain());
    expect(d.points).toHaveLength(21);
    expect([d.points[0]!.multiplier, d.points[20]!.multiplier]).toEqual([0.5, 1.5]);
    const c = npvVsPrice(plain(), { fromMult: 1, toMult: 2, steps: 3 });
    expect(c.points.map((p) => p.multiplier)).toEqual([1, 1.5, 2]);
    expect(c.points[1]!.npv).toBeCloseTo(at10({ revenue: 300 }), 9);
  });
  it('with nothing to sell the curve is flat at the evaluated NPV and has no breakeven', () => {
    const s = plain();
    s.products = [];
    // Capex 200 in year 0 and opex 30 a year for four years, no revenue and no tax.
    const flat = -200 - [1, 2, 3, 4].reduce((acc, t) => acc + 30 / 1.1 ** t, 0);
    expect(scenarioNpv(s).afterTax).toBeCloseTo(flat, 9);
    const c = npvVsPrice(s, { steps: 3 });
    expect(c.points).toEqual([0.5, 1, 1.5].map((m) => ({ multiplier: m, price: 0, npv: expect.closeTo(flat, 9) })));
    expect(c.breakevenMultiplier).toBeNull();
    // Nothing spent either: flat at exactly zero, which is not a crossing.
    s.costs.capexTranches = [];
    s.costs.opexPerTonneOre = a(0, 'USD/t');
    const z = npvVsPrice(s, { steps: 3 });
    expect(z.points.map((p) => p.npv)).toEqual([0, 0, 0]);
    expect(z.breakevenMultiplier).toBeNull();
  });
});
