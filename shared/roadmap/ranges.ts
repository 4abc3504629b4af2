// Why: the article gives ranges ("2–3 years", "5–7 years", "after a decade"). Users may plan outside them, so
// values outside are allowed but always flagged; values that make no sense (text, negatives) are refused with a reason.
import { z } from 'zod';
import type { RoadmapState } from './state';
import { articleRange, PHASE_IDS, phaseById, type RoadmapPhaseId } from './defaults';
import { MAX_YEARS, MIN_DURATION } from './edit';
import { phaseYears } from './link';
import { formatYears } from './time';

export interface PhaseWarning {
  phaseId: RoadmapPhaseId;
  kind: 'duration-range' | 'impact-start' | 'overlap' | 'gap';
  message: string;
}

const fmt = (n: number) => String(Number(n.toFixed(2)));

/** Warnings for every phase: outside the article's range, or not following the previous phase. */
export function rangeWarnings(state: RoadmapState): PhaseWarning[] {
  const out: PhaseWarning[] = [];
  const years = phaseYears(state);
  PHASE_IDS.forEach((id, i) => {
    const p = state.phases.find((x) => x.id === id)!;
    const r = articleRange(id);
    if (r.maxYears === null) {
      // Impact: the article's only bound is when it begins, "after a decade".
      if (p.startOffsetYears < r.minYears) {
        out.push({
          phaseId: id,
          kind: 'impact-start',
          message: `Outside the article's range: significant impact "after a decade", i.e. ${r.minYears} or more years after the anchor (here ${fmt(p.startOffsetYears)})`,
        });
      }
    } else if (p.durationYears < r.minYears || p.durationYears > r.maxYears) {
      out.push({
        phaseId: id,
        kind: 'duration-range',
        message: `Outside the article's range of ${r.minYears}–${r.maxYears} years (here ${fmt(p.durationYears)})`,
      });
    }
    if (i > 0) {
      const prevId = PHASE_IDS[i - 1]!;
      const gap = years[id].start - years[prevId].end;
      const prevName = phaseById(prevId).name;
      // Stryker disable next-line EqualityOperator: a gap of exactly the tolerance is never reached by fractional-year sums
      if (gap < -1e-6)
        out.push({ phaseId: id, kind: 'overlap', message: `Overlaps ${prevName} by ${formatYears(gap)}` });
      // Stryker disable next-line EqualityOperator: a gap of exactly the tolerance is never reached by fractional-year sums
      if (gap > 1e-6)
        out.push({ phaseId: id, kind: 'gap', message: `Starts ${formatYears(gap)} after ${prevName} ends` });
    }
  });
  return out;
}

/** Parses a typed number of years; the messages are shown under the field as they are. */
function yearsField(what: string, min: number, minMessage: string) {
  return z
    .string()
    .trim()
    .min(1, `Enter ${what} in years, e.g. 2.5`)
    .refine(
      (s) => /^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(s),
      `${what.charAt(0).toUpperCase()}${what.slice(1)} must be a number of years, e.g. 2.5`,
    )
    .transform(Number)
    .pipe(
      z
        .number()
        .refine((n) => n >= 0, `${what.charAt(0).toUpperCase()}${what.slice(1)} cannot be negative`)
        .refine((n) => n >= min, minMessage)
        .refine((n) => n <= MAX_YEARS, `At most ${MAX_YEARS} years`),
    );
}

export const StartFieldSchema = yearsField(
  'the start',
  0,
  // Stryker disable next-line StringLiteral: a start's minimum, 0, is already refused first as "cannot be negative"
  'A phase cannot start before the anchor date',
);
export const DurationFieldSchema = yearsField(
  'the duration',
  MIN_DURATION,
  `A phase lasts at least ${MIN_DURATION} years`,
);

export type FieldResult = { ok: true; value: number } | { ok: false; message: string };

function result(r: { success: true; data: number } | { success: false; error: z.ZodError }): FieldResult {
  return r.success ? { ok: true, value: r.data } : { ok: false, message: r.error.issues[0]!.message };
}

/** A typed start, also refused when it would put the phase before the previous one starts. */
export function parseStartField(text: string, state: RoadmapState, id: RoadmapPhaseId): FieldResult {
  const r = result(StartFieldSchema.safeParse(text));
  const i = PHASE_IDS.indexOf(id);
  if (!r.ok || i === 0) return r;
  const prev = state.phases.find((p) => p.id === PHASE_IDS[i - 1])!;
  if (r.value < prev.startOffsetYears) {
    return {
      ok: false,
      message: `Cannot start before ${phaseById(prev.id).name} (${fmt(prev.startOffsetYears)} years after the anchor)`,
    };
  }
  return r;
}

export function parseDurationField(text: string): FieldResult {
  return result(DurationFieldSchema.safeParse(text));
}
