import { describe, expect, it } from 'vitest';
import { createScenarioFromPreset } from './presets';
import { evaluateScenario } from './evaluate';
import { npvVsDiscountRate, npvVsPrice, priceCapexTable, spider, tornado } from './sensitivity';

describe('sensitivity', () => {
  const s = createScenarioFromPreset('reko-diq');
  const base = evaluateScenario(s).npv.afterTax;

  it('tornado covers the seven variables, sorted by swing', () => {
    const t = tornado(s);
    expect(t.baseNpv).toBeCloseTo(base, 6);
    expect(t.bars).toHaveLength(7);
    for (let i = 1; i < t.bars.length; i++) expect(t.bars[i - 1]!.swing).toBeGreaterThanOrEqual(t.bars[i]!.swing);
    const price = t.bars.find((b) => b.variable === 'price')!;
    expect(price.highNpv).toBeGreaterThan(base);
    expect(price.lowNpv).toBeLessThan(base);
    const rate = t.bars.find((b) => b.variable === 'discount-rate')!;
    expect(rate.highNpv).toBeLessThan(rate.lowNpv);
    const delay = t.bars.find((b) => b.variable === 'start-delay')!;
    expect(delay.lowNpv).toBeCloseTo(base, 6); // no delay to remove in the base case
    expect(delay.highNpv).toBeLessThan(base);
  });

  it('spider passes through the base NPV at 0%', () => {
    const sp = spider(s);
    expect(sp.changesPct).toEqual([-30, -20, -10, 0, 10, 20, 30]);
    // One line per variable but the start delay, so the loop below cannot pass on an empty chart.
    expect(sp.series.map((x) => x.variable)).toEqual(['price', 'grade', 'recovery', 'capex', 'opex', 'discount-rate']);
    for (const ser of sp.series) expect(ser.npv[3]).toBeCloseTo(base, 6);
  });

  it('two-way price x capex table has the base at its centre and moves the right way', () => {
    const t = priceCapexTable(s);
    expect(t.npv[3]![3]).toBeCloseTo(base, 6);
    expect(t.npv[3]![6]!).toBeGreaterThan(t.npv[3]![0]!);
    expect(t.npv[0]![3]!).toBeGreaterThan(t.npv[6]![3]!);
  });

  it('NPV falls with the discount rate and rises with price; breakeven matches the evaluation', () => {
    const r = npvVsDiscountRate(s);
    expect(r.find((x) => x.ratePct === 8)!.afterTax).toBeCloseTo(base, 6);
    for (let i = 1; i < r.length; i++) expect(r[i]!.afterTax).toBeLessThan(r[i - 1]!.afterTax);
    const p = npvVsPrice(s, { fromMult: 0, toMult: 1.5, steps: 61 });
    expect(p.points.at(-1)!.npv).toBeGreaterThan(p.points[0]!.npv);
    expect(p.breakevenMultiplier).toBeCloseTo(evaluateScenario(s).breakeven!.priceMultiplier, 2);
  });
});
