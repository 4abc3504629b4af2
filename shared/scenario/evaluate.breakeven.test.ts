// Why: the breakeven search is a fifth of an evaluation's time, and every slider drag pays for it. A slower bracket
// rule or stopping test still finds the right price, so only the number of core runs it needs shows such a change:
// these tests pin that number (exact where NPV is linear in price, bounded over a grid of taxed projects) beside the
// root itself.
import { describe, expect, it } from 'vitest';
import { evaluateScenario, lastBreakevenRuns, scenarioNpv } from './evaluate';
import { assumption as a, type Scenario } from './model';
import { plain } from './plain.fixture';
import { createScenarioFromPreset, presets } from './presets';

const project = (capexUsdM: number, citPct: number): Scenario => {
  const s = plain();
  s.costs.capexTranches[0]!.amountUsdM = a(capexUsdM, 'USD m');
  s.fiscal.corporateTaxPct = a(citPct, '%');
  return s;
};
const npvAtMultiplier = (s: Scenario, m: number) =>
  scenarioNpv({ ...s, products: [{ ...s.products[0]!, price: a(10000 * m, 'USD/t') }, ...s.products.slice(1)] })
    .afterTax;

describe('breakeven search: core runs', () => {
  it.each([10, 200, 500, 1000])(
    'untaxed (NPV linear in price), capex %d: one run at a zero price and one exact step',
    (capex) => {
      const s = project(capex, 0);
      const b = evaluateScenario(s).breakeven!;
      expect(lastBreakevenRuns()).toBe(2);
      expect(Math.abs(npvAtMultiplier(s, b.priceMultiplier))).toBeLessThan(1e-9 * capex);
    },
  );

  it('taxed projects across a grid of capex and tax rates: every breakeven a root, in at most 111 runs in all', () => {
    let runs = 0;
    let most = 0;
    for (const capex of [10, 100, 200, 300, 500, 1000, 1500, 5000, 20_000, 35_000])
      for (const cit of [30, 60]) {
        const s = project(capex, cit);
        const r = evaluateScenario(s);
        const n = lastBreakevenRuns();
        runs += n;
        most = Math.max(most, n);
        if (r.breakeven === null) {
          // Beyond 64 x the deck price: the search doubles its bracket up to the limit and stops.
          expect(npvAtMultiplier(s, 64)).toBeLessThan(0);
          continue;
        }
        const m = r.breakeven.priceMultiplier;
        expect(Math.abs(npvAtMultiplier(s, m))).toBeLessThan(1e-7 * Math.max(1, capex));
        expect(npvAtMultiplier(s, m * 0.999)).toBeLessThan(0);
        expect(npvAtMultiplier(s, m * 1.001)).toBeGreaterThan(0);
      }
    // Measured with the Illinois rule as written: 111 runs, 10 at most (the 35,000 / 30% project).
    expect(runs).toBeLessThanOrEqual(111);
    expect(most).toBeLessThanOrEqual(10);
  });

  it('the presets each find their breakeven in at most 5 runs', () => {
    for (const { id } of presets.filter((p) => p.id !== 'blank')) {
      const r = evaluateScenario(createScenarioFromPreset(id));
      expect(r.breakeven, id).not.toBeNull();
      expect(lastBreakevenRuns(), id).toBeLessThanOrEqual(5);
    }
  });
});
