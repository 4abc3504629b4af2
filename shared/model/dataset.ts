// Why: one validated shape for everything the app knows (bundled data and user data packs alike),
// so views, exports, the scenario model and the PDF all read the same sourced records.
import { z } from 'zod';
import { AsOfSchema, ConfidenceSchema, ContestedFigureSchema, FigureSchema, SourceSchema } from './sourced';

export const MineralGroupSchema = z.enum([
  'base-metals',
  'precious',
  'battery-critical',
  'ree',
  'industrial',
  'energy',
]);
export type MineralGroup = z.infer<typeof MineralGroupSchema>;

export const StageSchema = z.enum(['producing', 'development', 'exploration', 'prospect']);
export type Stage = z.infer<typeof StageSchema>;

const idSchema = z.string().regex(/^[a-z0-9-]+$/, 'ids are lower-case letters, digits and dashes');

export const LocationSchema = z.object({
  lat: z.number().min(-90).max(90),
  lon: z.number().min(-180).max(180),
  /** True for town/district-centroid estimates: drawn with a dashed halo and labelled approximate. */
  approximate: z.boolean(),
  /** How the point was obtained, shown to the user ("district centre", "wiki mirror", "not sourced"). */
  precision: z.string().min(1),
  sourceIds: z.array(z.string()).default([]),
});

export const OwnershipShareSchema = z.object({
  holder: z.string().min(1),
  sharePct: z.number().min(0).max(100),
  note: z.string().optional(),
  sourceIds: z.array(z.string()).min(1),
  confidence: ConfidenceSchema,
});

export const SeriesPointSchema = z.object({
  year: z.number().int(),
  value: z.number(),
  sourceIds: z.array(z.string()).min(1),
  confidence: ConfidenceSchema,
  note: z.string().optional(),
});

export const SeriesSchema = z.object({
  id: z.string(),
  label: z.string(),
  unit: z.string(),
  points: z.array(SeriesPointSchema).min(1),
});

export const FinancingSchema = z.object({
  lender: z.string().min(1),
  instrument: z.string().min(1),
  amountUsdM: z.number().nullable(),
  amountText: z.string(),
  date: AsOfSchema,
  status: z.string(),
  sourceIds: z.array(z.string()).min(1),
  confidence: ConfidenceSchema,
});

export const StatusNoteSchema = z.object({
  date: AsOfSchema,
  text: z.string().min(1),
  sourceIds: z.array(z.string()).min(1),
  confidence: ConfidenceSchema,
});

export const DepositSchema = z.object({
  id: idSchema,
  name: z.string().min(1),
  /** Element or commodity codes as in the fact sheet ("Cu", "Au", "Sb", "REE", "Li", "Lignite"...). */
  minerals: z.array(z.string().min(1)).min(1),
  mineralGroup: MineralGroupSchema,
  critical: z.boolean(),
  province: z.string().min(1),
  district: z.string().min(1),
  location: LocationSchema.nullable(),
  stage: StageSchema,
  stageDetail: z.string().min(1),
  /** Overall grade as the fact sheet's deposit table gives it, e.g. ["A","B"]. */
  confidence: z.array(ConfidenceSchema).min(1),
  /** Profile fields in display order: owners, resource, grade, production, capex, mine life, key dates... */
  fields: z.array(FigureSchema),
  /** Best comparable size figure for marker sizing (log scale), in `sizeUnit`. */
  size: z.object({ value: z.number().positive(), unit: z.string(), figureId: z.string() }).nullable(),
  ownership: z.array(OwnershipShareSchema).default([]),
  ownershipNote: z.string().optional(),
  series: z.array(SeriesSchema).default([]),
  /** Where sources disagree on output or similar, both readings side by side. */
  contested: z.array(ContestedFigureSchema).default([]),
  financing: z.array(FinancingSchema).default([]),
  statusNotes: z.array(StatusNoteSchema).default([]),
  /** Set at load time for deposits that come from a workspace data pack. */
  origin: z.enum(['bundled', 'user']).default('bundled'),
  packName: z.string().optional(),
});
export type Deposit = z.infer<typeof DepositSchema>;
export type DepositInput = z.input<typeof DepositSchema>;

export const PriceSchema = z.object({
  id: idSchema,
  commodity: z.string().min(1),
  /** The reading the scenario model uses by default. */
  reference: FigureSchema,
  /** Other readings, ranges and history kept for context. */
  others: z.array(FigureSchema).default([]),
});
export type Price = z.infer<typeof PriceSchema>;

export const PhaseSchema = z.object({
  id: z.enum(['demonstration', 'scaling', 'impact']),
  index: z.number().int().min(1).max(3),
  name: z.string(),
  articleWording: z.string(),
  /** Duration range in years as the article gives it; impact has only a lower bound ("after a decade"). */
  durationYears: z.object({ min: z.number(), max: z.number().nullable() }),
  goals: z.array(z.string()),
  kpis: z.array(z.string()),
  /** Challenge category ids that must be managed to pass into the next phase. */
  riskGates: z.array(z.string()),
  sourceIds: z.array(z.string()).min(1),
});
export type Phase = z.infer<typeof PhaseSchema>;

export const MilestoneSchema = z.object({
  id: idSchema,
  date: AsOfSchema,
  label: z.string(),
  detail: z.string(),
  kind: z.enum(['history', 'agreement', 'shipment', 'approval', 'financing', 'target', 'review']),
  sourceIds: z.array(z.string()).min(1),
  confidence: ConfidenceSchema,
});
export type Milestone = z.infer<typeof MilestoneSchema>;

export const ChallengeSchema = z.object({
  id: idSchema,
  category: z.string(),
  /** Word for word from the source article. */
  keyIssues: z.string(),
  /** Word for word from the source article, one sentence per solution. */
  solutions: z.array(z.string()).min(1),
  sourceIds: z.array(z.string()).min(1),
});
export type Challenge = z.infer<typeof ChallengeSchema>;

export const PolicyInitiativeSchema = z.object({
  id: idSchema,
  name: z.string(),
  date: AsOfSchema,
  summary: z.string(),
  status: z.string(),
  sourceIds: z.array(z.string()).min(1),
  confidence: ConfidenceSchema,
});
export type PolicyInitiative = z.infer<typeof PolicyInitiativeSchema>;

export const TimelineEventSchema = z.object({
  date: AsOfSchema,
  text: z.string(),
  sourceIds: z.array(z.string()).min(1),
  confidence: ConfidenceSchema,
});

export const DatasetSchema = z.object({
  /** When the underlying fact sheet was compiled; the UI says "as of" and never implies live data. */
  compiledAsOf: AsOfSchema,
  sources: z.array(SourceSchema).min(1),
  headline: z.array(FigureSchema),
  contested: z.array(ContestedFigureSchema),
  deposits: z.array(DepositSchema),
  prices: z.array(PriceSchema),
  fiscal: z.array(FigureSchema),
  phases: z.array(PhaseSchema).length(3),
  milestones: z.array(MilestoneSchema),
  challenges: z.array(ChallengeSchema).length(6),
  policies: z.array(PolicyInitiativeSchema),
  timeline: z.array(TimelineEventSchema),
  /** Items searched for but not found; listed so nobody fills them in. */
  unverified: z.array(z.object({ id: idSchema, text: z.string() })),
});
export type Dataset = z.infer<typeof DatasetSchema>;
export type DatasetInput = z.input<typeof DatasetSchema>;
