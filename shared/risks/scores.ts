// Why: the likelihood × impact scores the user gives each of the article's challenges. A domain type used by the
// heatmap, the Monte Carlo risk effects and the workspace file format, which imports it from here.
import { z } from 'zod';

const score = z.number().int().min(1, 'scores run from 1 to 5').max(5, 'scores run from 1 to 5');

export const RiskScoresSchema = z.object({
  schemaVersion: z.literal(1),
  kind: z.literal('risk-scores'),
  scores: z.record(z.string(), z.object({ likelihood: score, impact: score, note: z.string().max(2000).default('') })),
});
export type RiskScores = z.infer<typeof RiskScoresSchema>;
