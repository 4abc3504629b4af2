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

describe('lever definitions and defaults as the editor shows them', () => {
  it('every default effect is a labelled, explained assumption with its stated value and unit', () => {
    const l = defaultLevers();
    const shown = {
      'renewable-microgrids': [l['renewable-microgrids'].powerOpexReductionPct, l['renewable-microgrids'].capexUsdM],
      'logistics-cost-sharing': [l['logistics-cost-sharing'].freightReductionPct],
      'fiscal-incentives': [l['fiscal-incentives'].taxCreditPctOfCapex, l['fiscal-incentives'].citReductionPp],
      'digital-tracking': [l['digital-tracking'].baselineLeakagePct, l['digital-tracking'].recoveredSharePct],
      'midstream-jv': [l['midstream-jv'].payabilityUpliftPp, l['midstream-jv'].tcrcReductionPct],
    };
    const values = Object.fromEntries(
      Object.entries(shown).map(([id, inputs]) => [id, inputs.map((x) => `${x.value} ${x.unit}`)]),
    );
    expect(values).toEqual({
      'renewable-microgrids': ['30 %', '50 USD m'],
      'logistics-cost-sharing': ['15 %'],
      'fiscal-incentives': ['5 %', '0 pp'],
      'digital-tracking': ['1 %', '80 %'],
      'midstream-jv': ['1 pp', '30 %'],
    });
    for (const x of Object.values(shown).flat()) {
      expect(x.basis).toBe('assumption');
      expect(x.note).toMatch(/^Assumed .*(not sourced|legislated|0 by default|quantifies it)/i);
    }
    expect(Object.keys(l).sort()).toEqual(LEVER_DEFINITIONS.map((d) => d.id).sort());
  });

  it('each lever has its own label and a plain-English effect naming what it changes', () => {
    expect(LEVER_DEFINITIONS.map((d) => d.label)).toEqual([
      'Renewable-powered microgrids',
      'Logistics cost-sharing',
      'Fiscal incentives and tax credits',
      'Digital tracking of output',
      'Midstream processing joint ventures',
    ]);
    const changes = ['Power opex', 'Freight', 'tax credit', 'leakage', 'Payability'];
    LEVER_DEFINITIONS.forEach((d, i) => expect(d.effect).toContain(changes[i]));
    expect(LEVER_DEFINITIONS.map((d) => [d.challengeId, d.solutionIndex])).toEqual([
      ['infrastructure-logistics', 0],
      ['infrastructure-logistics', 1],
      ['policy-regulation', 1],
      ['security-governance', 0],
      ['technical-industrial', 0],
    ]);
  });
});
