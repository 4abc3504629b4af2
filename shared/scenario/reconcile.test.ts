// Why: the 2025 study case claims to reproduce the published study; this holds it to the stated tolerances
// (NPV8 within 15%, IRR within 2.5 pp, payable metal within 5%) with the published values read from the dataset.
import { describe, expect, it } from 'vitest';
import { figureById } from '../data';
import { evaluateScenario } from './evaluate';
import { createScenarioFromPreset } from './presets';
import { reconcile, reconciliationFor } from './reconcile';

describe('Reko Diq 2025 study case, reconciled to the published study', () => {
  const s = createScenarioFromPreset('reko-diq-study-2025');
  const r = evaluateScenario(s);
  const table = reconciliationFor(s, r)!;
  const row = (id: string) => table.rows.find((x) => x.id === id)!;

  it('prices copper at the study deck, USD 4.03/lb', () => {
    expect(s.products[0]!.price.value).toBeCloseTo(4.03 * 2204.62, -1);
    expect(s.products[0]!.price.figureId).toBe('price.copper.reko-diq-fs-usd-t');
  });

  it('is within 15% of the published NPV8 and 2.5 pp of the IRR', () => {
    expect(figureById('reko-diq.npv8')!.value).toBe(13);
    const npv8 = r.npv.atRates.find((x) => x.ratePct === 8)!.afterTax / 1000;
    expect(Math.abs(npv8 - 13) / 13).toBeLessThanOrEqual(0.15);
    expect(Math.abs(r.irr.afterTax.value! * 100 - 21)).toBeLessThanOrEqual(2.5);
    expect(row('npv8')).toMatchObject({ model: npv8, withinTolerance: true, tolerance: 15, gapUnit: '%' });
    expect(row('irr')).toMatchObject({ model: r.irr.afterTax.value! * 100, withinTolerance: true, gapUnit: 'pp' });
    expect(row('irr').otherReadings).toEqual([
      { label: 'Dawn (informed sources)', value: 25, figureId: 'reko-diq.irr.dawn' },
    ]);
  });

  it('pays out life-of-mine metal within 5% of 13.1 Mt Cu and 17.9 Moz Au, with early high-grade years', () => {
    const cu = r.table.payable[0]!.reduce((a, x) => a + x, 0) / 1e6;
    const au = r.table.payable[1]!.reduce((a, x) => a + x, 0) / 1e6;
    expect(Math.abs(cu / 13.1 - 1)).toBeLessThanOrEqual(0.05);
    expect(Math.abs(au / 17.9 - 1)).toBeLessThanOrEqual(0.05);
    expect(row('lom-cu').model).toBeCloseTo(cu, 12);
    const y = (yr: number) => r.table.payable[0]![r.table.year.indexOf(yr)]! / 1000;
    expect(y(2030)).toBeGreaterThanOrEqual(200); // Phase 1: 200 (GoP) – 240 (Barrick) kt a year
    expect(y(2030)).toBeLessThanOrEqual(240);
    expect(y(2036)).toBeGreaterThanOrEqual(400); // Phase 2: 400 – 460 kt from 2034
    expect(y(2036)).toBeLessThanOrEqual(460);
    expect(y(2050)).toBeLessThan(y(2036)); // grade declines after the early years
  });

  it('labels every calibrated input with what it was calibrated to', () => {
    const cal = [
      ...s.products.flatMap((p) => p.gradeProfile ?? []).map((g) => g.grade),
      s.costs.opexPerTonneOre,
      s.costs.sustaining.value,
    ];
    for (const i of cal) expect(i).toMatchObject({ basis: 'calibrated', calibratedTo: expect.stringMatching(/\S/) });
  });

  it('explains every gap and reports free cash flow and capex by phase against the published figures', () => {
    expect(table.rows.map((x) => x.id)).toEqual([
      'npv8',
      'irr',
      'lom-cu',
      'lom-au',
      'lom-fcf',
      'ocf',
      'capex-1',
      'capex-2',
      'capex-total',
    ]);
    for (const x of table.rows) {
      expect(x.explanation.length, x.id).toBeGreaterThan(20);
      expect(Number.isFinite(x.model), x.id).toBe(true);
    }
    expect(row('lom-fcf').published.value).toBe(74);
    expect(row('lom-fcf').model).toBeCloseTo(r.totals.afterTaxFcf / 1000, 12);
    expect(row('capex-1').published.value).toEqual([5.6, 6]);
    expect(row('capex-1').gap).toBe(0); // 5.8 lies inside the published range
    expect(row('capex-2').model).toBeCloseTo(3.26, 12);
  });

  it('has no reconciliation for a scenario that is not a study case, or an unknown id', () => {
    const other = createScenarioFromPreset('saindak');
    expect(reconciliationFor(other, evaluateScenario(other))).toBeNull();
    expect(reconcile('nope', s, r)).toBeNull();
  });
});
