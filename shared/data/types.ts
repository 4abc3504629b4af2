// Why: the bundled data files are written as schema *inputs* (defaults may be omitted) and parsed once in
// index.ts; the model only exports a few input types, so the rest are derived here, types only.
import type { z } from 'zod';
import type { ContestedFigureSchema, SourceSchema } from '../model/sourced';
import type {
  ChallengeSchema,
  MilestoneSchema,
  PhaseSchema,
  PolicyInitiativeSchema,
  PriceSchema,
  TimelineEventSchema,
} from '../model/dataset';

export type { FigureInput } from '../model/sourced';
export type { DepositInput } from '../model/dataset';
export type SourceInput = z.input<typeof SourceSchema>;
export type ContestedFigureInput = z.input<typeof ContestedFigureSchema>;
export type PriceInput = z.input<typeof PriceSchema>;
export type PhaseInput = z.input<typeof PhaseSchema>;
export type MilestoneInput = z.input<typeof MilestoneSchema>;
export type ChallengeInput = z.input<typeof ChallengeSchema>;
export type PolicyInitiativeInput = z.input<typeof PolicyInitiativeSchema>;
export type TimelineEventInput = z.input<typeof TimelineEventSchema>;
export interface UnverifiedItem {
  id: string;
  text: string;
}
