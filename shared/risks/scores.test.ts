// Why: a risk-scores file is read back from the workspace; a score outside 1–5, a fraction, or a missing note must be
// handled exactly as the heatmap's user expects: refused with the range named, or filled with an empty note.
import { describe, expect, it } from 'vitest';
import { RiskScoresSchema } from './scores';

const file = (likelihood: unknown, impact: unknown, extra: Record<string, unknown> = {}) => ({
  schemaVersion: 1,
  kind: 'risk-scores',
  scores: { 'policy-regulation': { likelihood, impact, ...extra } },
});
const messages = (doc: unknown) => {
  const r = RiskScoresSchema.safeParse(doc);
  return r.success ? [] : r.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
};

describe('risk scores file', () => {
  it('accepts whole scores from 1 to 5 and fills a missing note with an empty one', () => {
    expect(RiskScoresSchema.parse(file(1, 5)).scores['policy-regulation']).toEqual({
      likelihood: 1,
      impact: 5,
      note: '',
    });
    expect(RiskScoresSchema.parse(file(3, 3, { note: 'reviewed' })).scores['policy-regulation']!.note).toBe('reviewed');
  });

  it('refuses scores below 1 or above 5 naming the range, and fractions', () => {
    expect(messages(file(0, 6))).toEqual([
      'scores.policy-regulation.likelihood: scores run from 1 to 5',
      'scores.policy-regulation.impact: scores run from 1 to 5',
    ]);
    expect(messages(file(2.5, 3))).toHaveLength(1);
    expect(messages(file(3, 3, { note: 'x'.repeat(2001) }))).toHaveLength(1);
    expect(messages(file(3, 3, { note: 'x'.repeat(2000) }))).toEqual([]);
  });

  it('refuses another kind of file or another schema version', () => {
    expect(messages({ ...file(3, 3), kind: 'roadmap' })).toHaveLength(1);
    expect(messages({ ...file(3, 3), schemaVersion: 2 })).toHaveLength(1);
  });
});
