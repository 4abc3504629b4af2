// Why: the Risks view's scores change the Monte Carlo ranges through riskParameters, and its text says what each
// category drives. Every parameter below is worked out by hand from the documented rule (likelihood L/3 scales
// probabilities, impact I/3 sizes, L·I/9 ranges), and each category's words are checked against what a higher
// score really moves, so a score wired to the wrong category or a scaling turned around shows up.
import { describe, expect, it } from 'vitest';
import { dataset } from '../data';
import { assumption as a, RiskSettingsSchema, type RiskCategoryId, type RiskSettings } from './model';
import { defaultRiskSettings, RISK_CATEGORY_EFFECTS, riskParameters, type RiskParameters } from './risk';

const IDS = Object.keys(RISK_CATEGORY_EFFECTS) as RiskCategoryId[];
const scored = (scores: Partial<Record<RiskCategoryId, [number, number]>>, base = defaultRiskSettings()) => {
  const r: RiskSettings = { ...base, categories: { ...base.categories } };
  for (const [id, [l, i]] of Object.entries(scores) as [RiskCategoryId, [number, number]][])
    r.categories[id] = { likelihood: a(l, 'score'), impact: a(i, 'score') };
  return r;
};

describe('risk parameters from the category scores', () => {
  it('scale each range, probability and size by its own category, worked by hand', () => {
    const p = riskParameters(
      scored({
        'security-governance': [5, 4],
        'environmental-social': [2, 5],
        'infrastructure-logistics': [4, 2],
        'policy-regulation': [2, 5],
        'technical-industrial': [5, 5],
        'geopolitical-strategic': [1, 2],
      }),
    );
    const expected: RiskParameters = {
      delayProb: 0.2 * 0.5 * (5 / 3 + 2 / 3), // 20% at neutral × mean of the two likelihood factors
      delayMaxYears: 5, // 3 years × the larger impact factor 5/3
      capexLowPct: -10,
      capexHighPct: (30 * 20) / 9, // overrun bound × 5·4/9
      opexLowPct: -10,
      opexHighPct: 15,
      infraLowPct: (-5 * 8) / 9,
      infraHighPct: (25 * 8) / 9,
      fiscalProb: (0.15 * 2) / 3,
      royaltyAddPp: 5 / 3,
      taxAddPp: (2.5 * 5) / 3,
      recoveryLowPp: (-3 * 25) / 9,
      recoveryHighPp: 1,
      rampMaxYears: (2 * 25) / 9,
      sigmaScale: 0.75 + (0.25 * 2) / 9,
      marketProb: 0.1 / 3,
      marketDiscount: (0.05 * 2) / 3,
    };
    for (const [k, v] of Object.entries(expected)) expect(p[k as keyof RiskParameters], k).toBeCloseTo(v, 12);
  });
  it('rounds the longest delay to whole years, never below zero, and caps the delay chance at 95%', () => {
    const base = defaultRiskSettings();
    base.delayProbabilityPct = a(90, '%');
    base.delayMaxYears = a(2, 'years');
    const p = riskParameters(scored({ 'security-governance': [5, 4], 'environmental-social': [5, 1] }, base));
    expect(p.delayProb).toBe(0.95); // 0.9 × 5/3 would be 1.5
    expect(p.delayMaxYears).toBe(3); // 2 × 4/3 = 2.67
    base.delayProbabilityPct = a(-10, '%');
    base.delayMaxYears = a(-2, 'years');
    expect(riskParameters(base)).toMatchObject({ delayProb: 0, delayMaxYears: 0 });
  });
  it('treats a category missing from the settings as neutral (3/3)', () => {
    const full = defaultRiskSettings();
    const partial = { ...full, categories: {} as RiskSettings['categories'] };
    expect(riskParameters(partial)).toEqual(riskParameters(full));
    expect(riskParameters(partial)).toMatchObject({ sigmaScale: 1, capexHighPct: 30, marketDiscount: 0.05 });
  });
});

describe('what each category changes, as the Risks view states it', () => {
  /** Words each model parameter is described by in the category's effects. */
  const WORDS: Record<keyof RiskParameters, RegExp> = {
    delayProb: /probability .*start delay/i,
    delayMaxYears: /length of a start delay/i,
    capexLowPct: /capex/i,
    capexHighPct: /capex overrun/i,
    opexLowPct: /opex/i,
    opexHighPct: /opex/i,
    infraLowPct: /freight/i,
    infraHighPct: /freight/i,
    fiscalProb: /fiscal change/i,
    royaltyAddPp: /royalty/i,
    taxAddPp: /income-tax/i,
    recoveryLowPp: /recovery shortfall/i,
    recoveryHighPp: /recovery/i,
    rampMaxYears: /ramp-up/i,
    sigmaScale: /volatility/i,
    marketProb: /market-access/i,
    marketDiscount: /market-access price discount/i,
  };
  it('names every parameter a higher score of that category moves', () => {
    const neutral = riskParameters(defaultRiskSettings());
    for (const id of IDS) {
      const high = riskParameters(scored({ [id]: [5, 5] }));
      const moved = (Object.keys(WORDS) as (keyof RiskParameters)[]).filter((k) => high[k] !== neutral[k]);
      expect(moved.length, id).toBeGreaterThan(0);
      for (const e of RISK_CATEGORY_EFFECTS[id].modelEffects) expect(e, id).toMatch(/^[A-Z][a-z]+ /);
      const text = RISK_CATEGORY_EFFECTS[id].modelEffects.join('; ');
      for (const k of moved) expect(text, `${id} moves ${k}`).toMatch(WORDS[k]);
      // Power opex shares the infrastructure draw; it is the only effect without a parameter of its own.
      if (id === 'infrastructure-logistics') expect(text).toMatch(/power opex multiplier \(same draw as freight\)/i);
    }
  });
  it('labels each category with the article’s own category name', () => {
    const names = new Map(dataset.challenges.map((c) => [c.id, c.category.replace(/ Risks$/, '')]));
    for (const id of IDS) {
      expect(RISK_CATEGORY_EFFECTS[id].id).toBe(id);
      expect(RISK_CATEGORY_EFFECTS[id].label).toBe(names.get(id));
    }
    expect(IDS).toHaveLength(6);
  });
  it('cross-references the start delay the two categories share', () => {
    expect(RISK_CATEGORY_EFFECTS['security-governance'].modelEffects[0]).toMatch(/shared with Environmental & Social/);
    expect(RISK_CATEGORY_EFFECTS['environmental-social'].modelEffects[0]).toMatch(/shared with Security & Governance/);
  });
});

describe('default risk settings', () => {
  it('are a valid settings file of neutral scores and labelled assumptions', () => {
    const r = defaultRiskSettings();
    expect(RiskSettingsSchema.parse(r)).toEqual(r);
    expect(Object.keys(r.categories).sort()).toEqual([...IDS].sort());
    for (const id of IDS) {
      for (const s of [r.categories[id].likelihood, r.categories[id].impact]) {
        expect(s).toMatchObject({ value: 3, unit: 'score 1–5', basis: 'assumption' });
        expect(s.note).toMatch(/^Default (likelihood|impact) score \(assumption\); edit in the Risks view\.$/);
      }
    }
    const inputs = [
      ...r.priceSigmaPct.map((x) => x.sigma),
      r.defaultPriceSigmaPct,
      r.priceCorrelation,
      r.capexLowPct,
      r.capexHighPct,
      r.opexLowPct,
      r.opexHighPct,
      r.delayProbabilityPct,
      r.delayMaxYears,
    ];
    for (const x of inputs) {
      expect(x.basis).toBe('assumption');
      expect(x.note).toMatch(/^Assumed /);
    }
  });
  it('state the values the Risks view starts from', () => {
    const r = defaultRiskSettings();
    expect(
      Object.fromEntries(r.priceSigmaPct.map((x) => [x.commodityPriceId, `${x.sigma.value} ${x.sigma.unit}`])),
    ).toEqual({
      copper: '25 %',
      gold: '15 %',
      antimony: '40 %',
      'ndpr-oxide': '40 %',
      'lithium-carbonate': '50 %',
      'chrome-ore': '20 %',
    });
    const v = (x: { value: number; unit: string }) => `${x.value} ${x.unit}`;
    expect(
      [r.defaultPriceSigmaPct, r.priceCorrelation, r.capexLowPct, r.capexHighPct, r.opexLowPct, r.opexHighPct].map(v),
    ).toEqual(['30 %', '0.3 rho', '-10 %', '30 %', '-10 %', '15 %']);
    expect([r.delayProbabilityPct, r.delayMaxYears].map(v)).toEqual(['20 %', '3 years']);
    expect(r.priceCorrelationPairs).toEqual([{ a: 'copper', b: 'gold', rho: 0.4 }]);
    expect(r.priceCorrelation.note).toMatch(/copper and gold share a higher default/);
    expect(r.capexHighPct.note).toMatch(/scaled by Security & Governance/);
    expect([r.costDistribution, r.percentileConvention, r.pricePaths.mode]).toEqual(['pert', 'reserves', 'flat']);
  });
});
