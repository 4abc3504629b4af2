// Why: the roadmap timing the user edits (when each of the article's three phases starts and how long it lasts).
// A domain type: the roadmap maths, the views and the workspace file format all use it, so it lives here and the
// file format (shared/workspace/state-files.ts) imports it, never the other way round.
import { z } from 'zod';

export const RoadmapStateSchema = z.object({
  schemaVersion: z.literal(1),
  kind: z.literal('roadmap'),
  /** ISO date the roadmap is anchored at; the article's first consignment by default. */
  anchorDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'anchor date must be YYYY-MM-DD'),
  phases: z
    .array(
      z.object({
        id: z.enum(['demonstration', 'scaling', 'impact']),
        /** Years after the anchor the phase starts. */
        startOffsetYears: z.number().min(0, 'start cannot be before the anchor').max(40),
        durationYears: z.number().min(0.5, 'a phase lasts at least half a year').max(40),
        note: z.string().max(2000).default(''),
      }),
    )
    .length(3),
});
export type RoadmapState = z.infer<typeof RoadmapStateSchema>;
