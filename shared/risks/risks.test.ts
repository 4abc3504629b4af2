// Risk defaults (assumptions from the engine), per-category model effects, and solution → lever links.
import { describe, expect, it } from 'vitest';
import { dataset } from '../data';
import { createScenarioFromPreset, defaultRiskSettings, LEVER_DEFINITIONS, scenarioNpv } from '../scenario';
import type { Scenario } from '../scenario/model';
import { RiskScoresSchema } from './scores';
import { defaultRiskScores, isDefaultScore, scoreFor, toRiskCategories } from './defaults';
import { categoryEffects } from './effects';
import { leverForSolution, leverNpvEffect, leverSettingText } from './solution-levers';

describe('risk defaults', () => {
  it('covers all six article categories with the engine neutral scores, as a valid file', () => {
    const d = defaultRiskScores();
    expect(RiskScoresSchema.safeParse(d).success).toBe(true);
    expect(Object.keys(d.scores).sort()).toEqual(dataset.challenges.map((c) => c.id).sort());
    const engine = defaultRiskSettings().categories;
    for (const [id, s] of Object.entries(d.scores)) {
      expect(s.likelihood).toBe(engine[id as keyof typeof engine].likelihood.value);
      expect(s.impact).toBe(engine[id as keyof typeof engine].impact.value);
    }
  });
  it('knows which scores are still the assumption', () => {
    const d = defaultRiskScores();
    d.scores['security-governance'] = { likelihood: 5, impact: 4, note: '' };
    expect(isDefaultScore(d, 'security-governance')).toBe(false);
    expect(isDefaultScore(d, 'policy-regulation')).toBe(true);
    expect(scoreFor({ ...d, scores: {} }, 'policy-regulation').likelihood).toBe(3);
    expect(toRiskCategories(d)['security-governance'].likelihood.basis).toBe('assumption');
  });
});

describe('categoryEffects', () => {
  it('scales magnitudes with the score: neutral scores give the engine base values', () => {
    const neutral = categoryEffects(defaultRiskSettings(), defaultRiskScores());
    expect(neutral).toHaveLength(6);
    const sec = neutral.find((e) => e.id === 'security-governance')!;
    expect(sec.magnitude).toContain('20% chance of a start delay of 1 to 3 years');
    expect(sec.magnitude).toContain('+30%');
    const high = defaultRiskScores();
    high.scores['security-governance'] = { likelihood: 5, impact: 5, note: '' };
    const sec2 = categoryEffects(defaultRiskSettings(), high).find((e) => e.id === 'security-governance')!;
    expect(sec2.magnitude).toContain('+83.3%');
    expect(sec2.drives.join(' ')).toMatch(/capex/i);
  });
});

describe('solution levers', () => {
  it('maps five solutions to levers and leaves the rest unmodelled', () => {
    const mapped = dataset.challenges
      .flatMap((c) => c.solutions.map((_, i) => leverForSolution(c.id, i)))
      .filter(Boolean);
    expect(mapped).toHaveLength(LEVER_DEFINITIONS.length);
    expect(leverForSolution('policy-regulation', 0)).toBeUndefined();
    for (const d of LEVER_DEFINITIONS) {
      const ch = dataset.challenges.find((c) => c.id === d.challengeId)!;
      expect(ch.solutions[d.solutionIndex]).toBe(d.solutionText);
    }
  });
  it('prices each lever alone on the Reko Diq preset', () => {
    const s = createScenarioFromPreset('reko-diq');
    const only = (id: string | null) => ({
      ...s,
      levers: Object.fromEntries(
        Object.entries(s.levers).map(([k, v]) => [k, { ...v, enabled: k === id }]),
      ) as Scenario['levers'],
    });
    const off = scenarioNpv(only(null)).afterTax;
    // Every lever, each worth what switching it on alone adds to the NPV (and each of them helps here).
    for (const { id } of LEVER_DEFINITIONS) {
      const alone = scenarioNpv(only(id)).afterTax - off;
      expect(alone, id).toBeGreaterThan(1);
      expect(leverNpvEffect(s, id), id).toBeCloseTo(alone, 6);
    }
    expect(leverSettingText(s.levers, 'renewable-microgrids')).toBe('power opex \u221230%, microgrid capex +USD 50 m');
  });
});
