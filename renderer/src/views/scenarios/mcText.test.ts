// The Monte Carlo statement and driver names a reader sees, in English and Urdu, from the engine's keys.
import { describe, expect, it } from 'vitest';
import { createScenarioFromPreset, runMonteCarlo, type MonteCarloDriverId } from '../../../../shared/scenario';
import en from '../../i18n/locales/en/scenarios.json';
import ur from '../../i18n/locales/ur/scenarios.json';
import { driverLabel, mcExplanation } from './mcText';

/** A t() over one locale file: dotted keys, {{name}} interpolation, and the key itself when missing (as i18next). */
function tOf(dict: object) {
  return (k: string, o?: Record<string, string | number>) => {
    const v = k.split('.').reduce<unknown>((d, p) => (d as Record<string, unknown> | undefined)?.[p], dict);
    if (typeof v !== 'string') return k;
    return v.replace(/\{\{(\w+)\}\}/g, (_, n: string) => String(o?.[n] ?? ''));
  };
}
const tEn = tOf(en);
const tUr = tOf(ur);

describe('Monte Carlo wording', () => {
  it('states the convention, the price model with its half-life and the fixed rate, in English and Urdu', () => {
    const s = createScenarioFromPreset('reko-diq');
    const r = runMonteCarlo(
      { ...s, risk: { ...s.risk, pricePaths: { ...s.risk.pricePaths, mode: 'mean-reverting' } } },
      { trials: 200, seed: 3 },
    );
    const text = mcExplanation(tEn, r);
    expect(text).toMatch(/^Reserves convention \(as in mining reports\): P90 is the low case/);
    expect(text).toContain(`half-life ${s.risk.pricePaths.halfLifeYears.value} years`);
    expect(text).toMatch(/not by changing the rate\.$/);
    expect(mcExplanation(tEn, { convention: 'statistical', priceModel: 'flat', halfLifeYears: null })).toMatch(
      /^Statistical convention: P10 is the 10th percentile.*one life-of-mine price per commodity/,
    );
    const urText = mcExplanation(tUr, r);
    expect(urText).toContain(`${s.risk.pricePaths.halfLifeYears.value} سال`);
    expect(urText).not.toMatch(/mc\.|[A-Za-z]{12,}/); // no key and no English sentence leaks into the Urdu
  });

  it('names the price driver by its product and every other driver in words, never by an internal id', () => {
    const s = createScenarioFromPreset('ussm-export-programme');
    const r = runMonteCarlo(s, { trials: 200, seed: 4 });
    const main = s.products.find((p) => p.id === r.drivers.find((d) => d.id === 'price')!.productId)!;
    for (const d of r.drivers) {
      const label = driverLabel(tEn, s, d);
      expect(label).not.toMatch(/^mc\.|ndpr-oxide/);
      expect(label).not.toBe(d.id);
      expect(driverLabel(tUr, s, d)).not.toMatch(/^mc\./);
      if (d.id === 'price') expect(label).toBe(`${main.name} price`);
    }
    const ids: MonteCarloDriverId[] = ['capex', 'logistics-power', 'fiscal-change', 'market-access'];
    expect(ids.map((id) => driverLabel(tEn, s, { id, categoryId: 'cost', correlation: 0 }))).toEqual([
      'Capex overrun',
      'Freight and power cost',
      'Royalty/tax increase',
      'Market-access discount',
    ]);
  });
});
