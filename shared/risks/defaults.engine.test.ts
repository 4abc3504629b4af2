// Why: the heatmap's starting scores must follow the engine's own defaults, whatever they are, and fall back to the
// neutral 3/3 for a category the engine has no default for. The engine here is given non-neutral defaults (2/4)
// and one category left out, so "copy the engine" cannot be confused with "always 3".
import { describe, expect, it, vi } from 'vitest';

vi.mock('../scenario/risk', async (importOriginal) => {
  const real = await importOriginal<typeof import('../scenario/risk')>();
  return {
    ...real,
    defaultRiskSettings: () => {
      const s = real.defaultRiskSettings();
      const cats = { ...s.categories };
      cats['security-governance'] = {
        likelihood: { ...cats['security-governance'].likelihood, value: 2 },
        impact: { ...cats['security-governance'].impact, value: 4 },
      };
      delete (cats as Partial<typeof cats>)['policy-regulation'];
      return { ...s, categories: cats };
    },
  };
});

describe('heatmap defaults follow the engine', () => {
  it('copies non-neutral engine defaults and uses 3/3 where the engine has none', async () => {
    const { defaultRiskScores, isDefaultScore, scoreFor } = await import('./defaults');
    const d = defaultRiskScores();
    expect(d.scores['security-governance']).toEqual({ likelihood: 2, impact: 4, note: '' });
    expect(d.scores['policy-regulation']).toEqual({ likelihood: 3, impact: 3, note: '' });
    expect(scoreFor({ ...d, scores: {} }, 'security-governance')).toEqual({ likelihood: 2, impact: 4, note: '' });
    expect(isDefaultScore(d, 'security-governance')).toBe(true);
  });
});
