// Why: trust is the product. Every figure the app shows or prints carries where it came from,
// when it was true and how sure we are, so this is the one shape all data in shared/ uses.
import { z } from 'zod';

/** Grades from the fact sheet: A primary/official, B secondary press, C low reliability. */
export const ConfidenceSchema = z.enum(['A', 'B', 'C']);
export type Confidence = z.infer<typeof ConfidenceSchema>;

/** How a figure was arrived at. `assumption` marks a value no source gives; the UI labels it and lets users edit it. */
export const BasisSchema = z.enum([
  'source-article',
  'company-study',
  'government-statement',
  'press-report',
  'market-data',
  'academic',
  'derived',
  'assumption',
]);
export type Basis = z.infer<typeof BasisSchema>;

/** ISO date, or a coarser YYYY-MM / YYYY where the source only gives that. */
export const AsOfSchema = z.string().regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'as-of must be YYYY, YYYY-MM or YYYY-MM-DD');

const httpUrl = z.url({ protocol: /^https?$/ });

export const SourceSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  /** Original publication, e.g. "Reuters via Dawn". */
  publisher: z.string().min(1),
  title: z.string().min(1),
  /** Publication date where known. */
  date: AsOfSchema.optional(),
  url: httpUrl.optional(),
  /** Set when `url` is a mirror/copy; shown as "retrieved from". */
  isMirror: z.boolean().default(false),
  confidence: ConfidenceSchema,
});
export type Source = z.infer<typeof SourceSchema>;

export const RangeSchema = z.object({ min: z.number(), max: z.number() }).refine((r) => r.min <= r.max, {
  message: 'range min must not exceed max',
});
export type Range = z.infer<typeof RangeSchema>;

const FigureValueSchema = z.union([z.number(), RangeSchema, z.string().min(1)]);

/**
 * An earlier value of a figure that a newer source superseded, kept with its own date and source so a reader sees
 * "USD 6.765 bn in Mar 2025 → USD 7.723 bn, ECC, Sep 2025" rather than a silently replaced number.
 */
export const FigureHistoryEntrySchema = z.object({
  value: FigureValueSchema,
  unit: z.string(),
  asOf: AsOfSchema,
  sourceIds: z.array(z.string()).min(1),
  confidence: ConfidenceSchema,
  note: z.string().optional(),
});
export type FigureHistoryEntry = z.infer<typeof FigureHistoryEntrySchema>;

/** Coarse dates compare on their common precision: "2025-09" is not after "2025-09-18". */
const notAfter = (earlier: string, later: string) => {
  const n = Math.min(earlier.length, later.length);
  return earlier.slice(0, n) <= later.slice(0, n);
};

/**
 * A single sourced value. `value` is a number, a range, or text where the source gives words
 * (e.g. "Chagai, Balochistan"). `unverified` items carry no value: they exist to say "we looked and found nothing".
 */
export const FigureSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9.-]+$/),
    label: z.string().min(1),
    value: FigureValueSchema.nullable(),
    unit: z.string(),
    asOf: AsOfSchema,
    sourceIds: z.array(z.string()).min(1),
    confidence: ConfidenceSchema,
    basis: BasisSchema,
    note: z.string().optional(),
    unverified: z.boolean().default(false),
    /** Superseded values, oldest first; each is no later than the current as-of date. */
    history: z.array(FigureHistoryEntrySchema).optional(),
  })
  .refine((f) => (f.unverified ? f.value === null : f.value !== null), {
    message: 'an unverified figure has no value, and a verified one must have one',
  })
  .refine(
    (f) =>
      (f.history ?? []).every(
        (h, i, all) => notAfter(h.asOf, f.asOf) && (i === 0 || notAfter(all[i - 1]!.asOf, h.asOf)),
      ),
    {
      message: "history entries must be oldest first and no later than the figure's as-of date",
      path: ['history'],
    },
  );
export type Figure = z.infer<typeof FigureSchema>;
export type FigureInput = z.input<typeof FigureSchema>;

/** Several readings of one quantity where sources disagree; all are kept and shown side by side. */
export const ContestedFigureSchema = z.object({
  id: z.string().regex(/^[a-z0-9.-]+$/),
  label: z.string().min(1),
  readings: z.array(FigureSchema).min(2),
  note: z.string().optional(),
});
export type ContestedFigure = z.infer<typeof ContestedFigureSchema>;
