// Why: the Risks view prints these sentences and labels beside the heatmap; each case below is worked out by hand
// from the engine's documented scaling (likelihood L/3, impact I/3, weight L·I/9 on RISK_BASE), so a wrong
// magnitude, sign, unit or "Assumption" label shows up as a wrong sentence.
import { describe, expect, it } from 'vitest';
import { createScenarioFromPreset, defaultRiskSettings, scenarioNpv } from '../scenario';
import { RISK_CATEGORY_EFFECTS } from '../scenario/risk';
import type { LeverId, Scenario } from '../scenario/model';
import { defaultRiskScores, isDefaultScore, RISK_CATEGORY_IDS, scoreFor, toRiskCategories } from './defaults';
import { categoryEffects } from './effects';
import { leverNpvEffect, leverSettingText } from './solution-levers';

const allScores = (likelihood: number, impact: number) => {
  const d = defaultRiskScores();
  for (const id of RISK_CATEGORY_IDS) d.scores[id] = { likelihood, impact, note: '' };
  return d;
};
const magnitudes = (scores = defaultRiskScores(), settings = defaultRiskSettings()) =>
  Object.fromEntries(categoryEffects(settings, scores).map((e) => [e.id, e.magnitude]));

describe('category effect sentences', () => {
  it('at neutral scores state the engine base values for every category', () => {
    // Base: delay 20% × ½(1+1), max 3 years; capex −10%…+30%; infra −5…+25%; fiscal 15%, +1 pp, +2.5 pp;
    // recovery −3…+1 pp, ramp 2 years; volatility ×(0.75 + 0.25); market 10% chance of 5%.
    expect(magnitudes()).toEqual({
      'security-governance':
        '20% chance of a start delay of 1 to 3 years (shared with Environmental & Social); capex \u221210% to +30%',
      'infrastructure-logistics': 'Freight and power opex \u22125% to +25%',
      'policy-regulation': '15% chance of a fiscal change: royalty +1 pp, income tax +2.5 pp',
      'technical-industrial': 'Recovery \u22123 pp to +1 pp; up to 2 years extra ramp-up',
      'environmental-social': '20% chance of a start delay of 1 to 3 years (shared with Security & Governance)',
      'geopolitical-strategic': 'Price volatility ×1.00; 10% chance of a 5% market-access price discount',
    });
  });

  it('at the lowest scores (1/1) scale probabilities by 1/3, sizes by 1/3 and ranges by 1/9, rounded for reading', () => {
    expect(magnitudes(allScores(1, 1))).toEqual({
      // 20% × ⅓ = 6.67%; round(3 × ⅓) = 1 year (singular); 30% / 9 = 3.33%.
      'security-governance':
        '6.7% chance of a start delay of 1 to 1 year (shared with Environmental & Social); capex \u221210% to +3.3%',
      'infrastructure-logistics': 'Freight and power opex \u22120.6% to +2.8%',
      'policy-regulation': '5% chance of a fiscal change: royalty +0.33 pp, income tax +0.83 pp',
      'technical-industrial': 'Recovery \u22120.33 pp to +1 pp; up to 0.2 years extra ramp-up',
      'environmental-social': '6.7% chance of a start delay of 1 to 1 year (shared with Security & Governance)',
      'geopolitical-strategic': 'Price volatility ×0.78; 3.3% chance of a 1.7% market-access price discount',
    });
  });

  it('writes ± for a zero bound and lists what each category drives, in the engine words and order', () => {
    const settings = defaultRiskSettings();
    settings.capexLowPct = { ...settings.capexLowPct, value: 0 };
    expect(magnitudes(defaultRiskScores(), settings)['security-governance']).toContain('capex ±0% to +30%');
    const effects = categoryEffects(defaultRiskSettings(), defaultRiskScores());
    expect(effects.map((e) => e.id)).toEqual(Object.keys(RISK_CATEGORY_EFFECTS));
    for (const e of effects) expect(e.drives).toEqual(RISK_CATEGORY_EFFECTS[e.id].modelEffects);
  });
});

describe('heatmap scores as engine inputs', () => {
  it('defaults are the neutral 3/3 with empty notes for each of the six categories', () => {
    const d = defaultRiskScores();
    expect(d).toEqual({
      schemaVersion: 1,
      kind: 'risk-scores',
      scores: Object.fromEntries(RISK_CATEGORY_IDS.map((id) => [id, { likelihood: 3, impact: 3, note: '' }])),
    });
    expect(RISK_CATEGORY_IDS).toHaveLength(6);
  });

  it('falls back to the default for a category the file lacks, and to 3/3 for an id nobody knows', () => {
    const doc = { ...defaultRiskScores(), scores: { 'policy-regulation': { likelihood: 5, impact: 1, note: 'x' } } };
    expect(scoreFor(doc, 'policy-regulation')).toEqual({ likelihood: 5, impact: 1, note: 'x' });
    expect(scoreFor(doc, 'security-governance')).toEqual({ likelihood: 3, impact: 3, note: '' });
    expect(scoreFor(doc, 'no-such-category')).toEqual({ likelihood: 3, impact: 3, note: '' });
  });

  it('a score is the assumption only while both likelihood and impact equal the default', () => {
    const d = defaultRiskScores();
    d.scores['policy-regulation'] = { likelihood: 4, impact: 3, note: '' };
    d.scores['technical-industrial'] = { likelihood: 3, impact: 2, note: '' };
    d.scores['environmental-social'] = { likelihood: 3, impact: 3, note: 'checked, left as is' };
    expect(isDefaultScore(d, 'policy-regulation')).toBe(false);
    expect(isDefaultScore(d, 'technical-industrial')).toBe(false);
    expect(isDefaultScore(d, 'environmental-social')).toBe(true);
    expect(isDefaultScore({ ...d, scores: {} }, 'policy-regulation')).toBe(true);
    // A score in the file for an id without a default is the user's own, not an assumption.
    expect(isDefaultScore({ ...d, scores: { other: { likelihood: 3, impact: 3, note: '' } } }, 'other')).toBe(false);
  });

  it('passes the scores to the engine with a note saying whose they are', () => {
    const d = defaultRiskScores();
    d.scores['security-governance'] = { likelihood: 5, impact: 2, note: '' };
    const cats = toRiskCategories(d);
    expect(Object.keys(cats)).toEqual(RISK_CATEGORY_IDS);
    expect(cats['security-governance']).toEqual({
      likelihood: {
        value: 5,
        unit: 'score 1–5',
        basis: 'assumption',
        note: 'Score set in the Risks view (analyst assessment).',
      },
      impact: {
        value: 2,
        unit: 'score 1–5',
        basis: 'assumption',
        note: 'Score set in the Risks view (analyst assessment).',
      },
    });
    expect(cats['policy-regulation'].impact).toEqual({
      value: 3,
      unit: 'score 1–5',
      basis: 'assumption',
      note: 'Default score (assumption).',
    });
  });
});

describe('solution levers priced alone', () => {
  const only = (s: Scenario, id: LeverId | null): Scenario => ({
    ...s,
    levers: Object.fromEntries(
      Object.entries(s.levers).map(([k, v]) => [k, { ...v, enabled: k === id }]),
    ) as Scenario['levers'],
  });

  it('is the NPV with only that lever on minus the NPV with every lever off, whatever else is switched on', () => {
    const s = createScenarioFromPreset('reko-diq');
    const allOn = {
      ...s,
      levers: Object.fromEntries(
        Object.entries(s.levers).map(([k, v]) => [k, { ...v, enabled: true }]),
      ) as Scenario['levers'],
    };
    const off = scenarioNpv(only(s, null)).afterTax;
    for (const id of ['logistics-cost-sharing', 'midstream-jv'] as const) {
      const expected = scenarioNpv(only(s, id)).afterTax - off;
      expect(Math.abs(expected)).toBeGreaterThan(1);
      expect(leverNpvEffect(allOn, id)).toBeCloseTo(expected, 6);
      expect(leverNpvEffect(only(s, null), id)).toBeCloseTo(expected, 6);
    }
  });

  it('states each lever setting in words', () => {
    const l = createScenarioFromPreset('reko-diq').levers;
    expect(leverSettingText(l, 'logistics-cost-sharing')).toBe('freight \u221215%');
    expect(leverSettingText(l, 'fiscal-incentives')).toBe('tax credit 5% of initial capex');
    const cut = {
      ...l,
      'fiscal-incentives': {
        ...l['fiscal-incentives'],
        citReductionPp: { ...l['fiscal-incentives'].citReductionPp, value: 2 },
      },
    };
    expect(leverSettingText(cut, 'fiscal-incentives')).toBe('tax credit 5% of initial capex, income tax \u22122 pp');
    expect(leverSettingText(l, 'digital-tracking')).toBe('recovers 80% of an assumed 1% output leakage');
    expect(leverSettingText(l, 'midstream-jv')).toBe('payability +1 pp, TC/RC \u221230%');
  });
});
