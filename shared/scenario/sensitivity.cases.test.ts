// Why: the tornado, spider, price × capex table and NPV curves are read as "what if price falls 20%". Each point
// is checked against the hand reference model of the plain project (revenue 200, opex 30, capex 200, 30% tax).
import { describe, expect, it } from 'vitest';
import { assumption as a } from './model';
import { plain, pv, reference } from './plain.fixture';
import { adjustScenario, npvVsDiscountRate, npvVsPrice, priceCapexTable, spider, tornado } from './sensitivity';

const at10 = (o: Parameters<typeof reference>[0]) => pv(0.1, reference(o));

describe('tornado of the plain project', () => {
  const t = tornado(plain());
  const bar = (v: string) => t.bars.find((b) => b.variable === v)!;
  it('moves each input by ±20% (delay by +2 years, never below zero) against the reference model', () => {
    expect(t.baseNpv).toBeCloseTo(at10({}), 9);
    expect([bar('price').lowNpv, bar('price').highNpv]).toEqual(
      [at10({ revenue: 160 }), at10({ revenue: 240 })].map((v) => expect.closeTo(v, 9)),
    );
    expect([bar('grade').lowNpv, bar('grade').highNpv]).toEqual(
      [at10({ revenue: 160 }), at10({ revenue: 240 })].map((v) => expect.closeTo(v, 9)),
    );
    // Recovery is already 100%: +20% is capped, −20% gives 80%.
    expect([bar('recovery').lowNpv, bar('recovery').highNpv]).toEqual(
      [at10({ revenue: 160 }), at10({})].map((v) => expect.closeTo(v, 9)),
    );
    expect([bar('capex').lowNpv, bar('capex').highNpv]).toEqual(
      [at10({ capex: 160 }), at10({ capex: 240 })].map((v) => expect.closeTo(v, 9)),
    );
    expect([bar('opex').lowNpv, bar('opex').highNpv]).toEqual(
      [at10({ opex: 24 }), at10({ opex: 36 })].map((v) => expect.closeTo(v, 9)),
    );
    expect([bar('discount-rate').lowNpv, bar('discount-rate').highNpv]).toEqual(
      [pv(0.08, reference()), pv(0.12, reference())].map((v) => expect.closeTo(v, 9)),
    );
    expect([bar('start-delay').lowNpv, bar('start-delay').highNpv]).toEqual(
      [at10({}), at10({}) / 1.21].map((v) => expect.closeTo(v, 9)),
    );
  });
  it('labels the cases and sorts the bars by swing, largest first', () => {
    expect(bar('price')).toMatchObject({ label: 'Commodity prices', lowCase: '-20%', highCase: '+20%' });
    expect(bar('start-delay')).toMatchObject({ lowCase: '0 years', highCase: '+2 years' });
    for (const b of t.bars) expect(b.swing).toBeCloseTo(Math.abs(b.highNpv - b.lowNpv), 12);
    expect(t.bars.map((b) => b.swing)).toEqual([...t.bars.map((b) => b.swing)].sort((x, y) => y - x));
    expect(t.bars[0]!.variable).toMatch(/price|grade/);
    const other = tornado(plain(), { rangePct: 10, delayYears: 1 });
    expect(other.bars.find((b) => b.variable === 'opex')!.highNpv).toBeCloseTo(at10({ opex: 33 }), 9);
    expect(other.bars.find((b) => b.variable === 'start-delay')!.highNpv).toBeCloseTo(at10({}) / 1.1, 9);
  });
  it('lets an existing delay be taken back by up to the tornado step', () => {
    const s = plain();
    s.timing.startDelayYears = a(1, 'years');
    const d = tornado(s).bars.find((b) => b.variable === 'start-delay')!;
    expect(d.lowCase).toBe('-1 years');
    expect(d.lowNpv).toBeCloseTo(at10({}), 9);
    expect(d.highNpv).toBeCloseTo(at10({}) / 1.1 ** 3, 9);
  });
});

describe('spider, two-way table and NPV curves', () => {
  it('spider steps from −10% to +10% and leaves the start delay out', () => {
    const sp = spider(plain(), { fromPct: -10, toPct: 10, stepPct: 10, variables: ['opex', 'start-delay'] });
    expect(sp.changesPct).toEqual([-10, 0, 10]);
    expect(sp.series.map((x) => x.variable)).toEqual(['opex']);
    expect(sp.series[0]!.npv).toEqual([27, 30, 33].map((opex) => expect.closeTo(at10({ opex }), 9)));
  });
  it('price × capex table: rows are capex changes, columns price changes', () => {
    const t = priceCapexTable(plain(), { priceChangesPct: [-10, 10], capexChangesPct: [0, 50] });
    expect(t.npv).toEqual([
      [at10({ revenue: 180 }), at10({ revenue: 220 })].map((v) => expect.closeTo(v, 9)),
      [at10({ revenue: 180, capex: 300 }), at10({ revenue: 220, capex: 300 })].map((v) => expect.closeTo(v, 9)),
    ]);
  });
  it('NPV against the discount rate and against the price, with the interpolated breakeven', () => {
    expect(npvVsDiscountRate(plain(), { fromPct: 0, toPct: 10, stepPct: 5 })).toEqual(
      [0, 5, 10].map((r) => ({
        ratePct: r,
        preTax: expect.closeTo(pv(r / 100, [-200, 170, 170, 170, 170, 0]), 9),
        afterTax: expect.closeTo(pv(r / 100, reference()), 9),
      })),
    );
    const c = npvVsPrice(plain(), { fromMult: 0, toMult: 1, steps: 3 });
    const npvs = [0, 100, 200].map((revenue) => at10({ revenue }));
    expect(c.points).toEqual(
      [0, 0.5, 1].map((m, i) => ({ multiplier: m, price: m * 10000, npv: expect.closeTo(npvs[i]!, 9) })),
    );
    expect(c.breakevenMultiplier).toBeCloseTo((0.5 * -npvs[0]!) / (npvs[1]! - npvs[0]!), 9);
    expect(npvVsPrice(plain(), { fromMult: 1, toMult: 2 }).breakevenMultiplier).toBeNull();
  });
});

describe('adjusted scenarios', () => {
  it('scale fixed sustaining capex with capex, cap grade and recovery at 100%, and never delay below zero', () => {
    const s = plain();
    s.costs.sustaining = { mode: 'usd-m-per-year', value: a(10, 'USD m/yr') };
    s.products[0] = { ...s.products[0]!, grade: a(90, '%'), directTonnesPerYear: a(100, 't/yr') };
    const x = adjustScenario(s, {
      capexMult: 1.5,
      gradeMult: 2,
      recoveryMult: 2,
      delayAddYears: -3,
      discountRateMult: 0.5,
    });
    expect(x.costs.sustaining.value.value).toBe(15);
    expect(x.products[0]!.grade.value).toBe(100);
    expect(x.products[0]!.directTonnesPerYear.value).toBe(200);
    expect(x.products[0]!.recovery.value).toBe(100);
    expect(x.timing.startDelayYears.value).toBe(0);
    expect(x.discounting.ratePct.value).toBe(5);
    const pct = adjustScenario(
      { ...s, costs: { ...s.costs, sustaining: { mode: 'pct-initial', value: a(2, '%') } } },
      { capexMult: 3 },
    );
    expect(pct.costs.sustaining.value.value).toBe(2);
    expect(adjustScenario(s, {})).toEqual(s);
  });
});
