// Why: the roadmap timing and the risk heatmap scores are user edits that must survive a restart and be
// shareable, so they are workspace files with a schema like everything else.
import { z } from 'zod';
import type { DocumentKind } from './documents';

export const RoadmapStateSchema = z.object({
  schemaVersion: z.literal(1),
  kind: z.literal('roadmap'),
  /** ISO date the roadmap is anchored at; the article's first consignment by default. */
  anchorDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'anchor date must be YYYY-MM-DD'),
  phases: z.array(
    z.object({
      id: z.enum(['demonstration', 'scaling', 'impact']),
      /** Years after the anchor the phase starts. */
      startOffsetYears: z.number().min(0, 'start cannot be before the anchor').max(40),
      durationYears: z.number().min(0.5, 'a phase lasts at least half a year').max(40),
      note: z.string().max(2000).default(''),
    }),
  ).length(3),
});
export type RoadmapState = z.infer<typeof RoadmapStateSchema>;

export const roadmapKind: DocumentKind<RoadmapState> = {
  kind: 'roadmap',
  dir: 'state',
  label: 'roadmap file',
  fixedName: 'roadmap.json',
  currentVersion: 1,
  migrations: [],
  schema: RoadmapStateSchema,
};

const score = z.number().int().min(1, 'scores run from 1 to 5').max(5, 'scores run from 1 to 5');

export const RiskScoresSchema = z.object({
  schemaVersion: z.literal(1),
  kind: z.literal('risk-scores'),
  scores: z.record(z.string(), z.object({ likelihood: score, impact: score, note: z.string().max(2000).default('') })),
});
export type RiskScores = z.infer<typeof RiskScoresSchema>;

export const riskScoresKind: DocumentKind<RiskScores> = {
  kind: 'risk-scores',
  dir: 'state',
  label: 'risk scores file',
  fixedName: 'risk-scores.json',
  currentVersion: 1,
  migrations: [],
  schema: RiskScoresSchema,
};
