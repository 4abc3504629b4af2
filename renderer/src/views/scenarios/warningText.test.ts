// The scenario cautions a reader sees beside the results, in English and Urdu, from the engine's codes.
import { afterEach, describe, expect, it } from 'vitest';
import { createScenarioFromPreset, evaluateScenario, type ScenarioWarning } from '../../../../shared/scenario';
import { stripBidi } from '../../../../shared/format';
import { i18n } from '../../i18n';
import { warningText } from './warningText';

afterEach(async () => {
  await i18n.changeLanguage('en');
});
const t = (k: string, o?: Record<string, string | number>) => i18n.t(k, { ns: 'scenarios', ...o });

const CASES: [ScenarioWarning, RegExp][] = [
  [{ code: 'carryExceedsEquity', carriedPct: 10, statePct: 5 }, /free-carried 10% exceeds the state's 5% equity/],
  [{ code: 'noCostOfEquity' }, /^No cost of equity is stated: equity cash flows/],
  [{ code: 'noRevenue' }, /^The scenario produces no revenue: check throughput, grades and prices\.$/],
  [{ code: 'phasesMisaligned' }, /^Phase durations do not line up with the next phase start/],
  [{ code: 'noBreakevenPositive', product: 'Copper' }, /even at a zero Copper price .*: no breakeven price\.$/],
  [{ code: 'noBreakevenNegative', product: 'Copper', maxMultiplier: 64 }, /up to 64 ?× the Copper price/],
];

describe('scenario caution wording', () => {
  it.each(CASES)('words %o in English', (w, re) => {
    expect(stripBidi(warningText(t, w))).toMatch(re);
  });

  it.each(CASES)('words %o in Urdu: no key and no English sentence', async (w) => {
    await i18n.changeLanguage('ur');
    const text = stripBidi(warningText(t, w));
    expect(text).not.toMatch(/warning\.|[A-Za-z]{8,}/);
    if ('product' in w) expect(text).toContain(w.product);
  });

  it('the blank preset says it produces no revenue, in the reader language', async () => {
    const r = evaluateScenario(createScenarioFromPreset('blank'));
    expect(r.warnings).toContainEqual({ code: 'noRevenue' });
    await i18n.changeLanguage('ur');
    expect(warningText(t, { code: 'noRevenue' })).toMatch(/کوئی آمدنی نہیں/);
  });
});
