// Why: a briefing is a saved recipe (sections, order, branding), not a one-off export, so a standard
// pack can be re-exported in one click after the data changes. It is a validated workspace file.
import { z } from 'zod';
import type { DocumentKind } from '../workspace/documents';
import { defaultTalk, TalkSchema } from './talk';

export const SectionTypeSchema = z.enum([
  'cover',
  'summary',
  'deposits',
  'profiles',
  'roadmap',
  'risks',
  'scenario',
  'comparison',
  'sources',
  'changes',
]);
export type SectionType = z.infer<typeof SectionTypeSchema>;

const fileName = z.string().regex(/^[^/\\\0]+\.json$/, 'must be a scenario file name ending in .json');
/** A scenario reference: a workspace scenario file, or a preset id prefixed "preset:". */
export const ScenarioRefSchema = z.union([
  fileName,
  z.string().regex(/^preset:[a-z0-9-]+$/, 'must be preset:<id> or a scenario file name'),
]);
/** Every section can be switched off without losing its settings (added in place: older files default to on). */
const enabled = z.boolean().default(true);

export const SectionSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('cover'), enabled }),
  z.object({ type: z.literal('summary'), enabled }),
  z.object({
    type: z.literal('deposits'),
    enabled,
    /** Deposits-view filter query ("mineral=Sb&stage=exploration"); empty = all deposits. */
    filter: z.string().max(2000).default(''),
  }),
  z.object({
    type: z.literal('profiles'),
    enabled,
    depositIds: z.array(z.string()).min(1, 'choose at least one deposit').max(16),
  }),
  z.object({ type: z.literal('roadmap'), enabled }),
  z.object({ type: z.literal('risks'), enabled }),
  z.object({
    type: z.literal('scenario'),
    enabled,
    source: ScenarioRefSchema,
  }),
  z.object({
    type: z.literal('comparison'),
    enabled,
    sources: z.array(ScenarioRefSchema).min(2, 'choose at least two scenarios').max(4),
  }),
  z.object({ type: z.literal('sources'), enabled }),
  /** What changed since the previous data edition (optional; not in a new briefing by default). */
  z.object({ type: z.literal('changes'), enabled }),
]);
export type Section = z.infer<typeof SectionSchema>;
export type SectionInput = z.input<typeof SectionSchema>;

export const BriefingSpecSchema = z.object({
  schemaVersion: z.literal(2),
  kind: z.literal('briefing'),
  title: z.string().trim().min(1, 'title is required').max(160),
  subtitle: z.string().max(240).default(''),
  audience: z.string().max(160).default(''),
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'date must be YYYY-MM-DD'),
  preparedBy: z.string().max(160).default(''),
  classification: z.string().max(60).default(''),
  paper: z.enum(['A4', 'Letter']).default('A4'),
  orientation: z.enum(['portrait', 'landscape']).default('portrait'),
  language: z.enum(['en', 'ur']).default('en'),
  sections: z.array(SectionSchema).min(1, 'a briefing needs at least one section').max(40),
  /** The talk given from this briefing: slide order, hidden slides, presenter notes (version 2). */
  talk: TalkSchema.default(defaultTalk),
});
export type BriefingSpec = z.infer<typeof BriefingSpecSchema>;
export type BriefingSpecInput = z.input<typeof BriefingSpecSchema>;

export const briefingKind: DocumentKind<BriefingSpec> = {
  kind: 'briefing',
  dir: 'briefings',
  label: 'briefing file',
  // Version 2 adds the talk. A version-1 app would drop it on save, so version-2 files are refused there.
  currentVersion: 2,
  migrations: [
    // 1 → 2: a briefing without a talk presents every slide in the default order, with no notes.
    (doc) => ({ ...doc, talk: defaultTalk() }),
  ],
  schema: BriefingSpecSchema,
};
