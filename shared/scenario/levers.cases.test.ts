// Why: the lever waterfall tells a reader what each of the article's solutions is worth. On the plain reference
// project the fiscal-incentive lever's bar is worked out by hand (30% → 25% income tax, plus a capex credit).
import { describe, expect, it } from 'vitest';
import { assumption as a } from './model';
import { defaultLevers, LEVER_DEFINITIONS, leverWaterfall } from './levers';
import { plain, pv, reference } from './plain.fixture';

describe('lever waterfall on the plain project', () => {
  it('starts all levers off, and with none enabled goes straight from base to final', () => {
    expect(Object.values(defaultLevers()).every((l) => !l.enabled)).toBe(true);
    const w = leverWaterfall(plain());
    expect(w.map((x) => x.id)).toEqual(['base', 'final']);
    expect(w[0]).toMatchObject({ label: 'All levers off', value: expect.closeTo(pv(0.1, reference()), 9) });
    expect(w[1]).toMatchObject({ label: 'With enabled levers', value: expect.closeTo(pv(0.1, reference()), 9) });
  });
  it('prices each enabled lever in definition order, the bars adding up to the final NPV', () => {
    const s = plain();
    s.levers['fiscal-incentives'] = { enabled: true, citReductionPp: a(5, 'pp'), taxCreditPctOfCapex: a(10, '%') };
    s.levers['logistics-cost-sharing'] = { ...s.levers['logistics-cost-sharing'], enabled: true };
    const w = leverWaterfall(s);
    expect(w.map((x) => x.id)).toEqual(['base', 'logistics-cost-sharing', 'fiscal-incentives', 'final']);
    // No freight in the plain project: the logistics lever is worth exactly nothing.
    expect(w[1]!.value).toBeCloseTo(0, 9);
    const withFiscal = pv(0.1, reference({ rate: 0.25, credit: 20 }));
    expect(w[2]).toMatchObject({
      label: LEVER_DEFINITIONS[2]!.label,
      value: expect.closeTo(withFiscal - pv(0.1, reference()), 9),
      cumulative: expect.closeTo(withFiscal, 9),
    });
    expect(w[3]!.value).toBeCloseTo(withFiscal, 9);
    expect(w[0]!.value + w[1]!.value + w[2]!.value).toBeCloseTo(w[3]!.value, 9);
  });
});
